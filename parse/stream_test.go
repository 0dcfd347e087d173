package parse

import (
	"fmt"
	"strings"
	"testing"
	"time"
)

// feed runs text through a Stream line by line, as a tailer would, and returns the entries.
func feed(t *testing.T, opts StreamOptions, text string) []Entry {
	t.Helper()
	if opts.Now == nil {
		opts.Now = fixedNow
	}
	s := NewStream("test.log", opts)
	b := &Batch{}
	var off int64
	for _, line := range strings.SplitAfter(text, "\n") {
		if line == "" {
			continue
		}
		s.Line([]byte(strings.TrimSuffix(line, "\n")), off, false, b)
		off += int64(len(line))
	}
	if text != "" && !s.Pending() {
		t.Fatal("the last entry should be pending until Flush")
	}
	s.Flush(b)
	if s.Pending() {
		t.Fatal("pending after Flush")
	}
	var out []Entry
	var sort int64
	for i := range b.Items {
		if b.Items[i].Sort < sort {
			t.Fatalf("Sort decreased at %d", i)
		}
		sort = b.Items[i].Sort
		out = append(out, b.Entry(i))
	}
	return out
}

func wantRaws(t *testing.T, got []Entry, want ...string) {
	t.Helper()
	if len(got) != len(want) {
		var raws []string
		for _, e := range got {
			raws = append(raws, e.Raw)
		}
		t.Fatalf("got %d entries, want %d:\n%s", len(got), len(want), strings.Join(raws, "\n----\n"))
	}
	for i := range want {
		if got[i].Raw != want[i] {
			t.Errorf("entry %d raw =\n%s\nwant\n%s", i, got[i].Raw, want[i])
		}
	}
}

func TestStreamJavaStackTrace(t *testing.T) {
	first := "2026-02-16 14:30:01,123 ERROR [main] com.example.App - Request failed\n" +
		"java.lang.IllegalStateException: boom\n" +
		"\tat com.example.App.handle(App.java:42)\n" +
		"\tat com.example.App.main(App.java:12)\n" +
		"Caused by: java.io.IOException: disk\n" +
		"\tat java.io.FileStream.write(FileStream.java:7)\n" +
		"\t... 5 more"
	second := "2026-02-16 14:30:02,000 INFO  [main] com.example.App - recovered"
	got := feed(t, StreamOptions{}, first+"\n"+second+"\n")
	wantRaws(t, got, first, second)
	if got[0].Level != Error || !strings.HasPrefix(got[0].Message, "Request failed\njava.lang.IllegalStateException: boom") {
		t.Errorf("entry 0: level %v message %q", got[0].Level, got[0].Message)
	}
	if got[1].Offset != int64(len(first)+1) {
		t.Errorf("offset of entry 1 = %d, want %d", got[1].Offset, len(first)+1)
	}
}

func TestStreamPythonTraceback(t *testing.T) {
	first := "2026-02-16 14:30:01,123 - app - ERROR - failed to load\n" +
		"Traceback (most recent call last):\n" +
		"  File \"app.py\", line 3, in <module>\n" +
		"    load()\n" +
		"ValueError: bad config\n" +
		"\n" +
		"During handling of the above exception, another exception occurred:\n" +
		"\n" +
		"Traceback (most recent call last):\n" +
		"  File \"app.py\", line 5, in <module>\n" +
		"KeyError: 'x'"
	second := "2026-02-16 14:30:02,000 - app - INFO - next"
	wantRaws(t, feed(t, StreamOptions{}, first+"\n"+second+"\n"), first, second)

	// Without timestamps (basicConfig), the traceback block still joins, up to its exception line.
	plain := "ERROR:root:failed\nTraceback (most recent call last):\n  File \"x.py\", line 1, in <module>\nZeroDivisionError: division by zero"
	wantRaws(t, feed(t, StreamOptions{}, plain+"\nINFO:root:ok\nplain line\n"), plain, "INFO:root:ok", "plain line")
}

func TestStreamNeverJoinsJSONOrRecords(t *testing.T) {
	text := "2026-02-16 14:30:01 ERROR x\n{\"msg\":\"json\"}\n  {\"msg\":\"indented json\"}\n2026-02-16 14:30:02 INFO y\nlevel=info msg=logfmt\n"
	wantRaws(t, feed(t, StreamOptions{}, text),
		"2026-02-16 14:30:01 ERROR x", `{"msg":"json"}`, `  {"msg":"indented json"}`, "2026-02-16 14:30:02 INFO y", "level=info msg=logfmt")
}

func TestStreamTextSourceDoesNotJoinPlainLines(t *testing.T) {
	wantRaws(t, feed(t, StreamOptions{}, "one\ntwo\n  indented\nthree\n"), "one", "two\n  indented", "three")
}

// An entry without a time of its own keeps Time 0, and is placed by an estimate: the previous
// entry's time, or for an entry read before any timestamp (where a backfill began inside a stack
// trace) the next one's, so that it sorts beside its neighbours rather than at the time of reading.
func TestStreamTimeInheritance(t *testing.T) {
	text := "no time yet\n2026-02-16 14:30:01 INFO a\n{\"msg\":\"no time\"}\n2026-02-16 14:00:00 INFO earlier\n"
	got := feed(t, StreamOptions{}, text)
	if len(got) != 4 {
		t.Fatalf("got %d entries", len(got))
	}
	a, earlier := ts("2026-02-16T14:30:01Z"), ts("2026-02-16T14:00:00Z")
	want := []struct{ time, est int64 }{{0, a}, {a, 0}, {0, a}, {earlier, 0}}
	for i, w := range want {
		if got[i].Time != w.time || got[i].Estimated != w.est {
			t.Errorf("entry %d: time %s, estimated %s; want %s, %s", i,
				fmtTime(got[i].Time), fmtTime(got[i].Estimated), fmtTime(w.time), fmtTime(w.est))
		}
	}
}

