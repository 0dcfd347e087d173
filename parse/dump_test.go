package parse

import (
	"fmt"
	"strings"
	"testing"
	"time"
)

// crashLog is a service's log with each runtime's crash report between its timed records.
func crashLog(report string) string {
	return "2026-11-29T07:41:16.412Z INFO starting worker pool size=4\n" + report +
		"2026-11-29T07:41:20.000Z INFO restarted\n"
}

// wantReport checks that text gives the record before, the report as one entry, and the record
// after, and that the report's entry holds every line of it.
func wantReport(t *testing.T, report string, level Level) {
	t.Helper()
	got := feed(t, StreamOptions{Now: func() time.Time { return locateNow }}, crashLog(report))
	if len(got) != 3 {
		var raws []string
		for _, e := range got {
			raws = append(raws, e.Raw)
		}
		t.Fatalf("got %d entries, want the report as one between two records:\n%s", len(got), strings.Join(raws, "\n----\n"))
	}
	if want := strings.TrimRight(report, "\n"); got[1].Raw != want {
		t.Errorf("report entry:\n%s\nwant\n%s", got[1].Raw, want)
	}
	if got[1].Level != level {
		t.Errorf("report level %v, want %v", got[1].Level, level)
	}
}

// wantJoinedReport checks that text gives two records, the report in whole under the first: a
// report whose first line starts no record under a timed one (Node.js's file line, which a
// program prints too).
func wantJoinedReport(t *testing.T, report string) {
	t.Helper()
	got := feed(t, StreamOptions{Now: func() time.Time { return locateNow }}, crashLog(report))
	if len(got) != 2 || !strings.HasSuffix(got[0].Raw, "\n"+strings.TrimRight(report, "\n")) {
		var raws []string
		for _, e := range got {
			raws = append(raws, e.Raw)
		}
		t.Fatalf("got %d entries, want the report whole under the first record:\n%s", len(got), strings.Join(raws, "\n----\n"))
	}
}

func TestDumpGoPanic(t *testing.T) {
	wantReport(t, "panic: runtime error: invalid memory address or nil pointer dereference\n"+
		"[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x4a2b3c]\n"+
		"\n"+
		"goroutine 1 [running]:\n"+
		"main.(*Worker).Run(0x0)\n"+
		"\t/app/worker.go:42 +0x1c\n"+
		"net/http.HandlerFunc.ServeHTTP(0xc0000a6000?, {0x7a1b20?, 0xc0001c2000?}, 0xc0000b2000?)\n"+
		"\t/usr/local/go/src/net/http/server.go:2136 +0x29\n"+
		"created by main.main in goroutine 1\n"+
		"\t/app/main.go:12 +0x1d\n"+
		"exit status 2\n", Critical)
}

func TestDumpGoFatalError(t *testing.T) {
	wantReport(t, "fatal error: concurrent map writes\n"+
		"\n"+
		"goroutine 41 [running]:\n"+
		"main.(*Cache).Put(...)\n"+
		"\t/app/cache.go:18\n"+
		"\n"+
		"goroutine 1 [chan receive, 5 minutes]:\n"+
		"main.main()\n"+
		"\t/app/main.go:30 +0x1d\n"+
		"\n"+
		"goroutine 7 gp=0xc000007180 m=nil [select]:\n"+
		"runtime.gopark(0x0?, 0x0?, 0x0?, 0x0?, 0x0?)\n"+
		"\t/usr/local/go/src/runtime/proc.go:402 +0xce\n", Critical)
}

func TestDumpRustPanic(t *testing.T) {
	wantReport(t, "thread 'main' panicked at src/main.rs:4:5:\n"+
		"called `Option::unwrap()` on a `None` value\n"+
		"note: run with `RUST_BACKTRACE=1` environment variable to display a backtrace\n", Unknown)
	wantReport(t, "thread 'tokio-runtime-worker' panicked at src/db.rs:41:22:\n"+
		"assertion `left == right` failed\n"+
		"  left: 1\n"+
		" right: 2\n"+
		"stack backtrace:\n"+
		"   0: rust_begin_unwind\n"+
		"             at /rustc/a28077b28/library/std/src/panicking.rs:597:5\n"+
		"note: Some details are omitted, run with `RUST_BACKTRACE=full` for a verbose backtrace.\n", Unknown)
}

