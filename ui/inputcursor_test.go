package ui

import (
	"strings"
	"testing"

	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
)

// The terminal cursor sits on the character it will insert before, past wide characters and once
// a long value has scrolled.
func TestInputCursorOnItsCharacter(t *testing.T) {
	for _, c := range []struct {
		name, value string
		width, left int
	}{
		{"wide characters", "日本語テキスト", 40, 0},
		{"wide characters, cursor inside", "日本語テキストと", 40, 3},
		{"scrolled to the end", "abcdefghijklmnopqrstuvwxyz0123456789", 12, 0},
		{"scrolled, then moved left", "abcdefghijklmnopqrstuvwxyz0123456789", 12, 5},
		{"scrolled wide text", "ログ検索のテキストはとても長いです", 12, 2},
	} {
		in := textinput.New()
		in.Prompt = "/"
		in.SetVirtualCursor(false)
		in.SetWidth(c.width)
		in.Focus()
		in.SetValue(c.value)
		in.CursorEnd()
		for range c.left {
			in, _ = in.Update(tea.KeyPressMsg{Code: tea.KeyLeft})
		}
		cur := inputCursor(in)
		if cur == nil {
			t.Fatalf("%s: no cursor", c.name)
		}
		view := ansi.Strip(in.View())
		value := []rune(c.value)
		want := " "
		if p := in.Position(); p < len(value) {
			want = string(value[p])
		}
		if got := ansi.Cut(view, cur.X, cur.X+textWidth(want)); got != want {
			t.Errorf("%s: the cursor at column %d is on %q of %q, want on %q", c.name, cur.X, got, view, want)
		}
	}
}

// A query or a path pasted with a bidirectional override or a zero-width character is taken
// without them: the prompts never draw them raw, and what is searched or written is what is shown.
func TestPromptsDropInvisibleCharacters(t *testing.T) {
	d := newDriver(t, ringOf(t, manyEntries(20)), 80, 24)
	d.keys("/")
	d.send(tea.PasteMsg{Content: "mess\u200bage\u202e 1"}).settle()
	if got := d.m.input.Value(); got != "message 1" {
		t.Fatalf("search input %q, want the paste without its invisible characters", got)
	}
	d.keys("enter", "e", "ctrl+u")
	d.send(tea.PasteMsg{Content: "out\u202egnp.jsonl"}).settle()
	if got := d.m.export.input.Value(); got != "outgnp.jsonl" {
		t.Fatalf("export input %q, want the paste without its invisible characters", got)
	}
	if strings.ContainsAny(d.m.View().Content, "\u200b\u202e") {
		t.Fatal("a prompt drew an invisible character raw")
	}
}

// A long query typed in a wide window still shows its end, where the cursor is, once the window
// narrows.
func TestSearchInputFollowsANarrowerWindow(t *testing.T) {
	d := newDriver(t, ringOf(t, manyEntries(20)), 120, 24)
	d.keys("/")
	d.send(tea.PasteMsg{Content: "message number one two three four five six seven eight nine ten"}).settle()
	d.send(tea.WindowSizeMsg{Width: 30, Height: 10}).settle()
	if view := ansi.Strip(d.m.input.View()); !strings.Contains(view, "nine ten") || ansi.StringWidth(view) > 30 {
		t.Fatalf("the narrowed input shows %q, not the query's end where the cursor is", view)
	}
}
