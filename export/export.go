// Package export writes log entries in one of three shapes (Shape): JSON Lines, one object per
// entry (see parse.AppendJSON); the raw lines as they were read; or one readable line per entry.
// The headless output uses the shapes; an export from the interface writes them to a file.
//
// It guarantees:
//   - A file is never seen half written: entries go to a temporary file in the target's directory,
//     which is synced before it takes the final name.
//   - A file is never replaced without consent: without overwrite, an existing target is left alone
//     and ErrExists returned, with no window between a check and the write.
//   - An export is private: a new file has mode 0600 whatever the umask, and a file it replaces
//     keeps its own mode and, as far as the process may, its owner.
//   - A symbolic link is kept and the file it names is written, unless another user left it in a
//     shared sticky folder such as /tmp (the kernel's protected_symlinks rule); a device, a pipe
//     or a socket is refused, never replaced (a rename over /dev/null would replace the system's
//     device).
//   - A failure leaves nothing behind and names the target and the reason.
package export

import (
	"bufio"
	"errors"
	"fmt"
	"io/fs"
	"iter"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/trawl-dev/trawl/parse"
)

// ErrExists says the target exists and the caller did not ask to replace it.
var ErrExists = errors.New("file exists")

// ErrAbandoned says the write was stopped through Options.Abandon; nothing was left behind.
var ErrAbandoned = errors.New("export abandoned")

// TempPrefix starts the name of an export's temporary file. The leading dot hides it, and the
// name says whose it is, so that a file left by a killed export is not taken for an export, nor
// read as a log by a trawl following its directory.
const TempPrefix = ".trawl-export-"

const tempPrefix = TempPrefix

// staleTempAge is how long a temporary export file must have been left unchanged before an export
// into the same directory removes it. Such a file outlives its export only when trawl was killed
// while writing (SIGKILL, a power cut); a live export writes continuously and renames its file
// within seconds, and ten minutes leaves room for a slow sync of a huge one. Were a live export's
// file removed all the same, that export would fail and say so; a finished file is never touched.
const staleTempAge = 10 * time.Minute

// bufferSize is the write buffer: large enough that an export of a million entries makes a few
// hundred system calls, small enough to be nothing beside the ring.
const bufferSize = 1 << 20

// Write writes entries to path in the shape o asks for and returns how many it wrote. Without
// overwrite an existing file is left alone and ErrExists returned: the final step is a hard link,
// which fails if the name exists. On any other failure the temporary file is removed and the error
// names path and the reason; a temporary file that a killed export left in the directory is
// removed once stale.
func Write(path string, entries iter.Seq[parse.Entry], o Options, overwrite bool) (n int, err error) {
	old, statErr := os.Lstat(path)
	target := path
	if statErr == nil && old.Mode()&fs.ModeSymlink != 0 {
		// A link is kept and the file it names is written, as a shell's redirection does:
		// replacing the link would leave the file it names as it was.
		if !linkFollowable(path, old) {
			return 0, fmt.Errorf("%s: a symbolic link another user left in a shared folder; choose another name", path)
		}
		if target, err = filepath.EvalSymlinks(path); err != nil {
			return 0, fmt.Errorf("%s: a symbolic link to a file that cannot be reached", path)
		}
		old, statErr = os.Lstat(target)
	}
	switch {
	case statErr == nil && old.IsDir():
		return 0, fmt.Errorf("%s: is a directory", path) // no question to ask: it cannot be replaced
	case statErr == nil && o.Followed != nil && o.Followed(old):
		return 0, fmt.Errorf("%s: is a log being followed; choose another name", path)
	case statErr == nil && !old.Mode().IsRegular():
		// A device, a pipe or a socket: renaming a file over /dev/null would replace the
		// system's device, and a pipe nobody reads would hold the interface.
		return 0, fmt.Errorf("%s: is not a regular file (a device, a pipe or a socket)", path)
	case statErr == nil && !overwrite:
		return 0, ErrExists
	}
	path = target
	dir := filepath.Dir(path)
	removeStaleTemps(dir, time.Now())
	f, err := os.CreateTemp(dir, tempPrefix+"*")
	if err != nil {
		// The file is written beside the target and renamed over it: the folder must take a new
		// file, which /proc's does not ("no such file or directory" named the target, which exists).
		if fi, serr := os.Stat(dir); serr == nil && fi.IsDir() && errors.Is(err, fs.ErrNotExist) {
			return 0, fmt.Errorf("%s: cannot create a new file in %s to write it; choose another folder", path, dir)
		}
		return 0, targetErr(path, err) // no such folder, a read-only one, a full disk: the reason says it
	}
	tmp := f.Name()
	if o.Created != nil {
		if fi, err := f.Stat(); err == nil {
			o.Created(fi) // before it has its name, which the same file keeps
		}
	}
	defer func() {
		if err != nil {
			f.Close()
			os.Remove(tmp)
		}
	}()
	if n, err = write(f, entries, o); err == nil && statErr == nil && old.Mode().IsRegular() {
		err = keepOwnerAndMode(f, old)
	}
	if err == nil {
		err = f.Sync()
	}
	if err == nil {
		err = f.Close()
	}
	if err == nil {
		err = publish(tmp, path, overwrite)
	}
	if err != nil {
		return 0, targetErr(path, err)
	}
	syncDir(dir)
	return n, nil
}

