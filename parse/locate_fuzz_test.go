package parse

import (
	"bytes"
	"testing"
)

// FuzzLocate checks the locator on any input: a time it reports lies inside the line and the
// plausibility window, and reading the same bytes at its start finds the same time.
func FuzzLocate(f *testing.F) {
	for _, l := range []string{
		"[1] 2026/11/29 07:19:40.624334 [INF] x", "261129 074116 148 INFO x", "Sat Nov 29 07:41:16 CET 2026",
		"type=SYSCALL msg=audit(1764401476.588:4686): x", "Nov 29, 2026 7:41:16 PM x", "29/Nov/2026:07:41:16 +0100",
		"11-29 07:41:16.811  1 2 D T: x", "2026-11-29 07:41:16 UTC+14 x", "1764401476123 x",
		"[NOTICE] 332/074116 (1) : x", "[4120:1:1129/074116.123456:INFO:x.cc(1)] y", " 4120:20261129:074116.123 x", "#1795938076",
		"[CET Nov 29 08:41:16] info : x", "- 1764401476 2025.11.29 R1-M0 2025-11-28-23.31.16.123456 R1-M0 RAS KERNEL INFO x",
		"11/29-07:41:16.123456  [**] x", "(2026-11-29  7:41:16:123456): x", "20171223-22:15:35:11|Step|1|x",
	} {
		f.Add([]byte(l))
	}
	now := locateNow.UnixNano()
	f.Fuzz(func(t *testing.T, line []byte) {
		s, ok := locate(line, now, &wallClock{})
		if !ok || s.kind == stampColumnEpoch {
			return // a middle column's epoch is a candidate the Parser weighs, not a stamp to read again
		}
		if s.start < 0 || s.end <= s.start || s.end > len(line) || s.start >= locateWindow {
			t.Fatalf("stamp [%d,%d) outside a %d-byte line", s.start, s.end, len(line))
		}
		if s.t == 0 && s.kind == stampClock {
			return // a source's first clock at 00:00:00 counts from its program's start: no time of the line (see wallClock.sinceStart)
		}
		if s.t > now+yearsAhead || !plausible(s.t, now) && s.kind != stampDate {
			t.Fatalf("implausible time %d", s.t)
		}
		again, ok := stampAt(line, s.start, now, &wallClock{})
		if !ok || again.t != s.t || again.end != s.end {
			t.Fatalf("stampAt at %d disagrees: %v %+v, locate %+v", s.start, ok, again, s)
		}
	})
}

// FuzzLearnedLayout feeds the lines of one input through one Parser, so that what it learned from
// earlier lines is used on later ones, and checks every record.
func FuzzLearnedLayout(f *testing.F) {
	f.Add([]byte("11-29 07:41:16.811  1702  2395 D Tag: x\n11-29 07:41:17.000  1702  2395 E Tag: y\nplain\n"))
	f.Add([]byte("Nov 29 2026 07:41:16 fw01 : %ASA-6-302013: a\nNov 29 2026 07:41:17 fw01 : %ASA-3-1: b\n"))
	f.Add([]byte("[2026/11/29 07:41:16.123456,  0] a.c:1(f)\n  text\n[2026/11/29 07:41:17.004112,  3] b.c:2(g)\n"))
	f.Add([]byte("<![LOG[x]LOG]!><time=\"08:41:16.123-060\" date=\"11-29-2026\" component=\"c\" type=\"2\">\n"))
	f.Fuzz(func(t *testing.T, text []byte) {
		p := NewParser(fixedNow)
		for _, line := range bytes.Split(text, []byte("\n")) {
			checkRecord(t, line, p.Parse(line))
		}
	})
}
