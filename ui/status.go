package ui

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/trawl-dev/trawl/parse"
	"github.com/trawl-dev/trawl/tail"
)

// noticeFor is how long a one-off notice ("wrote 12 entries to x.jsonl") stays on screen: long
// enough to read a path, short enough that a stale report is not mistaken for a current one.
const noticeFor = 5 * time.Second

// statusState is what the status bar shows beyond the ring and the query: stats polled from the
// tailers, the arrival rate and the last one-off notice.
type statusState struct {
	loaded    bool
	stats     []tail.Stats
	rate      float64 // entries per second over the last tick
	lastTotal uint64  // entries ever appended at the last tick
	lastTick  time.Time
	notice    string
	noticeErr bool
	noticeGen uint64 // tags the expiry of the notice shown, so a newer notice outlives an older timer
}

// levelAbbrev names levels in the status bar, three letters each.
var levelAbbrev = [parse.NumLevels]string{"unk", "trc", "dbg", "inf", "not", "wrn", "err", "crt", "alr", "emg"}

// pollStats reads the tailers' stats; the call is cheap and lock-free for the UI.
func (m *Model) pollStats() {
	if m.cfg.Stats != nil {
		m.status.stats = m.cfg.Stats()
	}
}

// onTick refreshes stats and the arrival rate.
func (m Model) onTick() Model {
	m.pollStats()
	now := m.cfg.Now()
	if m.snap != nil && m.cfg.Ring != nil {
		m.snap = m.cfg.Ring.Snapshot()
		total := uint64(m.snap.Len()) + m.snap.Evicted()
		if dt := now.Sub(m.status.lastTick).Seconds(); dt > 0 && m.status.lastTotal > 0 {
			m.status.rate = float64(total-m.status.lastTotal) / dt
		}
		m.status.lastTotal = total
	}
	m.status.lastTick = now
	m.syncSources()
	return m
}

// notify shows a one-off notice and returns the Cmd that expires it after noticeFor.
func (m *Model) notify(text string, isErr bool) tea.Cmd {
	m.status.notice, m.status.noticeErr = text, isErr
	m.status.noticeGen++
	if m.manual {
		return nil
	}
	gen := m.status.noticeGen
	return tea.Tick(noticeFor, func(time.Time) tea.Msg { return noticeExpiredMsg{gen: gen} })
}

// onNoticeExpired clears the notice its timer was started for; a newer notice keeps its own time.
func (m Model) onNoticeExpired(msg noticeExpiredMsg) Model {
	if msg.gen == m.status.noticeGen {
		m.status.notice = ""
	}
	return m
}

// statusItem is one part of the status bar; when the bar is too narrow the parts with the lowest
// priority go first.
type statusItem struct {
	prio int
	text string
}

// statusBar renders sources, counts, levels, rate, evictions, follow state and the filter.
func (m Model) statusBar() string {
	st := &m.theme.Status
	var items []statusItem
	add := func(prio int, text string) {
		if text != "" {
			items = append(items, statusItem{prio, text})
		}
	}
	add(9, m.followText())
	add(9, m.selectionText())
	add(8, m.countText())
	if m.searchErr != nil {
		// The rows are still the last valid search's: say so, or they pass for this one's.
		add(9, st.Error.wrap(SanitizeName(m.searchErr.Error())+"; showing the last valid search"))
	} else if m.busy() {
		add(9, st.Busy.wrap("searching…"))
	}
	add(8, m.troubleText())
	add(8, m.warnText())
	add(7, m.filterWords())
	add(6, m.levelText())
	add(5, m.loadText())
	add(5, st.Label.wrap(m.zoneText()))
	if m.snap != nil {
		add(4, st.Label.wrap(m.sourceCount()))
		if ev := m.snap.Evicted(); ev > 0 {
			add(3, st.Label.wrap("evicted ")+st.Value.wrap(group(int(ev))))
		}
	}
	add(2, st.Label.wrap(rateText(m.status.rate)))
	return joinStatus(items, m.layout.status.w, st.Faint.wrap(" │ "))
}

