package ui

import (
	"fmt"
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

// TestPanesEvaluateTheirPageOnly opens the panes of many sources: only the page shown is
// evaluated, and paging on evaluates the next page and lets the one before go.
func TestPanesEvaluateTheirPageOnly(t *testing.T) {
	var es []entry
	for i := range 300 {
		es = append(es, entry{src: fmt.Sprintf("src%03d.log", i), at: time.Duration(i) * time.Second, level: parse.Info, msg: fmt.Sprintf("line %d", i)})
	}
	d := newDriver(t, ringOf(t, es), 120, 40)
	evaluated := func() (first, n, with int) {
		first, n = d.m.grid.onPage()
		for i := range d.m.panes {
			if d.m.panes[i].view != nil {
				with++
				if i < first || i >= first+n {
					t.Errorf("pane %d has a view but is not on the page %d..%d", i, first, first+n-1)
				}
			}
		}
		return first, n, with
	}
	d.keys("tab")
	first, n, with := evaluated()
	if len(d.m.panes) != 300 || n == 0 || n >= 300 || with != n || first != 0 {
		t.Fatalf("%d panes, page %d+%d, %d evaluated; want a first page's evaluated", len(d.m.panes), first, n, with)
	}
	if !strings.Contains(d.screen(), "line 0") {
		t.Errorf("the first pane does not show its line:\n%s", d.screen())
	}
	d.keys("}")
	if first2, n2, with2 := evaluated(); first2 != n || with2 != n2 || !strings.Contains(d.screen(), fmt.Sprintf("line %d", first2)) {
		t.Errorf("after paging: page %d+%d, %d evaluated:\n%s", first2, n2, with2, d.screen())
	}
}
