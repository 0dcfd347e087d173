// Package keymap owns every key binding of trawl's terminal interface and the help groupings
// built from them.
//
// It guarantees that the help the user sees is generated from the same bindings the interface
// matches against: each binding carries its help text, each mode has a view type (TimelineHelp,
// PanesHelp, …) that lists exactly the bindings active in that mode, and a binding that does not
// apply is disabled rather than hidden by hand. There is no package-level state: Default builds a
// fresh KeyMap every time, and callers may change the copy they hold.
package keymap

import "charm.land/bubbles/v2/key"

// NumLevels is the number of severity toggles, one per level. It mirrors parse.NumLevels without
// importing parse, so that keymap stays at the edge of the import graph.
const NumLevels = 10

// levelNames names the severity toggles in help texts. The index is the level's numeric value in
// package parse: 0 unknown, 1 trace, 2 debug, 3 info, 4 notice, 5 warn, 6 error, 7 critical,
// 8 alert, 9 emergency.
var levelNames = [NumLevels]string{"unknown", "trace", "debug", "info", "notice", "warn", "error", "critical", "alert", "emergency"}

// KeyMap holds every binding. The fields are grouped the way the full help groups them.
type KeyMap struct {
	// Navigation, in the timeline, panes, detail and lists.
	Up, Down             key.Binding
	PageUp, PageDown     key.Binding
	HalfUp, HalfDown     key.Binding
	Top, Bottom          key.Binding
	Left, Right          key.Binding
	Follow               key.Binding
	NextMatch, PrevMatch key.Binding

	// Filters.
	Search key.Binding
	// Levels toggles one severity each. Levels[i] is the toggle of the level whose value in
	// package parse is i (see levelNames): key "0" toggles unknown, "1" trace … "9" emergency.
	Levels [NumLevels]key.Binding
	// LevelKeys describes the digits together in the short help; it is never matched.
	LevelKeys     key.Binding
	OnlyErrors    key.Binding
	MinLevel      key.Binding
	HighlightOnly key.Binding
	Sources       key.Binding

	// Actions.
	Detail    key.Binding
	Back      key.Binding
	Select    key.Binding
	Copy      key.Binding
	Export    key.Binding
	Wrap      key.Binding
	UTC       key.Binding
	Panes     key.Binding
	Histogram key.Binding
	ZoomIn    key.Binding
	ZoomOut   key.Binding
	Help      key.Binding
	Quit      key.Binding
	// ForceQuit quits from every mode, text inputs included, where q is just a letter.
	ForceQuit key.Binding
	// Suspend stops trawl and gives the shell back, as in any terminal program; fg resumes it.
	Suspend key.Binding

	// Panes layout.
	NextPane, PrevPane key.Binding
	NextPage, PrevPage key.Binding
	Zoom               key.Binding

	// Lists (sources checklist) and prompts.
	Toggle  key.Binding
	Confirm key.Binding
	Yes, No key.Binding
}

