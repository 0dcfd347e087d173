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

// Pane layout tuning.
const (
	// minPaneWidth and minPaneHeight are the smallest pane, border included: 40 columns leave a
	// row about 20 columns of message beside time and level, and 6 rows leave a title and three
	// entries. Below them a pane shows too little to be worth a tile, so panes are paged instead.
	minPaneWidth  = 40
	minPaneHeight = 6
	// paneAspect is the shape, in columns per row, that breaks ties between grids with as many
	// empty slots: log rows are wide, so a pane about three times wider than tall shows the most.
	paneAspect = 3.0
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
	rowH          []int // height of each grid row, border included; they add up to height
}

// NewPanes returns the (closed) panes view.
func NewPanes(keys *keymap.KeyMap) Panes { return Panes{keys: keys} }

// SetSize sets the rectangle the panes share.
func (p *Panes) SetSize(w, h int) {
	p.width, p.height = w, h
	p.layoutPanes()
}

// Pages is how many screens the panes take.
func (p Panes) Pages() int {
	if per := p.perPage(); per > 0 {
		return (len(p.tls) + per - 1) / per
	}
	return 1
}

// perPage is how many panes fit on one screen.
func (p Panes) perPage() int {
	if p.zoomed {
		return 1
	}
	return max(p.width/minPaneWidth, 1) * max(p.height/minPaneHeight, 1)
}

// layoutPanes picks the grid for the current page and sizes every pane's timeline.
func (p *Panes) layoutPanes() {
	n := min(len(p.names)-p.page*p.perPage(), p.perPage())
	if p.zoomed || n <= 1 {
		p.cols, p.rows = 1, 1
	} else {
		p.cols, p.rows = grid(n, p.width, p.height)
	}
	p.rowH = split(p.height, p.rows)
	for i := range p.tls {
		w, h := p.paneSize(i)
		p.tls[i].SetSize(max(w-2, 1), max(h-3, 1))
	}
}

// grid chooses columns and rows for n panes in w×h cells. Among the grids whose panes keep the
// minimum size it takes the one with the fewest empty slots, and among those the one whose panes
// come closest to paneAspect. With no fitting grid (n beyond a page) it fills the screen.
func grid(n, w, h int) (cols, rows int) {
	maxCols, maxRows := max(w/minPaneWidth, 1), max(h/minPaneHeight, 1)
	cols, rows = maxCols, maxRows
	bestEmpty, bestDev := math.MaxInt, math.Inf(1)
	for c := 1; c <= min(maxCols, n); c++ {
		r := (n + c - 1) / c
		if r > maxRows {
			continue
		}
		empty := c*r - n
		dev := math.Abs(math.Log(float64(w) / float64(c) / (float64(h) / float64(r)) / paneAspect))
		if empty < bestEmpty || (empty == bestEmpty && dev < bestDev) {
			cols, rows, bestEmpty, bestDev = c, r, empty, dev
		}
	}
	return cols, rows
}

// split divides total cells into n parts that differ by at most one and add up to total.
func split(total, n int) []int {
	n = max(n, 1)
	parts := make([]int, n)
	for i := range parts {
		parts[i] = total / n
		if i < total%n {
			parts[i]++
		}
	}
	return parts
}

// onPage returns how many panes the current page shows, and the first one.
func (p Panes) onPage() (first, n int) {
	if p.zoomed {
		return p.focus, min(len(p.tls), 1)
	}
	first = p.page * p.perPage()
	return first, max(min(len(p.tls)-first, p.perPage()), 0)
}

// paneSize is the rectangle of pane i, border included. The last grid row may hold fewer panes
// than the others; they share its whole width rather than leave an empty slot. A pane on another
// page gets the size it would have in the first cell.
func (p Panes) paneSize(i int) (w, h int) {
	first, n := p.onPage()
	pos := i - first
	if pos < 0 || pos >= n || p.zoomed {
		pos = 0
	}
	r, c := pos/p.cols, pos%p.cols
	inRow := min(n-r*p.cols, p.cols)
	r = min(r, len(p.rowH)-1)
	if r < 0 {
		return p.width, p.height
	}
	return split(p.width, max(inRow, 1))[min(c, max(inRow, 1)-1)], p.rowH[r]
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
		w, _ := p.paneSize(i)
		rs := newRowStyle(&m.theme.Timeline, s.snap, s.rows(), m.loc(), w-2)
		rs.noSource = true
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

// View renders the current page of panes; the grid's rows fill the height exactly.
func (p Panes) View() string {
	if len(p.tls) == 0 {
		return " no sources"
	}
	first, n := p.onPage()
	pages := p.Pages()
	var rows []string
	for r := 0; r*p.cols < n; r++ {
		var cells []string
		for c := 0; c < p.cols && r*p.cols+c < n; c++ {
			cells = append(cells, p.pane(first+r*p.cols+c, pages))
		}
		rows = append(rows, lipgloss.JoinHorizontal(lipgloss.Top, cells...))
	}
	return strings.Join(rows, "\n")
}

// pane renders one bordered pane with its source as the title, in the source's colour and
// indented by the rows' gutter so that it lines up with the times below it.
func (p Panes) pane(i, pages int) string {
	w, h := p.paneSize(i)
	tl := p.tls[i]
	title := ansi.Truncate(Sanitize(p.names[i]), max(w-3, 1), "…")
	page := ""
	if pages > 1 && i == p.focus {
		page = ansi.Truncate("  (page "+strconv.Itoa(p.page+1)+"/"+strconv.Itoa(pages)+")", max(w-3-ansi.StringWidth(title), 0), "")
	}
	if p.theme == nil {
		return " " + title + page + "\n" + fit(tl.View(), w-2, h-3)
	}
	head := " " + p.theme.Timeline.sourceTitle(p.names[i]).wrap(title) + p.theme.Timeline.Time.wrap(page)
	body := head + "\n" + fit(tl.View(), w-2, h-3)
	border := p.theme.Detail.Border
	if i == p.focus {
		border = p.theme.Detail.Focused
	}
	return border.Width(w).Height(h).Render(body)
}
