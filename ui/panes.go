package ui

import (
	"math"
	"strconv"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"github.com/trawl-dev/trawl/keymap"
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

// Panes lays out the per-source viewers, which the root model holds, in a grid that adapts to
// their number and the terminal size; sources beyond one screen are paged. It owns the layout
// (focus, page, zoom, the grid) and draws the viewers it is handed; their evaluation and their
// timelines belong to them.
type Panes struct {
	keys          *keymap.KeyMap
	width, height int
	n             int // how many panes there are
	focus, page   int
	zoomed        bool
	cols, rows    int
	rowH          []int // height of each grid row, border included; they add up to height
}

// NewPanes returns the layout of no panes.
func NewPanes(keys *keymap.KeyMap) Panes { return Panes{keys: keys} }

// SetSize sets the rectangle the panes share.
func (p *Panes) SetSize(w, h int) {
	p.width, p.height = w, h
	p.layoutPanes()
}

// SetCount lays out n panes, keeping the focus on one of them.
func (p *Panes) SetCount(n int) {
	p.n = n
	p.focus, p.page = min(p.focus, max(n-1, 0)), 0
	p.layoutPanes()
}

// Pages is how many screens the panes take.
func (p Panes) Pages() int {
	if per := p.perPage(); per > 0 {
		return (p.n + per - 1) / per
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

// layoutPanes picks the grid for the current page.
func (p *Panes) layoutPanes() {
	n := min(p.n-p.page*p.perPage(), p.perPage())
	if p.zoomed || n <= 1 {
		p.cols, p.rows = 1, 1
	} else {
		p.cols, p.rows = grid(n, p.width, p.height)
	}
	p.rowH = split(p.height, p.rows)
}

// timelineSize is the size of pane i's timeline: its rectangle without border and title.
func (p Panes) timelineSize(i int) (w, h int) {
	w, h = p.paneSize(i)
	return max(w-2, 1), max(h-3, 1)
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
		return p.focus, min(p.n, 1)
	}
	first = p.page * p.perPage()
	return first, max(min(p.n-first, p.perPage()), 0)
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

// Update moves focus and pages and zooms; handled is false for a key it does not take.
func (p Panes) Update(msg tea.KeyPressMsg) (_ Panes, handled bool) {
	n := p.n
	switch {
	case n == 0:
		return p, false
	case key.Matches(msg, p.keys.NextPane):
		p.setFocus((p.focus + 1) % n)
	case key.Matches(msg, p.keys.PrevPane):
		p.setFocus((p.focus + n - 1) % n)
	case key.Matches(msg, p.keys.NextPage):
		p.setFocus(min((p.page+1)*p.perPage(), n-1))
	case key.Matches(msg, p.keys.PrevPage):
		p.setFocus(max((p.page-1)*p.perPage(), 0))
	case key.Matches(msg, p.keys.Zoom):
		p.zoomed = !p.zoomed
		p.setFocus(p.focus)
	default:
		return p, false
	}
	return p, true
}

// setFocus focuses pane i and shows the page it is on.
func (p *Panes) setFocus(i int) {
	p.focus = i
	p.page = i / p.perPage()
	p.layoutPanes()
}

// View renders the current page of the viewers; the grid's rows fill the height exactly. plain
// says colours are off, so that the focused pane is marked in text as well as by its border.
func (p Panes) View(vs []viewer, th *Theme, plain bool, empty func(v *viewer) string) string {
	if len(vs) == 0 {
		return " no sources"
	}
	first, n := p.onPage()
	pages := p.Pages()
	var rows []string
	for r := 0; r*p.cols < n; r++ {
		var cells []string
		for c := 0; c < p.cols && r*p.cols+c < n; c++ {
			i := first + r*p.cols + c
			cells = append(cells, p.pane(&vs[i], i, pages, th, plain, empty))
		}
		rows = append(rows, joinCells(cells))
	}
	return strings.Join(rows, "\n")
}

// joinCells puts a grid row's panes side by side, line by line. Each pane's lines are already its
// width as the terminal shows them (see box); Lip Gloss's join would pad them again by its own,
// narrower measure of some emoji and scripts.
func joinCells(cells []string) string {
	split := make([][]string, len(cells))
	n := 0
	for i, c := range cells {
		split[i] = strings.Split(c, "\n")
		n = max(n, len(split[i]))
	}
	var b strings.Builder
	for k := 0; k < n; k++ {
		if k > 0 {
			b.WriteByte('\n')
		}
		for _, lines := range split {
			if k < len(lines) {
				b.WriteString(lines[k])
			}
		}
	}
	return b.String()
}

// box draws body in style's border, w×h cells in all, measuring the text as the rows are measured
// (textWidth, the wider of the two widths a terminal may give a character): Lip Gloss pads by the
// narrower one, and a row of skin-toned emoji or of jamo pushed the border and the next pane off
// the line.
func box(style lipgloss.Style, body string, w, h int) string {
	if w < 2 || h < 2 {
		return fit("", max(w, 0), max(h, 0))
	}
	b := style.GetBorderStyle()
	paint := lipgloss.NewStyle().Foreground(style.GetBorderTopForeground())
	var out strings.Builder
	out.WriteString(paint.Render(b.TopLeft + strings.Repeat(b.Top, w-2) + b.TopRight))
	left, right := paint.Render(b.Left), paint.Render(b.Right)
	for _, line := range strings.Split(fit(body, w-2, h-2), "\n") {
		out.WriteByte('\n')
		out.WriteString(left + line + strings.Repeat(" ", max(w-2-textWidth(line), 0)) + right)
	}
	out.WriteByte('\n')
	out.WriteString(paint.Render(b.BottomLeft + strings.Repeat(b.Bottom, w-2) + b.BottomRight))
	return out.String()
}

// focusMark leads the focused pane's title when colours are off.
const focusMark = "▶ "

// pane renders one bordered pane with its source as the title, in the source's colour and
// indented by the rows' gutter so that it lines up with the times below it.
func (p Panes) pane(v *viewer, i, pages int, th *Theme, plain bool, empty func(v *viewer) string) string {
	w, h := p.paneSize(i)
	mark := ""
	if plain && i == p.focus {
		mark = focusMark
	}
	title := truncateText(SanitizeExactName(v.source), max(w-3-textWidth(mark), 1), "…")
	page := ""
	if pages > 1 && i == p.focus {
		// The page in as many words as fit, never cut: "(page 1/7" would read as a fault.
		of := strconv.Itoa(p.page+1) + "/" + strconv.Itoa(pages)
		page = firstFitting(w-3-textWidth(mark+title), "  (page "+of+")", " ("+of+")")
	}
	head := " " + mark + th.Timeline.sourceTitle(v.source).wrap(title) + th.Timeline.Time.wrap(page)
	rows := v.tl.View()
	if v.tl.len() == 0 {
		rows = empty(v) // why the pane is empty, not a blank box
	}
	body := head + "\n" + fit(rows, w-2, h-3)
	border := th.Detail.Border
	if i == p.focus {
		border = th.Detail.Focused
	}
	return box(border, body, w, h)
}
