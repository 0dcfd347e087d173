package parse

import (
	"bytes"
	"slices"
	"testing"
	"unicode/utf8"
)

// The seed corpora are in testdata/fuzz/<FuzzName>/; the table lines are added as seeds too.

// headShapes are the shapes of a header's first word that headLevel reads, and the tag levels
// of scanTag: seeds that start the fuzzer at their edges.
var headShapes = []string{
	"INFO[0000] started", "2026-11-29 07:41:16 [info  ] x", "D/Tag(  1): m", "In(166) Hostd[1]: x",
	"2026-11-29T07:41:16Z In(", "2026-11-29 07:41:16.123 Df kernel[0:1a2] x", "7:41AM INF x",
	"I261129 07:41:16.123456 1 a.go:1] x", "I20261129 07:41:16.123456 1 a.go:1] x",
	"Nov 29 07:41:16 kdc krb5kdc[1](info): x", "Nov 29 07:41:16 ph sb[5] <Notice>: x", "2026-11-29 07:41:16.1: I a/b.cc:1] x",
	"CEF:0|a|b|1|0|n|0|dvc=1.2.3.4 rt=1795938076123 msg=a\\=b", "<14>CEF:0|a\\|b|c|1|0|n|5|end=Nov 29 2026 07:41:16",
	"(041207) [07:41:16] x", "MSI (c) (1C:48) [07:41:16:123]: x", "07:41:16:WU01:FS00:x", "2026-11-29T07:41:16Z\ta.auth.info\t{\"a\":1}",
	// Behind a collector's time, a process manager's column, a swarm task's column:
	"2026-11-29T07:41:16.123456789Z [", "2026-11-29T07:41:16Z level=info msg=x", "[pod/a/b] 2026-11-29T07:41:16Z {\"a\":1}",
	"0|api | 2026-11-29T07:41:16Z {\"level\":30}", "2026-11-29T07:41:16Z svc.1.x@node-1    | level=warn msg=y",
	"2026-11-29T07:41:16Z stdout F I1129 07:41:16.1 1 a.go:1] x",
	// Ruby's hashes (see rubyhash.go), a string unclosed, a symbol at the end, an index alone:
	`{:timestamp=>"2026-11-29T07:41:16+0100", :level=>:warn}`, `{"a"=>[0] nil, "b"=>"x`, `{:a=>:`, `{"a" => 1e}`, `{:e=>#<A: <b>`,
	// A collector's time alone with blanks behind it; a lone colon after a month's name.
	"2026-11-29T07:41:16.123456Z  ", "2026-11-29_07:41:16.20412  ", "FeB 1 0:00:00 #033[m:",
}

func FuzzParse(f *testing.F) {
	for _, c := range allCases() {
		f.Add([]byte(c.line))
	}
	for _, line := range headShapes {
		f.Add([]byte(line))
	}
	f.Fuzz(func(t *testing.T, line []byte) {
		p := NewParser(fixedNow)
		for fm := Format(0); fm < numFormats; fm++ {
			if rec, ok := p.ParseAs(fm, line); ok {
				checkRecord(t, line, rec)
			}
			for _, fd := range Fields(fm, line) {
				if fd.Key == "" && fm != FormatJSON {
					t.Fatalf("empty key from %v", fm)
				}
			}
		}
		checkRecord(t, line, p.Parse(line))
	})
}