// Default returns the default bindings. Tests, scripts and the README rely on these keys.
func Default() KeyMap {
	km := KeyMap{
		Up:        key.NewBinding(key.WithKeys("k", "up"), key.WithHelp("k/↑", "up")),
		Down:      key.NewBinding(key.WithKeys("j", "down"), key.WithHelp("j/↓", "down")),
		PageUp:    key.NewBinding(key.WithKeys("pgup", "b"), key.WithHelp("pgup/b", "page up")),
		PageDown:  key.NewBinding(key.WithKeys("pgdown", "space"), key.WithHelp("pgdn/space", "page down")),
		HalfUp:    key.NewBinding(key.WithKeys("ctrl+u"), key.WithHelp("ctrl+u", "half page up")),
		HalfDown:  key.NewBinding(key.WithKeys("ctrl+d"), key.WithHelp("ctrl+d", "half page down")),
		Top:       key.NewBinding(key.WithKeys("g", "home"), key.WithHelp("g/home", "oldest")),
		Bottom:    key.NewBinding(key.WithKeys("G", "end"), key.WithHelp("G/end", "newest, follow")),
		Left:      key.NewBinding(key.WithKeys("left"), key.WithHelp("←", "scroll left")),
		Right:     key.NewBinding(key.WithKeys("right"), key.WithHelp("→", "scroll right")),
		Follow:    key.NewBinding(key.WithKeys("f", "F"), key.WithHelp("f", "follow/pause")),
		NextMatch: key.NewBinding(key.WithKeys("n"), key.WithHelp("n", "next match")),
		PrevMatch: key.NewBinding(key.WithKeys("N"), key.WithHelp("N", "previous match")),

		Search:        key.NewBinding(key.WithKeys("/"), key.WithHelp("/", "search")),
		LevelKeys:     key.NewBinding(key.WithKeys("1", "2", "3", "4", "5", "6", "7", "8", "9", "0"), key.WithHelp("1-9", "hide/show a level")),
		OnlyErrors:    key.NewBinding(key.WithKeys("E"), key.WithHelp("E", "errors only")),
		MinLevel:      key.NewBinding(key.WithKeys("L"), key.WithHelp("L", "cycle min level")),
		HighlightOnly: key.NewBinding(key.WithKeys("m"), key.WithHelp("m", "filter/highlight")),
		Sources:       key.NewBinding(key.WithKeys("s"), key.WithHelp("s", "sources")),

		Detail:    key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "detail")),
		Back:      key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "back/clear")),
		Select:    key.NewBinding(key.WithKeys("v"), key.WithHelp("v", "select range")),
		Copy:      key.NewBinding(key.WithKeys("y"), key.WithHelp("y", "copy")),
		Export:    key.NewBinding(key.WithKeys("e"), key.WithHelp("e", "export jsonl")),
		Wrap:      key.NewBinding(key.WithKeys("w"), key.WithHelp("w", "wrap")),
		UTC:       key.NewBinding(key.WithKeys("u"), key.WithHelp("u", "utc/local")),
		Panes:     key.NewBinding(key.WithKeys("tab"), key.WithHelp("tab", "panes/timeline")),
		Histogram: key.NewBinding(key.WithKeys("h"), key.WithHelp("h", "histogram")),
		ZoomIn:    key.NewBinding(key.WithKeys("+", "="), key.WithHelp("+", "zoom in")),
		ZoomOut:   key.NewBinding(key.WithKeys("-"), key.WithHelp("-", "zoom out")),
		Help:      key.NewBinding(key.WithKeys("?"), key.WithHelp("?", "help")),
		Quit:      key.NewBinding(key.WithKeys("q"), key.WithHelp("q", "quit")),
		ForceQuit: key.NewBinding(key.WithKeys("ctrl+c"), key.WithHelp("ctrl+c", "quit")),
		Suspend:   key.NewBinding(key.WithKeys("ctrl+z"), key.WithHelp("ctrl+z", "suspend")),

		NextPane: key.NewBinding(key.WithKeys("]"), key.WithHelp("]", "next pane")),
		PrevPane: key.NewBinding(key.WithKeys("["), key.WithHelp("[", "previous pane")),
		NextPage: key.NewBinding(key.WithKeys("}"), key.WithHelp("}", "next panes page")),
		PrevPage: key.NewBinding(key.WithKeys("{"), key.WithHelp("{", "previous panes page")),
		Zoom:     key.NewBinding(key.WithKeys("z"), key.WithHelp("z", "zoom pane")),

		Toggle:  key.NewBinding(key.WithKeys("space", "x"), key.WithHelp("space", "enable/disable")),
		Confirm: key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "confirm")),
		Yes:     key.NewBinding(key.WithKeys("y"), key.WithHelp("y", "yes")),
		No:      key.NewBinding(key.WithKeys("n"), key.WithHelp("n", "no")),
	}
	for i := range km.Levels {
		k := string(rune('0' + i))
		km.Levels[i] = key.NewBinding(key.WithKeys(k), key.WithHelp(k, "hide/show "+levelNames[i]))
	}
	return km
}

// LevelName is the name of the level that Levels[i] toggles ("" out of range).
func LevelName(i int) string {
	if i < 0 || i >= NumLevels {
		return ""
	}
	return levelNames[i]
}
