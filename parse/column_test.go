package parse

import (
	"fmt"
	"strings"
	"testing"
)

// The learned level column (column.go), driven through a Stream as a tailer feeds it. Every line
// below is written for this test in the shape of the layout it names; none is taken from a table.
func TestLevelColumn(t *testing.T) {
	U, D, I, N, W, E, C := Unknown, Debug, Info, Notice, Warn, Error, Critical
	cases := []struct {
		name  string
		why   string
		lines []string
		want  []Level
	}{
		{
			name: "lower-case letter after the time, behind bracketed ids",
			why:  "SAP HANA's trace: the letter column is learned from the lines, the first record is read again once it is",
			lines: []string{
				"[812]{-1}[-1/-1] 2026-03-02 10:15:00.000100 i Backup  BackupMgr.cpp(00311) : backup of volume 3 started",
				"[812]{77}[12/-1] 2026-03-02 10:15:01.000200 w Backup  BackupMgr.cpp(00522) : slow write to /backup/data",
				"[901]{77}[12/-1] 2026-03-02 10:15:02.000300 e Backup  BackupMgr.cpp(00610) : write to /backup/data failed",
				"[812]{-1}[-1/-1] 2026-03-02 10:15:03.000400 d Backup  BackupMgr.cpp(00700) : queue length 4",
				"[812]{-1}[-1/-1] 2026-03-02 10:15:04.000500 f Backup  BackupMgr.cpp(00801) : catalog lost",
			},
			want: []Level{I, W, E, D, C},
		},
		{
			name: "short level words after a module",
			why:  "a firewall's event list: notif is its own short spelling, beside crit and warn",
			lines: []string{
				"2026-03-02 10:15:04 system notif 00002 Admin user root logged out via SSH from 10.1.2.3:50122.",
				"2026-03-02 10:15:03 system crit  00045 Power supply 2 lost input.",
				"2026-03-02 10:15:02 ike    info  00536 Phase 2 msg ID 7f: completed negotiations.",
				"2026-03-02 10:15:01 system crit  00031 ARP detected an address conflict on ethernet0/2.",
				"2026-03-02 10:15:00 system warn  00515 Admin user root logged on via SSH from 10.1.2.3:50122.",
			},
			want: []Level{N, C, I, C, W},
		},
		{
			name: "upper-case letter after the thread and a padded name",
			why:  "WebSphere's SystemOut: A is an audit event (notice), O is text written to System.out (no level)",
			lines: []string{
				"[3/2/26 10:15:00:100 UTC] 00000021 Scheduler     I   SCHD0031I: The scheduler service is starting.",
				"[3/2/26 10:15:00:200 UTC] 00000021 Scheduler     A   SCHD0078I: The scheduler service has started.",
				"[3/2/26 10:15:01:300 UTC] 0000003c SystemOut     O   polling queue billing",
				"[3/2/26 10:15:02:400 UTC] 0000003c PoolManager   W   J2CA0075W: A connection is not available.",
			},
			want: []Level{I, N, U, W},
		},
		{
			name: "assertion letter in Android's alphabet",
			why:  "Android Studio's logcat: A is an assertion (Log.wtf, a native abort), as fatal as F",
			lines: []string{
				"2026-03-02 10:15:00.100  4120-4120  Launcher    com.example.home   D  bind 12 icons",
				"2026-03-02 10:15:00.200  4120-4131  Launcher    com.example.home   I  workspace loaded",
				"2026-03-02 10:15:01.300  4120-4131  Sync        com.example.home   W  retry in 30s",
				"2026-03-02 10:15:02.400  4120-4131  libc        com.example.home   A  Fatal signal 6 (SIGABRT)",
			},
			want: []Level{D, I, W, C},
		},
		{
			name: "capital letter between colons, glued to the clock",
			why:  "a switch's event log: with an N for notice in the alphabet, A is an alert, not an audit event",
			lines: []string{
				"Mar  2 10:15:00:I:System: Interface ethernet 1/1/3, state up",
				"Mar  2 10:15:01:N:Security: startup-config was changed by admin",
				"Mar  2 10:15:02:W:System: Temperature 71 C degrees, warning level 70 C degrees",
				"Mar  2 10:15:03:A:System: Power supply 2 failed",
				"Mar  2 10:15:04:E:System: Fan 3 stopped",
			},
			want: []Level{I, N, W, Alert, E},
		},
		{
			name: "thread ids that spell Python's levels",
			why:  "log4net's [%thread]: a bracketed number never replaces the level a line writes",
			lines: []string{
				"2026-03-02 10:15:00,100 [20] INFO  App - started",
				"2026-03-02 10:15:01,200 [40] INFO  App - listening",
				"2026-03-02 10:15:02,300 [20] ERROR App - request failed",
				"2026-03-02 10:15:03,400 [30] DEBUG App - pool size 4",
			},
			want: []Level{I, I, E, D},
		},
		{
			name: "an IPv6 address's one-letter groups",
			why:  "a letter between colons counts only right after a clock's seconds",
			lines: []string{
				"2026-03-02 10:15:00 peer 2001:DB8::1:D:1 up",
				"2026-03-02 10:15:01 peer 2001:DB8::1:W:2 up",
				"2026-03-02 10:15:02 peer 2001:DB8::1:I:3 up",
				"2026-03-02 10:15:03 peer 2001:DB8::1:E:4 up",
				"2026-03-02 10:15:04 peer 2001:DB8::1:E:5 up",
			},
			want: []Level{U, U, U, U, U},
		},
		{
			name: "drive letters between colons",
			why:  "a backup tool's paths: a letter between colons counts only glued to the clock",
			lines: []string{
				"2026-03-02 10:15:00 Scanning: E:\\Backup",
				"2026-03-02 10:15:01 Scanning: D:\\Data",
				"2026-03-02 10:15:02 Scanning: E:\\Backup\\old",
				"2026-03-02 10:15:03 Scanning: D:\\Data\\new",
				"2026-03-02 10:15:04 Scanning: C:\\Users",
			},
			want: []Level{U, U, U, U, U},
		},
		{
			name: "Python level numbers in brackets, after a bracketed pid column",
			why:  "logging's %(levelno)s: 10 to 50; the pid column's numbers are off that scale, so it is none",
			lines: []string{
				"2026-03-02 10:15:00,100 [20] [4120] web.auth: user admin logged in",
				"2026-03-02 10:15:01,200 [10] [4120] web.auth: session 3f1c created",
				"2026-03-02 10:15:02,300 [30] [4131] web.jobs: job discovery took 41.2 seconds",
				"2026-03-02 10:15:03,400 [40] [4131] web.jobs: job discovery failed",
			},
			want: []Level{I, D, W, E},
		},
		{
			name: "trace level between tabs, among columns with blanks of their own",
			why:  "SharePoint's ULS: process, area and category names hold blanks, so only the tab counts columns",
			lines: []string{
				"03/02/2026 10:15:00.10 \tw3wp.exe (0x0A1C)     \t0x0B10\tSharePoint Foundation   \tGeneral       \t8nca\tMedium  \tApplication error when access /sites/hr",
				"03/02/2026 10:15:01.20 \tOWSTIMER.EXE (0x0C2D) \t0x0C44\tSharePoint Server       \tUser Profiles \tb4ly\tVerbose \tSync pass started",
				"03/02/2026 10:15:02.30 \tw3wp.exe (0x0A1C)     \t0x0B10\tSharePoint Foundation   \tRuntime       \ttkau\tUnexpected\tSystem.IO.IOException: disk full",
				"03/02/2026 10:15:03.40 \tw3wp.exe (0x0A1C)     \t0x0B12\tSharePoint Server Search\tCrawler       \te5bn\tMonitorable\tCrawl took 41 s",
			},
			want: []Level{I, D, E, W},
		},
		{
			name: "word between pipes behind a constant component column",
			why:  "an agent that names its component (PROC) before the level: the component never changes, so it is no level",
			lines: []string{
				"2026-03-02 10:15:00 UTC | PROC | INFO | (collector/run.go:88 in loop) | collected 41 checks",
				"2026-03-02 10:15:01 UTC | PROC | WARN | (collector/run.go:97 in loop) | check disk took 3.2s",
				"2026-03-02 10:15:02 UTC | PROC | DEBUG | (collector/run.go:40 in send) | sent 12 payloads",
			},
			want: []Level{I, W, D},
		},
		{
			name: "syslog.h names between pipes, glued to no blank",
			why:  "a network OS's event log: LOG_ERR is syslog.h's name of an error",
			lines: []string{
				"2026-03-02:10:15:00.100000|portd|812|LOG_INFO|EVT|1/1|port 1/1/3 is up",
				"2026-03-02:10:15:01.100000|portd|812|LOG_ERR|EVT|1/1|port 1/1/4 flapping",
				"2026-03-02:10:15:02.100000|fand|640|LOG_WARN|EVT|1/1|fan 2 slow",
			},
			want: []Level{I, E, W},
		},
		{
			name: "level word padded at the start of a bracket of pipe fields",
			why:  "a toolstack's syslog lines: the pipe fields open with the level, padded to five",
			lines: []string{
				"Mar  2 10:15:00 hv01 toolstack: [ info||81 |task.create R:a1b2|api] task 81 created",
				"Mar  2 10:15:01 hv01 toolstack: [debug||82 |events D:c3d4|xenops] event for vm 7",
				"Mar  2 10:15:02 hv01 toolstack: [error||83 |task.run R:a1b2|api] task 81 failed",
			},
			want: []Level{I, D, E},
		},
		{
			name: "level between colons after the component",
			why:  "an NFS server's ` :COMPONENT :LEVEL :msg`: the colon column holds EVENT, WARN, INFO",
			lines: []string{
				"02/03/2026 10:15:00 : epoch 5f00aa01 : nas1 : nfsd-90[main] init_config :CONFIG :WARN :no export found",
				"02/03/2026 10:15:01 : epoch 5f00aa01 : nas1 : nfsd-90[main] start_grace :STATE :EVENT :grace period started",
				"02/03/2026 10:15:02 : epoch 5f00aa01 : nas1 : nfsd-90[svc_3] op_open :NFS4 :INFO :open of /srv/a granted",
			},
			want: []Level{W, N, I},
		},
		{
			name: "syslog digit glued to a tag",
			why:  "a TLS proxy writes LOGn[connection]: with n a syslog severity",
			lines: []string{
				"2026.03.02 10:15:00 LOG5[main]: proxy 6.1 starting",
				"2026.03.02 10:15:01 LOG6[3]: connection from 192.0.2.8:4400 accepted",
				"2026.03.02 10:15:02 LOG3[3]: handshake failed: wrong version number",
			},
			want: []Level{N, I, E},
		},
		{
			name: "syslog digit between a module and its mnemonic",
			why:  "a switch's MODULE/n/MNEMONIC: after its time and device name",
			lines: []string{
				"%Mar  2 10:15:00:100 2026 sw7 LLDP/6/NEIGHBOR_ADD: neighbor added on port 4.",
				"%Mar  2 10:15:01:200 2026 sw7 IFNET/3/PHY_DOWN: port 9 went down.",
				"%Mar  2 10:15:02:300 2026 sw7 LLDP/6/NEIGHBOR_DEL: neighbor removed on port 4.",
			},
			want: []Level{I, E, I},
		},
		{
			name: "type word in a blank-separated table",
			why:  "a listing whose second column is the event type: Normal is info, Warning a warning",
			lines: []string{
				"5m     Normal    Started     job/backup-28    Started container backup",
				"4m     Warning   Failed      job/backup-28    Error response from registry",
				"2m     Normal    Completed   job/backup-28    Job completed",
			},
			want: []Level{I, W, I},
		},
		{
			name: "one-letter words of prose are no column",
			why:  "'I' and 'a' at the same place in sentences: the column would need a tag-free header",
			lines: []string{
				"2026-03-02 10:15:00 worker: I restarted the queue after a stall",
				"2026-03-02 10:15:01 worker: I saw a backlog of 40 jobs",
				"2026-03-02 10:15:02 worker: a retry is scheduled for job 12",
			},
			want: []Level{U, U, U},
		},
		{
			name: "sentences that begin with one-letter words",
			why:  "a text file of prose: two sentences in a row open with I and A, the third with a word",
			lines: []string{
				"I moved the backups to the new volume on Monday.",
				"A copy of the old catalog stays in /srv/old until March.",
				"Questions go to the storage channel.",
			},
			want: []Level{U, U, U},
		},
		{
			name: "a letter that never changes is no level",
			why:  "a stream's partial-line flag F on every line is a constant column, not a fatal level",
			lines: []string{
				"2026-03-02T10:15:00.000000001Z stdout F listening on port 8080",
				"2026-03-02T10:15:01.000000001Z stdout F accepted connection from 10.0.0.7",
				"2026-03-02T10:15:02.000000001Z stdout F request served in 4 ms",
			},
			want: []Level{U, U, U},
		},
		{
			name: "a column the later lines stop holding is given up",
			why:  "after four lettered lines, lines of another layout: the column is not read into them, nor into a lettered line after them",
			lines: []string{
				"2026-03-02 10:15:00.100 i Net  Channel.cpp(10) : opened",
				"2026-03-02 10:15:01.100 w Net  Channel.cpp(20) : slow peer",
				"2026-03-02 10:15:01.200 e Net  Channel.cpp(25) : peer lost",
				"2026-03-02 10:15:01.300 i Net  Channel.cpp(26) : reconnecting",
				"2026-03-02 10:15:02.100 job 12 is done in 4 s",
				"2026-03-02 10:15:03.100 job 13 is queued for later",
				"2026-03-02 10:15:04.100 e Net  Channel.cpp(30) : closed",
			},
			want: []Level{I, W, E, I, U, U, U},
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := feed(t, StreamOptions{}, strings.Join(c.lines, "\n")+"\n")
			if len(got) != len(c.want) {
				t.Fatalf("%d entries, want %d", len(got), len(c.want))
			}
			for i, e := range got {
				if e.Level != c.want[i] {
					t.Errorf("line %d: level %v, want %v\n\tline: %s\n\twhy:  %s", i, e.Level, c.want[i], c.lines[i], c.why)
				}
			}
		})
	}
}

