package ui

import (
	"image/color"
	"testing"

	"github.com/charmbracelet/colorprofile"
)

// On a terminal of 16 colours every colour the help line and the timeline's faint text are drawn
// in stays visible: none becomes the screen's own, as Bubbles' separator grey did (the help line's
// dots vanished on a black screen, and on a light one were bright white).
func TestBasicThemesDrawNothingUnseen(t *testing.T) {
	for _, dark := range []bool{true, false} {
		th := NewBasicTheme(dark)
		// The colour the screen's own is converted to: black on a dark one, bright white on a light one.
		unseen := colorprofile.ANSI.Convert(color.RGBA{0, 0, 0, 255})
		if !dark {
			unseen = colorprofile.ANSI.Convert(color.RGBA{255, 255, 255, 255})
		}
		for name, c := range map[string]color.Color{
			"help key": th.Help.ShortKey.GetForeground(), "help description": th.Help.ShortDesc.GetForeground(),
			"help separator": th.Help.ShortSeparator.GetForeground(), "full help separator": th.Help.FullSeparator.GetForeground(),
			"help ellipsis": th.Help.Ellipsis.GetForeground(), "empty timeline": th.Timeline.Empty.GetForeground(),
		} {
			if c == nil {
				continue
			}
			if got := colorprofile.ANSI.Convert(c); got == unseen {
				t.Errorf("dark %v: %s is drawn in %v, the screen's own among 16 colours", dark, name, got)
			}
		}
	}
}
