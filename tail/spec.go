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

// probe says whether the file at path can be read and is text. A missing file is reported with
// fs.ErrNotExist; an empty file counts as text.
func probe(path string) error {
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
	if !fi.Mode().IsRegular() {
		return nil // a pipe or device: it is read as a stream, nothing to sniff without consuming it
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

// isText decides from a file's first bytes whether it is text: at most one byte in 16 that is a
// NUL, invalid UTF-8 or an unusual control character (Latin-1 logs still pass). A stray NUL does
// not make a log binary: crashes and careless writers leave them, and they are shown escaped.
func isText(b []byte) bool {
	bad := 0
	for i := 0; i < len(b); {
		c := b[i]
		if c < utf8.RuneSelf {
			switch {
			case c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v' && c != '\b' && c != 0x1b:
				bad++
			}
			i++
			continue
		}
		r, size := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && size == 1 {
			if !utf8.FullRune(b[i:]) {
				break // a character cut by the end of the sample
			}
			bad++
		}
		i += size
	}
	return bad*16 <= len(b)
}

// missing is the warning for a path that does not exist, with the reason as the system gives it.
func missing(path string, err error, waiting bool) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		err = pe.Err
	}
	if waiting {
		return fmt.Errorf("%s: %w (waiting for it to appear)", path, err)
	}
	return fmt.Errorf("%s: %w", path, err)
}
