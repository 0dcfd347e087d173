package ui

import (
	"fmt"
	"testing"
	"time"

	"github.com/charmbracelet/x/exp/golden"

	"github.com/trawl-dev/trawl/keymap"
	"github.com/trawl-dev/trawl/parse"
)

// sampleEntries is a small incident: an nginx access log, a JSON app log with a stack trace, a
// worker, and a line that tries to retitle the terminal.
func sampleEntries() []entry {
	var es []entry
	for i := range 60 {
		at := time.Duration(i) * 7 * time.Second
		status, lvl := 200, parse.Info
		if i%11 == 0 {
			status, lvl = 502, parse.Error
		}
		es = append(es, entry{src: "/var/log/nginx/access.log", at: at, level: lvl, host: "web1",
			msg: fmt.Sprintf(`GET /api/orders/%d HTTP/1.1" %d 512 "-" "curl/8.5"`, 1000+i, status)})
		if i%3 == 0 {
			es = append(es, entry{src: "app.log", at: at + time.Second, level: parse.Level(2 + i%5),
				msg: fmt.Sprintf("order %d processed in %dms", 1000+i, 10+i*3)})
		}
		if i%20 == 5 {
			es = append(es, entry{src: "worker.log", at: at + 2*time.Second, level: parse.Critical,
				msg: "panic: runtime error: index out of range [3] with length 3\n\ngoroutine 1 [running]:\nmain.work()\n\t/src/worker.go:42 +0x1d"})
		}
	}
	es = append(es, entry{src: "app.log", at: 420 * time.Second, level: parse.Warn, msg: "user agent \x1b]0;pwned\x07 sent \x1b[31mred\x1b[0m text\tand a tab; 日本語 wide"})
	return es
}

func TestGolden(t *testing.T) {
	sizes := []struct{ w, h int }{{80, 24}, {200, 50}}
	screens := []struct {
		name string
		keys []string
	}{
		{"timeline", nil},
		{"paused", []string{"k", "k", "k", "k", "k"}},
		{"search", []string{"/", "5", "0", "2"}},
		{"panes", []string{"tab"}},
		{"detail", []string{"k", "enter"}},
		{"help", []string{"?"}},
		{"histogram", []string{"h"}},
		{"sources", []string{"s"}},
	}
	for _, sz := range sizes {
		for _, sc := range screens {
			t.Run(fmt.Sprintf("%s_%dx%d", sc.name, sz.w, sz.h), func(t *testing.T) {
				d := newDriver(t, ringOf(t, sampleEntries()), sz.w, sz.h)
				d.keys(sc.keys...)
				golden.RequireEqual(t, d.screen())
			})
		}
	}
	t.Run("timeline_60x15", func(t *testing.T) {
		d := newDriver(t, ringOf(t, sampleEntries()), 60, 15)
		golden.RequireEqual(t, d.screen())
	})
	for _, sz := range []struct{ w, h int }{{80, 24}, {60, 15}} {
		t.Run(fmt.Sprintf("sources_warnings_%dx%d", sz.w, sz.h), func(t *testing.T) {
			cfg := Config{Ring: ringOf(t, sampleEntries()), Now: func() time.Time { return t0 }, Location: time.UTC,
				Keys: keymap.Default(), WorkDir: t.TempDir(), Warnings: startupWarnings()}
			d := newDriverConfig(t, cfg, sz.w, sz.h)
			d.keys("s")
			golden.RequireEqual(t, d.screen())
		})
	}
	for _, sc := range []struct {
		name string
		keys []string
	}{{"estimated_80x24", nil}, {"estimated_detail_80x24", []string{"k", "k", "enter"}}} {
		t.Run(sc.name, func(t *testing.T) {
			d := newDriver(t, ringOf(t, estimatedEntries()), 80, 24)
			d.keys(sc.keys...)
			golden.RequireEqual(t, d.screen())
		})
	}
}

// estimatedEntries are an apt history log without timestamps, placed by its modification time two
// days back, and an app log with times of its own.
func estimatedEntries() []entry {
	ago := -48 * time.Hour
	return []entry{
		{src: "/var/log/apt/history.log", at: ago, msg: "Commandline: apt-get install curl", untimed: true},
		{src: "/var/log/apt/history.log", at: ago, msg: "Requested-By: ann (1000)", untimed: true},
		{src: "/var/log/apt/history.log", at: ago, msg: "Install: curl:amd64 (8.5.0-2ubuntu10.6)", untimed: true},
		{src: "app.log", at: 1500 * time.Millisecond, level: parse.Info, msg: "server started"},
		{src: "app.log", at: 3 * time.Second, level: parse.Error, msg: "database connection lost"},
	}
}