func TestDumpNodeUncaught(t *testing.T) {
	wantJoinedReport(t, "/app/node_modules/express/lib/router/index.js:284\n"+
		"      throw err;\n"+
		"      ^\n"+
		"\n"+
		"TypeError: Cannot read properties of undefined (reading 'id')\n"+
		"    at /app/routes/orders.js:41:22\n"+
		"    at Layer.handle [as handle_request] (/app/node_modules/express/lib/router/layer.js:95:5)\n"+
		"\n"+
		"Node.js v20.11.0\n")
	// Top-level code sits at the file's first column.
	wantJoinedReport(t, "/app/index.js:3\n"+
		"throw new Error('boom');\n"+
		"^\n"+
		"\n"+
		"Error: boom\n"+
		"    at Object.<anonymous> (/app/index.js:3:9)\n"+
		"\n"+
		"Node.js v18.17.0\n")
	// A program's own output: the report stands alone when it opens the file.
	got := feed(t, StreamOptions{Now: func() time.Time { return locateNow }}, "/app/index.js:3\nthrow new Error('boom');\n^\n\nError: boom\n    at Object.<anonymous> (/app/index.js:3:9)\n\nNode.js v18.17.0\n2026-11-29T07:41:20.000Z INFO restarted\n")
	if len(got) != 2 || got[0].Lines() != 8 {
		t.Errorf("got %d entries; want the report whole, then the record", len(got))
	}
}

func TestDumpJavaUncaught(t *testing.T) {
	wantReport(t, "Exception in thread \"main\" java.lang.IllegalStateException: pool closed\n"+
		"\tat com.example.Pool.take(Pool.java:41)\n"+
		"\tat com.example.Main.main(Main.java:12)\n"+
		"Caused by: java.io.IOException: broken pipe\n"+
		"\t... 2 more\n", Unknown)
}

func TestDumpDotNetStackMarks(t *testing.T) {
	text := "2026-11-29 07:41:19,001 ERROR [main] App.Handler - request failed\n" +
		"System.InvalidOperationException: Sequence contains no elements\n" +
		"   at App.Orders.Handle(Order o) in C:\\src\\App\\Orders.cs:line 41\n" +
		"--- End of stack trace from previous location ---\n" +
		"   at App.Program.Main(String[] args) in C:\\src\\App\\Program.cs:line 12\n" +
		"2026-11-29 07:41:20,001 INFO [main] App.Handler - ok\n"
	got := feed(t, StreamOptions{Now: func() time.Time { return locateNow }}, text)
	if len(got) != 2 || got[0].Lines() != 5 {
		t.Fatalf("got %d entries; want 2, the first with its whole stack", len(got))
	}
}

// What only looks like a report's first line takes no more than its own: a path with a line
// number, a note, a goroutine's stack logged under a timed line.
func TestDumpLookalikes(t *testing.T) {
	text := "/etc/app/config.js:12\n" +
		"2026-11-29T07:41:16.412Z INFO config read\n" +
		"note: the cache is cold\n" +
		"2026/11/29 07:41:18 http: panic serving 10.0.0.7:51022: runtime error: index out of range\n" +
		"goroutine 41 [running]:\n" +
		"net/http.(*conn).serve.func1()\n" +
		"\t/usr/local/go/src/net/http/server.go:1947 +0xbe\n" +
		"2026/11/29 07:41:19 http: accepted\n"
	got := feed(t, StreamOptions{Now: func() time.Time { return locateNow }}, text)
	var firsts []string
	for _, e := range got {
		firsts = append(firsts, firstLineOf(e.Raw))
	}
	want := []string{"/etc/app/config.js:12", "2026-11-29T07:41:16.412Z INFO config read", "note: the cache is cold",
		"2026/11/29 07:41:18 http: panic serving 10.0.0.7:51022: runtime error: index out of range", "2026/11/29 07:41:19 http: accepted"}
	if strings.Join(firsts, "\n") != strings.Join(want, "\n") {
		t.Errorf("entries open with\n%s\nwant\n%s", strings.Join(firsts, "\n"), strings.Join(want, "\n"))
	}
}

func firstLineOf(s string) string {
	line, _, _ := strings.Cut(s, "\n")
	return line
}