// sourceCount names the sources with entries and, when the tailers know more (files found empty
// or not readable yet), how many there are in all, as the sources view (s) lists them.
func (m Model) sourceCount() string {
	n := len(m.snap.Sources())
	if all := len(m.status.stats); all > n { // every source with entries is a tailer's
		return strconv.Itoa(n) + "/" + strconv.Itoa(all) + " src"
	}
	return strconv.Itoa(n) + " src"
}

// joinStatus drops the lowest-priority items until the rest fit in w.
func joinStatus(items []statusItem, w int, sep string) string {
	for {
		total := 0
		for i, it := range items {
			total += textWidth(it.text)
			if i > 0 {
				total += textWidth(sep)
			}
		}
		if total <= w || len(items) <= 1 {
			break
		}
		lowest := 0
		for i, it := range items {
			if it.prio < items[lowest].prio {
				lowest = i
			}
		}
		items = append(items[:lowest], items[lowest+1:]...)
	}
	parts := make([]string, len(items))
	for i, it := range items {
		parts[i] = it.text
	}
	return truncateText(strings.Join(parts, sep), w, "…")
}

// busy reports whether a viewer is evaluating.
func (m Model) busy() bool {
	for i := range m.panes {
		if m.panes[i].busy {
			return true
		}
	}
	return m.main.busy
}

// zoneText names the zone times are shown in: its abbreviation at the clock's time ("UTC",
// "CET"), or its offset where the zone has none.
func (m Model) zoneText() string {
	return m.cfg.Now().In(m.loc()).Format("MST")
}

func (m Model) followText() string {
	st := &m.theme.Status
	tl := m.focused().tl
	if tl.Following() {
		return st.Follow.wrap("● FOLLOW")
	}
	s := st.Paused.wrap("‖ PAUSED")
	if n := tl.NewCount(); n > 0 {
		s += st.Value.wrap(" +" + group(n) + " new")
	}
	return s
}

// selectionText says that v's selection is open and how many entries it holds, since copy and
// export then act on it rather than on the entry under the cursor.
func (m Model) selectionText() string {
	lo, hi, sel := m.focused().tl.Selection()
	if !sel {
		return ""
	}
	st := &m.theme.Status
	return st.Paused.wrap("▮ SELECTED ") + st.Value.wrap(group(hi-lo+1)) + st.Label.wrap(" (esc ends)")
}

// countText shows how many entries the list on screen holds out of the ring's total, "84/120".
// When paused it leads with where the cursor is in that list, "line 80 of 84/120", since the
// newest entry is then no longer the one under the cursor.
func (m Model) countText() string {
	st := &m.theme.Status
	// The list on screen is the focused viewer's: the timeline's, or in panes the focused pane's,
	// whose cursor and follow state the bar shows too.
	v := m.focused()
	shown := 0
	if r := v.rows(); r != nil {
		shown = r.Len()
	}
	// Each count against the total of the snapshot its list was computed from: the ring's newest
	// may have let entries go that the list still holds until its refresh ("500/470").
	total := v.total(m.snap)
	if m.detailEvicted() {
		// The entry the detail view shows has left the ring: the list's position is another's.
		return st.Faint.wrap("entry left memory ") + st.Value.wrap(group(shown)) + st.Label.wrap("/"+group(total))
	}
	at, n := v.tl.Position()
	if v.tl.Following() || n == 0 {
		return st.Value.wrap(group(shown)) + st.Label.wrap("/"+group(total))
	}
	return st.Label.wrap("line ") + st.Value.wrap(group(at)) + st.Label.wrap(" of ") +
		st.Value.wrap(group(n)) + st.Label.wrap("/"+group(total))
}

// detailEvicted reports whether the detail view is open on an entry the ring no longer holds.
func (m Model) detailEvicted() bool {
	inDetail := m.mode == modeDetail || m.mode == modeHelp && m.helpOverDetail
	return inDetail && m.snap != nil && m.detail.entry.Seq < m.snap.First()
}

// levelText shows each level's count in the ring; a level that is switched off is shown faint and
// in brackets, so the state reads without colour too.
func (m Model) levelText() string {
	if m.snap == nil {
		return ""
	}
	st := &m.theme.Status
	counts := m.snap.LevelCounts()
	var parts []string
	for l := parse.NumLevels - 1; l >= 0; l-- {
		on := m.sel.levels[l]
		if counts[l] == 0 && on {
			continue
		}
		if !on {
			parts = append(parts, st.Faint.wrap("["+levelAbbrev[l]+" off]"))
			continue
		}
		parts = append(parts, st.LevelOn[l].wrap(levelAbbrev[l])+" "+group(counts[l]))
	}
	return strings.Join(parts, " ")
}

