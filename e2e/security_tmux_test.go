package e2e

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
)

// The clipboard and query rows of the README's Security table, as a user at a terminal meets them.

// clipEntries writes n entries of exactly 999 bytes, "entry 0000" to "entry n-1", and returns them.
func clipEntries(t *testing.T, path string, n int) []string {
	t.Helper()
	entries := make([]string, n)
	for i := range entries {
		head := fmt.Sprintf("2026-11-29T07:41:%02d.000000Z INFO entry %04d ", i%60, i)
		entries[i] = head + strings.Repeat("x", 999-len(head))
	}
	if err := os.WriteFile(path, []byte(strings.Join(entries, "\n")+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	return entries
}

// buffers lists tmux's paste buffers, newest first.
func (term *terminal) buffers() []string {
	term.t.Helper()
	var out []string
	for _, name := range strings.Fields(term.tmux("list-buffers", "-F", "#{buffer_name}")) {
		out = append(out, term.tmux("show-buffer", "-b", name))
	}
	return out
}

// waitBuffers polls tmux's paste buffers until there are n of them.
func (term *terminal) waitBuffers(n int) []string {
	term.t.Helper()
	deadline := time.Now().Add(15 * time.Second)
	for {
		b := term.buffers()
		if len(b) >= n {
			return b
		}
		if time.Now().After(deadline) {
			term.t.Fatalf("waited for %d paste buffers, tmux has %d; screen:\n%s", n, len(b), term.screen())
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// What tmux receives from y, through tmux's own clipboard: with set-clipboard on, an application's
// OSC 52 becomes a paste buffer. Under the cap the selection arrives whole; past it nothing
// arrives and the footer says why. The default cap is checked against tmux itself: a selection
// just under it arrives in full.
//
// That nothing arrived is shown by order, not by waiting: the terminal's output is one stream, so
// a copy of the entry under the cursor, made after the refused one, is the only buffer tmux holds.
func TestClipboardCapInTmux(t *testing.T) {
	const total = 300
	for _, tc := range []struct {
		name   string
		n      int // entries selected, each 999 bytes plus a newline between two
		args   []string
		copied bool
	}{
		{"just under the default cap", 74, nil, true}, // 73,999 bytes of 75,000
		{"just past the default cap", 76, nil, false}, // 75,999 bytes
		{"under a cap of 2KB", 2, []string{"--clipboard-max", "2KB"}, true},
		{"past a cap of 2KB", 3, []string{"--clipboard-max", "2KB"}, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			entries := clipEntries(t, filepath.Join(dir, "clip.log"), total)
			term := startTerminal(t, dir, 120, 40, append(tc.args, "--no-follow", "--all", "clip.log")...)
			term.tmux("set-option", "-g", "set-clipboard", "on")
			term.waitText("entry 0299")

			// v marks the newest entry; each k extends the selection one entry up.
			term.press(append([]string{"v"}, slices.Repeat([]string{"k"}, tc.n-1)...)...)
			cursor := total - tc.n
			term.waitText(fmt.Sprintf("line %d of %d", cursor+1, total))
			term.press("y")
			want := strings.Join(entries[cursor:], "\n")
			if tc.copied {
				term.waitText(fmt.Sprintf("copied %d entries", tc.n))
				got := term.waitBuffers(1)
				if len(got) != 1 || got[0] != want {
					t.Fatalf("tmux holds %d buffers; the newest has %d bytes, want the %d entries' %d bytes", len(got), len(got[0]), tc.n, len(want))
				}
				t.Logf("%d entries, %d bytes: arrived whole in tmux", tc.n, len(want))
				return
			}
			screen := term.waitText("not copied")
			if !strings.Contains(screen, fmt.Sprintf("%d entries are over", tc.n)) || !strings.Contains(screen, "e exports them") {
				t.Errorf("the footer does not say the selection is too big and offer the export:\n%s", screen)
			}
			// esc drops the selection; y then copies the one entry under the cursor.
			term.press("Escape")
			term.waitFor("the selection cleared", func(s string) bool { return !strings.Contains(s, "not copied") })
			term.press("y")
			term.waitText("copied 1 entry")
			got := term.waitBuffers(1)
			if len(got) != 1 || got[0] != entries[cursor] {
				t.Fatalf("after a refused copy of %d bytes and a copy of one entry, tmux holds %d buffers (sizes %v); want only the entry", len(want), len(got), sizes(got))
			}
			t.Logf("%d entries, %d bytes: nothing reached tmux; the footer said why", tc.n, len(want))
		})
	}
}

func sizes(bufs []string) []int {
	var n []int
	for _, b := range bufs {
		n = append(n, len(b))
	}
	return n
}

// slowQueryEntries writes n entries on which /(?:a?){990}b/ is as slow as an allowed query gets:
// each line holds 200 a's before its b, and every one of the 990 optional a's is a live state at
// each of them, about 15 ms an entry on one core.
func slowQueryEntries(t *testing.T, path string, n int) {
	t.Helper()
	var b strings.Builder
	tail := strings.Repeat("a", 200) + "b\n"
	for i := range n {
		fmt.Fprintf(&b, "2026-11-29T07:41:%02d.%06dZ INFO req %d %s", i/1_000_000%60, i%1_000_000, i, tail)
	}
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
}

// A query that is allowed but slow over 200,000 entries (minutes of CPU to finish), then esc: the
// search is cleared and every entry is back on screen. How long that takes is logged, for the
// README; the deadline is only there to fail instead of hanging.
func TestQueryCancelInTmux(t *testing.T) {
	const total = 200_000
	const query = `/(?:a?){990}b/`
	dir := t.TempDir()
	slowQueryEntries(t, filepath.Join(dir, "slow.log"), total)
	for _, tc := range []struct {
		name  string
		enter bool
	}{
		{"esc while typing", false},
		{"esc after enter", true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			term := startTerminal(t, dir, 120, 40, "--no-follow", "--all", "slow.log")
			all := fmt.Sprintf("%s/%s", group(total), group(total))
			term.waitTextWithin(time.Minute, all)
			term.press("/")
			term.typeText(query)
			if tc.enter {
				term.press("Enter")
			}
			running := fmt.Sprintf("filter %q", query)
			term.waitText(running)
			term.waitText("searching")
			start := time.Now()
			term.press("Escape")
			term.waitWithin(time.Minute, "the search cleared and every entry back", func(s string) bool {
				return !strings.Contains(s, running) && !strings.Contains(s, "searching") && strings.Contains(s, all)
			})
			t.Logf("%s over %d entries: esc took %v to clear the search on screen", query, total, time.Since(start).Round(time.Millisecond))
		})
	}
}
