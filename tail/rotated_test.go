package tail

import (
	"bytes"
	"compress/gzip"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
)

func TestRotatedSuffix(t *testing.T) {
	rotated := []string{".1", ".12", ".1.gz", ".2.xz", "-20261123", "-20261123.gz", "-20261123-1763900000",
		"-2026112314", ".2026-11-23", "_2026-11-23T14:00:00", ".2026-11-23.bz2"}
	others := []string{"-2", "_old", ".bak", "-ssl", ".1.tmp", "-error", ""} // other logs beside it
	for _, suffix := range rotated {
		if !rotatedSuffix.MatchString(suffix) {
			t.Errorf("%q is not taken for a rotated name", suffix)
		}
	}
	for _, suffix := range others {
		if rotatedSuffix.MatchString(suffix) {
			t.Errorf("%q is taken for a rotated name", suffix)
		}
	}
}

// logrotate's `extension` option puts the rotation's mark before the log's extension.
func TestRotatedFrom(t *testing.T) {
	for _, name := range []string{"web.log.1", "web.log-20261205.gz", "web.1.log", "web.12.log", "web-20261205.log", "web.2.log.gz", "web_2026-12-05.log"} {
		if !rotatedFrom(name, "web.log") {
			t.Errorf("%q is not taken for web.log rotated", name)
		}
	}
	for _, name := range []string{"web.log", "web-ssl.log", "web-2.log", "web.log.bak", "web.1.log.tmp", "webapp.1.log", "web.1.txt", "access.1.log"} {
		if rotatedFrom(name, "web.log") {
			t.Errorf("%q is taken for web.log rotated", name)
		}
	}
	if rotatedFrom("app.1", "app") != true || rotatedFrom("app-1.log", "app") {
		t.Error("a name without an extension rotates only by a suffix")
	}
}

// logrotate's compress runs after the rotation: a look in between finds the compressed copy of
// the file just read half written. It is that file, not a file rotated away unseen: its lines
// must not arrive twice, nor be counted as lost.
func TestHalfCompressedCopyIsNotAMiddle(t *testing.T) {
	modes(t, func(t *testing.T, poll bool) {
		p := filepath.Join(t.TempDir(), "app.log")
		lines := numbered("h", 1, 3000)
		writeLines(t, p, lines, os.O_TRUNC)
		g, s := start(t, []string{p}, testOptions(true, poll))
		s.waitLines(t, tailOf(lines, 1000))
		if err := os.Rename(p, p+".1"); err != nil {
			t.Fatal(err)
		}
		var gz bytes.Buffer
		zw := gzip.NewWriter(&gz)
		zw.Write([]byte(strings.Join(lines, "\n") + "\n"))
		zw.Close()
		if err := os.WriteFile(p+".1.gz", gz.Bytes()[:gz.Len()/2], 0o644); err != nil {
			t.Fatal(err)
		}
		writeLines(t, p, []string{"h new"}, os.O_EXCL)
		s.waitLines(t, append(tailOf(lines, 1000), "h new"))
		if st := statOf(g, p); st.Missed != 0 {
			t.Fatalf("stats %+v: the half-compressed copy was counted as lost", st)
		}
	})
}

