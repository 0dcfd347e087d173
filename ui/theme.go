package ui

import (
	"hash/fnv"
	"image/color"
	"strconv"
	"strings"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/textinput"
	"charm.land/lipgloss/v2"

	"github.com/trawl-dev/trawl/parse"
)

// palette holds the colour tokens every style is built from.
type palette struct {
	fg, subtle, faint, accent, bar, cursorBg, selectBg, matchBg color.Color
	levels                                                      [parse.NumLevels]color.Color
	sources                                                     []color.Color
	sixteen                                                     bool // the 16 colours' palette (see basic)
}

func newPalette(dark bool) palette {
	ld := lipgloss.LightDark(dark)
	c := func(light, dark string) color.Color { return ld(lipgloss.Color(light), lipgloss.Color(dark)) }
	return palette{
		fg: c("#343b58", "#c0caf5"), subtle: c("#6b7089", "#737aa2"), faint: c("#a8aecb", "#414868"),
		accent: c("#2e5cd6", "#7aa2f7"), bar: c("#dfe3f1", "#1f2335"),
		cursorBg: c("#c4cbe8", "#2f3549"), selectBg: c("#d9e6c9", "#283b2c"), matchBg: c("#f5d76e", "#e0af68"),
		levels: [parse.NumLevels]color.Color{
			parse.Unknown: c("#8990b3", "#565f89"), parse.Trace: c("#8990b3", "#737aa2"),
			parse.Debug: c("#0f7c9a", "#7dcfff"), parse.Info: c("#3d7a1d", "#9ece6a"),
			parse.Notice: c("#1a7d72", "#73daca"), parse.Warn: c("#8f5e00", "#e0af68"),
			parse.Error: c("#c4263e", "#f7768e"), parse.Critical: c("#b00020", "#ff5f5f"),
			parse.Alert: c("#9d2bb0", "#ff79c6"), parse.Emergency: c("#ffffff", "#ffffff"),
		},
		sources: []color.Color{
			c("#2e5cd6", "#7aa2f7"), c("#9d2bb0", "#bb9af7"), c("#0f7c9a", "#7dcfff"), c("#3d7a1d", "#9ece6a"),
			c("#8f5e00", "#e0af68"), c("#b4531b", "#ff9e64"), c("#1a7d72", "#73daca"), c("#b0306a", "#f4a3c4"),
		},
	}
}

// TimelineStyles styles the rows of the timeline and the panes. Fragments that repeat on every row
// are pre-rendered.
type TimelineStyles struct {
	Time, Host, Marker, Gutter paint
	Cursor, Selected           string                  // gutter glyph, styled: the row the cursor is on, rows in the selection
	Badges                     [parse.NumLevels]string // fixed-width level badges that read as text without colour
	Sources                    []paint
	SourceTitles               []paint  // a source named as a title (a pane's): its colour, bold
	Text                       [3]paint // by textKind: plain, matched, control placeholder
	Empty                      lipgloss.Style
}

// StatusStyles styles the status bar and the input line.
type StatusStyles struct {
	Bar                         lipgloss.Style
	Label, Value, Faint         paint
	LevelOn                     [parse.NumLevels]paint
	Follow, Paused, Busy, Error paint
	Warn                        paint                  // the count of start-up warnings
	Strip                       [parse.NumLevels]paint // rate strip cells, coloured by worst level
	Mark                        paint                  // the current position on the rate strip
}

// DetailStyles styles the detail view and other full-screen text views (help, sources).
type DetailStyles struct {
	Title, Key, Value, Section lipgloss.Style
	Levels                     [parse.NumLevels]lipgloss.Style // a level named in full, coloured like its badge
	Border                     lipgloss.Style
	Focused                    lipgloss.Style // border of the focused pane
}

// Theme holds every style of the interface; nothing outside this file builds a style. Build it with
// NewTheme and rebuild it when the terminal reports its background.
type Theme struct {
	Dark     bool
	Basic    bool // built for 16 colours (NewBasicTheme)
	Timeline TimelineStyles
	Status   StatusStyles
	Detail   DetailStyles
	Help     help.Styles
	Input    textinput.Styles
}

// badgeWidth is the width of every badge, in columns.
const badgeWidth = 5

// badgeText is each level's badge: five columns, so rows align and the level reads as a word
// when NO_COLOR takes the colour away. An entry without a level gets a centred dot, which reads as
// "nothing here" in any profile, and is drawn faint, so that it does not compete with real levels.
var badgeText = [parse.NumLevels]string{"  ·  ", "TRACE", "DEBUG", "INFO ", "NOTE ", "WARN ", "ERROR", "CRIT ", "ALERT", "EMERG"}

// NewTheme builds every style for a dark or light background.
func NewTheme(dark bool) Theme { return newTheme(dark, newPalette(dark)) }

// NewBasicTheme is NewTheme for a terminal of 16 colours, whose levels and sources are named in
// the terminal's own colours: the colour profile's nearest match to the full palette makes warning
// and error the same red.
func NewBasicTheme(dark bool) Theme { return newTheme(dark, newPalette(dark).basic(dark)) }

// basic replaces the level and source colours by the 16 a basic terminal has, each level its own.
func (p palette) basic(dark bool) palette {
	pick := func(light, darkBg int) color.Color {
		if dark {
			return lipgloss.Color(strconv.Itoa(darkBg))
		}
		return lipgloss.Color(strconv.Itoa(light))
	}
	p.levels = [parse.NumLevels]color.Color{
		parse.Unknown: pick(8, 8), parse.Trace: pick(8, 8), parse.Debug: pick(6, 14), parse.Info: pick(2, 10),
		parse.Notice: pick(4, 12), parse.Warn: pick(3, 11), parse.Error: pick(1, 1), parse.Critical: pick(9, 9),
		parse.Alert: pick(5, 13), parse.Emergency: pick(15, 15),
	}
	p.sources = []color.Color{pick(4, 12), pick(5, 13), pick(6, 14), pick(2, 10), pick(3, 11), pick(1, 9)}
	p.sixteen = true
	return p
}