// Entries held while a source has shown no time are bounded by their bytes too: large untimed
// entries (a crash report filling entries to their cap) are let go once they pass the bound,
// rather than held by the thousand.
func TestStreamOrphanBytes(t *testing.T) {
	s := NewStream("big.log", StreamOptions{MaxEntryBytes: 1 << 20, Now: fixedNow})
	b := &Batch{}
	line := strings.Repeat("x", 1<<19)
	for i := range 24 {
		s.Line([]byte(fmt.Sprintf("entry %d %s", i, line)), int64(i)<<19, false, b)
	}
	if b.Len() == 0 || len(s.orphans) > 0 && s.orphanBytes > maxOrphanBytes {
		t.Fatalf("%d entries let go, %d held (%d bytes); want them let go past %d bytes", b.Len(), len(s.orphans), s.orphanBytes, maxOrphanBytes)
	}
}

// A source with no timestamps keeps Time 0. Once the stream gives up waiting for one, each entry is
// placed at when its text was written at the latest: the file's modification time for what the
// file held when opened, the time of reading for lines that came later.
func TestStreamUntimedSource(t *testing.T) {
	mtime := now.Add(-48 * time.Hour)
	var text strings.Builder
	for i := range maxOrphans + 10 {
		fmt.Fprintf(&text, "plain line %d\n", i)
	}
	held := int64(text.Len())
	for i := range 3 {
		fmt.Fprintf(&text, "live line %d\n", i)
	}
	written := func(off int64) time.Time {
		if off < held {
			return mtime
		}
		return now
	}
	got := feed(t, StreamOptions{Written: written}, text.String())
	if len(got) != maxOrphans+13 {
		t.Fatalf("got %d entries, want %d", len(got), maxOrphans+13)
	}
	for i, e := range got {
		want := mtime
		if i >= maxOrphans+10 {
			want = now
		}
		if e.Time != 0 || e.Estimated != want.UnixNano() {
			t.Fatalf("entry %d: time %s, estimated %s; want no time, estimated %s", i, fmtTime(e.Time), fmtTime(e.Estimated), want.Format(time.RFC3339))
		}
	}
	// Without Written, the estimate is the time of reading.
	if got := feed(t, StreamOptions{}, "plain\n"); got[0].Time != 0 || got[0].Estimated != now.UnixNano() {
		t.Errorf("default estimate: time %s, estimated %s", fmtTime(got[0].Time), fmtTime(got[0].Estimated))
	}
}

// --since keeps an entry without a time of its own, although its estimate is before the cut: an
// estimate is no evidence that the entry is old.
func TestDropBeforeKeepsEntriesWithoutTime(t *testing.T) {
	s := NewStream("x", StreamOptions{Now: fixedNow})
	b := &Batch{}
	for i, l := range []string{"2026-02-16 14:30:01 INFO old", `{"msg":"no time"}`, "2026-02-16 15:00:00 INFO new"} {
		s.Line([]byte(l), int64(i), false, b)
	}
	s.Flush(b)
	b.DropBefore(ts("2026-02-16T14:45:00Z"))
	if b.Len() != 2 || b.Entry(0).Raw != `{"msg":"no time"}` || b.Entry(0).Estimated != ts("2026-02-16T14:30:01Z") {
		t.Fatalf("kept %d entries, first %+v", b.Len(), b.Entry(0))
	}
}

func TestStreamSortNonDecreasing(t *testing.T) {
	s := NewStream("x", StreamOptions{Now: fixedNow})
	b := &Batch{}
	for _, l := range []string{"2026-02-16 14:30:05 INFO a", "2026-02-16 14:30:01 INFO b", "2026-02-16 14:30:09 INFO c"} {
		s.Line([]byte(l), 0, false, b)
	}
	s.Flush(b)
	want := []int64{ts("2026-02-16T14:30:05Z"), ts("2026-02-16T14:30:05Z"), ts("2026-02-16T14:30:09Z")}
	for i, w := range want {
		if b.Items[i].Sort != w {
			t.Errorf("item %d sort = %s, want %s", i, fmtTime(b.Items[i].Sort), fmtTime(w))
		}
	}
	if b.Items[1].Time != ts("2026-02-16T14:30:01Z") {
		t.Errorf("Time must stay the entry's own time")
	}
}

func TestStreamSyslogYear(t *testing.T) {
	jan := func() time.Time { return time.Date(2026, 1, 2, 8, 0, 0, 0, time.UTC) }
	got := feed(t, StreamOptions{Now: jan}, "Dec 31 23:59:59 h a: old year\nJan  2 07:59:00 h a: this year\nJan  3 09:00:00 h a: a day ahead\n")
	want := []string{"2025-12-31T23:59:59Z", "2026-01-02T07:59:00Z", "2026-01-03T09:00:00Z"}
	for i, w := range want {
		if fmtTime(got[i].Time) != w {
			t.Errorf("entry %d time = %s, want %s", i, fmtTime(got[i].Time), w)
		}
	}
}

func TestStreamCRLFAndCap(t *testing.T) {
	got := feed(t, StreamOptions{}, "2026-02-16 14:30:01 ERROR x\r\n\tat a\r\n")
	wantRaws(t, got, "2026-02-16 14:30:01 ERROR x\n\tat a")

	got = feed(t, StreamOptions{MaxEntryBytes: 40}, "2026-02-16 14:30:01 ERROR x\n\tat aaaaaaaaaaaaaaaaaaaa\n\tat b\n2026-02-16 14:30:02 INFO y\n")
	if len(got) != 2 || len(got[0].Raw) != 40 || !got[0].Truncated || got[1].Truncated {
		t.Fatalf("cap: %+v", got)
	}

	s := NewStream("x", StreamOptions{Now: fixedNow})
	b := &Batch{}
	s.Line([]byte("cut by the reader"), 0, true, b)
	s.Flush(b)
	if !b.Items[0].Truncated {
		t.Error("a line the caller cut must mark its entry truncated")
	}
}

