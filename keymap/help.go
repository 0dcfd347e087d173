package keymap

import "charm.land/bubbles/v2/key"

// Group is one titled column of the full help.
type Group struct {
	Title    string
	Bindings []key.Binding
}

// Help is the help of one mode: the short one-line help and the titled groups of the full help.
// It implements help.KeyMap from bubbles, so help.Model can render it directly.
type Help struct {
	Short  []key.Binding
	Groups []Group
}

// ShortHelp implements help.KeyMap.
func (h Help) ShortHelp() []key.Binding { return h.Short }

// FullHelp implements help.KeyMap: one column per group, without titles.
func (h Help) FullHelp() [][]key.Binding {
	out := make([][]key.Binding, len(h.Groups))
	for i, g := range h.Groups {
		out[i] = g.Bindings
	}
	return out
}

// Bindings lists every binding of the mode, short help included, once each group.
func (h Help) Bindings() []key.Binding {
	var out []key.Binding
	for _, g := range h.Groups {
		out = append(out, g.Bindings...)
	}
	return out
}

// relabel returns a copy of b with another help text, for a key whose meaning differs by mode.
func relabel(b key.Binding, desc string) key.Binding {
	b.SetHelp(b.Help().Key, desc)
	return b
}

// searchSyntax is the query language, listed beside the keys: what a word typed after / means.
// Its entries are no keys: they are shown, never matched.
var searchSyntax = Group{Title: "Search syntax", Bindings: []key.Binding{
	syntax("word", "fuzzy: its letters in order"),
	syntax("'word", "exact text"),
	syntax("\"two words\"", "a phrase"),
	syntax("!word", "leave out"),
	syntax("^word word$", "at the start, at the end"),
	syntax("a | b", "either"),
	syntax("/regex/", "regular expression"),
	syntax("level:>=warn", "by level"),
	syntax("source: host:", "by source, by host"),
	syntax("key:value", "by field (tag:sshd, status:50)"),
}}

// syntax is an entry of searchSyntax.
func syntax(text, desc string) key.Binding {
	return key.NewBinding(key.WithKeys(text), key.WithHelp(text, desc))
}

func (km KeyMap) levelGroup() Group {
	g := Group{Title: "Levels", Bindings: append([]key.Binding(nil), km.Levels[1:]...)}
	g.Bindings = append(g.Bindings, km.Levels[0], km.OnlyErrors, km.MinLevel)
	return g
}

// TimelineHelp is the help of the merged timeline.
func TimelineHelp(km KeyMap) Help {
	return Help{
		Short: []key.Binding{km.Search, km.OnlyErrors, km.LevelKeys, km.Detail, km.Follow, km.Panes, km.Export, km.Help, km.Quit},
		Groups: []Group{
			{"Navigation", []key.Binding{km.Up, km.Down, km.PageUp, km.PageDown, km.HalfUp, km.HalfDown,
				km.Top, km.Bottom, km.Left, km.Right, km.Follow, km.NextMatch, km.PrevMatch}},
			{"Filters", []key.Binding{km.Search, km.HighlightOnly, km.Sources, km.Back}},
			km.levelGroup(),
			{"Actions", []key.Binding{km.Detail, km.Select, km.Copy, km.Export, km.Wrap, km.UTC,
				km.Panes, km.Histogram, km.Help, km.Quit, km.ForceQuit, km.Suspend}},
			searchSyntax,
		},
	}
}

// PanesHelp is the help of the per-source panes.
func PanesHelp(km KeyMap) Help {
	return Help{
		Short: []key.Binding{km.NextPane, km.Zoom, km.NextPage, km.PrevPage, km.Search, km.OnlyErrors, km.Panes, km.Help, km.Quit},
		Groups: []Group{
			{"Navigation", []key.Binding{km.Up, km.Down, km.PageUp, km.PageDown, km.HalfUp, km.HalfDown,
				km.Top, km.Bottom, km.Left, km.Right, km.Follow, km.NextMatch, km.PrevMatch}},
			{"Panes", []key.Binding{km.NextPane, km.PrevPane, km.NextPage, km.PrevPage, km.Zoom}},
			{"Filters", []key.Binding{km.Search, km.HighlightOnly, km.Sources, km.Back}},
			km.levelGroup(),
			{"Actions", []key.Binding{km.Detail, km.Select, km.Copy, km.Export, km.Wrap, km.UTC, km.Panes,
				km.Histogram, km.Help, km.Quit, km.ForceQuit, km.Suspend}},
			searchSyntax,
		},
	}
}