// Platforms write crash reports to files of their own, one after another; each report is one
// entry, its time the labelled one of its header.
func TestDumpPlatformReports(t *testing.T) {
	tombstone := func(ts, name string) string {
		return "*** *** *** *** *** *** *** *** *** *** *** *** *** *** *** ***\n" +
			"Build fingerprint: 'vendor/board/board:15/AP1A.241205.013/41207:user/release-keys'\n" +
			"ABI: 'arm64'\n" +
			"Timestamp: " + ts + "\n" +
			"pid: 4120, tid: 4135, name: " + name + "  >>> com.example.shop <<<\n" +
			"signal 11 (SIGSEGV), code 1 (SEGV_MAPERR), fault addr 0x0000000000000000\n" +
			"backtrace:\n" +
			"      #00 pc 000000000004c8a4  /data/app/lib/arm64/libshop.so (Cart::total()+36)\n" +
			"\n" +
			"memory map (2 entries):\n" +
			"    00000000'12c00000-00000000'12ffffff rw-         0    400000  [anon:dalvik-main space]\n"
	}
	apple := func(id, at string) string {
		return "Incident Identifier: " + id + "\n" +
			"Hardware Model:      iPhone15,2\n" +
			"Process:             Shop [4120]\n" +
			"\n" +
			"Date/Time:           " + at + "\n" +
			"Launch Time:         2026-11-29 08:40:02.1190 +0100\n" +
			"\n" +
			"Thread 0 Crashed:\n" +
			"0   libsystem_kernel.dylib        \t0x00000001e0c0e0c4 __pthread_kill + 8\n" +
			"1   Shop                          \t0x0000000104a1b2c4 Cart.total() + 36\n"
	}
	ndk := "********** Crash dump: **********\n" +
		"Build fingerprint: 'vendor/board/board:15/AP1A.241205.013/41207:user/release-keys'\n" +
		"#00 0x000000000004c8a4 /data/app/lib/arm64/libshop.so (Cart::total()+36)\n" +
		"                                                   Cart::total()\n" +
		"                                                   /src/cart.cpp:41:9\n" +
		"Crash dump is completed\n"
	cases := []struct {
		name, text string
		times      []string
	}{
		{"tombstones", tombstone("2026-11-29 08:41:16.482912083+0100", "RenderThread") + tombstone("2026-11-29 08:58:03.004117000+0100", "SyncThread"),
			[]string{"2026-11-29T07:41:16.482912083Z", "2026-11-29T07:58:03.004117Z"}},
		{"Apple crash reports", apple("5F1C2A7E-8A3B-4C1D-9E2F-0A1B2C3D4E5F", "2026-11-29 08:41:16.4821 +0100") + apple("0A1B2C3D-4E5F-4A6B-8C7D-9E0F1A2B3C4D", "2026-11-29 08:52:03.1007 +0100"),
			[]string{"2026-11-29T07:41:16.4821Z", "2026-11-29T07:52:03.1007Z"}},
		{"ndk-stack", ndk + ndk + "2026-11-29 07:42:00.000 INFO after\n", []string{"", "", "2026-11-29T07:42:00Z"}},
	}
	for _, c := range cases {
		got := feed(t, StreamOptions{Now: func() time.Time { return locateNow }}, c.text)
		var times []string
		for _, e := range got {
			times = append(times, fmtTime(e.Time))
		}
		if strings.Join(times, " ") != strings.Join(c.times, " ") {
			t.Errorf("%s: entries at %q, want one per report at %q", c.name, times, c.times)
		}
	}
}

// What a review found reports taking: later records of other formats, lines that only look like a
// report's opening, a record after a one-line panic, a compiler's "fatal error:".
func TestDumpEndsAtRecords(t *testing.T) {
	apple := "Incident Identifier: 4D3B1A2C-1111-2222-3333-444455556666\n" +
		"Date/Time:           2026-11-29 08:41:16.4821 +0100\n" +
		"Launch Time:         2026-11-29 08:40:02.1190 +0100\n" +
		"0   MyApp    0x1000a1b2c main + 44\n"
	cases := []struct {
		name, text string
		firsts     []string // each entry's first line
	}{
		{"a report, then records of three formats", apple +
			"Nov 29 08:42:00 mac-07 kernel[0]: next\n" +
			"{\"time\":\"2026-11-29T08:42:02Z\",\"level\":\"info\",\"msg\":\"json line\"}\n" +
			"time=2026-11-29T08:42:03Z level=info msg=logfmt\n",
			[]string{"Incident Identifier: 4D3B1A2C-1111-2222-3333-444455556666", "Nov 29 08:42:00 mac-07 kernel[0]: next",
				"{\"time\":\"2026-11-29T08:42:02Z\",\"level\":\"info\",\"msg\":\"json line\"}", "time=2026-11-29T08:42:03Z level=info msg=logfmt"}},
		{"lookalike openings", "Nov 29 07:41:15 host app[1]: ticket created\n" +
			"Incident Identifier: INC0012345\n" +
			"Nov 29 07:41:16 host app[1]: next line\n" +
			"*** *** *** maintenance tonight *** *** ***\n" +
			"Nov 29 07:41:17 host app[1]: another line\n",
			// (The asterisks' line opens no tombstone: it is an untimed message of its own among
			// syslog's, and the record after it opens at its own header.)
			[]string{"Nov 29 07:41:15 host app[1]: ticket created", "Nov 29 07:41:16 host app[1]: next line", "*** *** *** maintenance tonight *** *** ***", "Nov 29 07:41:17 host app[1]: another line"}},
		{"Rust's panic on one line", "[2026-11-29T07:41:15Z INFO  app] spawning workers\n" +
			"thread 'worker-2' panicked at 'called `Option::unwrap()` on a `None` value', src/worker.rs:88:21\n" +
			"[2026-11-29T07:41:17Z WARN  app] worker-2 died, respawning\n",
			[]string{"[2026-11-29T07:41:15Z INFO  app] spawning workers", "thread 'worker-2' panicked at 'called `Option::unwrap()` on a `None` value', src/worker.rs:88:21",
				"[2026-11-29T07:41:17Z WARN  app] worker-2 died, respawning"}},
		{"a program's file and line", "2026-11-29 07:41:15 INFO loading config from\n" +
			"/etc/app/settings.js:12\n" +
			"[2026-11-29 07:41:16] INFO config loaded\n",
			[]string{"2026-11-29 07:41:15 INFO loading config from", "[2026-11-29 07:41:16] INFO config loaded"}},
		{"a compiler's fatal error", "[07:41:17] Compiling main.c\n" +
			"fatal error: stdio.h: No such file or directory\n" +
			"compilation terminated.\n" +
			"[07:41:18] Build failed\n",
			[]string{"[07:41:17] Compiling main.c", "[07:41:18] Build failed"}},
	}
	for _, c := range cases {
		got := feed(t, StreamOptions{Now: func() time.Time { return locateNow }}, c.text)
		var firsts []string
		for _, e := range got {
			firsts = append(firsts, firstLineOf(e.Raw))
		}
		if strings.Join(firsts, "\n") != strings.Join(c.firsts, "\n") {
			t.Errorf("%s: entries open with\n%s\nwant\n%s", c.name, strings.Join(firsts, "\n"), strings.Join(c.firsts, "\n"))
		}
	}
}