// The spellings of known mechanisms: slog-term's four-letter DEBG, a prio pair, lager's numbers.
func TestLevelSpellings(t *testing.T) {
	p := NewParser(fixedNow)
	for _, c := range []struct {
		line string
		want Level
	}{
		{"Mar 02 10:15:00.100 DEBG cache warmed, entries: 40", Debug},
		{`Mar  2 10:15:00 ns2 resolver[41]: msg="zone reloaded" level="0" prio="Warning" tid="1"`, Warn},
		{`Mar  2 10:15:00 ns2 resolver[41]: msg="zone reloaded" prio="Error"`, Error},
		{`{"timestamp":"1772446500.1","source":"cell","message":"cell.start","log_level":1}`, Info},
		{`{"timestamp":"1772446500.1","source":"cell","message":"cell.lost","log_level":2}`, Error},
		{`{"timestamp":"1772446500.1","source":"cell","message":"cell.dead","log_level":3}`, Critical},
		{`{"timestamp":"1772446500.1","source":"cell","message":"cell.dbg","log_level":0}`, Debug},
	} {
		if got := p.Parse([]byte(c.line)).Level; got != c.want {
			t.Errorf("%s: level %v, want %v", c.line, got, c.want)
		}
	}
}

// A column learned over a long run is given up when the layout changes, and no new one is taken
// after the fitting lines: letters that come back at its place are not read.
func TestLevelColumnLayoutChange(t *testing.T) {
	var sb strings.Builder
	letters := "iwe"
	for i := 0; i < 100; i++ {
		fmt.Fprintf(&sb, "2026-03-02 10:%02d:%02d.000100 %c Pool  Pool.cpp(%05d) : tick %d\n", i/60, i%60, letters[i%3], i, i)
	}
	for i := 0; i < 20; i++ {
		fmt.Fprintf(&sb, "2026-03-02 11:00:%02d.000100 pool tick %d done\n", i, i)
	}
	for i := 0; i < 3; i++ {
		fmt.Fprintf(&sb, "2026-03-02 11:01:%02d.000100 %c Pool  Pool.cpp(%05d) : tick\n", i, letters[i%3], i)
	}
	got := feed(t, StreamOptions{}, sb.String())
	if len(got) != 123 {
		t.Fatalf("%d entries, want 123", len(got))
	}
	if got[0].Level != Info || got[1].Level != Warn || got[99].Level != Info {
		t.Errorf("levels of the lettered run: %v %v %v, want info warn info", got[0].Level, got[1].Level, got[99].Level)
	}
	for i := 120; i < 123; i++ {
		if got[i].Level != Unknown {
			t.Errorf("entry %d after the layout changed: level %v, want unknown\n\tline: %s", i, got[i].Level, got[i].Raw)
		}
	}
}

