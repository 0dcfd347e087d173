package main

import (
	"errors"
	"io/fs"
	"strings"
	"testing"

	"github.com/trawl-dev/trawl/tail"
)

// A source's error is told on standard error once, with its path once: an error that names the
// path itself is not prefixed with it again, and a name's escape sequence shows as a placeholder.
func TestTroubleReportNamesThePathOnce(t *testing.T) {
	name := "./a\x1b[0m.log"
	stats := []tail.Stats{
		{Source: name, State: "error: not a regular file", Err: errors.New(name + ": not a regular file")},
		{Source: "b.log", State: "error: permission denied", Err: errors.New("permission denied")},
	}
	var out strings.Builder
	r := troubleReport{stats: func() []tail.Stats { return stats }, lost: map[string]int64{}, said: map[string]string{}, w: &out}
	r.check()
	r.check()
	want := "trawl: warning: ./a␛[0m.log: not a regular file\ntrawl: warning: b.log: permission denied\n"
	if out.String() != want {
		t.Fatalf("standard error:\n%q\nwant\n%q", out.String(), want)
	}
}

// A file that could not be opened is warned of when the sources are opened; the follow does not
// tell it again, and tells its return.
func TestTroubleReportTellsAStartWarningOnce(t *testing.T) {
	denied := &fs.PathError{Op: "open", Path: "logs/secret.log", Err: fs.ErrPermission}
	stats := []tail.Stats{{Source: "logs/secret.log", State: "error: permission denied", Err: denied}}
	var out strings.Builder
	r := troubleReport{stats: func() []tail.Stats { return stats }, lost: map[string]int64{}, said: map[string]string{}, told: toldAtStart([]error{denied}), w: &out}
	r.check()
	r.check()
	if out.String() != "" {
		t.Fatalf("the warning printed at start was told again:\n%q", out.String())
	}
	stats[0] = tail.Stats{Source: "logs/secret.log", State: "following"}
	r.check()
	if want := "trawl: logs/secret.log: following\n"; out.String() != want {
		t.Fatalf("standard error:\n%q\nwant\n%q", out.String(), want)
	}
}
