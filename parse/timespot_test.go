package parse

import (
	"fmt"
	"strings"
	"testing"
	"time"
)

// spotEntry is what a stream made of one entry, for comparing the two ways of reading.
type spotEntry struct {
	offset     int64
	time, sort int64
	raw        string
}

// readSource feeds lines through a Stream as a tailer would and returns its entries, and whether
// the stream ended reading at the place only.
func readSource(lines []string, timesOnly bool) ([]spotEntry, bool) {
	s := NewStream("src", StreamOptions{Now: func() time.Time { return worldNow }, Location: time.UTC, TimesOnly: timesOnly})
	var b Batch
	feedLines(s, lines, &b)
	var out []spotEntry
	for i := range b.Items {
		e := b.Peek(i)
		out = append(out, spotEntry{e.Offset, e.Time, b.Items[i].Sort, e.Raw})
	}
	return out, s.spot.state == spotOn
}

// checkTimesOnly compares the entries read for their times only with the whole parse's: every
// entry the whole parse gave a time begins an entry with that time and place in the timeline, and
// an entry read at the place holds exactly the text of the whole parse's entries from its first
// line to the next one's.
func checkTimesOnly(lines []string) (switched bool, err error) {
	whole, _ := readSource(lines, false)
	fast, switched := readSource(lines, true)
	at := make(map[int64]int, len(whole))
	for i, e := range whole {
		at[e.offset] = i
	}
	kept := make(map[int64]bool, len(fast))
	for k, e := range fast {
		i, ok := at[e.offset]
		if !ok {
			return switched, fmt.Errorf("an entry at offset %d that the whole parse did not begin: %q", e.offset, e.raw)
		}
		if w := whole[i]; w.time != e.time || w.sort != e.sort {
			return switched, fmt.Errorf("entry %q: time %d sort %d, the whole parse %d and %d", e.raw, e.time, e.sort, w.time, w.sort)
		}
		var text []string
		for j := i; j < len(whole) && (k+1 == len(fast) || whole[j].offset < fast[k+1].offset); j++ {
			text = append(text, whole[j].raw)
		}
		if got, want := e.raw, strings.Join(text, "\n"); got != want {
			return switched, fmt.Errorf("entry text %q, the whole parse's %q", got, want)
		}
		kept[e.offset] = true
	}
	for _, w := range whole {
		if w.time != 0 && !kept[w.offset] {
			return switched, fmt.Errorf("the timed entry %q was joined to the one before it", w.raw)
		}
	}
	return switched, nil
}

// TestTimesOnlyKeepsEveryTime reads every family of the real-world tables and of the rules' lines
// both ways, each family's lines repeated until they make sixty records or more, so that the place
// is learned and then used.
func TestTimesOnlyKeepsEveryTime(t *testing.T) {
	families, switched := 0, 0
	for _, c := range everyFamily() {
		on, err := checkTimesOnly(familyLines(c, (60+len(c.entries)-1)/max(len(c.entries), 1)))
		if err != nil {
			t.Errorf("%s: %v", c.name, err)
		}
		families++
		if on {
			switched++
		}
	}
	t.Logf("%d of %d families read at the place", switched, families)
	if switched == 0 {
		t.Error("no family was read at the place")
	}
}

// TestTimesOnlyOddLineAfterTrust gives each source twenty lines of one shape, which make the place
// trusted, and then a line that reading at the place alone would get wrong: the entries and their
// times must still be the whole parse's.
func TestTimesOnlyOddLineAfterTrust(t *testing.T) {
	for _, c := range []struct {
		name   string
		format string // the shape of the twenty lines, a clock's seconds as %02d
		odd    string
	}{
		{"the minutes of a clock after a year and a colon are no seconds", `10.0.0.1 - - [29/Nov/2026:10:00:%02d +0000] "GET /a HTTP/1.1" 200 5`,
			`10.0.0.2 - - [29/Nov/2026:10:05:19 +0000] "GET /health HTTP/1.1" 200 2`},
		{"a JSON key nested before the line's own", `{"ts":"2026-11-29T10:00:%02dZ","msg":"tick"}`,
			`{"job":{"ts":"2026-11-29T08:00:00Z"},"ts":"2026-11-29T10:05:00Z","msg":"job done"}`},
		{"a JSON time key that does not open the line", `{"log":"GET /ok\n","stream":"stdout","time":"2026-11-29T10:00:%02d.000000000Z"}`,
			`{"log":"upstream payment provider rejected the request because the card was declined by the issuing bank\n","stream":"stderr","time":"2026-11-29T10:05:00.000000000Z"}`},
		{"a logfmt key quoted inside a value before it", `level=info ts=2026-11-29T10:00:%02dZ msg=tick`,
			`level=info msg="replaying from ts=2026-11-29T08:00:00Z" ts=2026-11-29T10:05:00Z`},
		{"a zone after a time that had none", `2026-11-29 10:00:%02d app: tick`,
			`2026-11-29 10:00:30 -0800 relay: from the west coast`},
		{"a comma's fraction the locator does not take", `2026-11-29 10:00:%02d.0%02d app: tick`,
			`2026-11-29 10:00:20,9 other-lib: comma fraction`},
		{"a year after a clock that had none", `Nov 29 10:00:%02d web-1 cron[1]: tick`,
			`Nov 29 10:00:40 2025 web-1 cron[1]: an old line`},
		{"a bracketed time, then a date written day first", `[2026-11-29 10:00:%02d] production.INFO: tick`,
			`29.11.2026 10:05:00 cron: other format`},
		{"a glog header among access lines", `10.0.0.1 - - [29/Nov/2026:10:00:%02d +0000] "GET /a HTTP/1.1" 200 5`,
			`I1129 10:05:00.123456 7 controller.go:190] reloading`},
		{"a blank line before a line of another format", `2026-11-29T10:00:%02dZ app: tick`, ""},
	} {
		var lines []string
		for i := range 20 {
			if strings.Count(c.format, "%02d") == 2 {
				lines = append(lines, fmt.Sprintf(c.format, i, i))
			} else {
				lines = append(lines, fmt.Sprintf(c.format, i))
			}
		}
		lines = append(lines, c.odd, lines[len(lines)-1])
		if c.odd == "" {
			lines = append(lines, "", "Nov 29 10:00:40 web-1 cron[1]: another format")
		}
		if _, err := checkTimesOnly(lines); err != nil {
			t.Errorf("%s: %v", c.name, err)
		}
	}
}