func TestStreamHugeLineBounded(t *testing.T) {
	s := NewStream("x", StreamOptions{Now: fixedNow, MaxEntryBytes: 1 << 16})
	b := &Batch{}
	huge := []byte(strings.Repeat("y", 10<<20))
	s.Line([]byte("2026-02-16 14:30:01 ERROR x"), 0, false, b)
	for i := 0; i < 5; i++ {
		s.Line(append([]byte(" "), huge...), 0, false, b)
	}
	s.Line(append([]byte("2026-02-16 14:30:02 INFO "), huge...), 0, false, b)
	s.Flush(b)
	if len(b.Items) != 2 || b.Items[0].Raw.Len() != 1<<16 || b.Items[1].Raw.Len() != 1<<16 {
		t.Fatalf("items %d, sizes %d", len(b.Items), b.Items[0].Raw.Len())
	}
	if cap(s.raw) > 4<<16 {
		t.Errorf("pending buffer grew to %d bytes", cap(s.raw))
	}
}

func ts(s string) int64 {
	t, err := time.Parse(time.RFC3339Nano, s)
	if err != nil {
		panic(err)
	}
	return t.UnixNano()
}

// A right-aligned first column indents every record: an indented line with a time of its own
// at its start begins the next record, and one without continues the record.
func TestStreamIndentedRecords(t *testing.T) {
	text := "  4120:20260216:143001.123 Starting Zabbix Agent [web3].\n" +
		" 41250:20260216:143001.130 agent #1 started [listener #1]\n" +
		"  4131:20260216:143002.004 [systemd] getting property:\n" +
		"\tservice: org.freedesktop.systemd1\n" +
		"\tproperty: ActiveState\n"
	got := feed(t, StreamOptions{}, text)
	wantRaws(t, got,
		"  4120:20260216:143001.123 Starting Zabbix Agent [web3].",
		" 41250:20260216:143001.130 agent #1 started [listener #1]",
		"  4131:20260216:143002.004 [systemd] getting property:\n\tservice: org.freedesktop.systemd1\n\tproperty: ActiveState")
	if got[1].UTC().Format(time.RFC3339Nano) != "2026-02-16T14:30:01.13Z" {
		t.Errorf("time of the second record = %v", got[1].UTC())
	}
}

// Records that start indented with no time (seconds since boot, right-aligned) are told by
// their run of number columns; an indented line without it still continues a record.
func TestStreamIndentedUntimedRecords(t *testing.T) {
	text := "    98.204   310   310 I init: starting service 'netd'\n" +
		"   101.530  1204  1290 E AndroidRuntime: FATAL EXCEPTION: main\n" +
		"   101.530  1204  1290 E AndroidRuntime: java.lang.IllegalStateException: no view\n" +
		"\tat com.example.Main.onCreate(Main.java:12)\n" +
		"  1101.002    77    77 W vold: disk 179:64 is slow\n"
	wantRaws(t, feed(t, StreamOptions{}, text),
		"    98.204   310   310 I init: starting service 'netd'",
		"   101.530  1204  1290 E AndroidRuntime: FATAL EXCEPTION: main",
		"   101.530  1204  1290 E AndroidRuntime: java.lang.IllegalStateException: no view\n\tat com.example.Main.onCreate(Main.java:12)",
		"  1101.002    77    77 W vold: disk 179:64 is slow")
}

// log4j's %5p right-aligns the level: " INFO" and " WARN" start records beside "ERROR", with a
// time or without one; a stack trace's lines still join the record above them.
func TestStreamRightAlignedLevels(t *testing.T) {
	for _, text := range []string{
		"ERROR 2026-02-16 14:30:01,100 [main] App - failed\n INFO 2026-02-16 14:30:02,100 [main] App - retry\n" +
			" WARN 2026-02-16 14:30:03,100 [main] App - slow\njava.lang.IllegalStateException: x\n\tat a.B.c(B.java:1)\n",
		"ERROR [main] (App.java:12) - failed\n INFO [main] (App.java:13) - retry\n" +
			" WARN [main] (App.java:14) - slow\njava.lang.IllegalStateException: x\n\tat a.B.c(B.java:1)\n",
	} {
		got := feed(t, StreamOptions{}, text)
		if len(got) < 3 || got[1].Level != Info || got[2].Level != Warn || !strings.HasPrefix(got[2].Raw, " WARN") {
			t.Errorf("%d entries; want ERROR, INFO and WARN as records of their own:\n%q", len(got), text)
		}
		if got[0].Raw[0] == 'E' && strings.Contains(text, "2026") && got[2].Lines() != 3 {
			t.Errorf("the timed WARN record holds %d lines, want its trace too", got[2].Lines())
		}
	}
}

// A task attempt's diagnostics under a job client's line ("Error: " and the exception, then its
// stack) continue the record.
func TestStreamErrorExceptionContinues(t *testing.T) {
	text := "26/02/16 14:30:01 INFO mapreduce.Job: Task Id : attempt_1_0001_m_000003_0, Status : FAILED\n" +
		"Error: java.io.IOException: Spill failed\n\tat org.example.Map.collect(Map.java:12)\n" +
		"26/02/16 14:30:02 INFO mapreduce.Job:  map 50% reduce 0%\n"
	wantRaws(t, feed(t, StreamOptions{}, text),
		"26/02/16 14:30:01 INFO mapreduce.Job: Task Id : attempt_1_0001_m_000003_0, Status : FAILED\nError: java.io.IOException: Spill failed\n\tat org.example.Map.collect(Map.java:12)",
		"26/02/16 14:30:02 INFO mapreduce.Job:  map 50% reduce 0%")
}

