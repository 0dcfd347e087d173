package parse

import (
	"fmt"
	"testing"
)

// TestWordColumn: a level word inside a longer token, between the same two marks on every line,
// is the source's level, from its first line on.
func TestWordColumn(t *testing.T) {
	levels := []Level{Info, Info, Warn, Error, Debug, Info}
	for name, line := range map[string]func(i int) string{
		"closing an event's bracket": func(i int) string {
			return fmt.Sprintf("Sun Nov 29 07:41:%02d UTC [filer0%d:disk.scrub.step%d:%s]: step %d done",
				i, i%3, i%4, []string{"info", "info", "warning", "error", "debug", "info"}[i%6], i)
		},
		"before a component's bracket": func(i int) string {
			return fmt.Sprintf("2026-11-29 07:41:%02d: %s[Server]: player %d moved", i,
				[]string{"INFO", "INFO", "WARNING", "ERROR", "VERBOSE", "INFO"}[i%6], i)
		},
		"inside a bracket": func(i int) string {
			return fmt.Sprintf("[cluster:%s,2026-11-29T07:41:%02d.123Z,node_%d@10.0.0.%d:<0.%d.0>:mod:fun:%d]rebalance step %d",
				[]string{"info", "info", "warn", "error", "debug", "info"}[i%6], i, i%3, i%9, 4000+i, i, i)
		},
	} {
		entries := streamLines(name, 30, line)
		if len(entries) != 30 {
			t.Fatalf("%s: %d entries, want 30", name, len(entries))
		}
		for i, e := range entries {
			if e.Level != levels[i%6] {
				t.Errorf("%s: entry %q has level %v, want %v", name, e.Raw, e.Level, levels[i%6])
			}
		}
	}
}

// TestWordColumnNeedsItsFirstWord: a pair of marks is read at its first word on the line, so a
// level word that turns up later between the same marks (a logger's package, a path's part, a
// message's words) makes no column, and a word column never replaces a level the line writes.
func TestWordColumnNeedsItsFirstWord(t *testing.T) {
	for name, c := range map[string]struct {
		line func(i int) string
		want Level
	}{
		"package names": {func(i int) string {
			return fmt.Sprintf("2026-11-29 07:41:%02d com.shop.%s.Handler - request %d served", i,
				[]string{"info", "error", "warn", "debug"}[i%4], i)
		}, Unknown},
		"paths": {func(i int) string {
			return fmt.Sprintf("2026-11-29 07:41:%02d wrote /srv/%s/out-%d.log", i, []string{"info", "error", "warn"}[i%3], i)
		}, Unknown},
		"message words": {func(i int) string {
			return fmt.Sprintf("2026-11-29 07:41:%02d job %d: state (ok), previous (%s)", i, i, []string{"error", "info", "warn", "ok"}[i%4])
		}, Unknown},
		"file names": {func(i int) string {
			return fmt.Sprintf("2026-11-29 07:41:%02d rotating /var/log/app/app.%s.log (%dM)", i, []string{"info", "error", "debug", "warn"}[i%4], i)
		}, Unknown},
		"event names": {func(i int) string {
			return fmt.Sprintf("2026-11-29 07:41:%02d event=user.%s.updated id=%d", i, []string{"info", "error"}[i%2], i)
		}, Unknown},
		"ticket ids": {func(i int) string {
			return fmt.Sprintf("2026-11-29 07:41:%02d opened %s-%d", i, []string{"INFO", "ERR", "DEBUG", "WARN"}[i%4], 1200+i)
		}, Unknown},
		"unit names": {func(i int) string {
			return fmt.Sprintf("Nov 29 07:41:%02d web01 systemd[1]: Started app-%s-worker.service - Worker.", i, []string{"debug", "info", "error", "warn"}[i%4])
		}, Unknown},
		"metric names": {func(i int) string {
			return fmt.Sprintf("app.web01.logs.%s %d 17644020%02d", []string{"debug", "info", "error", "warn"}[i%4], i, i)
		}, Unknown},
		"a level of its own": {func(i int) string {
			return fmt.Sprintf("2026-11-29 07:41:%02d NOTICE [pool.%s-%d] task %d", i,
				[]string{"error", "warn", "error", "info"}[i%4], i%3, i)
		}, Notice},
	} {
		for _, e := range streamLines(name, 40, c.line) {
			if e.Level != c.want {
				t.Errorf("%s: entry %q has level %v, want %v", name, e.Raw, e.Level, c.want)
				break
			}
		}
	}
}

// streamLines reads the n lines line makes as one source, and returns its entries.
func streamLines(name string, n int, line func(i int) string) []Entry {
	s := NewStream(name, StreamOptions{})
	var b Batch
	for i := range n {
		s.Line([]byte(line(i)), int64(i*120), false, &b)
	}
	s.Flush(&b)
	entries := make([]Entry, len(b.Items))
	for i := range b.Items {
		entries[i] = b.Entry(i)
	}
	return entries
}