// A learned column survives another program's lines among the source's, however long the source:
// a trace viewer's export writes its control messages, with no level, between the applications'
// logged ones, one in five here (more than the one in eight that first learning allows).
func TestLevelColumnAmongOtherLines(t *testing.T) {
	var sb strings.Builder
	words := []string{"info", "debug", "warn", "error"}
	for i := 0; i < 300; i++ {
		if i%5 == 4 {
			fmt.Fprintf(&sb, "%d 2026/03/02 10:%02d:%02d.000100 %d.1 0 ECU1 DA1 DC1 0 control response N 2 [ok]\n", i, i/60, i%60, i)
			continue
		}
		fmt.Fprintf(&sb, "%d 2026/03/02 10:%02d:%02d.000100 %d.1 12 ECU1 APP CTX 41 log %s V 1 step %d\n", i, i/60, i%60, i, words[i%4], i)
	}
	got := feed(t, StreamOptions{}, sb.String())
	if len(got) != 300 {
		t.Fatalf("%d entries, want 300", len(got))
	}
	for i, e := range got {
		want := Unknown
		if i%5 != 4 {
			want, _ = ParseLevel([]byte(words[i%4]))
		}
		if i >= 20 && e.Level != want {
			t.Fatalf("entry %d: level %v, want %v\n\tline: %s", i, e.Level, want, e.Raw)
		}
	}
}