// DetailHelp is the help of the entry detail view.
func DetailHelp(km KeyMap) Help {
	bottom := relabel(km.Bottom, "bottom")
	top := relabel(km.Top, "top")
	back := relabel(km.Back, "back")
	return Help{
		Short: []key.Binding{km.Up, km.Down, km.Copy, back, km.Quit},
		Groups: []Group{
			{"Navigation", []key.Binding{km.Up, km.Down, km.PageUp, km.PageDown, km.HalfUp, km.HalfDown, top, bottom, km.Left, km.Right}},
			{"Actions", []key.Binding{km.Copy, back, km.Help, km.Quit, km.ForceQuit}},
		},
	}
}

// SearchHelp is the help while the search input has focus: every printable key is text there.
func SearchHelp(km KeyMap) Help {
	keep := relabel(km.Confirm, "keep query")
	clear := relabel(km.Back, "clear query")
	return Help{
		Short:  []key.Binding{keep, clear, km.ForceQuit},
		Groups: []Group{{"Search", []key.Binding{keep, clear, km.ForceQuit}}},
	}
}

// SourcesHelp is the help of the sources checklist.
func SourcesHelp(km KeyMap) Help {
	return Help{
		Short: []key.Binding{km.Up, km.Down, km.Toggle, relabel(km.Back, "back"), km.Quit},
		Groups: []Group{
			{"Sources", []key.Binding{km.Up, km.Down, km.Toggle, relabel(km.Back, "back"), km.Help, km.Quit, km.ForceQuit}},
		},
	}
}

// HistogramHelp is the help of the full histogram.
func HistogramHelp(km KeyMap) Help {
	left := relabel(km.Left, "earlier bucket")
	right := relabel(km.Right, "later bucket")
	jump := relabel(km.Confirm, "jump to bucket")
	back := relabel(km.Back, "back")
	return Help{
		Short: []key.Binding{left, right, km.ZoomIn, km.ZoomOut, jump, back, km.Quit},
		Groups: []Group{
			{"Histogram", []key.Binding{left, right, km.Top, km.Bottom, km.ZoomIn, km.ZoomOut, jump, km.UTC,
				back, km.Help, km.Quit, km.ForceQuit}},
		},
	}
}

// PromptHelp is the help of the export path prompt.
func PromptHelp(km KeyMap) Help {
	ok := relabel(km.Confirm, "write")
	cancel := relabel(km.Back, "cancel")
	return Help{Short: []key.Binding{ok, cancel}, Groups: []Group{{"Export", []key.Binding{ok, cancel, km.ForceQuit}}}}
}

// ConfirmHelp is the help of a yes/no question, such as overwriting a file.
func ConfirmHelp(km KeyMap) Help {
	cancel := relabel(km.Back, "cancel")
	return Help{Short: []key.Binding{km.Yes, km.No, cancel}, Groups: []Group{{"Confirm", []key.Binding{km.Yes, km.No, cancel, km.ForceQuit}}}}
}

// HelpHelp is the help of the full help screen itself, which scrolls when it does not fit.
func HelpHelp(km KeyMap) Help {
	back := relabel(km.Back, "back")
	top, bottom := relabel(km.Top, "top"), relabel(km.Bottom, "bottom")
	return Help{
		Short: []key.Binding{km.Down, km.Up, back, km.Help, km.Quit},
		Groups: []Group{{"Help", []key.Binding{km.Up, km.Down, km.PageUp, km.PageDown, top, bottom,
			back, km.Help, km.Quit, km.ForceQuit}}},
	}
}
