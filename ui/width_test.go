package ui

import (
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/ansi"

	"github.com/trawl-dev/trawl/parse"
)

// hardWidths are texts whose width terminals measure differently: by grapheme cluster, or by
// adding up each character's width as tmux does.
var hardWidths = []string{
	"soft\u00adhy\u00adphens" + strings.Repeat("\u00ad", 60),
	"flags 🇺🇸🇺🇸🇺🇸🇺🇸🇺🇸🇺🇸🇺🇸🇺🇸🇺🇸🇺🇸🇺🇸🇺🇸🇺🇸🇺🇸🇺🇸🇺🇸🇺🇸🇺🇸🇺🇸🇺🇸🇺🇸🇺🇸🇺🇸🇺🇸🇺🇸🇺🇸🇺🇸🇺🇸🇺🇸🇺🇸",
	"skin 👍🏽👍🏽👍🏽👍🏽👍🏽👍🏽👍🏽👍🏽👍🏽👍🏽👍🏽👍🏽👍🏽👍🏽👍🏽👍🏽👍🏽👍🏽👍🏽👍🏽👍🏽👍🏽👍🏽👍🏽👍🏽",
	"jamo " + strings.Repeat("\u1100\u1161\u11a8", 40),
	"thai " + strings.Repeat("\u0e01\u0e33", 60),
	"conjunct " + strings.Repeat("क्ष", 60),
	"number signs " + strings.Repeat("\u0605\u0600\u06dd\u070f1", 30),
	"emoji presentation " + strings.Repeat("☺️", 60),
}

// TestRowsFitOnAnyTerminal renders lines and a source name of such texts in every view that
// shows them: no screen line may be wider than the terminal by either measure, or it would wrap
// and shift the rows below it.
func TestRowsFitOnAnyTerminal(t *testing.T) {
	var es []entry
	for i, s := range hardWidths {
		es = append(es, entry{src: "odd\u00adname " + s[:min(len(s), 40)] + ".log", at: time.Duration(i) * time.Second, level: parse.Error, msg: s + " END " + strings.Repeat("z", 120)})
	}
	for _, sz := range []struct{ w, h int }{{80, 24}, {40, 12}} {
		for _, keys := range [][]string{nil, {"k", "k", "enter"}, {"tab"}, {"s"}, {"w"}} {
			d := newDriver(t, ringOf(t, es), sz.w, sz.h)
			d.keys(keys...)
			for n, l := range strings.Split(d.screen(), "\n") {
				if g, wc := ansi.StringWidth(l), ansi.StringWidthWc(l); g > sz.w || wc > sz.w {
					t.Errorf("%dx%d after %v: line %d is %d columns by clusters and %d by characters: %q", sz.w, sz.h, keys, n, g, wc, l)
				}
			}
			if strings.Contains(d.screen(), "\u00ad") {
				t.Errorf("%dx%d after %v: a soft hyphen reached the screen", sz.w, sz.h, keys)
			}
		}
	}
}

// TestRowsCutWholeCharacters renders lines of letters that carry several marks each (Thai's
// vowels and tones, a letter with three accents, Devanagari's conjuncts), many bytes to a column,
// and of characters terminals measure two ways (flags, Hangul as jamo), far wider than the
// terminal: a row is cut between characters, never inside one (which would show the rest of its
// bytes as a placeholder), and says it was cut.
func TestRowsCutWholeCharacters(t *testing.T) {
	texts := []string{
		strings.Repeat("\u0e01\u0e34\u0e4a", 300),
		strings.Repeat("e\u0301\u0302\u0303", 300),
		strings.Repeat("\u0915\u094d\u0937", 300),
		strings.Repeat("🇺🇸", 300),
		strings.Repeat("\u1100\u1161\u11a8", 300),
	}
	var es []entry
	for i, s := range texts {
		es = append(es, entry{src: "marks.log", at: time.Duration(i) * time.Second, level: parse.Info, msg: s})
	}
	for _, w := range []int{77, 160} {
		for _, keys := range [][]string{nil, {"tab"}} {
			d := newDriver(t, ringOf(t, es), w, 12)
			d.keys(keys...)
			screen := d.screen()
			if strings.Contains(screen, "\ufffd") {
				t.Errorf("width %d after %v: a character was cut into bytes:\n%s", w, keys, screen)
			}
			if n := strings.Count(screen, "…"); n < len(texts) {
				t.Errorf("width %d after %v: %d rows say they were cut, want %d:\n%s", w, keys, n, len(texts), screen)
			}
		}
	}
}

// TestColouredRowsFillTheirWidth renders a message whose colour sequences outnumber its
// characters, with one character outside ASCII: the sequences take no column, so the row still
// fills its width and says it was cut.
func TestColouredRowsFillTheirWidth(t *testing.T) {
	th := NewTheme(true)
	rs := newRowStyle(&th.Timeline, []string{"a.log"}, time.UTC, 120)
	msg := "✓ " + strings.Repeat("\x1b[32mpass\x1b[0m step ", 40)
	line := rs.message([]byte(msg), 100, rowOpts{})[0]
	if w := textWidth(line); w < 99 || !strings.Contains(line, "…") {
		t.Errorf("row is %d columns wide, want 100 ending in …: %q", w, ansi.Strip(line))
	}
}