func newTheme(dark bool, p palette) Theme {
	st := lipgloss.NewStyle
	t := Theme{Dark: dark, Basic: p.sixteen, Help: help.DefaultStyles(dark), Input: textinput.DefaultStyles(dark)}
	if p.sixteen {
		// Bubbles' separator and ellipsis grey is black among 16 colours on a dark screen
		// (#3C3C3C) and bright white on a light one (#DADADA): unseen either way.
		sep := st().Foreground(lipgloss.Color("8"))
		t.Help.ShortSeparator, t.Help.FullSeparator, t.Help.Ellipsis = sep, sep, sep
	}

	tl := &t.Timeline
	tl.Time = toPaint(st().Foreground(p.subtle))
	tl.Host = toPaint(st().Foreground(p.subtle).Italic(true))
	tl.Marker = toPaint(st().Foreground(p.accent))
	tl.Gutter = toPaint(st().Foreground(p.faint))
	tl.Cursor = st().Foreground(p.accent).Bold(true).Render("▌")
	tl.Selected = st().Foreground(p.levels[parse.Info]).Render("┃")
	for l := range tl.Badges {
		tl.Badges[l] = levelStyle(p, parse.Level(l)).Render(badgeText[l])
	}
	for _, c := range p.sources {
		tl.Sources = append(tl.Sources, toPaint(st().Foreground(c)))
		tl.SourceTitles = append(tl.SourceTitles, toPaint(st().Foreground(c).Bold(true)))
	}
	tl.Text = [3]paint{
		kindMatch:   toPaint(st().Background(p.matchBg).Foreground(lipgloss.Color("#1a1b26")).Bold(true).Underline(true)),
		kindControl: toPaint(st().Foreground(p.subtle).Faint(true)),
	}
	tl.Empty = st().Foreground(p.subtle).Italic(true)

	s := &t.Status
	s.Bar = st().Background(p.bar).Foreground(p.fg)
	s.Label = toPaint(st().Foreground(p.subtle))
	s.Value = toPaint(st().Foreground(p.fg).Bold(true))
	s.Faint = toPaint(st().Foreground(p.faint))
	for l := range s.LevelOn {
		s.LevelOn[l] = toPaint(st().Foreground(p.levels[l]))
		s.Strip[l] = toPaint(st().Foreground(p.levels[l]))
	}
	s.Strip[parse.Emergency] = s.LevelOn[parse.Critical]
	s.LevelOn[parse.Emergency] = s.LevelOn[parse.Critical]
	s.Follow = toPaint(st().Foreground(p.levels[parse.Info]).Bold(true))
	s.Paused = toPaint(st().Foreground(p.levels[parse.Warn]).Bold(true))
	s.Busy = toPaint(st().Foreground(p.accent))
	s.Warn = toPaint(st().Foreground(p.levels[parse.Warn]))
	s.Error = toPaint(st().Foreground(p.levels[parse.Error]).Bold(true))
	s.Mark = toPaint(st().Foreground(p.accent).Bold(true))

	d := &t.Detail
	d.Title = st().Foreground(p.accent).Bold(true)
	d.Key = st().Foreground(p.subtle)
	d.Value = st().Foreground(p.fg)
	d.Section = st().Foreground(p.accent).Underline(true)
	for l := range d.Levels {
		d.Levels[l] = levelStyle(p, parse.Level(l))
	}
	d.Border = st().Border(lipgloss.RoundedBorder()).BorderForeground(p.faint)
	d.Focused = st().Border(lipgloss.RoundedBorder()).BorderForeground(p.accent)
	return t
}

// levelStyle is the look of a level wherever it is named: the timeline badge, the detail view.
// Levels from error up are bold (error not in 16 colours), emergency is reversed out of the
// critical colour, and an entry without a level is faint.
func levelStyle(p palette, l parse.Level) lipgloss.Style {
	s := lipgloss.NewStyle().Foreground(p.levels[l])
	switch {
	case l == parse.Unknown:
		s = s.Foreground(p.faint)
	case l == parse.Emergency:
		s = s.Background(p.levels[parse.Critical]).Bold(true)
	case l == parse.Error && p.sixteen:
		// Not bold: many terminals show bold red as the bright red that is critical's.
	case l >= parse.Error:
		s = s.Bold(true)
	}
	return s
}

// toPaint pre-renders a style that has only colours and attributes into its opening and closing
// sequences.
func toPaint(s lipgloss.Style) paint {
	r := s.Render("x")
	i := strings.IndexByte(r, 'x')
	if i < 0 {
		return paint{}
	}
	return paint{pre: r[:i], post: r[i+1:]}
}

// wrap surrounds text with the paint.
func (p paint) wrap(text string) string { return p.pre + text + p.post }

// source returns the stable paint of a source: FNV-1a of its name picks the palette entry, so a
// source keeps its colour across runs and across the order sources appear in.
func (t TimelineStyles) source(name string) paint { return pick(t.Sources, name) }

// sourceTitle returns the bold paint of a source, in the same colour as source.
func (t TimelineStyles) sourceTitle(name string) paint { return pick(t.SourceTitles, name) }

func pick(paints []paint, name string) paint {
	if len(paints) == 0 {
		return paint{}
	}
	h := fnv.New32a()
	h.Write([]byte(name))
	return paints[h.Sum32()%uint32(len(paints))]
}