// logrotate's compress may run while the daemon still writes to the file it rotated, until the
// daemon reopens its log: gzip's copy then holds a first part of that file ("file size changed
// while zipping"), and gzip deletes the file. Found at the next rotation, the copy is that file's
// first part, read already, not a file rotated away unseen: its lines must not arrive twice.
func TestCompressedCopyOfAFirstPart(t *testing.T) {
	modes(t, func(t *testing.T, poll bool) {
		p := filepath.Join(t.TempDir(), "app.log")
		first := numbered("c", 1, 50)
		writeLines(t, p, first, os.O_TRUNC)
		_, s := start(t, []string{p}, testOptions(true, poll))
		s.waitLines(t, first)
		if err := os.Rename(p, p+".1"); err != nil {
			t.Fatal(err)
		}
		writeLines(t, p, []string{"c new 1"}, os.O_EXCL)
		var gz bytes.Buffer
		zw := gzip.NewWriter(&gz)
		zw.Write([]byte(strings.Join(first[:48], "\n") + "\n")) // the part written when gzip read it
		zw.Close()
		if err := os.WriteFile(p+".2.gz", gz.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		s.waitLines(t, append(slices.Clone(first), "c new 1"))
		if err := os.Remove(p + ".1"); err != nil {
			t.Fatal(err)
		}
		// The next rotation: the copy is among the files rotated since the last look.
		if err := os.Rename(p, p+".1"); err != nil {
			t.Fatal(err)
		}
		writeLines(t, p, []string{"c new 2"}, os.O_EXCL)
		s.waitLines(t, append(slices.Clone(first), "c new 1", "c new 2"))
		time.Sleep(100 * time.Millisecond) // a second read of the copy would have come by now
		s.waitLines(t, append(slices.Clone(first), "c new 1", "c new 2"))
	})
}

// A file rotated away unseen and compressed, much shorter than the file read before it, is a file
// of its own even when it opens with the same bytes (a CSV's header): its lines are read.
func TestShortCompressedMiddleWithTheSameHead(t *testing.T) {
	modes(t, func(t *testing.T, poll bool) {
		p := filepath.Join(t.TempDir(), "app.log")
		const header = "date,time,s-ip,cs-method,cs-uri-stem,cs-uri-query,s-port,c-ip,sc-status"
		first := append([]string{header}, numbered("a", 1, 200)...)
		writeLines(t, p, first, os.O_TRUNC)
		_, s := start(t, []string{p}, testOptions(true, poll))
		s.waitLines(t, first)
		// Two rotations before trawl looks: the file read goes to app.log.2.gz, a short one
		// written meanwhile to app.log.1.gz, and a new file takes the path.
		middle := append([]string{header}, numbered("b", 1, 5)...)
		var gz bytes.Buffer
		zw := gzip.NewWriter(&gz)
		zw.Write([]byte(strings.Join(middle, "\n") + "\n"))
		zw.Close()
		if err := os.WriteFile(p+".1.gz", gz.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		if err := os.Rename(p, p+".2"); err != nil {
			t.Fatal(err)
		}
		writeLines(t, p, []string{"c 1"}, os.O_EXCL)
		s.waitFor(t, "the short middle's lines", func(g []got) bool {
			return slices.ContainsFunc(g, func(e got) bool { return e.raw == "b 000005" })
		})
	})
}

// A rotated file compressed by a program this machine lacks (a container reading the host's
// logs) cannot be read; that is told, but it is not counted as lost: it may well be a copy of the
// file just read, and a file really rotated away unseen is counted by the departures.
func TestMissingDecompressorIsNotALoss(t *testing.T) {
	xz, err := exec.LookPath("xz")
	if err != nil {
		t.Skip("needs xz")
	}
	p := filepath.Join(t.TempDir(), "app.log")
	writeLines(t, p, numbered("x", 1, 5), os.O_TRUNC)
	g, s := start(t, []string{p}, testOptions(true, false))
	s.waitLines(t, numbered("x", 1, 5))
	t.Setenv("PATH", "") // trawl finds no xz from here on
	if err := os.Rename(p, p+".1"); err != nil {
		t.Fatal(err)
	}
	if out, err := exec.Command(xz, "-k", p+".1").CombinedOutput(); err != nil {
		t.Fatalf("xz: %v\n%s", err, out)
	}
	writeLines(t, p, []string{"x new"}, os.O_EXCL)
	s.waitLines(t, append(numbered("x", 1, 5), "x new"))
	waitStat(t, g, s, p, "the rotation", func(st Stats) bool { return st.Rotations == 1 })
	if st := statOf(g, p); st.Missed != 0 {
		t.Fatalf("stats %+v: an unreadable copy was counted as lost", st)
	}
}

// A compressed file named on the command line is read, decompressed (a rotated syslog.2.gz is
// often the log of the incident); a kind trawl cannot decompress is refused with its reason.
func TestNamedCompressedFileIsRead(t *testing.T) {
	dir := t.TempDir()
	lines := numbered("gz", 1, 3)
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	zw.Write([]byte(strings.Join(lines, "\n") + "\n"))
	zw.Close()
	p := filepath.Join(dir, "app.log.2.gz")
	if err := os.WriteFile(p, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, follow := range []bool{false, true} {
		g, warns, err := open([]string{p}, Options{Follow: follow}, nil, testStreams)
		if err != nil || len(warns) > 0 {
			t.Fatal(err, warns)
		}
		runGroup(t, g).waitLines(t, lines)
	}
	zip := filepath.Join(dir, "app.zip")
	if err := os.WriteFile(zip, []byte("PK\x03\x04"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, warns, err := open([]string{zip}, Options{}, nil, testStreams); err == nil && len(warns) == 0 {
		t.Error("a zip archive was taken for a log")
	}
}

// A file named .xz that xz cannot read is a failed source, not an empty one.
func TestNamedCompressedFileThatFails(t *testing.T) {
	if _, err := exec.LookPath("xz"); err != nil {
		t.Skip("xz is not installed")
	}
	p := filepath.Join(t.TempDir(), "app.log.xz")
	if err := os.WriteFile(p, []byte("plain text, not xz\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	g, warns, err := open([]string{p}, Options{}, nil, testStreams)
	if err != nil || len(warns) > 0 {
		t.Fatal(err, warns)
	}
	runGroup(t, g)
	deadline := time.Now().Add(5 * time.Second)
	for g.Ended() == nil {
		if time.Now().After(deadline) {
			t.Fatal("the failed decompression is not told")
		}
		time.Sleep(20 * time.Millisecond)
	}
}
