package parse

import (
	"strings"
	"testing"
	"time"
)

// Lines nobody wrote a parser for meet lines that have one, and prose meets the locator: what a
// source learned, and a time in a sentence, must not take a line from its own format or give it
// a value it does not carry.

func newTestParser() *Parser { return NewParser(func() time.Time { return locateNow }) }

// A line of a specific format keeps its parser after another source's layout was learned: an
// access line after Celery's, an RFC 5424 line after RFC 3164 ones.
func TestMixedSourceKeepsEachFormat(t *testing.T) {
	p := newTestParser()
	for i := 0; i < 5; i++ {
		p.Parse([]byte("[2026-11-29 10:00:00,123: INFO/MainProcess] Connected to redis://localhost:6379//"))
	}
	access := []byte(`10.0.0.1 - - [29/Nov/2026:10:00:02 +0000] "POST /api/orders HTTP/1.1" 502 157 "-" "curl/8.5.0"`)
	if rec := p.Parse(access); rec.Format != FormatAccess || rec.Level != Error {
		t.Errorf("access line after Celery's: format %v level %v, want access and error", rec.Format, rec.Level)
	}
	p = newTestParser()
	for i := 0; i < 5; i++ {
		p.Parse([]byte("<13>Nov 29 10:00:00 fw01 app: x"))
	}
	line := []byte("<134>1 2026-11-29T10:00:01Z web9 app 42 ID1 - with host")
	if rec := p.Parse(line); rec.Format != FormatRFC5424 || string(rec.Host.Of(line)) != "web9" {
		t.Errorf("RFC 5424 line after RFC 3164 ones: format %v host %q", rec.Format, rec.Host.Of(line))
	}
}

// A relay's file mixes devices: whichever shape its first line has, a later syslog line keeps its
// host out of the message and its program as the tag. Cisco ASA's year and " : " before its
// message id end a header too.
func TestRelayedSyslogAfterAnotherDevice(t *testing.T) {
	for _, first := range []string{
		"Nov 29 2026 07:41:16 fw01 : %ASA-4-106023: Deny tcp src outside:192.0.2.7/5150 dst inside:10.0.0.2/22",
		"Nov 29 07:41:16 07:41:16.411020:CID-0:RT: <192.0.2.7/5150->10.0.0.2/22;6> matched filter f1:",
	} {
		p := newTestParser()
		p.Parse([]byte(first))
		for _, l := range []string{
			"Nov 29 07:41:17 web01 sshd[812]: Accepted publickey for deploy from 10.0.0.9 port 50122 ssh2",
			"Nov 29 07:41:18 web01 CRON[901]: (root) CMD (run-parts /etc/cron.hourly)",
		} {
			line := []byte(l)
			rec := p.Parse(line)
			msg := string(message(line, rec))
			if rec.Format != FormatRFC3164 || string(rec.Host.Of(line)) != "web01" || strings.HasPrefix(msg, "web01") {
				t.Errorf("after %.40q: %q read as format %v, host %q, message %q; want RFC 3164, web01, no host in the message", first, l, rec.Format, rec.Host.Of(line), msg)
			}
		}
	}
	line := []byte("Nov 29 2026 07:41:19 fw01 : %ASA-6-302013: Built inbound TCP connection 37 for outside:192.0.2.7/443")
	rec := newTestParser().Parse(line)
	if msg := string(message(line, rec)); string(rec.Host.Of(line)) != "fw01" || rec.Level != Info || !strings.HasPrefix(msg, "%ASA-6-302013:") {
		t.Errorf("ASA with its year: host %q level %v message %q; want fw01, info, the message id first", rec.Host.Of(line), rec.Level, msg)
	}
}

