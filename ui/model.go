// Package ui is trawl's terminal interface: the Bubble Tea model tree, the layout, the theme and the
// export prompt.
//
// The root Model is a router. It owns the size, the layout, the current mode and the selection
// (levels, sources, search), and holds the viewers: the merged timeline, and one per source while
// the panes are open. Each viewer owns its evaluation, its timeline and its cursor; the root hands
// keys to the focused one, and every action (copy, export, detail, n/N, esc, histogram) applies to
// focused(). It guarantees:
//   - Update and View never do I/O and never wait: filtering, searching, histograms and exports run
//     in Cmds, tagged with generations so that stale results are dropped.
//   - A frame renders only what is on screen, so its cost does not grow with the ring.
//   - No byte of log text reaches the terminal as a control sequence (see Sanitize).
package ui

import (
	"os"
	"time"

	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/ansi"

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
	// MinLevel is the least level shown at start (the level toggles above it on, the others
	// off); Unknown shows every level.
	MinLevel parse.Level
	// Formats are the run's formats defined without code, which give their entries' fields to
	// the detail view, field searches and exports.
	Formats parse.Defined

	// Warnings are what went wrong while opening the sources (a path that does not exist, a
	// directory with no logs, logs this user may not read). main prints them before the interface
	// starts; the status bar counts them and the sources view words them, so they are not lost
	// behind the screen.
	Warnings []error

	ClipboardMax int // the most text y copies, in bytes; 0: DefaultClipboardMax

	// Written, when set, is told of each file an export creates, before it is written: the
	// tailers must not read it back when it lands in a directory they follow.
	Written func(path string, fi os.FileInfo)
	// Followed, when set, says whether a file is a log being followed, which an export must not
	// replace.
	Followed func(fi os.FileInfo) bool

	// Width and Height are the terminal's size at start, 0 when unknown. Bubble Tea draws the
	// first frame before it reports the size; knowing it, that frame is the whole screen, not an
	// empty one whose buffers the renderer shrinks and grows again for the next.
	Width, Height int
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

// Model is the root of the interface. It is a value; the ring, the theme and the key map are
// shared by pointer and never changed in place (a new theme is a new pointer).
//
// The panes' viewers live in a slice that model copies share. Only the newest model is ever used,
// so the sharing is never observable; closing the panes drops the slice (nil) after stopping them.
type Model struct {
	cfg   Config
	keys  *keymap.KeyMap
	theme *Theme
	// profile is the colour profile the screen was last drawn in, unset before the first.
	profile *colorprofile.Profile
	width   int
	height  int
	layout  layout

	mode, back mode // back is where esc returns from detail, help, sources and histogram
	// helpOverDetail says help was opened over the detail view: esc returns there, and from the
	// detail view to back.
	helpOverDetail bool
	searching      bool // the search input has the keys

	sel selection
	// hl is the last search that compiled, alone, for highlights and n/N; nil without a search.
	// While the one typed does not compile (searchErr), the views are evaluated with it too (see
	// shown), and the levels and sources chosen meanwhile still apply.
	hl        *filter.Matcher
	searchErr error
	utc       bool

	snap  *ring.Snapshot // the newest snapshot
	rs    rowStyle       // the row style of snap's source list, shared by the viewers
	main  viewer
	panes []viewer // one per source while the panes are open; nil while they are closed
	// paneSpots keep each source's pane where it was while the panes are closed: its entry under
	// the cursor, follow, wrap (see Timeline.Spot). Only small values: a snapshot kept here would
	// keep evicted entries in memory.
	paneSpots map[string]TimelineSpot
	paneFocus string // the source whose pane had the focus
	nextKey   uint64 // the key of the next viewer made

	grid    Panes
	detail  Detail
	sources Sources
	hist    Histogram
	export  Export
	// quitAsked counts the quits pressed while an export was being written (see quit).
	quitAsked int
	// exportWaits says e was pressed while the focused view's search ran: the prompt opens when
	// that search, of viewer waitKey and generation waitGen, is done (see startExport); another
	// search or focus started since drops the wait.
	exportWaits      bool
	waitKey, waitGen uint64
	input            textinput.Model
	help             help.Model
	helpScr          helpScreen
	status           statusState

	// manual turns off the data watch and the stats tick, for tests that send dataMsg and tickMsg
	// themselves and wait for every Cmd to finish.
	manual bool
}

// themeFor is the theme for a dark or light background in the terminal's colour profile.
func (m Model) themeFor(dark bool) Theme {
	if m.profile != nil && *m.profile == colorprofile.ANSI {
		return NewBasicTheme(dark)
	}
	return NewTheme(dark)
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
	m := Model{cfg: cfg, keys: &keys, theme: &th, sel: newSelection(cfg.Query).setMinLevel(cfg.MinLevel)}
	m.main = newViewer(m.newKey(), "", m.keys)
	m.grid = NewPanes(m.keys)
	m.detail = NewDetail(m.keys)
	m.sources = NewSources(m.keys, cfg.Warnings)
	m.hist = NewHistogram(m.keys)
	m.export = NewExport(m.keys, cfg.WorkDir)
	m.export.written = cfg.Written
	m.export.followed = cfg.Followed
	m.export.formats = cfg.Formats
	m.detail.formats = cfg.Formats
	m.helpScr = newHelpScreen(m.keys)
	m.input = textinput.New()
	m.input.Prompt = "/"
	// A paste without bracketed paste arrives as one key a character: each re-reads the whole
	// query, so an unbounded input takes time in the square of the paste. No query is longer.
	m.input.CharLimit = filter.MaxQueryBytes
	m.input.Placeholder = "search: words, 'exact, \"a phrase\", /regex/, level:>=warn, source:, host:, key:value"
	m.input.SetVirtualCursor(false)
	m.input.SetValue(cfg.Query)
	m.help = help.New()
	m.status.lastTick = cfg.Now()
	if cfg.Ring != nil {
		m.snap = cfg.Ring.Snapshot()
	}
	m.applyTheme()
	if cfg.Width > 0 && cfg.Height > 0 {
		m = m.onResize(cfg.Width, cfg.Height)
	}
	return m
}

// newKey returns a viewer key never used before, so that results of closed panes never reach new ones.
func (m *Model) newKey() uint64 {
	m.nextKey++
	return m.nextKey
}

// plain reports whether the terminal shows no colour (NO_COLOR): marks that colour carries are
// then drawn in text.
func (m Model) plain() bool {
	return m.profile != nil && (*m.profile == colorprofile.ASCII || *m.profile == colorprofile.NoTTY)
}

// Init starts the data watch, the first evaluation, the stats tick and the background query.
func (m Model) Init() tea.Cmd {
	cmds := []tea.Cmd{tea.RequestBackgroundColor, m.tick(), waitLoaded(m.cfg.Loaded)}
	if m.cfg.Ring != nil {
		cmds = append(cmds, m.waitForData(time.Time{}), m.initialEval())
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

// repaintAfterResize resets the terminal's scrolling region, then has the whole screen drawn
// again. The renderer scrolls with a region it restores to the height it draws at
// (CSI 1;<height> r), and the frames drawn before a new size arrives are at the old one: tmux,
// resized twice in quick succession, grows its screen at once but reports the last size some
// 250 ms later. A region one row short of the screen is then left behind, the full repaint at
// the new size scrolls inside it (the status bar and footer mixed, the bottom row blank), and
// the diffs that follow never put that right. In order: the reset is written before the repaint.
var repaintAfterResize = tea.Sequence(tea.Raw(ansi.SetTopBottomMargins(0, 0)), tea.ClearScreen)

// Update routes a message to its handler.
func (m Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		resized := msg.Width != m.width || msg.Height != m.height
		m = m.onResize(msg.Width, msg.Height)
		cmds := []tea.Cmd{m.histogramCmd(false)} // a new width is a new number of buckets
		if resized {
			cmds = append(cmds, repaintAfterResize)
		}
		if len(m.panes) > 0 && m.snap != nil {
			// A larger grid shows panes that were on no page: they are evaluated now, not
			// left saying that nothing matches.
			cmds = append(cmds, m.queryPanes(m.snap.Sources())...)
		}
		return m, tea.Batch(cmds...)
	case tea.BackgroundColorMsg:
		th := m.themeFor(msg.IsDark())
		m.theme = &th
		m.applyTheme()
		return m, nil
	case tea.ColorProfileMsg:
		changed := m.profile != nil && *m.profile != msg.Profile
		m.profile = &msg.Profile
		if th := m.themeFor(m.theme.Dark); th.Basic != m.theme.Basic {
			m.theme = &th
			m.applyTheme()
		}
		if changed {
			// Found once the screen was up (tmux's answer, see ui/colorprobe): the cells already
			// drawn keep their old colours unless the whole screen is drawn again.
			return m, tea.ClearScreen
		}
		return m, nil
	case tea.KeyPressMsg:
		return m.onKey(msg)
	case tea.PasteMsg:
		return m.onInput(msg)
	case tea.MouseWheelMsg:
		return m.onWheel(msg)
	case dataMsg:
		return m.onData(msg)
	case resultMsg:
		return m.onResult(msg)
	case requeryMsg:
		return m, m.requery()
	case tickMsg:
		m = m.onTick()
		var recount tea.Cmd
		if m.hist.due && !m.hist.busy {
			m.hist.last = time.Time{} // a recount held back while one ran or too soon after it: due now
			recount = m.histogramCmd(false)
		}
		return m, tea.Batch(m.tick(), recount)
	}
	return m.onReport(msg)
}

// onReport takes the reports of work that ran in Cmds.
func (m Model) onReport(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case noticeExpiredMsg:
		return m.onNoticeExpired(msg), nil
	case noticeMsg:
		return m, m.notify(msg.text, msg.isErr)
	case loadedMsg:
		m.status.loaded = true
		if m.cfg.Ring != nil && !m.manual && (m.snap == nil || m.snap.Version() != m.cfg.Ring.Version()) {
			// The initial read is over: show all of it now. The data watch may be waiting out
			// the frame of the first entries (frameInterval), which would hold back the sources
			// read last by up to that long.
			return m.takeData()
		}
	case exportMsg:
		var cmd tea.Cmd
		m.export, cmd = m.export.Update(msg)
		return m.quitAfterExport(cmd)
	case copiedMsg:
		return m.onCopied(msg)
	case matchMsg:
		if v := m.viewer(msg.viewer); v != nil {
			v.tl.JumpTo(msg.seq)
		}
	case histMsg:
		m.hist = m.hist.apply(msg)
	}
	return m, nil
}

// applyTheme hands the current theme to the components that keep styles.
func (m *Model) applyTheme() {
	m.help.Styles = m.theme.Help
	m.input.SetStyles(m.theme.Input)
	m.export.SetStyles(m.theme.Input)
	m.restyle()
}

// loc is the zone times are shown in.
func (m Model) loc() *time.Location {
	if m.utc {
		return time.UTC
	}
	return m.cfg.Location
}

// focused returns the viewer that keys and actions apply to: the focused pane while the panes are
// open (also in the detail, help or histogram opened from them), else the merged timeline.
func (m *Model) focused() *viewer {
	if len(m.panes) > 0 {
		return &m.panes[min(m.grid.focus, len(m.panes)-1)]
	}
	return &m.main
}

// viewer returns the live viewer with the given key, or nil when it is gone (closed panes).
// Loops over the viewers are written out rather than over a slice of pointers, which would move
// the model, copied on every Update, to the heap.
func (m *Model) viewer(key uint64) *viewer {
	if m.main.key == key {
		return &m.main
	}
	for i := range m.panes {
		if m.panes[i].key == key {
			return &m.panes[i]
		}
	}
	return nil
}

// restyle rebuilds the row style when the source list, the theme or the width class changed, and
// hands every viewer its copy. The source tags are measured here only, once per change.
func (m *Model) restyle() {
	var names []string
	if m.snap != nil {
		names = m.snap.Sources()
	}
	if !m.rs.fits(&m.theme.Timeline, names, m.layout.body.w) {
		m.rs = newRowStyle(&m.theme.Timeline, names, m.loc(), m.layout.body.w)
	}
	m.rs.loc = m.loc()
	m.main.setStyle(m.rs, m.hl)
	ps := m.rs
	ps.noSource = true
	for i := range m.panes {
		m.panes[i].setStyle(ps, m.hl)
	}
}