// A row number is a prefix only before a record's own date= (FortiOS's execute log display): a
// numbered list of pairs keeps its number, read as the text it is.
func TestStreamNumberedPairs(t *testing.T) {
	text := "time=\"2026-02-16T14:30:01Z\" level=error msg=\"validation failed\"\n2: field=phone reason=missing\n" +
		"3: date=2026-02-16 time=14:30:05 level=\"warning\" msg=\"fan slow\"\n"
	es := feed(t, StreamOptions{}, text)
	last := es[len(es)-1]
	if last.Level != Warn || last.UTC().Format(time.RFC3339) != "2026-02-16T14:30:05Z" || last.Message != "fan slow" {
		t.Fatalf("the numbered row lost its pairs: %+v", last)
	}
	for _, e := range es[:len(es)-1] {
		if strings.HasPrefix(e.Raw, "2: field") && (e.Format == FormatLogfmt || !strings.HasPrefix(e.Message, "2: ")) {
			t.Errorf("a numbered list's line was read as a numbered record of pairs: %+v", e)
		}
	}
}

// An entry that does not start indented keeps its indented lines, even one with a date (SQL
// Server's banner carries its build date on a tab-indented line).
func TestStreamIndentedDateContinues(t *testing.T) {
	text := "2026-02-16 14:30:01.12 Server      Microsoft SQL Server 2022 (RTM-CU16)\n" +
		"\tNov  1 2025 10:12:44\n" +
		"\tCopyright (C) 2022 Microsoft Corporation\n" +
		"2026-02-16 14:30:01.20 Server      UTC adjustment: 0:00\n"
	wantRaws(t, feed(t, StreamOptions{}, text),
		"2026-02-16 14:30:01.12 Server      Microsoft SQL Server 2022 (RTM-CU16)\n\tNov  1 2025 10:12:44\n\tCopyright (C) 2022 Microsoft Corporation",
		"2026-02-16 14:30:01.20 Server      UTC adjustment: 0:00")
}

// An epoch column is trusted once two lines agree on it; the lines held before are read again
// at that column, so that the first records of the source get their own times.
func TestStreamEpochColumnRereadsHeldLines(t *testing.T) {
	text := "460231 node-128 unix.hw state_change.unavailable 1771252201 1 Component State Change\n" +
		"460232 node-128 action start 1771252202 1 clusterAddMember  (command 2481)\n" +
		"460233 gige7 gige.link link.errors 1771252204 1 Link error on broadcast tree\n"
	got := feed(t, StreamOptions{}, text)
	for i, want := range []int64{1771252201, 1771252202, 1771252204} {
		if got[i].Time != want*1e9 {
			t.Errorf("entry %d time = %v, want %v", i, got[i].UTC(), time.Unix(want, 0).UTC())
		}
	}
}

// A block log's records start at a header of one shape, with their time, level and host on later
// lines; a preamble line that only looked like a header gives its timed lines back, one entry
// each, at their own offsets.
func TestStreamBlockRecords(t *testing.T) {
	blocks := "Rec[0]:\n  Date: 2026-02-16T14:30:01\n  Level: Warning\n  Computer: node-7\nsummary line\n" +
		"Rec[1]:\n  Date: 2026-02-16T14:30:02\n  Level: Error\n"
	es := feed(t, StreamOptions{}, blocks)
	if len(es) != 2 || es[0].Level != Warn || es[0].Host != "node-7" || es[0].Lines() != 5 || es[1].Level != Error ||
		es[1].UTC().Format(time.RFC3339) != "2026-02-16T14:30:02Z" {
		t.Fatalf("blocks: %+v", es)
	}
	preamble := "Build 42 starting\n2026-02-16 14:30:01 INFO one\n2026-02-16 14:30:02 INFO two\n2026-02-16 14:30:03 WARN three\n2026-02-16 14:30:04 INFO four\n"
	es = feed(t, StreamOptions{}, preamble)
	if len(es) != 5 {
		t.Fatalf("preamble: %d entries, want 5: %+v", len(es), es)
	}
	for i, e := range es[1:] {
		if want := int64(strings.Index(preamble, e.Raw)); e.Offset != want || e.Lines() != 1 {
			t.Errorf("entry %d at %d with %d lines, want %d and 1", i+1, e.Offset, e.Lines(), want)
		}
	}
	if es[3].Level != Warn {
		t.Errorf("the re-read lines lost their parse: %+v", es[3])
	}
}

// A log whose records open with a rule has one entry per rule: the time, level and message of
// the line under it, the lines after that (a traceback) its continuation.
func TestStreamRuleHeadedRecords(t *testing.T) {
	text := "------\n2026-02-16T14:30:01 INFO Shop.Server listening on port 8080\n" +
		"------\n2026-02-16T14:30:05 ERROR Shop.Orders request failed\nTraceback (innermost last):\n  File \"orders.py\", line 12, in submit\nKeyError: 'sku'\n" +
		"------\n2026-02-16T14:30:09 WARNING Shop.Cache evicted 40 entries\n"
	es := feed(t, StreamOptions{}, text)
	if len(es) != 3 {
		t.Fatalf("%d entries, want 3: %+v", len(es), es)
	}
	for i, want := range []struct {
		level Level
		msg   string
		lines int
	}{{Info, "Shop.Server listening on port 8080", 2}, {Error, "Shop.Orders request failed", 5}, {Warn, "Shop.Cache evicted 40 entries", 2}} {
		if e := es[i]; e.Level != want.level || !strings.HasPrefix(e.Message, want.msg) || e.Lines() != want.lines || e.Time == 0 {
			t.Errorf("entry %d: level %v, message %q, %d lines, time %d; want %v, %q…, %d lines and a time", i, e.Level, e.Message, e.Lines(), e.Time, want.level, want.msg, want.lines)
		}
	}
}