// A column is learned from a source whose every fourth line is another program's from its start,
// is kept through a burst of ten lines without it after a long run, and after a change of layout
// past the fitting lines the new layout's column is learned in its turn.
func TestLevelColumnLongSources(t *testing.T) {
	letters := "iwe"
	var mixed strings.Builder
	for i := 1; i <= 120; i++ {
		if i%4 == 0 {
			fmt.Fprintf(&mixed, "2026-03-02 10:%02d:%02d.123 cron[77]: job ran for user bob\n", i/60, i%60)
			continue
		}
		fmt.Fprintf(&mixed, "2026-03-02 10:%02d:%02d.123 4567 main %c step %d done\n", i/60, i%60, letters[i%3], i)
	}
	got := feed(t, StreamOptions{}, mixed.String())
	for i := 40; i < len(got); i++ {
		if (i+1)%4 != 0 && got[i].Level == Unknown {
			t.Fatalf("one line in four another program's: entry %d has no level\n\tline: %s", i, got[i].Raw)
		}
	}

	var burst strings.Builder
	for i := 0; i < 150; i++ {
		fmt.Fprintf(&burst, "2026-03-02 10:%02d:%02d.123 4567 main %c step %d done\n", i/60, i%60, letters[i%3], i)
	}
	for i := 0; i < 10; i++ {
		fmt.Fprintf(&burst, "2026-03-02 11:00:%02d.123 4567 link reconnecting, attempt %d\n", i, i)
	}
	for i := 0; i < 30; i++ {
		fmt.Fprintf(&burst, "2026-03-02 11:01:%02d.123 4567 main %c step %d done\n", i, letters[i%3], i)
	}
	got = feed(t, StreamOptions{}, burst.String())
	for _, e := range got[160:] {
		if e.Level == Unknown {
			t.Fatalf("after a burst of ten other lines: no level\n\tline: %s", e.Raw)
		}
	}

	var change strings.Builder
	for i := 0; i < 100; i++ {
		fmt.Fprintf(&change, "2026-03-02 10:%02d:%02d.123 4567 main %c step %d done\n", i/60, i%60, letters[i%3], i)
	}
	for i := 0; i < 100; i++ {
		fmt.Fprintf(&change, "2026-03-02 11:%02d:%02d.123 4567 main-v2 worker-%d %c step %d done\n", i/60, i%60, i%4, letters[i%3], i)
	}
	got = feed(t, StreamOptions{}, change.String())
	for _, e := range got[150:] {
		if e.Level == Unknown {
			t.Fatalf("after a change of layout: no level on the new layout's lines\n\tline: %s", e.Raw)
		}
	}
}