func FuzzStream(f *testing.F) {
	f.Add([]byte("2026-02-16 14:30:01 ERROR x\n\tat a\nCaused by: y\n{\"a\":1}\nTraceback (most recent call last):\nE: x\n"), 64)
	f.Add([]byte("[\n{ \"ts\": \"2026-02-16 14:30:01\", \"alertLevel\": \"warning\" },\nNov 16 2026 14:30:02 sw1 IKE/7/EVENT:x\n --More-- \b\b\b  \b\bFeb 16 2026 14:30:03 UTC: %SYS-5-X: y\n[-- MARK -- Mon Feb 16 14:30:04 2026]\nT[1][2][D]: z\nD: 12[DL] w\nfetch I 02-16 14:30:05  1  1 a.cc:1] v\nprint\nTraceback (most recent call last):\nE: q\n"), 64)
	f.Add([]byte("  4120:20260216:143001.123 a\n 41250:20260216:143001.130 b\n\tdetail\n#1771252201\nls\n"), 64)
	f.Add([]byte("Mon 2026-02-16 14:30:01.123456 UTC [s=1;i=2]\n    PRIORITY=3\n    _HOSTNAME=web3\n    MESSAGE=x\n"), 64)
	f.Add([]byte("\xff\xfe2\x000\x002\x006\x00-\x000\x002\x00-\x001\x006\x00 \x001\x004\x00:\x003\x000\x00:\x000\x001\x00 \x00E\x00\r\x00\n\x00x\x00\n\x00"), 64)
	f.Add([]byte("Ev[0]:\n  Date: 2026-02-16T14:30:01\n  Level: Error\n  Computer: h1\ntext\nEv[1]:\n  Date: 2026-02-16T14:30:02\n"), 64)
	f.Add([]byte("{\n    \"message\" => \"x\",\n    \"@timestamp\" => 2026-02-16T14:30:01.000Z,\n    \"tags\" => [\n        [0] \"a\"\n    ]\n}\n{\n  \"a\" => {\n"), 64)
	f.Add([]byte("Build 42 go\n2026-02-16 14:30:01 a\n2026-02-16 14:30:02 b\n2026-02-16 14:30:03 c\n"), 24)
	f.Add([]byte("#TYPE x\n\"Level\",\"Time\",\"Host\"\n\"Error\",\"2026-02-16T14:30:01Z\",\"db-1\"\n\"Info\",\"a\nb\",\"h\"\n"), 64)
	f.Add([]byte("2026-02-16 14:30:01 a\n\n** Alert 1.2: x\n2026 Feb 16 14:30:02 h->/l\nRule: 1\n\n** Alert 1.3: x\n2026 Feb 16 14:30:03 h->/l\n------\n2026-02-16T14:30:04 INFO z\n"), 48)
	f.Add([]byte("[{\n  \"eventMessage\" : \"a\",\n  \"b\" : {\n    \"c\" : [1]\n  }\n},{\n  \"timestamp\" : \"2026-02-16 14:30:01+0100\"\n}]\n"), 64)
	f.Add([]byte("[\n  {\n    \"textPayload\": \"x\",\n    \"TimeCreated\": \"\\/Date(1771252201000)\\/\"\n  },\n  {\n  }\n]\n"), 48)
	f.Add([]byte("2026-02-16 14:30:01 INFO a\npanic: x\n\ngoroutine 1 [running]:\nmain.main()\n\t/a.go:1 +0x1\nexit status 2\nthread 'm' panicked at a.rs:1:1:\nb\nnote: x\n/a/b.js:3\nthrow e;\n^\n\nError: c\n    at d\nNode.js v20.1.0\n*** *** *** *** ***\nTimestamp: 2026-02-16 14:30:02+0000\nIncident Identifier: A\nDate/Time: 2026-02-16 14:30:03 +0000\n"), 64)
	f.Add([]byte("*** backtrace of 41 ***\nuwsgi(a+0x2f) [0x55]\n./b(main+0x1)[0x1]\n*** end of backtrace ***\n(   0.068|   0.000) E: x\ndb01\tSun Nov 29 07:38:27 2026\n\tx\n----\ntype=USER msg=audit(11/29/26 07:41:19.092:42) : x\n----\nmariadbd, Version: 1. started with:\nTcp port: 1\nTime\t\tId Command\tArgument\n07:41:15   all  1.0\nAverage:   all  1.0\n[  +0.000001] x\nkern  :warn  : [Sun Nov 29 07:12:40 2026] x\n"), 64)
	f.Add([]byte("Debug line with all properties:\nFROMHOST: 'x', fromhost-ip: 'y', HOSTNAME: 'h', PRI: 11,\nTIMESTAMP: 'Nov 29 07:41:16', STRUCTURED-DATA: '-',\nmsg: '\x1b[2J x'\n\n__CURSOR=s\nMESSAGE=\x1b[31my\n\n"), 64)
	f.Add([]byte("\xef\xbb\xbf{\"level\":\"error\"}\n2026-11-29T07:40:14.611+0000 7f3a -1 *** Caught signal **\n\n    -1> 2026-11-29T07:40:13.002+0000 7f3a  0 a\n     0> \n2026-11-29T07:41:17.480220117Z stdout P {\"level\":\"WARN\",\"a\":\"b\n2026-11-29T07:41:17.480231950Z stdout F c\"}\npod-1-x app 2026-11-29T16:41:20.620512004+09:00 I1129 07:41:20.620499 1 a.go:1] x\nweb  | 2026-11-29T07:41:18.881Z pid=1 INFO: y\nTime: 11/29-07:41:16.2\n"), 64)
	f.Add([]byte("    ID   QUEUE  SUBMITTED\n   7   a      2026-11-29T08:10:04\nPool  Used  %\n====  ====  =\n  x   1     2\n\napi-1  | W1129 09:14:03     7 v.go:88] x\napi-1 exited with code 1\nb-1    | nginx: [error] y\n[main] INFO a.B - c\nINFO: d [Sun Nov 29 10:02:44 UTC 2026]\n[05:05:09 -0500]: e\nW( 1000: 1931: 2208) f\n"), 64)
	f.Add([]byte("2026/11/29 07:41:16 a\n==================\nWARNING: DATA RACE\nWrite at 0x1 by goroutine 2:\n  f()\n\n==================\n2026/11/29 07:41:17 b\n==================\n==1==ERROR: LeakSanitizer: x\n"), 40)
	f.Fuzz(func(t *testing.T, text []byte, max int) {
		max = 16 + max&1023
		s := NewStream("f", StreamOptions{MaxEntryBytes: max, Now: fixedNow})
		b := &Batch{}
		lines := bytes.Split(text, []byte("\n"))
		for i, l := range lines {
			s.Line(l, int64(i), len(l) > max, b)
		}
		s.Flush(b)
		if s.Pending() {
			t.Fatal("pending after flush")
		}
		var sort int64
		total := 0
		for i, it := range b.Items {
			for _, sp := range []Span{it.Raw, it.Message, it.Host} {
				if sp.Start < 0 || sp.End < sp.Start || int(sp.End) > len(b.Data) {
					t.Fatalf("item %d span %v outside %d bytes", i, sp, len(b.Data))
				}
			}
			end := int32(len(b.Data)) // an item's text and what was written for it after, up to the next item's
			if i+1 < len(b.Items) {
				end = b.Items[i+1].Raw.Start
			}
			if it.Message.Start < it.Raw.Start || it.Message.End > end {
				t.Fatalf("item %d message %v outside its own bytes %d-%d", i, it.Message, it.Raw.Start, end)
			}
			if it.Raw.Len() > max {
				t.Fatalf("item %d raw %d bytes over the cap %d", i, it.Raw.Len(), max)
			}
			if it.Sort < sort || it.Time == 0 && it.Estimate() == 0 {
				t.Fatalf("item %d sort %d after %d, time %d: unsorted or unplaced", i, it.Sort, sort, it.Time)
			}
			sort = it.Sort
			total += bytes.Count(it.Raw.Of(b.Data), []byte("\n")) + 1
		}
		if len(b.Items) == 0 && slices.ContainsFunc(lines, func(l []byte) bool { return !blankLine(bytes.TrimSuffix(l, []byte("\r"))) }) {
			t.Fatal("lines produced no entry") // blank lines alone make none
		}
		if total > len(lines) {
			t.Fatalf("%d lines in entries from %d input lines", total, len(lines))
		}
	})
}