// A read that begins inside a block (the newest lines of an alert log) finds the block's header
// at the end of an entry, after a blank line, above a time; from the second such header on, the
// header opens a block with its time, as when the log is read from its start.
func TestStreamBlocksLearnedInsideTheRead(t *testing.T) {
	var text strings.Builder
	text.WriteString("Rule: 5716 (level 5) -> 'sshd: authentication failed'\nSrc IP: 10.1.2.3\n")
	text.WriteString("Feb 16 14:29:59 web-3 sshd[77]: Failed password for root from 10.1.2.3 port 40000 ssh2\n\n")
	for i := range 4 {
		fmt.Fprintf(&text, "** Alert 1771252201.%d: - syslog,sshd,\n2026 Feb 16 14:30:0%d web-3->/var/log/auth.log\n", 4000+i, i)
		fmt.Fprintf(&text, "Rule: 5716 (level 5) -> 'sshd: authentication failed'\nSrc IP: 10.1.2.3\n")
		fmt.Fprintf(&text, "Feb 16 14:30:0%d web-3 sshd[77]: Failed password for root from 10.1.2.3 port 40000 ssh2\n\n", i)
	}
	es := feed(t, StreamOptions{}, text.String())
	var blocks int
	for _, e := range es {
		if strings.HasPrefix(e.Raw, "** Alert") {
			blocks++
			if e.Lines() != 6 || e.Host != "web-3" || e.Time == 0 {
				t.Errorf("block at %d: %d lines, host %q, time %d; want 6 lines, web-3 and its time: %q", e.Offset, e.Lines(), e.Host, e.Time, e.Raw)
			}
		}
	}
	if blocks < 3 {
		t.Errorf("%d alerts read as blocks, want at least the last 3: %+v", blocks, es)
	}
}

// An exception whose last words follow a blank line and look like a header ("[Error Id: …]")
// stays whole: a header inside an entry counts only when it comes again.
func TestStreamOneHeaderInsideIsNoBlock(t *testing.T) {
	text := "2026-02-16 14:30:01,500 [q1:foreman] ERROR o.a.d.Foreman - SYSTEM ERROR: footer unreadable\n\n" +
		"[Error Id: 8f1c2a7e-9b3d on node-1:31010]\n" +
		"2026-02-16 14:30:02,001 [q1:frag] INFO  o.a.d.Fragment - state FAILED\n" +
		"2026-02-16 14:30:03,001 [q1:frag] INFO  o.a.d.Fragment - state CANCELLED\n"
	wantRaws(t, feed(t, StreamOptions{}, text),
		"2026-02-16 14:30:01,500 [q1:foreman] ERROR o.a.d.Foreman - SYSTEM ERROR: footer unreadable\n\n[Error Id: 8f1c2a7e-9b3d on node-1:31010]",
		"2026-02-16 14:30:02,001 [q1:frag] INFO  o.a.d.Fragment - state FAILED",
		"2026-02-16 14:30:03,001 [q1:frag] INFO  o.a.d.Fragment - state CANCELLED")
}

// A queue manager's error log names its host in a Host() field under the time, and its message
// opens with an id whose last letter is the severity; a record with a level of its own keeps it.
func TestStreamMessageIDBelowTheTime(t *testing.T) {
	text := "11/29/2026 07:41:18 AM - Process(812.3) User(mqm) Program(amqrmppa)\n" +
		"                    Host(qm-host-2) Installation(Installation1)\n" +
		"                    Time(2026-11-29T07:41:18.500Z)\n\n" +
		"AMQ9209E: Connection to host 'peer-9' for channel 'A.B' closed.\n\nEXPLANATION:\nThe peer closed it.\n" +
		"-------------------------------------------------------------------------------\n" +
		"2026-11-29 07:41:20 WARN relay - retrying\nXYZ1234I: the retry's own id\n"
	es := feed(t, StreamOptions{}, text)
	if len(es) != 2 {
		t.Fatalf("%d entries, want 2: %+v", len(es), es)
	}
	if es[0].Level != Error || es[0].Host != "qm-host-2" {
		t.Errorf("MQ block: level %v, host %q; want error and qm-host-2", es[0].Level, es[0].Host)
	}
	if es[1].Level != Warn {
		t.Errorf("a record's own level gave way to an id below it: %v", es[1].Level)
	}
}

// Snort's full alerts are one entry each, from the header to the packet's last line, with the
// packet's time; also when the read begins inside an alert.
func TestStreamSnortFullAlerts(t *testing.T) {
	alert := func(sid, clock string) string {
		return "[**] [1:" + sid + ":2] SCAN probe [**]\n[Classification: Attempted Information Leak] [Priority: 2]\n" +
			"02/16-" + clock + ".412070 10.0.0.9:41207 -> 10.0.0.1:22\nTCP TTL:64 TOS:0x0 ID:4120 IpLen:20 DgmLen:60\n******S* Seq: 0x1  Ack: 0x0  Win: 0x16D0  TcpLen: 40\n\n"
	}
	whole := alert("1001", "14:30:01") + alert("1002", "14:30:02") + alert("1003", "14:30:03")
	for name, text := range map[string]string{"whole": whole, "from inside an alert": whole[strings.Index(whole, "02/16-14:30:01"):]} {
		var alerts int
		for _, e := range feed(t, StreamOptions{}, text) {
			if strings.HasPrefix(e.Raw, "[**]") {
				alerts++
				if e.Time == 0 || e.Lines() < 5 {
					t.Errorf("%s: alert at %d with time %d and %d lines, want its packet's time and its lines", name, e.Offset, e.Time, e.Lines())
				}
			}
		}
		if alerts < 2 {
			t.Errorf("%s: %d alerts read whole", name, alerts)
		}
	}
}

