package tail

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/trawl-dev/trawl/parse"
)

// untimedLines have no date or time in them, as in apt's history log between its date lines.
const untimedLines = "Commandline: apt-get install curl\nRequested-By: ann\nInstall: curl:amd64\n"

// writeAged writes text to a file in dir and sets its modification time.
func writeAged(t *testing.T, dir, name, text string, mtime time.Time) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Chtimes(p, mtime, mtime); err != nil {
		t.Fatal(err)
	}
	return p
}

// A file without timestamps is placed by its modification time when its existing lines are read:
// written two days ago, it sorts before another file's lines of yesterday, not as the newest
// thing on screen, and its entries still say they carry no time.
func TestUntimedFileSortsByModificationTime(t *testing.T) {
	dir := t.TempDir()
	twoDaysAgo := time.Now().Add(-48 * time.Hour).Truncate(time.Second)
	yesterday := time.Now().Add(-24 * time.Hour).UTC().Truncate(time.Second)
	history := writeAged(t, dir, "history.log", untimedLines, twoDaysAgo)
	app := writeAged(t, dir, "app.log", yesterday.Format(time.DateTime)+" INFO started\n"+
		yesterday.Add(time.Second).Format(time.DateTime)+" WARN slow\n", yesterday)

	opts := testOptions(false, false)
	opts.All = true
	g, warns, err := open([]string{app, history}, opts, nil, parseStreams(opts.withDefaults()))
	if err != nil || len(warns) > 0 {
		t.Fatal(err, warns)
	}
	var got []parse.Entry
	Merge(context.Background(), g.Streams(context.Background()), func(b *parse.Batch, i int) {
		got = append(got, b.Entry(i))
	})
	if len(got) != 5 {
		t.Fatalf("%d entries, want 5", len(got))
	}
	for i, e := range got[:3] {
		if e.Source != history || e.Time != 0 || e.Estimated != twoDaysAgo.UnixNano() {
			t.Errorf("entry %d: %s time %d estimated %s; want history.log first, no time, estimated at its mtime %s",
				i, e.Source, e.Time, time.Unix(0, e.Estimated).UTC(), twoDaysAgo.UTC())
		}
	}
	for _, e := range got[3:] {
		if e.Source != app || e.Time == 0 || e.Estimated != 0 {
			t.Errorf("%s %q: time %d estimated %d; want app.log's own times last", e.Source, e.Raw, e.Time, e.Estimated)
		}
	}
}

// While following, a line appended to a file without timestamps is placed at the time it was
// read; the lines the file held when opened keep their modification time, the last one too,
// although the stream released it only once the file had been quiet.
func TestUntimedLiveLinesTakeTheTimeOfReading(t *testing.T) {
	twoDaysAgo := time.Now().Add(-48 * time.Hour).Truncate(time.Second)
	p := writeAged(t, t.TempDir(), "history.log", untimedLines, twoDaysAgo)
	opts := testOptions(true, false)
	g, warns, err := open([]string{p}, opts, nil, parseStreams(opts.withDefaults()))
	if err != nil || len(warns) > 0 {
		t.Fatal(err, warns)
	}
	sink := &entrySink{}
	runInto(t, g, sink)
	sink.waitEntries(t, "the backfill", func(e []parse.Entry) bool { return len(e) == 3 })
	before := time.Now()
	appendLines(t, p, "Remove: wget:amd64", "End of history")
	got := sink.waitEntries(t, "the live lines", func(e []parse.Entry) bool { return len(e) == 5 })
	for i, e := range got {
		live := strings.HasPrefix(e.Raw, "Remove") || strings.HasPrefix(e.Raw, "End")
		switch {
		case e.Time != 0:
			t.Errorf("entry %d %q: time %d, want none", i, e.Raw, e.Time)
		case !live && e.Estimated != twoDaysAgo.UnixNano():
			t.Errorf("backfilled entry %d %q estimated at %s, want the file's mtime", i, e.Raw, time.Unix(0, e.Estimated))
		case live && e.Estimated < before.UnixNano():
			t.Errorf("live entry %d %q estimated at %s, want the time of reading", i, e.Raw, time.Unix(0, e.Estimated))
		}
	}
}

// A command's line without a --timestamps prefix keeps no time of its own. It is placed at the
// last prefix's time, or, before any prefix, where the stream placed it: at the time of reading.
func TestStampSinkEstimatesUnprefixedLines(t *testing.T) {
	read := time.Date(2026, 3, 1, 13, 0, 0, 0, time.UTC).UnixNano()
	noon := time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC).UnixNano()
	type want struct{ time, est int64 }
	cases := []struct {
		lines []string
		want  []want
	}{
		{[]string{"2026-03-01T12:00:00Z first", "second, without a prefix", "2026-03-01T12:00:05Z third"},
			[]want{{noon, 0}, {0, noon}, {noon + 5e9, 0}}},
		{[]string{"no prefix", "nor here"}, []want{{0, read}, {0, read}}},
	}
	ns := parseStreams(Options{}.withDefaults())
	for _, c := range cases {
		s := &stampSink{inner: ns("cmd", func(int64) time.Time { return time.Unix(0, read) })}
		b := &parse.Batch{}
		var off int64
		for _, l := range c.lines {
			s.Line([]byte(l), off, false, b)
			off += int64(len(l)) + 1
		}
		s.Flush(b)
		if b.Len() != len(c.want) {
			t.Fatalf("%d entries, want %d", b.Len(), len(c.want))
		}
		for i, w := range c.want {
			if e := b.Entry(i); e.Time != w.time || e.Estimated != w.est {
				t.Errorf("entry %q: time %d estimated %d, want %d and %d", e.Raw, e.Time, e.Estimated, w.time, w.est)
			}
		}
	}
}

