package parse

import (
	"bytes"
	"fmt"
	"testing"
)

// fullParser is a parser that learns no shape: every line takes the full parse.
func fullParser() *Parser {
	p := NewParser(fixedNow)
	p.shapes.strikes = shapeStrikes
	return p
}

// shapedReads parses lines with a parser that learns shapes and with one that does not, and
// returns the lines' records that differ and how many lines a trusted shape read alone.
func shapedReads(lines []string) (diffs []string, used int) {
	p, full := NewParser(fixedNow), fullParser()
	for _, l := range lines {
		got, want := p.Parse([]byte(l)), full.Parse([]byte(l))
		if !sameParse(got, want) {
			diffs = append(diffs, fmt.Sprintf("%q:\n got %+v\nwant %+v", l, got, want))
		}
	}
	used = p.shapes.used
	return diffs, used
}

func sameParse(a, b Record) bool {
	return a.Time == b.Time && a.Level == b.Level && a.Format == b.Format && a.Host == b.Host &&
		a.Message == b.Message && a.Whole == b.Whole && bytes.Equal(a.Unescaped, b.Unescaped)
}

// Every family of the tables and rules, its lines repeated until shapes are learned and used,
// is read by the shapes as the full parse reads it.
func TestLineShapesReadAsTheFullParse(t *testing.T) {
	lines, used := 0, 0
	for _, c := range everyFamily() {
		ls := familyLines(c, 24)
		diffs, n := shapedReads(ls)
		lines, used = lines+len(ls), used+n
		for _, d := range diffs[:min(len(diffs), 2)] {
			t.Errorf("%s: %s", c.name, d)
		}
	}
	t.Logf("%d of %d lines read by a shape alone", used, lines)
	if used < lines/20 {
		t.Errorf("only %d of %d lines were read by a shape", used, lines)
	}
}

// log4jLine is a line of a Java application's pattern "%d %-5p [%t] %c - %m".
func log4jLine(minute, second, milli int, level, thread, logger, msg string) string {
	return fmt.Sprintf("2026-02-16 14:%02d:%02d,%03d %-5s [%s] %s - %s", minute, second, milli, level, thread, logger, msg)
}

// A source's later lines are read by their shape once it has read trial lines as the full parse
// did, and give the records the full parse gives, whatever their level, thread, logger and time.
func TestLineShapeReadsLaterLinesByPosition(t *testing.T) {
	levels := []string{"INFO", "WARN", "ERROR", "DEBUG", "TRACE", "FATAL"}
	var lines []string
	for i := 0; i < 600; i++ {
		lines = append(lines, log4jLine(10+i/120, i/2%60, i*37%1000, levels[i%len(levels)],
			fmt.Sprintf("http-nio-8080-exec-%d", i%13), fmt.Sprintf("com.example.svc%d.Handler", i%7), fmt.Sprintf("request %d served", i)))
	}
	diffs, used := shapedReads(lines)
	for _, d := range diffs {
		t.Error(d)
	}
	if used < 500 {
		t.Errorf("%d of %d lines read by a shape alone, want most", used, len(lines))
	}
}

// A shape that reads a line otherwise than the full parse, when the two are compared, is
// dropped, and the line keeps the full parse's record: the logger named like a level was no
// place a level was ever read from.
func TestLineShapeThatDisagreesIsDropped(t *testing.T) {
	p := NewParser(fixedNow)
	for i := 0; i < 20; i++ {
		p.Parse([]byte(fmt.Sprintf("2026-02-16 14:30:%02d,120 - app.http - INFO - request %d", i, i)))
	}
	if p.shapes.used == 0 {
		t.Fatal("no shape was learned from twenty lines of one layout")
	}
	// A new minute: the full parse reads the line, and its record is compared with the shape's.
	line := []byte("2026-02-16 14:31:00,120 - ERROR - INFO - a logger named as a level")
	got, want := p.Parse(line), fullParser().Parse(line)
	if !sameParse(got, want) {
		t.Errorf("got %+v, want the full parse's %+v", got, want)
	}
	if p.shapes.strikes != 1 {
		t.Errorf("%d shapes dropped, want 1", p.shapes.strikes)
	}
}