// A level right-aligned in lower case before an ISO time opens a record under a record of the same
// shape (AnyDesk's trace); under a record of another layout, or before a date alone, an indented
// line continues the record above.
func TestStreamRightAlignedLowerLevel(t *testing.T) {
	text := "warning 2026-02-16 14:30:01.118  gsvc 4120 relay - retrying\n  error 2026-02-16 14:30:02.220  gsvc 4120 socket - handshake failed\n" +
		"   info 3 files skipped\n"
	wantRaws(t, feed(t, StreamOptions{}, text),
		"warning 2026-02-16 14:30:01.118  gsvc 4120 relay - retrying",
		"  error 2026-02-16 14:30:02.220  gsvc 4120 socket - handshake failed\n   info 3 files skipped")
	other := "2026-02-16 14:30:01.000 ERROR request failed\n  error 2026-02-16 14:30:00.990 upstream said no\n  notice 2026-02-17 was the follow-up\n"
	wantRaws(t, feed(t, StreamOptions{}, other), strings.TrimSuffix(other, "\n"))
}

// A JSON object written over several lines is one entry read as JSON, and the journal's export
// format gives one entry per cursor, its time, level, host and message from its fields.
func TestStreamPrettyJSONAndJournalExport(t *testing.T) {
	pretty := "{\n\t\"time\" : \"2026-02-16T14:30:01Z\",\n\t\"level\" : \"warn\",\n\t\"msg\" : \"disk \\\"low\\\"\"\n}\n{\n\t\"time\" : \"2026-02-16T14:30:02Z\",\n\t\"msg\" : \"ok\"\n}\n"
	es := feed(t, StreamOptions{}, pretty)
	if len(es) != 2 || es[0].Level != Warn || es[0].Message != `disk "low"` || es[0].Lines() != 5 ||
		es[1].UTC().Format(time.RFC3339) != "2026-02-16T14:30:02Z" {
		t.Fatalf("pretty JSON: %+v", es)
	}
	export := "__CURSOR=s=1;i=2\n__REALTIME_TIMESTAMP=1771252201123456\nPRIORITY=3\n_HOSTNAME=db-1\nMESSAGE=failed to start\n\n" +
		"__CURSOR=s=1;i=3\n__REALTIME_TIMESTAMP=1771252202000000\nPRIORITY=6\nMESSAGE=started\n\n"
	es = feed(t, StreamOptions{}, export)
	if len(es) != 2 || es[0].Level != Error || es[0].Host != "db-1" || es[0].Message != "failed to start" ||
		es[0].UTC().Format(time.RFC3339Nano) != "2026-02-16T14:30:01.123456Z" || es[1].Level != Info || es[1].Message != "started" {
		t.Fatalf("export: %+v", es)
	}
}

// A cluster's event dump whose middle columns vary in number keeps its epoch column a word before
// or after: every record gets its time and its node, the ones held before the column was learned
// too.
func TestStreamEpochColumnShifts(t *testing.T) {
	opts := StreamOptions{Now: func() time.Time { return time.Date(2026, 11, 30, 0, 0, 0, 0, time.UTC) }, Location: time.UTC}
	got := feed(t, opts, "7701 cn-12 action start 1795966876 1 clusterAddMember (command 88)\n"+
		"7702 cn-14 unix.hw state_change.unavailable 1795966880 1 Component State Change: fan 2\n"+
		"7703 cn-15 action start 1795966890 1 risBoot (command 89)\n"+
		"7704 cn-16 unix.hw state_change.available 1795966901 1 Component State Change: fan 2\n")
	if len(got) != 4 {
		t.Fatalf("got %d entries, want 4", len(got))
	}
	for i, e := range got {
		if e.Time == 0 || e.Host == "" {
			t.Errorf("entry %d: time %d, host %q; want the epoch column's time and the node", i, e.Time, e.Host)
		}
	}
}

// TestStreamGluedPrefixLines reads etcd 3.4's stderr, where capnslog's lines ("… W | pkg: …") and
// raft's, written by Go's log package with the prefix "raft" and no blank after it, alternate:
// each raft line is a record of its own, and the letters keep their levels after many of them.
func TestStreamGluedPrefixLines(t *testing.T) {
	var text strings.Builder
	for i := range 40 {
		fmt.Fprintf(&text, "2026-02-16 14:30:%02d.123456 W | rafthttp: health check for peer 8e9e05c5 could not connect: connection refused\n", i)
		fmt.Fprintf(&text, "raft2026/02/16 14:30:%02d INFO: 5ac7e3c1 became candidate at term %d\n", i, i+2)
		fmt.Fprintf(&text, "raft2026/02/16 14:30:%02d INFO: 5ac7e3c1 received MsgVoteResp from 5ac7e3c1 at term %d\n", i, i+2)
	}
	got := feed(t, StreamOptions{}, text.String())
	if len(got) != 120 {
		t.Fatalf("%d entries, want 120: a raft line joined the record above it", len(got))
	}
	for i, e := range got {
		want := Info
		if i%3 == 0 {
			want = Warn
		}
		if e.Level != want || e.Time == 0 {
			t.Fatalf("entry %d: level %v, time %d, want %v with its time: %q", i, e.Level, e.Time, want, e.Raw)
		}
	}
}

// TestStreamClosingBracketsJoin: a line of closing brackets ends what a record opened over its
// lines, with or without times in the source; one that closes nothing open starts an entry.
func TestStreamClosingBracketsJoin(t *testing.T) {
	got := feed(t, StreamOptions{}, "app[12] TRACE: launching({\n  bundle: 'x',\n  args: { port: 1 }\n})\napp[12] WARN: slow\n")
	wantRaws(t, got, "app[12] TRACE: launching({\n  bundle: 'x',\n  args: { port: 1 }\n})", "app[12] WARN: slow")
	got = feed(t, StreamOptions{}, "2026-11-29 07:41:16 INFO config = [\n  1, 2,\n]);\n2026-11-29 07:41:17 INFO next\n")
	wantRaws(t, got, "2026-11-29 07:41:16 INFO config = [\n  1, 2,\n]);", "2026-11-29 07:41:17 INFO next")
	got = feed(t, StreamOptions{}, "app[12] INFO: done (all)\n)\n")
	wantRaws(t, got, "app[12] INFO: done (all)", ")")
}