// A time written without its date or year is placed before the file's modification time, not
// before today: yesterday's log of bare times of day read this morning keeps yesterday's date, and
// a syslog line of a month after the file was last written is of the year before. A line appended
// while following is placed before the time it was read.
func TestDatelessTimesTakeTheFileDate(t *testing.T) {
	mtime := time.Now().UTC().AddDate(0, 0, -3).Truncate(24 * time.Hour).Add(23*time.Hour + 59*time.Minute)
	clockLines := "[22:10:01] [Server thread/INFO]: started\n[23:58:30] [Server thread/WARN]: saving\n"
	spring := time.Now().UTC().AddDate(0, -8, 0).Truncate(24 * time.Hour)
	later := spring.AddDate(0, 2, 0).Add(9 * time.Hour) // two months after the file was last written
	syslogLine := later.Format(time.Stamp) + " h1 cron[41]: job done\n"

	dir := t.TempDir()
	clockFile := writeAged(t, dir, "server.log", clockLines, mtime)
	syslogFile := writeAged(t, dir, "syslog.1", syslogLine, spring)
	opts := testOptions(true, false)
	opts.All, opts.Location = true, time.UTC
	g, warns, err := open([]string{clockFile, syslogFile}, opts, nil, parseStreams(opts.withDefaults()))
	if err != nil || len(warns) > 0 {
		t.Fatal(err, warns)
	}
	sink := &entrySink{}
	runInto(t, g, sink)
	sink.waitEntries(t, "the backfill", func(e []parse.Entry) bool { return len(e) == 3 })
	now := time.Now().UTC().Add(-time.Minute).Truncate(time.Second)
	appendLines(t, clockFile, "["+now.Format(time.TimeOnly)+"] [Server thread/INFO]: live")
	got := sink.waitEntries(t, "the live line", func(e []parse.Entry) bool { return len(e) == 4 })

	day := mtime.Truncate(24 * time.Hour)
	want := map[string]time.Time{
		"[22:10:01] [Server thread/INFO]: started":                       day.Add(22*time.Hour + 10*time.Minute + time.Second),
		"[23:58:30] [Server thread/WARN]: saving":                        day.Add(23*time.Hour + 58*time.Minute + 30*time.Second),
		strings.TrimSuffix(syslogLine, "\n"):                             later.AddDate(-1, 0, 0),
		"[" + now.Format(time.TimeOnly) + "] [Server thread/INFO]: live": now,
	}
	for _, e := range got {
		w, ok := want[e.Raw]
		if !ok {
			t.Errorf("unexpected entry %q", e.Raw)
			continue
		}
		if e.Time != w.UnixNano() {
			t.Errorf("%q: time %s, want %s", e.Raw, time.Unix(0, e.Time).UTC(), w)
		}
	}
}

// A followed UTF-16 file's last newline is two bytes, the second a NUL after the '\n': that NUL is
// not a line of its own, so no entry of it is handed over, after the quiet time a partial line
// waits or when trawl stops.
func TestFollowedUTF16HasNoStrayNUL(t *testing.T) {
	text := "\xff\xfe" // little-endian, as Windows writes it
	for _, r := range "2026-12-01T07:07:06Z ERROR utf16 line here\n2026-12-01T07:07:07Z INFO utf16 second\n" {
		text += string([]byte{byte(r), 0})
	}
	p := filepath.Join(t.TempDir(), "u.log")
	if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	opts := Options{Follow: true} // the quiet times trawl runs with
	g, warns, err := open([]string{p}, opts, nil, parseStreams(opts.withDefaults()))
	if err != nil || len(warns) > 0 {
		t.Fatal(err, warns)
	}
	sink := &entrySink{}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- g.Run(ctx, sink) }()
	sink.waitEntries(t, "the two lines", func(e []parse.Entry) bool { return len(e) == 2 })
	time.Sleep(PartialQuiet + 500*time.Millisecond)
	cancel() // stopping hands over every line without its newline: the NUL must not be one
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	got := sink.snapshot()
	for _, e := range got {
		if len(e.Raw) < 4 || e.NoNewline {
			t.Errorf("entry %q (no newline %v): want only the file's two lines", e.Raw, e.NoNewline)
		}
	}
	if len(got) != 2 {
		t.Errorf("%d entries, want the file's two lines", len(got))
	}
}

// A file replaced by a directory is one change at the path, not one per look: the count of
// rotations stays at one however long the directory stays, and the state tells why nothing is read.
func TestDirectoryAtThePathIsNoRepeatedRotation(t *testing.T) {
	modes(t, func(t *testing.T, poll bool) {
		p := filepath.Join(t.TempDir(), "app.log")
		writeLines(t, p, []string{"first"}, os.O_TRUNC)
		g, s := start(t, []string{p}, testOptions(true, poll))
		s.waitLines(t, []string{"first"})
		if err := os.Rename(p, p+".1"); err != nil {
			t.Fatal(err)
		}
		if err := os.Mkdir(p, 0o755); err != nil {
			t.Fatal(err)
		}
		deadline := time.Now().Add(10 * time.Second)
		for !strings.Contains(statOf(g, p).State, "not a regular file") {
			if time.Now().After(deadline) {
				t.Fatalf("state %q, want the directory told", statOf(g, p).State)
			}
			time.Sleep(20 * time.Millisecond)
		}
		time.Sleep(500 * time.Millisecond) // many polls and events later
		if st := statOf(g, p); st.Rotations > 1 {
			t.Fatalf("%d rotations counted for one directory at the path", st.Rotations)
		}
	})
}
