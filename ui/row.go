package ui

import (
	"bytes"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/charmbracelet/x/ansi"
	"github.com/clipperhouse/uax29/v2/graphemes"

	"github.com/trawl-dev/trawl/parse"
	"github.com/trawl-dev/trawl/parse/ring"
)

// Rows is an ordered list of entries to show, addressed by position; *filter.View satisfies it.
// Components take this small interface rather than the filter package's type, so that they can be
// driven by any list of sequence numbers.
type Rows interface {
	Len() int
	At(i int) uint64
	Index(seq uint64) int
}

// Row layout limits, in columns.
const (
	// maxSourceWidth caps the source tag so that long paths do not eat the message.
	maxSourceWidth = 16
	// narrowSourceWidth is the cap on terminals narrower than wideTerminal.
	narrowSourceWidth = 10
	wideTerminal      = 100
	// Below compactTerminal columns (a split pane, a phone's SSH client) the time drops its
	// milliseconds and the source tag shrinks, so that the message keeps half the row.
	compactSourceWidth = 6
	compactTerminal    = 60
	// maxHostWidth caps the host column.
	maxHostWidth = 12
	// hostMinRoom is how many columns the message must have before the host is shown beside it:
	// enough for a 60-column pane to keep its host, as panes name their source only in the title.
	hostMinRoom = 30
	// scanSlack is how many more bytes than columns the row renderer reads from a message; a
	// column is at most 4 bytes of UTF-8 except for combining marks, so this bounds the work per
	// row no matter how long the message is.
	scanSlack = 4
)

// rowStyle holds what every row of a frame shares: styles, the zone, column widths and the
// highlighter. The source tags are measured once per change of the source list, the theme or the
// width class (newRowStyle), and shared by every viewer's copy; forRows adds what depends on the
// rows shown. Nothing in it is computed per row.
type rowStyle struct {
	th        *TimelineStyles
	loc       *time.Location
	showDate  bool
	compact   bool // below compactTerminal: times to the second
	srcLimit  int  // the widest a source tag may be
	srcWidth  int
	noSource  bool     // leave the source column out: a pane's title already names its one source
	sources   []string // tag per source id: base name, cut to srcLimit
	srcPaints []paint
	hl        func(text []byte) []int // matched byte offsets in a message; nil when no search
}

// srcLimit is the widest a source tag may be on rows of the given width.
func srcLimit(width int) int {
	switch {
	case width < compactTerminal:
		return compactSourceWidth
	case width < wideTerminal:
		return narrowSourceWidth
	}
	return maxSourceWidth
}

// newRowStyle measures the tags of the sources called names.
func newRowStyle(th *TimelineStyles, names []string, loc *time.Location, width int) rowStyle {
	rs := rowStyle{th: th, loc: loc, srcLimit: srcLimit(width), compact: width < compactTerminal}
	rs.sources = make([]string, 0, len(names))
	rs.srcPaints = make([]paint, 0, len(names))
	for _, name := range names {
		tag := SanitizeExactName(filepath.Base(name))
		if textWidth(tag) > rs.srcLimit {
			tag = truncateText(tag, rs.srcLimit, "…")
		}
		rs.sources = append(rs.sources, tag)
		rs.srcPaints = append(rs.srcPaints, th.source(name))
		rs.srcWidth = max(rs.srcWidth, textWidth(tag))
	}
	return rs
}

// fits reports whether rs can style rows of the given width for the sources called names: the
// source list only grows, so its length tells a change.
func (rs rowStyle) fits(th *TimelineStyles, names []string, width int) bool {
	return rs.th == th && len(rs.sources) == len(names) && rs.srcLimit == srcLimit(width)
}

// forRows returns rs with dates shown when rows span more than one day.
func (rs rowStyle) forRows(snap *ring.Snapshot, rows Rows) rowStyle {
	rs.showDate = false
	if snap != nil && rows != nil && rows.Len() > 1 {
		a := time.Unix(0, shownTime(snap, rows.At(0))).In(rs.loc)
		b := time.Unix(0, shownTime(snap, rows.At(rows.Len()-1))).In(rs.loc)
		rs.showDate = a.YearDay() != b.YearDay() || a.Year() != b.Year()
	}
	return rs
}