// A number after a collector's time that reads as an epoch is the line's text, searchable, not a
// time of its own; a line of prefixes repeated is passed over a few prefixes deep, not recursed
// through to its end.
func TestCollectorPrefixEdges(t *testing.T) {
	line := []byte("2026-11-29T07:41:16Z 1764402076 bytes written to /backup")
	if rec := newTestParser().Parse(line); string(message(line, rec)) != "1764402076 bytes written to /backup" {
		t.Errorf("message %q, want the number kept", message(line, rec))
	}
	for _, l := range []string{"2026-11-29T07:41:16.123456789Z [", "2026-11-29T07:41:16.123456789Z 1", "2026-11-29T07:41:16.123456789Z stdout F ["} {
		newTestParser().Parse([]byte(l)) // a bracket or a digit alone after the time: no panic
	}
	line = []byte(strings.Repeat("0|a | ", 50000) + "end")
	if rec := newTestParser().Parse(line); rec.Message.Start > int32(maxPrefixes*len("0|a | ")) {
		t.Errorf("the message starts at %d of %d bytes: the prefixes were followed to the end", rec.Message.Start, len(line))
	}
}

// A time in a sentence is the message's: it gives the line no time, and the message is whole.
func TestProseTimeIsNoStamp(t *testing.T) {
	for _, l := range []string{
		"User bob logged in at 2026-11-29 10:00:00 from 10.0.0.1",
		"Certificate expires on Nov 29 10:00:00 2026 GMT",
		"step 3/10 00:00:05 elapsed",
		"seats 10-12 14:00 to 15:00",
	} {
		rec := newTestParser().Parse([]byte(l))
		if rec.Time != 0 || string(message([]byte(l), rec)) != l {
			t.Errorf("%q: time %q, message %q; want none and the whole line", l, fmtTime(rec.Time), message([]byte(l), rec))
		}
	}
	l := "update-alternatives 2026-11-29 07:41:16: run with --install /usr/bin/x"
	rec := newTestParser().Parse([]byte(l))
	if fmtTime(rec.Time) != "2026-11-29T07:41:16Z" || !strings.HasPrefix(string(message([]byte(l), rec)), "update-alternatives") {
		t.Errorf("%q: time %q, message %q; want the time and the program name kept", l, fmtTime(rec.Time), message([]byte(l), rec))
	}
}

// Prose is not a level: an enumeration, a copyright sign, a drive letter.
func TestProseLettersAreNoLevels(t *testing.T) {
	for _, l := range []string{"Copyright (C) 2007 Free Software Foundation", "see section (a) above", "2026-11-29 10:00:00 Copying to C: drive"} {
		if rec := newTestParser().Parse([]byte(l)); rec.Level != Unknown {
			t.Errorf("%q: level %v, want none", l, rec.Level)
		}
	}
}

