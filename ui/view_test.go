package ui

import (
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"

	"github.com/trawl-dev/trawl/parse"
)

// The terminal's title is the user's: nothing sets it, so nothing clears it at exit.
func TestViewLeavesTheWindowTitleAlone(t *testing.T) {
	d := newDriver(t, ringOf(t, []entry{{src: "app.log", msg: "started"}}), 80, 24)
	if title := d.m.View().WindowTitle; title != "" {
		t.Fatalf("the view sets the window title %q, which Bubble Tea clears at exit", title)
	}
}

// On a terminal of 16 colours every level up from notice keeps a colour of its own: the nearest
// basic colour to the full palette's made warning and error the same red.
func TestBasicColoursTellLevelsApart(t *testing.T) {
	d := newDriver(t, ringOf(t, []entry{{src: "app.log", msg: "started"}}), 80, 24)
	d.send(tea.ColorProfileMsg{Profile: colorprofile.ANSI})
	seen := map[string]parse.Level{}
	for _, l := range []parse.Level{parse.Debug, parse.Info, parse.Notice, parse.Warn, parse.Error, parse.Critical, parse.Alert} {
		var out strings.Builder
		w := &colorprofile.Writer{Forward: &out, Profile: colorprofile.ANSI}
		if _, err := w.WriteString(d.m.theme.Timeline.Badges[l]); err != nil {
			t.Fatal(err)
		}
		fg := foreground(out.String())
		if other, ok := seen[fg]; ok {
			t.Errorf("%v and %v both show in colour %q in 16 colours", other, l, fg)
		}
		seen[fg] = l
		if l == parse.Error && strings.Contains(";"+sgrParams(out.String())+";", ";1;") {
			t.Errorf("error is bold in 16 colours (%q): terminals that show bold as bright make it critical's bright red", out.String())
		}
	}
}

// sgrParams is the parameters of the first SGR in s.
func sgrParams(s string) string {
	i := strings.Index(s, "\x1b[")
	if i < 0 {
		return ""
	}
	j := strings.IndexByte(s[i+2:], 'm')
	if j < 0 {
		return ""
	}
	return s[i+2 : i+2+j]
}

// foreground is the basic foreground colour parameter (30-37, 90-97) of the first SGR in s.
func foreground(s string) string {
	for _, p := range strings.Split(sgrParams(s), ";") {
		if len(p) == 2 && (p[0] == '3' || p[0] == '9') && p[1] >= '0' && p[1] <= '7' {
			return p
		}
	}
	return ""
}

// A narrow terminal keeps room for the message: the time drops its milliseconds and the source
// tag is cut shorter, where a wide one shows both in full.
func TestNarrowRowsKeepRoomForTheMessage(t *testing.T) {
	es := []entry{{src: "payments-gateway.log", at: 1500 * time.Millisecond, level: parse.Error, msg: "card declined for order 4120"}}
	wide := newDriver(t, ringOf(t, es), 100, 10).screen()
	if !strings.Contains(wide, ".500 ERROR payments-gatew") {
		t.Fatalf("wide row without its milliseconds or tag:\n%s", wide)
	}
	narrow := newDriver(t, ringOf(t, es), 44, 10).screen()
	if strings.Contains(narrow, ".500") || !strings.Contains(narrow, "ERROR payme… card declined for") {
		t.Fatalf("narrow row gives the message too little room:\n%s", narrow)
	}
}