// timeLayout is the time column's layout.
func (rs rowStyle) timeLayout() string {
	switch {
	case rs.showDate && rs.compact:
		return "01-02 15:04:05"
	case rs.showDate:
		return "01-02 15:04:05.000"
	case rs.compact:
		return "15:04:05"
	}
	return "15:04:05.000"
}

// estimateMark leads an estimated time in the time column.
const estimateMark = '~'

// appendTime fills the time column: the entry's own time, or else the estimate that placed it,
// marked and in whole seconds so that it never reads as a time the line carried (it was taken
// from a neighbour, the file's modification time or the time of reading); blank without either.
func (rs rowStyle) appendTime(dst []byte, snap *ring.Snapshot, seq uint64) []byte {
	layout := rs.timeLayout()
	if t := snap.Time(seq); t != 0 {
		return time.Unix(0, t).In(rs.loc).AppendFormat(dst, layout)
	}
	start := len(dst)
	if est := snap.Estimated(seq); est != 0 {
		shown := strings.TrimSuffix(layout, ".000")
		if len(shown)+1 > len(layout) {
			shown = strings.TrimSuffix(shown, ":05") // the compact column has no room for the mark and the seconds
		}
		dst = append(dst, estimateMark)
		dst = time.Unix(0, est).In(rs.loc).AppendFormat(dst, shown)
	}
	for len(dst)-start < len(layout) {
		dst = append(dst, ' ')
	}
	return dst
}

// shownTime is the time a row shows: the entry's own, or the estimate that placed it.
func shownTime(snap *ring.Snapshot, seq uint64) int64 {
	if t := snap.Time(seq); t != 0 {
		return t
	}
	return snap.Estimated(seq)
}

// prefixWidth is the width of everything before the host and message.
func (rs rowStyle) prefixWidth() int {
	w := 1 + len(rs.timeLayout()) + 1 + badgeWidth + 1
	if !rs.noSource {
		w += rs.srcWidth + 1
	}
	return w
}

// rowOpts are what differ between rows.
type rowOpts struct {
	gutter string // pre-rendered one-column gutter: cursor, selection or blank
	xoff   int    // horizontal scroll of the message
	wrap   bool   // wrap the message instead of cutting it
	cursor bool
}

// render returns the lines of one entry: one, or several when wrapping. width is the full row width.
func (rs rowStyle) render(snap *ring.Snapshot, seq uint64, width int, o rowOpts) []string {
	var b strings.Builder
	b.WriteString(o.gutter)
	var tbuf [32]byte
	ts := rs.appendTime(tbuf[:0], snap, seq)
	tp := rs.th.Time
	if o.cursor {
		tp = rs.th.Marker
	}
	b.WriteString(tp.pre)
	b.Write(ts)
	b.WriteString(tp.post)
	b.WriteByte(' ')
	b.WriteString(rs.th.Badges[min(int(snap.Level(seq)), parse.NumLevels-1)])
	b.WriteByte(' ')
	if !rs.noSource {
		rs.writeSource(&b, snap.SourceID(seq))
		b.WriteByte(' ')
	}
	used := rs.prefixWidth()
	if host := snap.Host(seq); len(host) > 0 && width-used > hostMinRoom {
		h := SanitizeExactName(string(host))
		h = truncateText(h, maxHostWidth, "…")
		b.WriteString(rs.th.Host.wrap(h))
		b.WriteByte(' ')
		used += textWidth(h) + 1
	}
	prefix := b.String()
	msgW := max(width-used, 1)
	lines := rs.message(snap.Shown(seq), msgW, o)
	out := make([]string, len(lines))
	out[0] = prefix + lines[0]
	indent := strings.Repeat(" ", used)
	for i := 1; i < len(lines); i++ {
		out[i] = indent + lines[i]
	}
	return out
}