// columnValue reads the values a level column holds, and nothing else.
func TestColumnValue(t *testing.T) {
	for _, c := range []struct {
		field string
		sep   byte
		want  Level
		ok    bool
	}{
		{"i", ' ', Info, true},
		{"M", ' ', Critical, true},
		{"O", ' ', Unknown, true},
		{"x", ' ', Unknown, false},
		{"a", ' ', Unknown, false},
		{"info:", ' ', Info, true},
		{"not", ' ', Unknown, false},
		{"LOG_ERR", '|', Error, true},
		{"Normal", ' ', Info, true},
		{"EVENT", ':', Notice, true},
		{"Error", ':', Unknown, false},
		{"W", ':', Warn, true},
		{"e", ':', Unknown, false},
		{"LOG7[12]:", ' ', Debug, true},
		{"%%10IFNET/3/PHY_UPDOWN(l):", ' ', Error, true},
		{"STP/4/TC_DETECTED:", ' ', Warn, true},
		{"a/1/b:", ' ', Unknown, false},
		{"2026/11/29", ' ', Unknown, false},
		{"InFo", '|', Unknown, false},
		{"[30]", ' ', Warn, true},
		{"E>", ' ', Error, true},
		{"x>", ' ', Unknown, false},
		{"MAJOR:", ' ', Error, true},
		{"Major", ' ', Error, true},
		{"Major", ':', Unknown, false},
		{"high", ' ', Error, true},
		{"MSG", ' ', Info, true},
		{"msg", ' ', Unknown, false},
		{"MEDIUM", ' ', Warn, true},
		{"low", ' ', Notice, true},
		{"Medium", '\t', Info, true},
		{"High", ' ', Unknown, false},
		{"minor", ' ', Unknown, false},
		{"[35]", ' ', Unknown, false},
		{"30", ' ', Unknown, false},
		{"(W)", ' ', Warn, true},
		{"message", ' ', Unknown, false},
		{"message", columnWord, Notice, true},
		{"STATUS", ' ', Info, true},
		{"CONNECT", ' ', Info, true},
		{"Auth:", ' ', Notice, true},
		{"WDIAG", ' ', Warn, true},
		{"EDIAG", ' ', Error, true},
		{"Assert:", ' ', Critical, true},
		{"connect", ' ', Unknown, false},
		{"MESSAGE", ':', Notice, true},
		{"<C>2026-11-29", ' ', Critical, true},
		{"[S][4131][29", ' ', Unknown, false},
		{"[W][4131][29", ' ', Warn, true},
		{"S", ' ', Unknown, false},
		{"(x)", ' ', Unknown, false},
		{"(W)arning", ' ', Unknown, false},
		{"(W)", '|', Unknown, false},
	} {
		lvl, _, ok := columnValue([]byte(c.field), c.sep)
		if lvl != c.want || ok != c.ok {
			t.Errorf("columnValue(%q, %q) = %v, %v; want %v, %v", c.field, c.sep, lvl, ok, c.want, c.ok)
		}
	}
}