// TestDateAfterClock: a line that writes a date and a clock right after a time of day alone
// (Jenkins' timestamper's count before a build's own log line) has that date's time. The count
// itself, which starts at 00:00:00 on the console's first line, is no time of day: the lines
// with nothing else have no time.
func TestDateAfterClock(t *testing.T) {
	s := NewStream("build", StreamOptions{Now: func() time.Time { return time.Date(2026, 11, 29, 12, 0, 0, 0, time.UTC) }})
	var b Batch
	for i, l := range []string{"[00:00:00] Started by user admin", "[00:00:05] 2026-11-28 07:41:16 INFO Tests starting", "[00:00:07] Finished: SUCCESS"} {
		s.Line([]byte(l), int64(i*60), false, &b)
	}
	s.Flush(&b)
	want := []int64{0, time.Date(2026, 11, 28, 7, 41, 16, 0, time.UTC).UnixNano(), 0}
	if len(b.Items) != len(want) {
		t.Fatalf("%d entries, want %d", len(b.Items), len(want))
	}
	for i := range b.Items {
		if e := b.Entry(i); e.Time != want[i] {
			t.Errorf("entry %q has time %s, want %s", e.Raw, time.Unix(0, e.Time).UTC(), time.Unix(0, want[i]).UTC())
		}
	}
}

// Blank lines before a source's first record carry nothing and make no entry: Elixir's console
// format opens every record with one, and a backfill may start on one.
func TestStreamBlankLinesBeforeTheFirstRecord(t *testing.T) {
	text := "\n  \n11:45:00.114 [info] Running Endpoint\n\n11:45:01.002 [error] GenServer terminating\n"
	wantRaws(t, feed(t, StreamOptions{}, text),
		"11:45:00.114 [info] Running Endpoint\n", "11:45:01.002 [error] GenServer terminating")
}

// A byte order mark alone on the first line is as blank as the lines after it.
func TestStreamByteOrderMarkAloneMakesNoEntry(t *testing.T) {
	wantRaws(t, feed(t, StreamOptions{}, "\xef\xbb\xbf\n\n2026-02-16 14:30:01 INFO up\n"), "2026-02-16 14:30:01 INFO up")
}

// A read that begins inside a file (a backfill of its last lines) does not see its first line:
// a clock of 00:00:00 there is a time of day, since nothing shows it to be the program's start.
func TestClockAtZeroInsideAFile(t *testing.T) {
	s := NewStream("app", StreamOptions{Now: func() time.Time { return time.Date(2026, 11, 29, 12, 0, 0, 0, time.UTC) }, Location: time.UTC})
	var b Batch
	s.Line([]byte("00:00:00.500 net: midnight check"), 4096, false, &b)
	s.Line([]byte("07:41:16.000 net: later"), 4200, false, &b)
	s.Flush(&b)
	want := []int64{time.Date(2026, 11, 29, 0, 0, 0, 5e8, time.UTC).UnixNano(), time.Date(2026, 11, 29, 7, 41, 16, 0, time.UTC).UnixNano()}
	if len(b.Items) != len(want) {
		t.Fatalf("%d entries, want %d", len(b.Items), len(want))
	}
	for i := range want {
		if e := b.Entry(i); e.Time != want[i] {
			t.Errorf("entry %q: time %s, want %s", e.Raw, time.Unix(0, e.Time).UTC(), time.Unix(0, want[i]).UTC())
		}
	}
}

// A program that prints thousands of untimed lines (a banner, its whole configuration) before its
// first timed line: they are placed at that line's time, as a few would be, so that the source's
// entries stay in time order for a merge with other sources.
func TestStreamLongUntimedPreamble(t *testing.T) {
	var text strings.Builder
	for i := range 5000 {
		fmt.Fprintf(&text, "untimed preamble line %05d\n", i)
	}
	text.WriteString("2026-01-01T10:00:00Z INFO first timed line\n2026-01-01T10:00:01Z INFO second\n")
	got := feed(t, StreamOptions{Written: func(int64) time.Time { return now }}, text.String())
	if len(got) != 5002 {
		t.Fatalf("got %d entries, want 5002", len(got))
	}
	first := time.Date(2026, 1, 1, 10, 0, 0, 0, time.UTC).UnixNano()
	for i, e := range got[:5000] {
		if e.Time != 0 || e.Estimated != first {
			t.Fatalf("entry %d: time %d, estimated %s; want no time, placed at the first timed line's", i, e.Time, time.Unix(0, e.Estimated).UTC())
		}
	}
}

// A line that opens with a date no clock reads (a year before 1678 or after 2261, which Unix
// nanoseconds cannot hold, or a clock never set, 0000) is a record of its own, with its level and
// no time: an adversarial try found "9999-12-31T23:59:59Z ERROR disk failed" read as text of the
// record above, hidden from a level filter.
func TestOutOfRangeDateStartsARecord(t *testing.T) {
	for _, stamp := range []string{"9999-12-31T23:59:59Z", "0000-06-15 12:00:00", "1601-01-01T00:00:00Z"} {
		got := feed(t, StreamOptions{}, "2026-01-01T00:00:00Z INFO a\n"+stamp+" ERROR disk failed\n2026-01-01T00:00:01Z INFO b\n")
		wantRaws(t, got, "2026-01-01T00:00:00Z INFO a", stamp+" ERROR disk failed", "2026-01-01T00:00:01Z INFO b")
		if got[1].Time != 0 || got[1].Level != Error {
			t.Errorf("%s: time %d level %v, want no time and error", stamp, got[1].Time, got[1].Level)
		}
	}
}

