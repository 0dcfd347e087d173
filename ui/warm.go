package ui

import "github.com/charmbracelet/x/ansi"

// Warm does ahead of time the one-off work of the first frame that depends on nothing, so that it
// overlaps the opening of the sources instead of delaying the frame. Where the terminal does not
// report grapheme clustering (tmux, and most terminals), Bubble Tea measures each cell with
// go-runewidth, whose table of character widths is built when it first meets a character beyond
// U+02FF, as every frame has (the status bar's │ and ●): about 20 ms of one core. It cannot fail,
// and ends on its own.
func Warm() {
	ansi.StringWidthWc("│")
}