// FuzzLineShapes parses each line of the input a dozen times in a row, so that a shape is learned
// and used, with a parser that learns shapes and one that does not: the records must be the same,
// and their spans within the line.
func FuzzLineShapes(f *testing.F) {
	for _, name := range []string{"layout", "stamped", "rfc3164", "text"} {
		f.Add([]byte(benchLines[name][0] + "\n" + benchLines[name][1]))
	}
	f.Add([]byte(log4jLine(41, 16, 7, "WARN", "main", "c.e.A", "x") + "\n" + log4jLine(41, 16, 7, "WARN", "main", "c.e.A", "")))
	f.Fuzz(func(t *testing.T, data []byte) {
		p, full := NewParser(fixedNow), fullParser()
		for _, line := range bytes.Split(data, []byte{'\n'}) {
			for k := 0; k < 12; k++ {
				got, want := p.Parse(line), full.Parse(line)
				if got.Message.Start < 0 || got.Message.Start > got.Message.End || int(got.Message.End) > len(line) || int(got.Host.End) > len(line) || got.Host.Start > got.Host.End {
					t.Fatalf("spans out of the line %q: %+v", line, got)
				}
				if !sameParse(got, want) {
					t.Fatalf("line %q, read %d:\n got %+v\nwant %+v", line, k, got, want)
				}
			}
		}
	})
}

// A syslog file's headers are read by their shapes, and each message's level as the syslog
// parser reads it after any header: a program's own level word, a device's message id, a PRI.
func TestLineShapeReadsSyslogHeaders(t *testing.T) {
	programs := []string{"sshd[%d]: error: maximum authentication attempts exceeded for root",
		"CRON[%d]: (root) CMD (run-parts /etc/cron.hourly)", "kernel: [%d.120044] EXT4-fs (sda1): mounted filesystem",
		"postfix/smtpd[%d]: warning: hostname mail.example.net does not resolve", "systemd[1]: Started session %d of user ann.",
		"dhcpd[%d]: DHCPACK on 10.0.0.7 to 52:54:00:12:34:56 via eth0"}
	var lines []string
	for i := 0; i < 900; i++ {
		msg := fmt.Sprintf(programs[i%len(programs)], 4000+i)
		header := fmt.Sprintf("Feb 16 14:%02d:%02d web-%d ", 10+i/200, i/4%60, i%3)
		if i%5 == 0 {
			header = fmt.Sprintf("<%d>", 8+i%8) + header
		}
		lines = append(lines, header+msg)
	}
	diffs, used := shapedReads(lines)
	for _, d := range diffs[:min(len(diffs), 5)] {
		t.Error(d)
	}
	if used < 600 {
		t.Errorf("%d of %d lines read by a shape alone, want most", used, len(lines))
	}
}

// Sources whose lines teach the full parse something after a shape was made, or whose shape's
// words take values the full parse reads otherwise: every line is read as the full parse reads it.
func TestLineShapesKeepWhatTheFullParseLearns(t *testing.T) {
	sequences := map[string][]string{}
	var chat []string // a modem's chat script: (I) in, (E) echoed, (O) out are directions, not levels
	for i, l := range []string{"(E) AT+CFUN=1", "(I) OK", "(E) AT+CPIN?", "(I) +CPIN: READY", "(I) OK", "(E) AT+COPS?",
		"(I) +COPS: 0,0,\"Carrier\",7", "(I) OK", "(E) AT+CGATT=1", "(I) OK", "(E) AT+CSQ", "(I) +CSQ: 21,99", "(I) OK",
		"(O) ATD*99#", "(I) CONNECT 150000000", "(E) AT+CGACT?", "(I) ERROR", "(E) AT+CEER", "(I) +CEER: No cause", "(I) OK"} {
		chat = append(chat, fmt.Sprintf("2026-11-29 14:10:%02d %s", i, l))
	}
	sequences["directions in parentheses"] = append(chat, chat...)
	var pairs []string // key=value columns: a level under one key is not one under another
	for i := 0; i < 30; i++ {
		key := "level"
		if i >= 20 && i%2 == 0 {
			key = "state"
		}
		pairs = append(pairs, fmt.Sprintf("2026-11-29 08:00:%02d [sync] |peer=db%d|%s=%s|rows=%d", i, i%3, key, []string{"INFO", "WARN"}[i%2], i))
	}
	sequences["pairs"] = pairs
	var backup []string // a backup tool's thread column, which the full parse reads as a host for some names
	for i := 0; i < 40; i++ {
		thread := []string{"RDR1", "WTR1", "PCR1", "MAIN"}[i%4]
		if i < 24 {
			thread = "RDR1"
		}
		backup = append(backup, fmt.Sprintf("261129 08:10:%02d %-6s INFO: copied %d files.", i, thread, i))
	}
	sequences["thread column"] = backup
	for name, lines := range sequences {
		diffs, _ := shapedReads(lines)
		for _, d := range diffs[:min(len(diffs), 3)] {
			t.Errorf("%s: %s", name, d)
		}
	}
}
