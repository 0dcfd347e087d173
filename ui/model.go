// Package ui is trawl's terminal interface: the Bubble Tea model tree, the layout, the theme and the
// export prompt.
//
// The root Model is a router. It owns the size, the layout, the current mode, the active query and
// the sub-models (timeline, panes, detail, sources, histogram, export), hands keys to the focused one
// and broadcasts data to all. It guarantees:
//   - Update and View never do I/O and never wait: filtering, searching, histograms and exports run
//     in Cmds, tagged with generations so that stale results are dropped.
//   - A frame renders only what is on screen, so its cost does not grow with the ring.
//   - No byte of log text reaches the terminal as a control sequence (see Sanitize).
package ui

import (
	"time"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"

	"github.com/trawl-dev/trawl/filter"
	"github.com/trawl-dev/trawl/keymap"
	"github.com/trawl-dev/trawl/parse"
	"github.com/trawl-dev/trawl/parse/ring"
	"github.com/trawl-dev/trawl/tail"
)

// Config is what main hands the interface.
type Config struct {
	Ring     *ring.Ring
	Stats    func() []tail.Stats // per-source stats, polled each frame (cheap); may be nil
	Loaded   <-chan struct{}     // closed when the initial read finished; may be nil
	Now      func() time.Time    // injected clock
	Location *time.Location      // local zone for display (u toggles UTC)
	Keys     keymap.KeyMap
	WorkDir  string // where exports go by default
	Query    string // initial search, may be empty

	ClipboardMax int // the most text y copies, in bytes; 0: DefaultClipboardMax
}

// mode is what fills the body of the screen.
type mode uint8

const (
	modeTimeline mode = iota
	modePanes
	modeDetail
	modeHelp
	modeSources
	modeHistogram
)

// focus says whether a text input takes the keys.
type focus uint8

const (
	focusNone    focus = iota
	focusSearch        // the search input
	focusPrompt        // the export path prompt
	focusConfirm       // the overwrite question
)

// Slot ids of the filtered views; pane slots follow slotPanes.
const (
	slotMain  = 0 // the timeline's view: levels, sources and search
	slotBase  = 1 // levels and sources only, shown in highlight-only mode
	slotPanes = 2
)

// Model is the root of the interface. It is a value; the ring, the theme and the key map are
// shared by pointer and never changed in place (a new theme is a new pointer).
type Model struct {
	cfg    Config
	keys   *keymap.KeyMap
	theme  *Theme
	width  int
	height int
	layout layout

	mode, back mode // back is where esc returns from detail, help, sources and histogram
	focus      focus

	query         filter.Query
	minLevel      parse.Level // Unknown when no minimum is set
	highlightOnly bool
	searchErr     error
	utc           bool

	snap  *ring.Snapshot  // the newest snapshot
	slots [slotPanes]slot // the main and base views; panes keep their own

	timeline Timeline
	panes    Panes
	detail   Detail
	sources  Sources
	hist     Histogram
	export   Export
	input    textinput.Model
	help     help.Model
	status   statusState

	// manual turns off the data watch and the stats tick, for tests that send dataMsg and tickMsg
	// themselves and wait for every Cmd to finish.
	manual bool
}

// New builds the model. It does no I/O: the first data, stats and results arrive as messages.
func New(cfg Config) Model {
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	if cfg.Location == nil {
		cfg.Location = time.Local
	}
	keys := cfg.Keys
	th := NewTheme(true)
	m := Model{cfg: cfg, keys: &keys, theme: &th, query: filter.Query{Levels: filter.AllLevels(), Search: cfg.Query}}
	m.timeline = NewTimeline(m.keys)
	m.panes = NewPanes(m.keys)
	m.detail = NewDetail(m.keys)
	m.sources = NewSources(m.keys)
	m.hist = NewHistogram(m.keys)
	m.input = textinput.New()
	m.input.Prompt = "/"
	m.input.Placeholder = "search: words, 'exact, /regex/, level:>=warn, source:, host:, key:value"
	m.input.SetVirtualCursor(false)
	m.input.SetValue(cfg.Query)
	m.help = help.New()
	m.applyTheme()
	m.status.lastTick = cfg.Now()
	if cfg.Ring != nil {
		m.snap = cfg.Ring.Snapshot()
	}
	return m
}

// Init starts the data watch, the first evaluation, the stats tick and the background query.
func (m Model) Init() tea.Cmd {
	cmds := []tea.Cmd{tea.RequestBackgroundColor, m.tick(), waitLoaded(m.cfg.Loaded)}
	if m.cfg.Ring != nil {
		cmds = append(cmds, m.waitForData(), m.initialEval())
	}
	return tea.Batch(cmds...)
}

// initialEval computes the first view. It is a Cmd so that Init stays free of work; the model it
// closes over is a copy, so the evaluation is restarted through a message.
func (m Model) initialEval() tea.Cmd {
	return func() tea.Msg { return requeryMsg{} }
}

// requeryMsg asks the model to re-evaluate the query.
type requeryMsg struct{}

// Update routes a message to its handler.
func (m Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		return m.onResize(msg.Width, msg.Height), nil
	case tea.BackgroundColorMsg:
		th := NewTheme(msg.IsDark())
		m.theme = &th
		m.applyTheme()
		return m, nil
	case tea.KeyPressMsg:
		return m.onKey(msg)
	case tea.PasteMsg:
		return m.onInput(msg)
	case tea.MouseWheelMsg:
		return m.onWheel(msg)
	case dataMsg:
		return m.onData()
	case resultMsg:
		return m.onResult(msg)
	case requeryMsg:
		return m, m.requery()
	case tickMsg:
		return m.onTick(), m.tick()
	case noticeExpiredMsg:
		return m.onNoticeExpired(msg), nil
	case loadedMsg:
		m.status.loaded = true
		return m, nil
	case exportMsg:
		return m.onExported(msg)
	case copiedMsg:
		return m.onCopied(msg)
	case histMsg:
		m.hist = m.hist.apply(msg)
		return m, nil
	}
	return m, nil
}

// applyTheme hands the current theme to the components that keep styles.
func (m *Model) applyTheme() {
	m.help.Styles = m.theme.Help
	m.input.SetStyles(m.theme.Input)
	m.export.input.SetStyles(m.theme.Input)
	m.restyle()
}

// loc is the zone times are shown in.
func (m Model) loc() *time.Location {
	if m.utc {
		return time.UTC
	}
	return m.cfg.Location
}

// shown returns the slot whose view the timeline shows: the base view in highlight-only mode.
func (m Model) shown() *slot {
	if m.highlightOnly && m.query.Search != "" {
		return &m.slots[slotBase]
	}
	return &m.slots[slotMain]
}

// restyle recomputes the per-frame row style and hands the shown view to the timeline.
func (m *Model) restyle() {
	s := m.shown()
	snap := s.snap
	if snap == nil {
		snap = m.snap
	}
	rs := newRowStyle(&m.theme.Timeline, snap, s.rows(), m.loc(), m.layout.body.w)
	if m.query.Search != "" && m.slots[slotMain].matcher != nil {
		rs.hl = m.slots[slotMain].matcher.Highlights
	}
	m.timeline.SetData(snap, s.rows(), rs)
	m.panes.restyle(m)
}