// A report longer than an entry may hold goes on in entries of its own: no line is lost.
func TestDumpPastTheCap(t *testing.T) {
	var b strings.Builder
	b.WriteString("panic: boom\n\n")
	for i := range 200 {
		fmt.Fprintf(&b, "goroutine %d [select]:\nmain.worker(0x%x)\n\t/app/worker.go:%d +0x1c\n", i+1, i, i)
	}
	s := NewStream("dump.log", StreamOptions{MaxEntryBytes: 2048, Now: fixedNow})
	batch := &Batch{}
	lines := strings.Split(strings.TrimSuffix(b.String(), "\n"), "\n")
	for i, l := range lines {
		s.Line([]byte(l), int64(i), false, batch)
	}
	s.Flush(batch)
	kept := 0
	for i := range batch.Items {
		kept += strings.Count(batch.Entry(i).Raw, "\n") + 1
	}
	if kept != len(lines) || batch.Len() < 2 {
		t.Errorf("%d entries keep %d of %d lines; want every line, in several entries", batch.Len(), kept, len(lines))
	}
}

// A second review's findings: the untimed lines after a report in a timed source go with it, as
// they would with a timed record; a row of asterisks of another length opens no tombstone; a
// report's section holds the app's last log line it quotes, timed as it is.
func TestDumpKeepsItsLines(t *testing.T) {
	text := "2026-11-29 07:41:01.000 INFO  [main] App - start\n" +
		"Exception in thread \"main\" java.lang.RuntimeException: x\n" +
		"at com.x.A.run(A.java:10)\n" +
		"make: *** [run] Error 1\n" +
		"2026-11-29 07:41:02.000 INFO  [main] App - build summary\n" +
		"*** *** *** *** *** *** *** *** *** *** ***\n" +
		"all targets ok\n" +
		"2026-11-29 07:41:03.000 INFO  [main] App - next\n"
	got := feed(t, StreamOptions{Now: func() time.Time { return locateNow }}, text)
	var lines []int
	for _, e := range got {
		lines = append(lines, e.Lines())
	}
	if fmt.Sprint(lines) != "[1 3 3 1]" {
		t.Errorf("entries of %v lines, want [1 3 3 1]: the report with the lines under it, the banner with its record", lines)
	}
	report := "Incident Identifier: 4D3B1A2C-1111-2222-3333-444455556666\n" +
		"Date/Time:           2026-11-29 08:41:16.4821 +0100\n" +
		"\n" +
		"Application Specific Information:\n" +
		"2026-11-29 08:41:16.400 MyApp[8123:4567] *** Terminating app due to uncaught exception\n" +
		"abort() called\n"
	if got := feed(t, StreamOptions{Now: func() time.Time { return locateNow }}, report); len(got) != 1 {
		t.Errorf("got %d entries, want the report whole", len(got))
	}
}
