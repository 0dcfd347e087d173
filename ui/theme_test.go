package ui

import (
	"image/color"
	"testing"

	"github.com/charmbracelet/colorprofile"
)

// On a dark terminal of 16 colours every colour the help line, the status bar and the timeline's
// faint text are drawn in stays visible: none becomes black, as Bubbles' separator grey did (the
// help line's dots vanished on a black screen).
func TestBasicDarkThemeDrawsNothingBlack(t *testing.T) {
	th := NewBasicTheme(true)
	black := colorprofile.ANSI.Convert(color.RGBA{0, 0, 0, 255})
	for name, c := range map[string]color.Color{
		"help key": th.Help.ShortKey.GetForeground(), "help description": th.Help.ShortDesc.GetForeground(),
		"help separator": th.Help.ShortSeparator.GetForeground(), "full help separator": th.Help.FullSeparator.GetForeground(),
		"empty timeline": th.Timeline.Empty.GetForeground(),
	} {
		if c == nil {
			continue
		}
		if got := colorprofile.ANSI.Convert(c); got == black {
			t.Errorf("%s is drawn in %v, black among 16 colours", name, got)
		}
	}
}