// LinkTarget returns the file that path names when it is a symbolic link, else "": a question
// whether to replace it names the file that would be written.
func LinkTarget(path string) string {
	if fi, err := os.Lstat(path); err != nil || fi.Mode()&fs.ModeSymlink == 0 {
		return ""
	}
	target, err := filepath.EvalSymlinks(path)
	if err != nil {
		return ""
	}
	return target
}

// write encodes the entries into f through a buffer.
func write(f *os.File, entries iter.Seq[parse.Entry], o Options) (int, error) {
	w := bufio.NewWriterSize(f, bufferSize)
	var buf []byte
	n, since := 0, 0 // bytes written since the last look at Abandon
	for e := range entries {
		if (n%abandonEvery == 0 || since >= abandonBytes) && abandoned(o.Abandon) {
			return 0, ErrAbandoned
		}
		if since >= abandonBytes {
			since = 0
		}
		buf = o.Append(buf[:0], &e)
		if _, err := w.Write(buf); err != nil {
			return 0, err
		}
		n, since = n+1, since+len(buf)
	}
	return n, w.Flush()
}

// abandonEvery and abandonBytes bound the entries and the bytes written between two looks at
// Options.Abandon: a few milliseconds of work, whether the entries are short or a megabyte each.
const (
	abandonEvery = 4096
	abandonBytes = 4 << 20
)

// abandoned reports whether c is closed; a nil c never is.
func abandoned(c <-chan struct{}) bool {
	select {
	case <-c:
		return true
	default:
		return false
	}
}

// keepOwnerAndMode gives the new file that replaces old its owner and mode. A new export keeps
// the mode os.CreateTemp gave it, 0600: logs hold credentials and addresses, and an export of
// auth.log must not become readable by everyone.
func keepOwnerAndMode(f *os.File, old fs.FileInfo) error {
	chownLike(f, old) // only root may give a file away; the mode holds all the same
	return f.Chmod(old.Mode().Perm())
}

// publish gives the written temporary file its final name.
func publish(tmp, path string, overwrite bool) error {
	if overwrite {
		return os.Rename(tmp, path)
	}
	err := os.Link(tmp, path)
	switch {
	case errors.Is(err, fs.ErrExist):
		return ErrExists
	case err != nil:
		// Some file systems have no hard links; fall back to a rename after the check above.
		return os.Rename(tmp, path)
	}
	os.Remove(tmp)
	return nil
}

// syncDir makes the new name durable; failing to is not worth reporting, the data is synced.
func syncDir(dir string) {
	if d, err := os.Open(dir); err == nil {
		d.Sync()
		d.Close()
	}
}

// targetErr names the export's target and the reason it failed ("no space left on device",
// "read-only file system", "permission denied"). The step that failed and the temporary file's
// name, which the underlying error carries, mean nothing to the user, who typed path. ErrExists
// is returned as it is, for errors.Is.
func targetErr(path string, err error) error {
	if errors.Is(err, ErrExists) {
		return err
	}
	var pe *fs.PathError
	var le *os.LinkError
	switch {
	case errors.As(err, &pe):
		err = pe.Err
	case errors.As(err, &le):
		err = le.Err
	}
	return fmt.Errorf("%s: %w", path, err)
}

// removeStaleTemps removes from dir the temporary files of exports that were killed before they
// finished (see staleTempAge). Only regular files named exactly as os.CreateTemp names ours, a
// prefix and decimal digits, are candidates. Failing to remove one is not worth reporting: the
// file is hidden and harms nothing but the space it takes. now is the real clock, since it is
// compared with the file system's times.
func removeStaleTemps(dir string, now time.Time) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return
	}
	for _, e := range entries {
		digits, ok := strings.CutPrefix(e.Name(), tempPrefix)
		if !ok || digits == "" || strings.Trim(digits, "0123456789") != "" || !e.Type().IsRegular() {
			continue
		}
		if info, err := e.Info(); err == nil && now.Sub(info.ModTime()) > staleTempAge {
			os.Remove(filepath.Join(dir, e.Name()))
		}
	}
}