func FuzzAppendJSON(f *testing.F) {
	f.Add("2026-02-16 14:30:01 ERROR x", "x", uint8(FormatLayout))
	f.Add(`{"a":{"b":[1,2]},"msg":"\u001b]0;t\u0007"}`, "\x1b]0;t\x07", uint8(FormatJSON))
	f.Fuzz(func(t *testing.T, raw, msg string, format uint8) {
		e := Entry{Time: 1, Level: Level(format % uint8(NumLevels)), Format: Format(format % uint8(numFormats)),
			Source: "s", Host: msg, Message: msg, Raw: raw}
		v := decodeLine(t, AppendJSON(nil, e))
		if utf8.ValidString(raw) && (v.Raw != raw || v.Raw64 != nil) {
			t.Fatalf("raw %q came back as %q (base64 %q)", raw, v.Raw, v.Raw64)
		}
		if !utf8.ValidString(raw) && string(v.Raw64) != raw {
			t.Fatalf("raw %q came back as base64 %q", raw, v.Raw64)
		}
	})
}

// FuzzJournal feeds journalctl JSON lines, valid and broken, to the journal parser: no panic, and
// every span within the line.
func FuzzJournal(f *testing.F) {
	f.Add([]byte(`{"__CURSOR":"s=1;i=2","__REALTIME_TIMESTAMP":"1772359200000000","PRIORITY":"3","_HOSTNAME":"web1","SYSLOG_IDENTIFIER":"sshd","MESSAGE":"Failed password"}`))
	f.Add([]byte(`{"MESSAGE":[104,105,0,255],"PRIORITY":"9","__REALTIME_TIMESTAMP":"x"}`))
	f.Add([]byte(`{"MESSAGE":null,"_SYSTEMD_UNIT":"nginx.service"}`))
	f.Add([]byte(`{"MESSAGE":"\u001b]0;title\u0007","__REALTIME_TIMESTAMP":"99999999999999999999"}`))
	f.Fuzz(func(t *testing.T, line []byte) {
		var j Journal
		rec, ok := j.Parse(line)
		if !ok {
			return
		}
		// A MESSAGE sent as an array of bytes may be any bytes, so unlike checkRecord this does
		// not ask for valid UTF-8: the output encoder and the screen escape what is not.
		for _, s := range []Span{rec.Host, rec.Message} {
			if s.Start < 0 || s.End < s.Start || int(s.End) > len(line) {
				t.Fatalf("span %v out of bounds of a %d-byte line", s, len(line))
			}
		}
		if int(rec.Level) >= NumLevels || len(rec.Unescaped) > 2*len(line)+16 {
			t.Fatalf("level %d, %d unescaped bytes from %d", rec.Level, len(rec.Unescaped), len(line))
		}
	})
}