// TestColumnNeedsRoutineLevels: a column of letters that only ever spell severe levels (a gender
// column's M and F) is not a level column.
func TestColumnNeedsRoutineLevels(t *testing.T) {
	s := NewStream("people.log", StreamOptions{})
	var b Batch
	for i := range 40 {
		sex := "M"
		if i%3 == 0 {
			sex = "F"
		}
		s.Line(fmt.Appendf(nil, "2026-11-29 07:41:%02d | member %04d | %s | signed up from the web form", i, i, sex), int64(i*80), false, &b)
	}
	s.Flush(&b)
	for i := range b.Items {
		if e := b.Entry(i); e.Level != Unknown {
			t.Fatalf("entry %q has level %v", e.Raw, e.Level)
		}
	}
}

// TestColumnOfPriorities: a column of a task's priority (high, medium, low, normal) holds no
// logger's own level word, so it is no level column; a firewall's severity column beside
// informational is one.
func TestColumnOfPriorities(t *testing.T) {
	for _, c := range []struct {
		words []string
		want  bool
	}{
		{[]string{"high", "low", "normal", "low", "high", "normal"}, false},
		{[]string{"high", "medium", "low", "medium", "high", "low"}, false},
		{[]string{"informational", "medium", "high", "low", "informational", "medium"}, true},
	} {
		s := NewStream("jobs.log", StreamOptions{})
		var b Batch
		for i := range 30 {
			s.Line(fmt.Appendf(nil, "2026/11/29 07:41:%02d %-13s job-%04d queued by the scheduler", i, c.words[i%len(c.words)], i), int64(i*80), false, &b)
		}
		s.Flush(&b)
		leveled := 0
		for i := range b.Items {
			if b.Entry(i).Level != Unknown {
				leveled++
			}
		}
		if got := leveled == len(b.Items); got != c.want || !c.want && leveled > 0 {
			t.Errorf("%v: %d of %d entries with a level, want all: %v", c.words, leveled, len(b.Items), c.want)
		}
	}
}