func (rs rowStyle) writeSource(b *strings.Builder, id int) {
	tag := ""
	var p paint
	if id >= 0 && id < len(rs.sources) {
		tag, p = rs.sources[id], rs.srcPaints[id]
	}
	b.WriteString(p.pre)
	b.WriteString(tag)
	b.WriteString(p.post)
	if pad := rs.srcWidth - textWidth(tag); pad > 0 {
		b.WriteString(strings.Repeat(" ", pad))
	}
}

// message renders the message into lines of width w: its first line cut (or wrapped) with markers
// for the lines that follow and for text beyond the edge.
func (rs rowStyle) message(msg []byte, w int, o rowOpts) []string {
	first, extra := msg, 0
	if i := bytes.IndexByte(msg, '\n'); i >= 0 {
		first = msg[:i]
		extra = bytes.Count(msg[i:], []byte{'\n'})
	}
	first = bytes.TrimSuffix(first, []byte{'\r'})
	marker := ""
	if extra > 0 {
		// In a narrow column the marker gives way to the message: shortened, then left out,
		// never cut ("[+5 lin").
		n := strconv.Itoa(extra)
		if m := firstFitting(w/2, " [+"+n+" lines]", " [+"+n+"]"); m != "" {
			marker = rs.th.Marker.wrap(m)
		}
	}
	mw := max(w-textWidth(marker), 1)
	limit := o.xoff + mw + 1
	if o.wrap {
		mw = w
		limit = mw * maxWrapLines
	}
	first = first[:columnsEnd(first, limit)]
	var hl []int
	if rs.hl != nil {
		hl = rs.hl(first)
	}
	var sb strings.Builder
	z := sanitizer{out: &sb, paints: &rs.th.Text}
	z.write(first, hl)
	z.close()
	s := sb.String()
	if o.wrap {
		lines := fitLines(wrapText(s, mw), mw)
		if len(lines) > maxWrapLines {
			lines = lines[:maxWrapLines]
		}
		lines[len(lines)-1] += marker
		return lines
	}
	if o.xoff > 0 {
		s = ansi.Cut(s, o.xoff, o.xoff+mw+1)
	}
	if textWidth(s) > mw {
		s = truncateText(s, mw-1, "") + rs.th.Marker.wrap("…")
	}
	return []string{s + marker}
}

// columnsEnd is where the text of msg that can fill cols columns ends: after cols+1 characters
// (grapheme clusters, one column or more each), so that a cut shows, or at msg's end. A character
// is never cut: Thai's letters with their vowel and tone marks, or Devanagari's conjuncts, take
// nine bytes to a column, and a cut inside one would show its bytes as a placeholder. The bytes
// looked at stay bounded by the columns whatever the message's length.
func columnsEnd(msg []byte, cols int) int {
	n := cols * scanSlack
	if len(msg) <= n {
		return len(msg)
	}
	if ascii(msg[:n+1]) {
		// (The byte after the cut opens a character of its own.) Every ASCII byte takes a column
		// or more, a control's placeholder or a tab's run of blanks, but for an escape sequence's,
		// which colour sequences vanish with.
		if bytes.IndexByte(msg[:n], 0x1b) < 0 {
			return cols + 1
		}
		return n
	}
	window := msg[:min(len(msg), n*scanSlack)]
	chars, end := 0, 0
	g := graphemes.FromBytes(window)
	g.AnsiEscapeSequences = true // a colour sequence is one piece, and takes no column
	for chars <= cols && g.Next() {
		if g.End() == len(window) && len(window) < len(msg) && end > 0 {
			break // the window may end inside this character
		}
		if window[g.Start()] != 0x1b {
			chars++
		}
		end = g.End()
	}
	return end
}

// ascii reports whether b holds only ASCII bytes.
func ascii(b []byte) bool {
	for _, c := range b {
		if c >= 0x80 {
			return false
		}
	}
	return true
}

// maxWrapLines caps how many lines one wrapped entry takes, so a megabyte-long line cannot take
// the whole screen or the whole frame budget.
const maxWrapLines = 50