// filterWords describes the active filter in words.
func (m Model) filterWords() string {
	var parts []string
	if m.sel.minLevel != parse.Unknown {
		parts = append(parts, "level ≥ "+m.sel.minLevel.String())
	}
	if off := len(m.sel.hidden); off > 0 {
		parts = append(parts, counted(off, "source", "sources")+" off")
	}
	if m.sel.search != "" {
		mode := "filter"
		if m.sel.highlightOnly {
			mode = "highlight"
		}
		parts = append(parts, mode+" "+strconv.Quote(truncateText(m.sel.search, 30, "…")))
	}
	if len(parts) == 0 {
		return ""
	}
	return m.theme.Status.Label.wrap(Sanitize(strings.Join(parts, ", ")))
}

// loadText shows the initial read's progress until every source finished it.
func (m Model) loadText() string {
	if m.status.loaded || m.cfg.Loaded == nil {
		return ""
	}
	var read, size int64
	for _, s := range m.status.stats {
		read += s.Read
		size += s.Size
	}
	if size <= 0 {
		return m.theme.Status.Busy.wrap("loading…")
	}
	pct := min(100*read/size, 100)
	return m.theme.Status.Busy.wrap(fmt.Sprintf("loading %d%% (%s/%s)", pct, bytesText(read), bytesText(size)))
}

// counted is n with thousands separators and its noun, singular for one: "1 entry", "2,500
// entries"; plural is the noun's plural.
func counted(n int, noun, plural string) string {
	if n == 1 {
		return "1 " + noun
	}
	return group(n) + " " + plural
}

// group formats n with thousands separators.
func group(n int) string {
	s := strconv.Itoa(n)
	if n < 0 || len(s) <= 3 {
		return s
	}
	var b strings.Builder
	for i, c := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	return b.String()
}

func rateText(r float64) string {
	switch {
	case r >= 1e6:
		return fmt.Sprintf("%.1fM/s", r/1e6)
	case r >= 1e3:
		return fmt.Sprintf("%.1fk/s", r/1e3)
	}
	return fmt.Sprintf("%.0f/s", r)
}

func bytesText(n int64) string {
	switch {
	case n >= 1<<30:
		return fmt.Sprintf("%.1fG", float64(n)/(1<<30))
	case n >= 1<<20:
		return fmt.Sprintf("%.1fM", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%.1fK", float64(n)/(1<<10))
	}
	return strconv.FormatInt(n, 10) + "B"
}

// troubleText warns of sources in error or with lost rotated files, which the sources view (s)
// words; the timeline alone would not show that something is missing.
func (m Model) troubleText() string {
	failing, lost := 0, int64(0)
	for _, st := range m.status.stats {
		if strings.HasPrefix(st.State, "error") && !errors.Is(st.Err, tail.ErrBinary) {
			failing++
		}
		lost += st.Missed
	}
	switch {
	case lost > 0:
		return m.theme.Status.Error.wrap(counted(int(lost), "rotated file", "rotated files") + " unread (s)")
	case failing > 0:
		return m.theme.Status.Error.wrap(counted(failing, "source", "sources") + " failing (s)")
	}
	return ""
}

// openWarnings are the start-up warnings still true: a path awaited that has since given lines
// (a file that appeared, a directory that got its first log) is no longer one.
func openWarnings(ws []error, stats []tail.Stats) []error {
	var open []error
	for _, w := range ws {
		var aw *tail.Awaited
		if errors.As(w, &aw) && aw.Met(stats) {
			continue
		}
		open = append(open, w)
	}
	return open
}

// warnText counts the start-up warnings, which the sources view (s) words; they were printed
// before the interface started, where the screen now hides them.
func (m Model) warnText() string {
	switch n := len(openWarnings(m.cfg.Warnings, m.status.stats)); n {
	case 0:
		return ""
	case 1:
		return m.theme.Status.Warn.wrap("1 warning (s)")
	default:
		return m.theme.Status.Warn.wrap(fmt.Sprintf("%d warnings (s)", n))
	}
}