// TestColumnOfOtherLetters: columns whose letters spell levels now and then, but are something
// else (a result W/D/L, a compass point, a boolean, prose that begins with "I" or a level word),
// give no level, not even on the lines read before the column was ruled out.
func TestColumnOfOtherLetters(t *testing.T) {
	cases := map[string]func(i int) string{
		"results": func(i int) string {
			return fmt.Sprintf("2026-11-%02d | Rovers | %c | %d-%d", i%28+1, "WDLWWDL"[i%7], i%4, i%3)
		},
		"wind": func(i int) string {
			return fmt.Sprintf("2026-11-29 07:%02d:00 station %d wind %c %d km/h", i%60, i, "NEWSNNEW"[i%8], 10+i%30)
		},
		"booleans": func(i int) string {
			return fmt.Sprintf("2026-11-29 07:41:%02d | sensor %d | %c | ok", i%60, i, "TF"[i%2])
		},
		"chat": func(i int) string {
			return fmt.Sprintf("[2026-11-29 07:41:%02d] <ann> %s", i%60, []string{"I agree", "Debug it later", "I see", "Error on my side", "I think so"}[i%5])
		},
	}
	for name, line := range cases {
		s := NewStream(name, StreamOptions{})
		var b Batch
		for i := range 60 {
			s.Line([]byte(line(i)), int64(i*80), false, &b)
		}
		s.Flush(&b)
		for i := range b.Items {
			if e := b.Entry(i); e.Level != Unknown {
				t.Errorf("%s: entry %q has level %v", name, e.Raw, e.Level)
				break
			}
		}
	}
}