// A stack trace line that mentions a time stays in its entry; a crash's NULs do not hide the next
// line's time; a slow log keeps its blocks after mysqld's preamble; numbers are not epochs.
func TestStreamRecordsSurviveRealContent(t *testing.T) {
	opts := StreamOptions{Now: func() time.Time { return locateNow }}
	got := feed(t, opts, "2026-11-29 10:00:00.123 ERROR 1 --- [nio-8080-exec-1] c.a.Filter : threw exception\n"+
		"io.jsonwebtoken.ExpiredJwtException: JWT expired at 2026-11-29T09:00:00Z. Current time: 2026-11-29T10:00:00Z\n"+
		"\tat io.jsonwebtoken.impl.DefaultJwtParser.parse(DefaultJwtParser.java:385)\n"+
		"2026-11-29 10:00:01.000 INFO 1 --- [main] c.a.App : next\n")
	if len(got) != 2 || got[0].Lines() != 3 {
		t.Errorf("got %d entries, the first of %d lines; want the exception and its trace in the first", len(got), got[0].Lines())
	}
	got = feed(t, opts, "2026-11-29 10:00:00.123 ERROR 1 --- [nio-8080-exec-1] c.a.Filter : threw exception\n"+
		"io.jsonwebtoken.ExpiredJwtException: JWT expired 2026-11-29T09:00:00Z\n"+
		"\tat io.jsonwebtoken.impl.DefaultJwtParser.parse(DefaultJwtParser.java:385)\n"+
		"10.0.0.5 - - [29/Nov/2026 10:00:01] \"GET /login HTTP/1.1\" 401 -\n")
	if len(got) != 2 || got[0].Lines() != 3 || got[1].Lines() != 1 {
		t.Errorf("got %d entries; want the exception with its deep time in the first, the access line after it as the second", len(got))
	}
	got = feed(t, opts, "2026-11-29 10:00:00.123 UTC [3012] app@shop LOG:  statement: SELECT id\n"+
		"FROM invoices\nWHERE due_at < '2026-11-29 00:00:00'\nAND paid = false;\n"+
		"2026-11-29 10:00:01,000 INFO etl: loaded frame\n   id  owner          created_at\n0  17   anna 2026-11-28 23:00:00\n")
	if len(got) != 2 || got[0].Lines() != 4 || got[1].Lines() != 3 {
		t.Errorf("got %d entries; a SQL statement's and a table's times stay in their records", len(got))
	}
	got = feed(t, opts, "web-1    | 2026/11/29 10:00:00 [notice] 1#1: start worker processes\n"+
		"cache-1  | 1:M 29 Nov 2026 10:00:01.531 * Ready to accept connections tcp\n"+
		"api-1    | 2026-11-29 10:00:02.000 ERROR [main] c.a.Filter : threw exception\n"+
		"api-1    | io.jsonwebtoken.ExpiredJwtException: JWT expired 2026-11-29T09:00:00Z\n")
	if len(got) != 3 || got[2].Lines() != 2 {
		t.Errorf("got %d entries; a Compose column before a time a word in starts a record, one before a deep time does not", len(got))
	}
	got = feed(t, opts, "Log started: 2026-11-29  10:00:00\nSetting up tzdata (2026a-1) ...\n\n"+
		"Current default time zone: 'Etc/UTC'\nUniversal Time is now:  Sun Nov 29 10:00:02 UTC 2026.\n")
	if len(got) != 1 {
		t.Errorf("got %d entries; a time after words in a block stays in the block", len(got))
	}

	got = feed(t, opts, "2026-11-29 10:00:00 INFO before the crash\n"+strings.Repeat("\x00", 4096)+"2026-11-29 10:01:00 ERROR after the crash\n")
	if len(got) != 2 || got[1].Level != Error || fmtTime(got[1].Time) != "2026-11-29T10:01:00Z" {
		t.Errorf("the line after a run of NULs: %d entries, want it as its own error entry at 10:01", len(got))
	}

	slow := "/usr/sbin/mysqld, Version: 8.0.36 (MySQL Community Server - GPL). started with:\n" +
		"Tcp port: 3306  Unix socket: /var/run/mysqld/mysqld.sock\nTime                 Id Command    Argument\n"
	for i := 0; i < 3; i++ {
		slow += "# Time: 2026-11-29T07:41:1" + string(rune('0'+i)) + ".000000Z\n# User@Host: app[app] @ localhost []  Id:    12\n" +
			"# Query_time: 2.000211  Lock_time: 0.000000 Rows_sent: 1  Rows_examined: 0\nSELECT SLEEP(2);\n"
	}
	if got = feed(t, opts, slow); len(got) != 4 {
		t.Errorf("slow log after mysqld's preamble: %d entries, want the preamble (one block, as mysqld writes it) and 3 blocks", len(got))
	}

	var csv strings.Builder
	for i := 0; i < 50; i++ {
		csv.WriteString("0.125,3.5,17.25,99.5,1764401476.")
		csv.WriteString(strings.Repeat("3", i%5+1))
		csv.WriteString("\n")
	}
	for _, e := range feed(t, opts, csv.String()) {
		if e.Time != 0 {
			t.Fatalf("a CSV of numbers got a time from a column: %q", e.Raw)
		}
	}
}

