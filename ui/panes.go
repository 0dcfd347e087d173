package ui

import (
	"math"
	"strconv"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/trawl-dev/trawl/filter"
	"github.com/trawl-dev/trawl/keymap"
	"github.com/trawl-dev/trawl/parse/ring"
)

// Pane size limits, border included: below them a pane shows too little to be worth a tile, so
// the panes are paged instead.
const (
	minPaneWidth  = 44
	minPaneHeight = 8
)

// Panes tiles one timeline per source, each following its own source under the same filters. The
// grid adapts to the number of sources and the terminal size; sources beyond one screen are paged.
//
// The per-pane slots live in a slice that model copies share; only the newest model is ever used,
// and every write replaces a whole slot, so the sharing is never observable.
type Panes struct {
	keys          *keymap.KeyMap
	theme         *Theme
	width, height int
	names         []string // source name per pane; pane i shows ring source id i
	slots         []slot
	tls           []Timeline
	focus, page   int
	zoomed        bool
	cols, rows    int
	paneW, paneH  int
}

// NewPanes returns the (closed) panes view.
func NewPanes(keys *keymap.KeyMap) Panes { return Panes{keys: keys} }

// SetSize sets the rectangle the panes share.
func (p *Panes) SetSize(w, h int) {
	p.width, p.height = w, h
	p.layoutPanes()
}

// perPage is how many panes fit on one screen.
func (p Panes) perPage() int {
	if p.zoomed {
		return 1
	}
	return max(p.width/minPaneWidth, 1) * max(p.height/minPaneHeight, 1)
}

// layoutPanes picks the grid: as square as the page's pane count allows, within the size limits.
func (p *Panes) layoutPanes() {
	n := min(len(p.names)-p.page*p.perPage(), p.perPage())
	if p.zoomed || n <= 1 {
		p.cols, p.rows = 1, 1
	} else {
		maxCols := max(p.width/minPaneWidth, 1)
		maxRows := max(p.height/minPaneHeight, 1)
		p.cols = min(maxCols, int(math.Ceil(math.Sqrt(float64(n)*float64(p.width)/float64(3*max(p.height, 1))))))
		p.cols = max(p.cols, 1)
		p.rows = (n + p.cols - 1) / p.cols
		if p.rows > maxRows {
			p.rows = maxRows
			p.cols = min((n+p.rows-1)/p.rows, maxCols)
		}
	}
	p.paneW, p.paneH = max(p.width/p.cols, 3), max(p.height/p.rows, 4)
	for i := range p.tls {
		p.tls[i].SetSize(p.paneW-2, p.paneH-3)
	}
}

// open starts one evaluation per source.
func (p Panes) open(snap *ring.Snapshot, q filter.Query) (Panes, tea.Cmd) {
	p.stop()
	p.names = nil
	if snap != nil {
		p.names = snap.Sources()
	}
	p.slots = make([]slot, len(p.names))
	p.tls = make([]Timeline, len(p.names))
	for i := range p.tls {
		p.tls[i] = NewTimeline(p.keys)
	}
	p.focus, p.page = min(p.focus, max(len(p.names)-1, 0)), 0
	p.layoutPanes()
	return p, p.requery(snap, q)
}

// requery re-evaluates every pane for a new query; it does nothing while the panes are closed.
func (p *Panes) requery(snap *ring.Snapshot, q filter.Query) tea.Cmd {
	var cmds []tea.Cmd
	for i := range p.slots {
		pq := q
		pq.Sources = make([]bool, len(p.names))
		if enabled(q.Sources, i) {
			pq.Sources[i] = true
		}
		m, err := filter.Compile(pq)
		if err != nil {
			continue
		}
		cmds = append(cmds, p.slots[i].evaluate(slotPanes+i, snap, m))
	}
	return tea.Batch(cmds...)
}

// refresh brings every pane up to date with snap.
func (p *Panes) refresh(snap *ring.Snapshot) tea.Cmd {
	var cmds []tea.Cmd
	for i := range p.slots {
		cmds = append(cmds, p.slots[i].refresh(slotPanes+i, snap))
	}
	return tea.Batch(cmds...)
}

