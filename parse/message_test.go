package parse

import "testing"

// Where a line's message starts, past the header's columns: the text a user reads in the view and
// searches, which the tables do not score.
func TestMessageStartsPastTheHeader(t *testing.T) {
	for _, c := range []struct {
		lines []string
		want  string
	}{
		{[]string{"    2026-11-29T07:41:16.562Z [INFO ] client.alloc_runner: task started: task=web"}, "client.alloc_runner: task started: task=web"},
		{[]string{"2026-11-29T07:41:16.562Z [WARN ] agent: check is now critical"}, "agent: check is now critical"},
		{[]string{
			"[CET Nov 29 08:41:16] info     : Starting Monit 5.34.3 daemon",
			"[CET Nov 29 08:41:17] info     : 'web01' Monit 5.34.3 started",
			"[CET Nov 29 08:41:18] error    : 'nginx' process is not running",
			"[CET Nov 29 08:41:19] info     : 'nginx' trying to restart",
		}, "'nginx' trying to restart"},
		{[]string{"2026-12-03 08:26:56 us=730853 Note: --data-ciphers-fallback with cipher 'AES-256-CBC'"}, "--data-ciphers-fallback with cipher 'AES-256-CBC'"},
		// Python's basicConfig layout behind a time: the message starts after the logger's colon,
		// within the word the level opens.
		{[]string{"2026-11-29 07:41:19,100 ERROR:billing.retry:card declined twice"}, "card declined twice"},
		{[]string{"[2026-11-29 07:41:19] INFO:app:user carol logged in"}, "user carol logged in"},
		{[]string{"2026-11-29_07:41:19.51100 WARNING:billing.retry:queue backing up"}, "queue backing up"},
		// SAP's '#'-separated trace: the text column after the severity's and the others, on the
		// first lines and on the learned layout's path alike.
		{[]string{"2026 11 29 07:41:16#+01#ERROR#com.example.Dao##U7#exec-2##shop#web#null#null#shop#could not persist order 4411|"}, "could not persist order 4411|"},
		{[]string{
			"2026 11 29 07:41:16#+01#INFO#com.example.Svc##U7#exec-2##shop#web#null#null#shop#order 1 opened|",
			"2026 11 29 07:41:17#+01#WARNING#com.example.Svc##U7#exec-2##shop#web#null#null#shop#order 2 stale|",
			"2026 11 29 07:41:18#+01#ERROR#com.example.Svc##U7#exec-2##shop#web#null#null#shop#order 3 failed|",
			"2026 11 29 07:41:19#+01#INFO#com.example.Svc##U7#exec-2##shop#web#null#null#shop#order 4 closed|",
		}, "order 4 closed|"},
		// Python's level, a slash and the time in one bracket (Telethon's format), the level padded.
		{[]string{"[ WARNING/2026-11-29 07:41:17,332] telethon.network: Server sent a very old message"}, "telethon.network: Server sent a very old message"},
		{[]string{
			"[    INFO/2026-11-29 07:41:16,332] telethon.network: Connecting",
			"[   DEBUG/2026-11-29 07:41:17,332] telethon.network: Sending request",
			"[    INFO/2026-11-29 07:41:18,332] telethon.network: Connection complete!",
		}, "telethon.network: Connection complete!"},
		// A Ruby hash's message is its message key's.
		{[]string{`{:timestamp=>"2026-11-29T07:41:16+0100", :message=>"pipeline started", :level=>:info}`}, "pipeline started"},
		// Keys in capitals, more than a few of them before the message's.
		{[]string{`PRI=11 SEVERITY=err LEVEL=err HOST=runner-9 MESSAGE="job 42 failed" ISODATE=2026-11-29T07:41:17+00:00`}, "job 42 failed"},
		// Vector's native JSON: the record one object down.
		{[]string{`{"log":{"host":"db-06","message":"slow fsync","timestamp":"2026-11-29T07:41:18Z"}}`}, "slow fsync"},
		// A logger its colon closes, then an access line's dashes: the dash is the access line's,
		// no separator after a thread and a logger.
		{[]string{`2026-11-29 07:41:22,004 [INFO] web.access: 192.0.2.8 - - [29/Nov/2026:07:41:22 +0000] "GET / HTTP/1.1" 200 12`}, `web.access: 192.0.2.8 - - [29/Nov/2026:07:41:22 +0000] "GET / HTTP/1.1" 200 12`},
		{[]string{`2026-11-29 07:41:22,005 [INFO] web.access: - - - [29/Nov/2026:07:41:22 +0000] "GET / HTTP/1.1" 200 12`}, `web.access: - - - [29/Nov/2026:07:41:22 +0000] "GET / HTTP/1.1" 200 12`},
		// Veeam's padded level between bars, the text glued to the closing one; Asterisk's JSON
		// message one object down.
		{[]string{"[22.11.2026 10:15:03.120] <140234695559936> lpbcore  | ERR |Failed to create volume snapshot."}, "Failed to create volume snapshot."},
		{[]string{`{"hostname":"pbx-9","timestamp":"Nov 22 10:15:04","logmsg":{"level":"ERROR","message":"trunk down"}}`}, "trunk down"},
		// A level field between bars with the text glued after its bar: the text's first word is
		// the message's, on the first line and on the lines read at the place learned from it.
		{[]string{"2026-11-29 10:00:00|db-primary|postgres|ERROR|connection lost to replica"}, "connection lost to replica"},
		{[]string{
			"2026-11-29 10:00:00|db-primary|postgres|INFO|checkpoint starting: time",
			"2026-11-29 10:00:01|db-primary|postgres|INFO|checkpoint complete: wrote 12 buffers",
			"2026-11-29 10:00:02|db-primary|postgres|WARN|archive command failed",
			"2026-11-29 10:00:03|db-primary|postgres|INFO|archive command retried",
			"2026-11-29 10:00:04|db-primary|postgres|ERROR|connection lost to replica",
		}, "connection lost to replica"},
		{[]string{
			"2026-11-29 10:00:00 vmb | INFO|Job started",
			"2026-11-29 10:00:01 vmb | INFO|Disk 1 processed",
			"2026-11-29 10:00:02 vmb | WARN|Failed to open disk 2",
			"2026-11-29 10:00:03 vmb | INFO|Disk 3 processed",
			"2026-11-29 10:00:04 vmb | WARN|Failed to truncate logs",
		}, "Failed to truncate logs"},
	} {
		p := NewParser(fixedNow)
		var rec Record
		var last []byte
		for _, l := range c.lines {
			last = []byte(l)
			rec = p.Parse(last)
		}
		if got := string(rec.Message.Of(last)); got != c.want {
			t.Errorf("%s\n\tmessage %q, want %q", last, got, c.want)
		}
	}
}