// Lined-up values: no line is lost when a list is refused on the line that would have taught it
// (the same name twice), and a copied event takes at most maxEventText lines of text after its
// fields, so that untimed lines pasted after it are not all swallowed by it.
func TestValueListKeepsEveryLine(t *testing.T) {
	es := feed(t, StreamOptions{}, "Name:   a\nName:   b\nName:   c\n")
	if len(es) != 3 {
		t.Fatalf("%d entries for three lines of one name, want 3: %+v", len(es), es)
	}
	var b strings.Builder
	b.WriteString("Log Name:      System\nSource:        Service Control Manager\nDate:          11/29/2026 7:41:16 AM\nEvent ID:      7036\nLevel:         Error\nDescription:\nThe service stopped.\n")
	for i := range 300 {
		fmt.Fprintf(&b, "worker %d could not connect\n", i)
	}
	es = feed(t, StreamOptions{}, b.String())
	lines := 0
	for _, e := range es {
		lines += strings.Count(e.Raw, "\n") + 1
	}
	if lines != 307 {
		t.Fatalf("%d lines in the entries, want all 307", lines)
	}
	if n := strings.Count(es[0].Raw, "\n") + 1; n > 7+maxEventText {
		t.Fatalf("the copied event took %d lines, want at most its 7 and %d of text", n, maxEventText)
	}
}

// TestSvlogdTimeIsUTC: svlogd writes UTC whatever the machine's zone, so its time is read so
// under any Location, before a program's line and alone.
func TestSvlogdTimeIsUTC(t *testing.T) {
	berlin := time.FixedZone("CET", 3600)
	s := NewStream("current", StreamOptions{Now: func() time.Time { return time.Date(2026, 11, 29, 12, 0, 0, 0, time.UTC) }, Location: berlin})
	b := &Batch{}
	var off int64
	for _, l := range []string{
		"2026-11-29_07:41:16.20412 listening on :9000",
		`2026-11-29_07:41:17.00101 {"level":"error","msg":"charge failed"}`,
	} {
		s.Line([]byte(l), off, false, b)
		off += int64(len(l)) + 1
	}
	s.Flush(b)
	want := []time.Time{time.Date(2026, 11, 29, 7, 41, 16, 204120000, time.UTC), time.Date(2026, 11, 29, 7, 41, 17, 1010000, time.UTC)}
	if b.Len() != len(want) {
		t.Fatalf("%d entries, want %d", b.Len(), len(want))
	}
	for i, w := range want {
		if got := b.Entry(i).UTC(); !got.Equal(w) {
			t.Errorf("entry %d: time %s, want %s", i, got.Format(time.RFC3339Nano), w.Format(time.RFC3339Nano))
		}
	}
}

// A rule's lookahead that gives its lines back may learn a list from them and then start the
// record after them elsewhere: the list belongs to the record it was learned on, and is dropped,
// not applied to the next one (it once cut the next record's text at the list's length and
// panicked). Salt's summary under a minion's states, fed as a file: every line is kept, once.
func TestListLeftBehindByALookahead(t *testing.T) {
	lines := []string{"Summary for db-01", "------------", "Succeeded: 2 (changed=1)", "Failed:    1",
		"------------", "Total states run:     3", "Total run time:   2.274 s"}
	got := feed(t, StreamOptions{}, strings.Join(lines, "\n")+"\n")
	var kept []string
	for _, e := range got {
		kept = append(kept, strings.Split(strings.TrimRight(e.Raw, "\n"), "\n")...)
	}
	if strings.Join(kept, "\n") != strings.Join(lines, "\n") {
		t.Errorf("lines kept:\n%s\nwant:\n%s", strings.Join(kept, "\n"), strings.Join(lines, "\n"))
	}
}

// A line held before its source showed where its time is, read again once it has, is read into
// buffers of its own: the line being read at that moment, whose colours the parser took off into
// its shared buffer, keeps its own message (it once showed the held line's).
func TestHeldLineReadAgainKeepsTheNextMessage(t *testing.T) {
	text := "[httpsd 7310 - 1795428005     info] \x1b[32mnew request (handler=api_cmdb-handler)\x1b[0m\n" +
		"[httpsd 7310 - 1795428005     info] \x1b[32mUser-Agent: curl/8.11.0\x1b[0m\n" +
		"[httpsd 7310 - 1795428006    error] \x1b[31mrequest returned 401\x1b[0m\n" +
		"[httpsd 7310 - 1795428007    error] \x1b[31mrequest returned 403\x1b[0m\n"
	want := []string{"new request (handler=api_cmdb-handler)", "User-Agent: curl/8.11.0", "request returned 401", "request returned 403"}
	got := feed(t, StreamOptions{Now: func() time.Time { return worldNow }, Location: time.UTC}, text)
	if len(got) != len(want) {
		t.Fatalf("%d entries, want %d", len(got), len(want))
	}
	for i, e := range got {
		if e.Message != want[i] {
			t.Errorf("entry %d: message %q, want %q", i, e.Message, want[i])
		}
	}
}

// CloudFront writes its date and its time of day in UTC whatever the reader's zone: the pair in
// JSON keys of their own is read so under another Location too.
func TestCloudFrontDateAndTimeAreUTC(t *testing.T) {
	ny := time.FixedZone("EST", -5*3600)
	got := feed(t, StreamOptions{Now: func() time.Time { return worldNow }, Location: ny},
		`{"date":"2026-11-23","time":"10:00:05","x-edge-location":"FRA56-P7","sc-status":"200"}`+"\n")
	if want := time.Date(2026, 11, 23, 10, 0, 5, 0, time.UTC).UnixNano(); len(got) != 1 || got[0].Time != want {
		t.Errorf("got %v, want one entry at 10:00:05 UTC", got)
	}
}
