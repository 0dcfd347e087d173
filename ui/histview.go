package ui

import (
	"math"
	"strconv"
	"strings"
	"time"

	"github.com/trawl-dev/trawl/parse"
)

// labelEvery is the spacing of time labels on the histogram axis, in columns.
const labelEvery = 16

// View renders the full histogram: a line about the selected bucket, the bars stacked by level
// with the most severe at the bottom, a marker under the selected bucket and time labels.
func (h Histogram) View(th *Theme, loc *time.Location) string {
	if len(h.data.counts) == 0 {
		return th.Timeline.Empty.Render(" counting…")
	}
	chartH := max(h.height-3, 1)
	n := min(len(h.data.counts), h.width)
	peak := 1
	for i := 0; i < n; i++ {
		_, t := worst(&h.data.counts[i])
		peak = max(peak, t)
	}
	lines := []string{h.info(th, loc)}
	for r := chartH - 1; r >= 0; r-- {
		var b strings.Builder
		for i := 0; i < n; i++ {
			b.WriteString(h.cell(th, i, r, chartH, peak))
		}
		lines = append(lines, b.String())
	}
	marker := strings.Repeat(" ", min(h.sel, n)) + th.Status.Mark.wrap("▲")
	lines = append(lines, marker, h.axis(loc, n))
	return strings.Join(lines, "\n")
}

// cell returns the character at row r (0 is the bottom) of column i.
func (h Histogram) cell(th *Theme, i, r, chartH, peak int) string {
	c := &h.data.counts[i]
	// cum counts entries from the most severe level down; row r covers the entries between
	// r/chartH and (r+1)/chartH of the peak.
	lo := float64(r) * float64(peak) / float64(chartH)
	cum := 0
	for l := parse.NumLevels - 1; l >= 0; l-- {
		cum += c[l]
		if float64(cum) > lo {
			glyph := "█"
			if i == h.sel {
				glyph = "▓"
			}
			return th.Status.Strip[l].wrap(glyph)
		}
	}
	if i == h.sel {
		return th.Status.Faint.wrap("░")
	}
	return " "
}

// info describes the selected bucket: its time range and its count per level.
func (h Histogram) info(th *Theme, loc *time.Location) string {
	if h.sel >= len(h.data.counts) {
		return ""
	}
	from := time.Unix(0, h.data.start+int64(h.sel)*h.data.step).In(loc)
	to := from.Add(time.Duration(h.data.step))
	layout := "15:04:05"
	switch {
	case h.spansYears():
		layout = "2006-01-02 15:04:05"
	case h.spansDays():
		layout = "01-02 15:04:05"
	case time.Duration(h.data.step) < time.Second:
		layout = "15:04:05.000" // zoomed into a few seconds: buckets shorter than a second
	}
	s := th.Status.Value.wrap(from.Format(layout)+" – "+to.Format(layout)) + " "
	c := &h.data.counts[h.sel]
	_, total := worst(c)
	s += th.Status.Label.wrap(counted(total, "entry", "entries") + " ")
	for l := parse.NumLevels - 1; l >= 0; l-- {
		if c[l] > 0 {
			s += th.Status.LevelOn[l].wrap(levelAbbrev[l]) + " " + group(c[l]) + " "
		}
	}
	if len(h.zoom) > 0 {
		s += th.Status.Label.wrap("zoom ×" + strconv.Itoa(int(math.Pow(zoomFactor, float64(len(h.zoom))))))
	}
	return s
}

func (h Histogram) spansDays() bool {
	return time.Duration(h.data.step)*time.Duration(len(h.data.counts)) > 24*time.Hour
}

// spansYears reports whether the buckets run over more than about a month, where a date without
// its year would be ambiguous (12-31 of which year?).
func (h Histogram) spansYears() bool {
	return time.Duration(h.data.step)*time.Duration(len(h.data.counts)) > 31*24*time.Hour
}

// axis writes a time label every labelEvery columns, in the active zone.
func (h Histogram) axis(loc *time.Location, n int) string {
	layout := "15:04:05"
	switch {
	case h.spansYears():
		layout = "2006-01-02"
	case h.spansDays():
		layout = "01-02 15:04"
	}
	var b strings.Builder
	for col := 0; col+len(layout) <= n; col += labelEvery {
		t := time.Unix(0, h.data.start+int64(col)*h.data.step).In(loc)
		label := t.Format(layout)
		b.WriteString(label)
		if pad := labelEvery - len(label); pad > 0 && col+labelEvery+len(layout) <= n {
			b.WriteString(strings.Repeat(" ", pad))
		}
	}
	return b.String()
}