// apply takes a result for one pane.
func (p Panes) apply(msg resultMsg) (Panes, bool) {
	i := msg.slot - slotPanes
	if i < 0 || i >= len(p.slots) {
		return p, false
	}
	return p, p.slots[i].apply(msg)
}

// restyle hands each pane its view and row style.
func (p *Panes) restyle(m *Model) {
	p.theme = m.theme
	for i := range p.tls {
		s := &p.slots[i]
		rs := newRowStyle(&m.theme.Timeline, s.snap, s.rows(), m.loc(), p.paneW-2)
		if m.query.Search != "" && s.matcher != nil {
			rs.hl = s.matcher.Highlights
		}
		p.tls[i].SetData(s.snap, s.rows(), rs)
	}
}

func (p *Panes) stop() {
	for i := range p.slots {
		p.slots[i].stop()
	}
}

func (p Panes) busy() bool {
	for i := range p.slots {
		if p.slots[i].busy {
			return true
		}
	}
	return false
}

// focused returns the focused pane's timeline (an empty one when there are no panes).
func (p Panes) focused() Timeline {
	if p.focus < len(p.tls) {
		return p.tls[p.focus]
	}
	return Timeline{}
}

// focusedSlot returns the focused pane's view, or nil when there are no panes.
func (p Panes) focusedSlot() *slot {
	if p.focus < len(p.slots) {
		return &p.slots[p.focus]
	}
	return nil
}

func (p Panes) focusedSnap() *ring.Snapshot {
	if p.focus < len(p.slots) {
		return p.slots[p.focus].snap
	}
	return nil
}

// Update moves focus and pages, zooms, and hands navigation to the focused pane.
func (p Panes) Update(msg tea.Msg) (Panes, tea.Cmd) {
	k, ok := msg.(tea.KeyPressMsg)
	n := len(p.tls)
	switch {
	case n == 0:
		return p, nil
	case ok && key.Matches(k, p.keys.NextPane):
		p.setFocus((p.focus + 1) % n)
	case ok && key.Matches(k, p.keys.PrevPane):
		p.setFocus((p.focus + n - 1) % n)
	case ok && key.Matches(k, p.keys.NextPage):
		p.setFocus(min((p.page+1)*p.perPage(), n-1))
	case ok && key.Matches(k, p.keys.PrevPage):
		p.setFocus(max((p.page-1)*p.perPage(), 0))
	case ok && key.Matches(k, p.keys.Zoom):
		p.zoomed = !p.zoomed
		p.setFocus(p.focus)
	default:
		var cmd tea.Cmd
		p.tls[p.focus], cmd = p.tls[p.focus].Update(msg)
		return p, cmd
	}
	return p, nil
}

// setFocus focuses pane i and shows the page it is on.
func (p *Panes) setFocus(i int) {
	p.focus = i
	p.page = i / p.perPage()
	p.layoutPanes()
}

// View renders the current page of panes.
func (p Panes) View() string {
	if len(p.tls) == 0 {
		return " no sources"
	}
	per := p.perPage()
	first := p.page * per
	pages := (len(p.tls) + per - 1) / per
	var rows []string
	for r := 0; r < p.rows; r++ {
		var cells []string
		for c := 0; c < p.cols; c++ {
			i := first + r*p.cols + c
			if i >= len(p.tls) || (p.zoomed && i != p.focus) {
				break
			}
			if p.zoomed {
				i = p.focus
			}
			cells = append(cells, p.pane(i, pages))
		}
		if len(cells) > 0 {
			rows = append(rows, lipgloss.JoinHorizontal(lipgloss.Top, cells...))
		}
	}
	return strings.Join(rows, "\n")
}

// pane renders one bordered pane with its source as the title.
func (p Panes) pane(i, pages int) string {
	tl := p.tls[i]
	title := Sanitize(p.names[i])
	if pages > 1 && i == p.focus {
		title += "  (page " + strconv.Itoa(p.page+1) + "/" + strconv.Itoa(pages) + ")"
	}
	title = ansi.Truncate(title, p.paneW-2, "…")
	body := title + "\n" + fit(tl.View(), p.paneW-2, p.paneH-3)
	if p.theme == nil {
		return body
	}
	border := p.theme.Detail.Border
	if i == p.focus {
		border = p.theme.Detail.Focused
	}
	return border.Width(p.paneW).Height(p.paneH).Render(body)
}
