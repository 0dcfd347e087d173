package parse

import "testing"

func TestClockOpeningMatchesLinesOfOneLayout(t *testing.T) {
	alike := [][2]string{
		{"Nov 29 07:41:16 db1 cron[7]: (root) CMD (run-parts)", "Dec  1 23:05:09 gateway-02 sshd[4411]: Accepted publickey"},
		{"<38>Nov 29 07:41:16 db1 sshd[7]: x", "<6>Nov 29 07:41:17 web-3 kernel: y"},
		{"10.0.0.7 - - [29/Nov/2026:07:41:16 +0000] \"GET / HTTP/1.1\"", "192.168.100.254 - - [30/Nov/2026:17:01:59 +0000] \"POST"},
		{"2026-11-29 07:41:16,123 INFO main: up", "2026-11-29 17:01:59,999 ERROR worker: down"},
	}
	for _, c := range alike {
		a, b := clockOpening([]byte(c[0])), clockOpening([]byte(c[1]))
		if a == 0 || a != b {
			t.Errorf("%q and %q open differently: %x, %x", c[0], c[1], a, b)
		}
	}
	unlike := [][2]string{
		{"2026-11-29 07:41:16,123 INFO main: up", "2026-11-29T07:41:16.123Z INFO main: up"},
		{"Nov 29 07:41:16 db1 cron[7]: x", "29 Nov 07:41:16 db1 cron[7]: x"},
		{"[2026-11-29 07:41:16] app.INFO: x", "2026-11-29 07:41:16 app.INFO: x"},
	}
	for _, c := range unlike {
		if a, b := clockOpening([]byte(c[0])), clockOpening([]byte(c[1])); a == b {
			t.Errorf("%q and %q open alike: %x", c[0], c[1], a)
		}
	}
	for _, line := range []string{"", "at com.example.App.run(App.java:42)", "Traceback (most recent call last):", "  File \"/app/x.py\", line 7, in <module>",
		"took 12:30 minutes", "                                                                  07:41:16 too far in"} {
		if got := clockOpening([]byte(line)); got != 0 {
			t.Errorf("%q has no clock, got opening %x", line, got)
		}
	}
}

// A line that opens as its record did is read as the next record, except where a timed line
// goes on with the one before: a traceback under svlogd's stamps, ESXi's "-->" lines, CockroachDB's "+" lines.
func TestLinesOpeningAlikeStillJoinTheirTimedContinuations(t *testing.T) {
	cases := []struct {
		name  string
		lines []string
		want  int
	}{
		{"records", []string{
			"2026-11-29 07:41:16,123 ERROR worker: failed",
			"2026-11-29 07:41:16,124 INFO worker: retrying",
			"2026-11-29 07:41:17,001 WARN worker: slow"}, 3},
		{"traceback under svlogd's stamps", []string{
			"2026-11-30_09:12:01.00000 Traceback (most recent call last):",
			`2026-11-30_09:12:01.00001   File "/opt/billing/run.py", line 12, in <module>`,
			"2026-11-30_09:12:01.00002 ZeroDivisionError: division by zero",
			"2026-11-30_09:12:02.00000 billing restarted"}, 2},
		{"ESXi's marked lines", []string{
			"2026-11-30T09:12:01.402Z Er(163)+ Hostd[2099]: Task failed for vm-42:",
			"2026-11-30T09:12:01.402Z Er(163)+ Hostd[2099]: --> reason = device busy",
			"2026-11-30T09:12:02.118Z In(166) Hostd[2099]: Task completed for vm-43"}, 2},
		{"CockroachDB's '+' lines", []string{
			"I261130 09:12:01.204512 74 1@cli/start.go:1182 ⋮ [T1,n1] 31  node starting",
			"I261130 09:12:01.204512 74 1@cli/start.go:1182 ⋮ [T1,n1] 31 +build:     v25.3.2",
			"I261130 09:12:01.204512 74 1@cli/start.go:1182 ⋮ [T1,n1] 31 +store[0]:  path=/data",
			"I261130 09:12:02.000100 80 1@server/node.go:533 ⋮ [T1,n1] 32  node ready"}, 2},
	}
	for _, c := range cases {
		s := NewStream("src", StreamOptions{Now: fixedNow})
		b := &Batch{}
		var off int64
		for _, l := range c.lines {
			s.Line([]byte(l), off, false, b)
			off += int64(len(l)) + 1
		}
		s.Flush(b)
		if len(b.Items) != c.want {
			t.Errorf("%s: %d entries, want %d", c.name, len(b.Items), c.want)
		}
	}
}