// TestColumnOfWrappedLetters: a one-letter level in parentheses, angle brackets or brackets that
// opens the line is a column like a bare one. An S (a test's success, java.util.logging's SEVERE)
// is no letter of a level column's, so the column is none and no letter is read (F5's restjavad,
// whose sequence number in brackets comes between its initial and its time, is read by a rule of
// its own: see julInitial). Further in,
// wrapped letters (an outline's, a modem's directions) are no column, and a level the line writes
// after them stands.
func TestColumnOfWrappedLetters(t *testing.T) {
	for _, c := range []struct {
		name    string
		line    func(i int) string
		letters string
		want    []Level // per letter of letters, in order
	}{
		{"success and failure", func(i int) string {
			return fmt.Sprintf("[%c][29 Nov 2026 07:41:%02d UTC] test %d of run %d", "ISFWIS"[i%6], i%60, i, 4100+i)
		}, "ISFW", []Level{Unknown, Unknown, Unknown, Unknown}},
		{"qt", func(i int) string {
			return fmt.Sprintf("<%c>2026-11-29 07:41:%02d.344 1 => session %d", "WWDCFW"[i%6], i%60, i)
		}, "WDCF", []Level{Warn, Debug, Critical, Critical}},
		{"parens", func(i int) string {
			return fmt.Sprintf("(%c) 2026-11-29T07:41:%02d - torrent %d checked", "IIWC"[i%4], i%60, i)
		}, "IWC", []Level{Info, Warn, Critical}},
	} {
		for _, e := range streamLines(c.name, 30, c.line) {
			letter := e.Raw[1]
			want := c.want[strings.IndexByte(c.letters, letter)]
			if e.Level != want {
				t.Errorf("%s: entry %q has level %v, want %v", c.name, e.Raw, e.Level, want)
			}
		}
	}
	for name, c := range map[string]struct {
		line func(i int) string
		want func(i int) Level
	}{
		"outline": {func(i int) string {
			return fmt.Sprintf("2026-11-29 07:41:%02d (%c) point %d of the plan", i%60, "abcdewi"[i%7], i)
		}, func(int) Level { return Unknown }},
		"flags": {func(i int) string {
			return fmt.Sprintf("2026-11-29 07:41:%02d port %d (%c)", i%60, i, "EDED"[i%4])
		}, func(int) Level { return Unknown }},
		"to-do priorities": {func(i int) string {
			return fmt.Sprintf("(%c) 2026-11-%02d call the plumber +house", "ACDE"[i%4], 1+i%28)
		}, func(int) Level { return Unknown }},
		"modem": {func(i int) string {
			return fmt.Sprintf("2026-11-29 07:41:%02d (%c) %s", i%60, "IOIE"[i%4], []string{"ERROR", "AT+CSQ", "+CSQ: 20,99", "timeout"}[i%4])
		}, func(i int) Level { return []Level{Error, Unknown, Unknown, Unknown}[i%4] }},
	} {
		for i, e := range streamLines(name, 30, c.line) {
			if e.Level != c.want(i) {
				t.Errorf("%s: entry %q has level %v, want %v", name, e.Raw, e.Level, c.want(i))
				break
			}
		}
	}
}

// A Java server's stdout that a syslog daemon stores line by line ("[time] [priority] line"),
// its stack traces' lines as records of their own with their tab escaped: the server's own level
// column is read on every line of its, however long the traces between them.
func TestColumnAcrossRelayedTraces(t *testing.T) {
	var lines []string
	for r := 0; r < 3; r++ {
		for i := 0; i < 24; i++ {
			lvl := "INFO"
			if i == 8 || i == 20 {
				lvl = "SEVERE"
			}
			lines = append(lines, fmt.Sprintf("[2026-11-29 10:%02d:%02d] [info] 29-Nov-2026 10:00:%02d.120 %s [main] org.example.shop.Server.start step %d",
				r, i, i, lvl, i))
			if i == 20 {
				for k := 0; k < 10; k++ {
					lines = append(lines, fmt.Sprintf("[2026-11-29 10:%02d:%02d] [info] #011at org.example.shop.Handler.step%d(Handler.java:%d)", r, i, k, 40+k))
				}
			}
		}
	}
	s := NewStream("catalina.out", StreamOptions{Now: fixedNow})
	var b Batch
	feedLines(s, lines, &b)
	for i := range b.Items {
		it := &b.Items[i]
		raw := string(it.Raw.Of(b.Data))
		if strings.Contains(raw, " SEVERE ") && it.Level != Error || strings.Contains(raw, " WARNING ") && it.Level != Warn {
			t.Errorf("%q: level %v", raw, it.Level)
		}
	}
}
