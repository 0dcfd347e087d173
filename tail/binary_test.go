package tail

import (
	"bytes"
	"errors"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// latin1Line is a log line in Latin-1: é is the single byte 0xe9, which is not UTF-8.
const latin1Line = "2026-03-01 10:00:00 INFO caf\xe9 ok"

// latin1Log is latin1Line n times.
func latin1Log(n int) []byte {
	return bytes.Repeat([]byte(latin1Line+"\n"), n)
}

// nulRunLog is a text log with a run of NULs in the middle, as a crash leaves when the file's
// size was updated but its last blocks were never written.
func nulRunLog() []byte {
	var b bytes.Buffer
	b.WriteString("2026-03-01 10:00:00 INFO before the crash\n")
	b.Write(make([]byte, 4096))
	b.WriteString("\n2026-03-01 10:05:00 INFO after the restart\n")
	return b.Bytes()
}

// randomBytes is n bytes of noise, the same in every run.
func randomBytes(n int) []byte {
	r := rand.New(rand.NewPCG(1, 2))
	b := make([]byte, n)
	for i := range b {
		b[i] = byte(r.Uint32())
	}
	return b
}

// elfLike is the head of an executable as a linker lays it out: a header of small integers and
// addresses, then padding, mostly NULs.
func elfLike() []byte {
	b := make([]byte, sniffBytes)
	copy(b, "\x7fELF\x02\x01\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x02\x00\x3e\x00\x01\x00\x00\x00\x40\x10\x40\x00")
	copy(b[64:], "\x06\x00\x00\x00\x04\x00\x00\x00\x40\x00\x00\x00\x00\x00\x00\x00\x40\x00\x40\x00\xf8\x01")
	copy(b[4096:], "\xf3\x0f\x1e\xfa\x48\x83\xec\x08\x48\x8b\x05\xd9\x2f\x00\x00\x48\x85\xc0\x74\x02\xff\xd0\x48\x83\xc4\x08\xc3")
	return b
}

func TestIsText(t *testing.T) {
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	self, err := os.ReadFile(exe)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		head []byte
		text bool
	}{
		{"empty", nil, true},
		{"ascii log", []byte("2026-03-01 10:00:00 INFO ok\n"), true},
		{"utf-8 log", []byte("2026-03-01 10:00:00 INFO café 日本 🚀\n"), true},
		{"latin-1 log", latin1Log(300), true},
		{"latin-1 dense", bytes.Repeat([]byte("d\xe9j\xe0 vu, \xe9t\xe9 \xe0 c\xf4t\xe9\n"), 100), true},
		{"windows-1252 quotes", bytes.Repeat([]byte("2026-03-01 10:00:00 INFO said \x93hello\x94\n"), 100), true},
		{"colours and tabs", bytes.Repeat([]byte("\x1b[31mERROR\x1b[0m\tfailed\r\n"), 100), true},
		{"a run of NULs after a crash", nulRunLog(), true},
		{"a stray NUL", []byte("2026-03-01 10:00:00 INFO has \x00 nul\n"), true},
		{"UTF-8 cut by the end of the sample", []byte("2026-03-01 10:00:00 INFO caf\xc3"), true},
		{"random bytes", randomBytes(sniffBytes), false},
		{"elf-like header, mostly NULs", elfLike(), false},
		{"this test's executable", self[:sniffBytes], false},
		{"only NULs", make([]byte, 512), false},
		{"controls around a word", []byte("\x00\x01\x02binary"), false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := isText(tt.head); got != tt.text {
				t.Errorf("isText = %v, want %v", got, tt.text)
			}
		})
	}
}

// A file the user names is read whatever its bytes, every line kept exactly: Latin-1, a run of
// NULs, even noise. Only files found by a pattern are sniffed.
func TestNamedFileReadWhateverItsBytes(t *testing.T) {
	dir := t.TempDir()
	files := []struct {
		name    string
		data    []byte
		entries int // -1: whatever the noise splits into
	}{
		{"latin1.log", latin1Log(1000), 1000},
		{"crash.log", nulRunLog(), 3},
		{"noise.bin", randomBytes(sniffBytes), -1},
	}
	for _, f := range files {
		t.Run(f.name, func(t *testing.T) {
			p := filepath.Join(dir, f.name)
			if err := os.WriteFile(p, f.data, 0o644); err != nil {
				t.Fatal(err)
			}
			g, s := start(t, []string{p}, Options{All: true})
			want := linesOf(f.data)
			s.waitFor(t, "every byte", func(got []got) bool { return joinRaw(got) == want })
			if n := len(s.snapshot()); f.entries >= 0 && n != f.entries {
				t.Errorf("%d entries, want %d", n, f.entries)
			}
			if st := statOf(g, p); st.Err != nil || st.Bytes != int64(len(f.data)) {
				t.Errorf("read %d of %d bytes, state %q", st.Bytes, len(f.data), st.State)
			}
		})
	}
}

// In a directory or a glob, a binary file is skipped with a warning and a Latin-1 log is read,
// both for files there at start and for files created while following.
func TestFoundBinarySkipped(t *testing.T) {
	for _, pattern := range []string{"", "*"} {
		t.Run("pattern "+pattern, func(t *testing.T) {
			dir := t.TempDir()
			write := func(name string, data []byte) string {
				p := filepath.Join(dir, name)
				if err := os.WriteFile(p, data, 0o644); err != nil {
					t.Fatal(err)
				}
				return p
			}
			write("core", elfLike())
			write("noise", randomBytes(sniffBytes))
			write("app.log", latin1Log(3))
			write("crash.log", nulRunLog())
			g, warns, err := open([]string{filepath.Join(dir, pattern)}, testOptions(true, false), nil, testStreams)
			if err != nil || len(warns) != 2 || !errors.Is(warns[0], ErrBinary) || !errors.Is(warns[1], ErrBinary) {
				t.Fatalf("open: err %v, warnings %v; want two binary files skipped", err, warns)
			}
			s := runGroup(t, g)
			s.waitFor(t, "the text logs", func(got []got) bool { return len(got) == 6 })
			later := write("later", randomBytes(sniffBytes))
			waitStat(t, g, s, later, "binary skipped", func(st Stats) bool { return errors.Is(st.Err, ErrBinary) })
			write("later.log", latin1Log(2))
			s.waitFor(t, "the Latin-1 log created later", func(got []got) bool { return len(got) == 8 })
			for _, e := range s.snapshot() {
				if e.source != filepath.Join(dir, "app.log") && e.source != filepath.Join(dir, "crash.log") &&
					e.source != filepath.Join(dir, "later.log") {
					t.Fatalf("entry from %s: %q", e.source, e.raw)
				}
			}
		})
	}
}

// linesOf is data as the test stream splits it: lines without their newline or a CR before it.
func linesOf(data []byte) string {
	lines := strings.Split(strings.TrimSuffix(string(data), "\n"), "\n")
	for i, l := range lines {
		lines[i] = strings.TrimSuffix(l, "\r")
	}
	return strings.Join(lines, "\n")
}

func joinRaw(got []got) string {
	raws := make([]string, len(got))
	for i, e := range got {
		raws[i] = e.raw
	}
	return strings.Join(raws, "\n")
}