// Spellings of levels and times that loggers write beside the common ones.
func TestMoreSpellings(t *testing.T) {
	for word, want := range map[string]Level{"ERROR+4": Error, "DEBUG-4": Trace, "INFO-2": Info, "CONFIG": Info, "WARN+1": Warn, "Caution": Warn} {
		if got, ok := ParseLevel([]byte(word)); !ok || got != want {
			t.Errorf("ParseLevel(%q) = %v, want %v", word, got, want)
		}
	}
	for line, want := range map[string]string{
		"2026-07-15 10:00:00 PM app started":         "2026-07-15T22:00:00Z",
		"2026-07-15 12:00:00 AM app started":         "2026-07-15T00:00:00Z",
		"2026-11-29 08:41:16.123 +01:00 [INF] done":  "2026-11-29T07:41:16.123Z",
		"2026-11-29 13:26:16 +05:45 INFO from Nepal": "2026-11-29T07:41:16Z",
	} {
		if got := fmtTime(newTestParser().Parse([]byte(line)).Time); got != want {
			t.Errorf("%q: time %q, want %q", line, got, want)
		}
	}
}

// A source whose records keep their time a few words in may put it a word further on one line:
// each line is still a record, and a level glued after a closing bracket is read.
func TestStreamTimeAWordFurther(t *testing.T) {
	opts := StreamOptions{Now: func() time.Time { return locateNow }}
	got := feed(t, opts, "(P812-T90)Warning( 41): 11/28/26 22:10:05:120 Portal certificate expires soon\n"+
		"(P812-T90)Info ( 57): 11/28/26 22:10:06:004 Gateway list refreshed\n"+
		"(P812-T91)Info (903): 11/28/26 22:10:09:310 Route table applied\n")
	want := []Level{Warn, Info, Info}
	if len(got) != len(want) {
		t.Fatalf("got %d entries, want %d: one per line", len(got), len(want))
	}
	for i, e := range got {
		if e.Level != want[i] || e.Time == 0 {
			t.Errorf("entry %d: level %v, time %d; want %v and a time", i, e.Level, e.Time, want[i])
		}
	}
}

// In a log without times, the exception a leveled record logged, and its trace, join the record;
// under a line without a level (a program's plain output) an exception starts an entry.
func TestStreamUntimedException(t *testing.T) {
	opts := StreamOptions{Now: func() time.Time { return locateNow }}
	got := feed(t, opts, "[worker-2] ERROR org.acme.ledger.Posting - Posting 5521 rejected\n"+
		"org.acme.ledger.BalanceException: account 77 would go below its floor\n"+
		"\tat org.acme.ledger.Posting.apply(Posting.java:88)\n"+
		"[worker-2] INFO org.acme.ledger.Posting - Posting 5522 applied\n")
	if len(got) != 2 || got[0].Lines() != 3 || got[0].Level != Error {
		t.Errorf("got %d entries; want the exception and its trace in the first, an ERROR", len(got))
	}
	got = feed(t, opts, "starting ledger replay\n"+
		"org.acme.ledger.ReplayError: journal 12 is missing\n"+
		"\tat org.acme.ledger.Replay.run(Replay.java:40)\n")
	if len(got) != 2 || got[1].Lines() != 2 {
		t.Errorf("got %d entries; want the plain line alone and the exception with its trace", len(got))
	}
	for line, want := range map[string]bool{
		"java.sql.SQLTransientConnectionException: timed out": true,
		"org.acme.OrderError":                  true,
		"com.example.Foo.bar(Foo.java:12)":     false,
		"Exception: no dots":                   false,
		"see org.acme.OrderError: for details": false,
		"org.acme.handler.Retry: attempt 3":    false,
	} {
		if exceptionHead([]byte(line)) != want {
			t.Errorf("exceptionHead(%q) = %v, want %v", line, !want, want)
		}
	}
}
