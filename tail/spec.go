package tail

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"unicode/utf8"
)

// specKind is what a command-line spec turned out to be.
type specKind uint8

const (
	specPath specKind = iota // one file, possibly not there yet
	specGlob                 // a pattern: its matches now and later
	specDir                  // a directory: its text files now and later
	specStdin
)

// spec is one resolved command-line argument. Globs and directories keep matching files created
// while following.
type spec struct {
	kind specKind
	arg  string   // as given
	dirs []string // directories to watch for it, cleaned
	late bool     // a path named before it existed, which may turn out a directory (see adoptDirs)
	// awaits is the directory its files will be in, when that does not exist yet: it becomes
	// the spec's to watch once it does (see watchAwaited).
	awaits string
}

// matches reports whether name, a cleaned path created in one of s.dirs, belongs to s.
func (s *spec) matches(name string) bool {
	switch s.kind {
	case specGlob:
		ok, _ := filepath.Match(filepath.Clean(s.arg), name)
		return ok && !compressed(name)
	case specDir:
		return filepath.Dir(name) == filepath.Clean(s.arg) && !compressed(name)
	}
	return false
}

// candidates lists the files that s covers now, in a stable order.
func (s *spec) candidates() []string {
	switch s.kind {
	case specGlob:
		m, _ := filepath.Glob(s.arg)
		return m
	case specDir:
		ents, err := os.ReadDir(s.arg)
		if err != nil {
			return nil
		}
		out := make([]string, 0, len(ents))
		for _, e := range ents {
			out = append(out, filepath.Join(s.arg, e.Name()))
		}
		return out
	}
	return nil
}

// globDirs returns the existing directories a pattern's matches live in.
func globDirs(pattern string) []string {
	dir := filepath.Dir(pattern)
	if !hasMeta(dir) {
		if isDir(dir) {
			return []string{filepath.Clean(dir)}
		}
		return nil
	}
	m, _ := filepath.Glob(dir)
	var out []string
	for _, d := range m {
		if isDir(d) {
			out = append(out, filepath.Clean(d))
		}
	}
	return out
}

func hasMeta(p string) bool { return strings.ContainsAny(p, `*?[\`) }

func isDir(p string) bool {
	fi, err := os.Stat(p)
	return err == nil && fi.IsDir()
}

// compressedExt lists the extensions of compressed files: trawl does not follow them as logs, and
// decompresses them only to read a file rotated away unseen (see readMiddles).
var compressedExt = []string{".gz", ".bz2", ".xz", ".zst", ".zip", ".lz4", ".lzma", ".z"}

func compressed(name string) bool {
	return slices.Contains(compressedExt, strings.ToLower(filepath.Ext(name)))
}

// probe says whether the file at path can be read and, with sniff, whether its head is text (see
// isText). A missing file is reported with fs.ErrNotExist; an empty file counts as text. Only files
// that trawl found itself are sniffed: one the user named is read whatever its bytes.
func probe(path string, sniff bool) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		return fmt.Errorf("stat %s: %w", path, err)
	}
	if fi.IsDir() {
		return fmt.Errorf("%s: is a directory", path)
	}
	if !sniff || !fi.Mode().IsRegular() {
		return nil // a pipe or device is read as a stream: sniffing would consume it
	}
	buf := make([]byte, sniffBytes)
	n, err := io.ReadFull(f, buf)
	if err != nil && !errors.Is(err, io.EOF) && !errors.Is(err, io.ErrUnexpectedEOF) {
		return fmt.Errorf("read %s: %w", path, err)
	}
	if !isText(buf[:n]) {
		return fmt.Errorf("%s: %w", path, ErrBinary)
	}
	return nil
}

// isText decides from the head of a file whether it is text. NUL bytes are set aside: a crash
// leaves runs of them in the middle of a text log, so they say nothing either way. Of the other
// bytes, at most one in binaryRatio may be a control byte, which no text has but every binary
// format is full of: C0 controls other than whitespace, backspace and ESC, DEL, and C1 bytes
// (0x80-0x9f) that are not part of a UTF-8 character. Valid UTF-8 and Latin-1 letters
// (0xa0-0xff) are text. A head of nothing but NULs has no text to show and is not text.
func isText(b []byte) bool {
	bad, nul := 0, 0
	for i := 0; i < len(b); {
		r, size := utf8.DecodeRune(b[i:])
		switch {
		case b[i] == 0:
			nul++
		case r == utf8.RuneError && size == 1 && !utf8.FullRune(b[i:]):
			size = len(b) - i // a character cut by the end of the sample
		case controlByte(b[i], r, size):
			bad++
		}
		i += size
	}
	rest := len(b) - nul
	if len(b) > 0 && rest == 0 {
		return false
	}
	return bad*binaryRatio <= rest
}

// controlByte reports whether the character r of size bytes, starting with c, is a control that
// text does not carry. Tab, newline, CR, form feed, vertical tab, backspace and ESC (colours) do.
func controlByte(c byte, r rune, size int) bool {
	switch {
	case c < 0x20:
		return !strings.ContainsRune("\t\n\r\f\v\b\x1b", rune(c))
	case c == 0x7f:
		return true
	case r == utf8.RuneError && size == 1:
		return c < 0xa0 // a C1 control in Latin-1; above it, a Latin-1 letter
	}
	return false
}

// systemCause is the system's reason in a path's error ("no such file or directory"), without the
// operation and the path it names, which the warning says in its own words.
func systemCause(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// missing is the warning for a path that does not exist, with the reason as the system gives it.
func missing(path string, err error, waiting bool) error {
	err = systemCause(err)
	if waiting {
		return &Awaited{Path: path, err: fmt.Errorf("%s: %w (waiting for it to appear)", path, err)}
	}
	return fmt.Errorf("%s: %w", path, err)
}

// Awaited is the warning for a path followed before it has anything to read: a file that does not
// exist yet, a directory or a glob with no log in it yet. It is over once a source read from Path
// gives lines (see Met).
type Awaited struct {
	Path string // as the user gave it: a file, a directory or a glob
	err  error
}

func (a *Awaited) Error() string { return a.err.Error() }
func (a *Awaited) Unwrap() error { return a.err }

// Met reports whether a source read from the awaited path has given lines: the file itself, a file
// in the directory, or one the glob matches.
func (a *Awaited) Met(stats []Stats) bool {
	want := filepath.Clean(a.Path)
	for i := range stats {
		if stats[i].Lines == 0 {
			continue
		}
		p := filepath.Clean(stats[i].Path)
		if p == want || strings.HasPrefix(p, want+string(filepath.Separator)) {
			return true
		}
		if ok, _ := filepath.Match(want, p); ok {
			return true
		}
	}
	return false
}