// TestTimesOnlyLosesNoUntimedLine follows timed lines with more untimed ones than an entry holds:
// reading at the place must not join them past the entry's cap, where they would be cut off.
func TestTimesOnlyLosesNoUntimedLine(t *testing.T) {
	var lines []string
	for i := range 20 {
		lines = append(lines, fmt.Sprintf("2026-11-29T10:00:%02dZ app: tick", i))
	}
	for range 1200 {
		lines = append(lines, `{"msg":"`+strings.Repeat("x", 1000)+`"}`)
	}
	lines = append(lines, "2026-11-29T10:01:00Z app: tick")
	if _, err := checkTimesOnly(lines); err != nil {
		t.Error(err)
	}
}

// FuzzTimesOnly follows twenty lines of one shape, which make the place trusted, with any text:
// reading at the place may group the lines otherwise than the whole parse, but it gives back
// every line once, and places the entries in order.
func FuzzTimesOnly(f *testing.F) {
	f.Add(uint8(0), []byte("Nov 29 10:00:40 2025 web-1 cron[1]: x\n\tat a\n<13>Nov 29 10:00:41 h p: y\n"))
	f.Add(uint8(1), []byte("{\"job\":{\"ts\":\"2026-11-29T08:00:00Z\"},\"ts\":\"2026-11-29T10:05:00Z\"}\n\n{\"ts\":\"x\"}\n"))
	f.Add(uint8(2), []byte("10.0.0.2 - - [29/Nov/2026:10:05:19 +0000] \"GET / HTTP/1.1\" 200 2\nI1129 10:05:00.123456 7 c.go:1] x\n"))
	f.Add(uint8(3), []byte("2026-11-29 10:00:30 -0800 relay\n2026-11-29 10:00:20,9 x\n29.11.2026 10:05:00 y\n"))
	shapes := []string{
		"Nov 29 10:00:%02d web-1 cron[1]: tick",
		`{"ts":"2026-11-29T10:00:%02dZ","msg":"tick"}`,
		`10.0.0.1 - - [29/Nov/2026:10:00:%02d +0000] "GET /a HTTP/1.1" 200 5`,
		"2026-11-29 10:00:%02d app: tick",
	}
	f.Fuzz(func(t *testing.T, which uint8, text []byte) {
		var lines []string
		for i := range 20 {
			lines = append(lines, fmt.Sprintf(shapes[int(which)%len(shapes)], i))
		}
		lines = append(lines, strings.Split(string(text), "\n")...)
		whole, _ := readSource(lines, false)
		fast, _ := readSource(lines, true)
		count := func(es []spotEntry) map[string]int {
			n := map[string]int{}
			for _, e := range es {
				for _, l := range strings.Split(e.raw, "\n") {
					n[l]++
				}
			}
			return n
		}
		w, g := count(whole), count(fast)
		for l, n := range w {
			if g[l] != n {
				t.Fatalf("line %q: %d times read at the place, %d parsed whole", l, g[l], n)
			}
		}
		for l, n := range g {
			if w[l] != n {
				t.Fatalf("line %q: %d times read at the place, %d parsed whole", l, n, w[l])
			}
		}
		for i := 1; i < len(fast); i++ {
			if fast[i].sort < fast[i-1].sort {
				t.Fatalf("entry %d sorts before the one before it", i)
			}
		}
	})
}

// TestTimesOnlyKeepsThePlaceOverADayOfTwoDigits reads a syslog file from a day below ten, which
// syslog pads with a blank, into the next: the time keeps its shape and the place is kept.
func TestTimesOnlyKeepsThePlaceOverADayOfTwoDigits(t *testing.T) {
	var lines []string
	for i := range 20 {
		lines = append(lines, fmt.Sprintf("Nov  9 23:59:%02d web-1 cron[1]: tick", 40+i))
	}
	for i := range 5 {
		lines = append(lines, fmt.Sprintf("Nov 10 00:00:%02d web-1 cron[1]: tick", i))
	}
	if on, err := checkTimesOnly(lines); err != nil || !on {
		t.Errorf("read at the place to the end: %v, %v", on, err)
	}
}
