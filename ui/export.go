package ui

import (
	"bufio"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"

	"github.com/trawl-dev/trawl/parse"
	"github.com/trawl-dev/trawl/parse/ring"
)

// DefaultClipboardMax caps what y puts on the clipboard, in bytes of text: OSC 52 carries it
// base64-encoded through the terminal, and tmux and many terminals silently drop a payload past
// about 100 KB (this much text encodes to 100,000 bytes). A copy that would not arrive is refused,
// never claimed.
const DefaultClipboardMax = 75_000

// errExists says the export target exists and the user has not agreed to replace it.
var errExists = errors.New("file exists")

// tempPrefix starts the name of an export's temporary file. The leading dot hides it, and the
// name says whose it is, so that a file left by a killed export is not taken for an export.
const tempPrefix = ".trawl-export-"

// staleTempAge is how long a temporary export file must have been left unchanged before an export
// into the same directory removes it. Such a file outlives its export only when trawl was killed
// while writing (SIGKILL, a power cut); a live export writes continuously and renames its file
// within seconds, and ten minutes leaves room for a slow sync of a huge one. Were a live export's
// file removed all the same, that export would fail and say so; a finished file is never touched.
const staleTempAge = 10 * time.Minute

// Export is the export prompt: the path to write, then, if the file exists, whether to replace it.
// It remembers what to write (a snapshot and a range of a view), so that entries arriving while
// the user types do not change the export.
type Export struct {
	input   textinput.Model
	path    string // the resolved path, once entered
	snap    *ring.Snapshot
	rows    Rows
	lo, hi  int
	confirm bool
}

// copiedMsg carries text for the clipboard, built off the event loop.
type copiedMsg struct {
	text   string
	n      int
	tooBig int // when not 0: the selection holds at least this many bytes, past the cap; nothing was copied
}

// exportMsg reports the end of an export.
type exportMsg struct {
	path string
	n    int
	err  error
}

func (e Export) label() string {
	return fmt.Sprintf("export %s entries to: ", group(e.hi-e.lo+1))
}

// View renders the prompt or the overwrite question.
func (e Export) View() string {
	if e.confirm {
		return Sanitize(e.path) + " exists; overwrite? (y/n)"
	}
	return e.label() + e.input.View()
}

// selectionRange returns what an action applies to: the selection, or else fallback's range.
func (m Model) selectionRange(all bool) (snap *ring.Snapshot, rows Rows, lo, hi int, ok bool) {
	s := m.shown()
	rows, snap = s.rows(), s.snap
	if rows == nil || rows.Len() == 0 || snap == nil {
		return nil, nil, 0, 0, false
	}
	lo, hi, sel := m.timeline.Selection()
	if !sel && all {
		lo, hi = 0, rows.Len()-1
	}
	return snap, rows, lo, hi, true
}

// copyCmd copies the selection, or the entry under the cursor, as text.
func (m Model) copyCmd() tea.Cmd {
	snap, rows, lo, hi, ok := m.selectionRange(false)
	if !ok {
		return nil
	}
	limit := m.clipboardMax()
	return func() tea.Msg {
		var b strings.Builder
		n := 0
		for i := lo; i <= hi; i++ {
			raw := snap.Raw(rows.At(i))
			if b.Len()+len(raw) > limit {
				return copiedMsg{n: hi - lo + 1, tooBig: b.Len() + len(raw)}
			}
			if n > 0 {
				b.WriteByte('\n')
			}
			b.WriteString(strings.Join(sanitizeLines(string(raw)), "\n"))
			n++
		}
		return copiedMsg{text: b.String(), n: n}
	}
}

// onCopied reports the copy and hands the text to the terminal, or says why it did not.
func (m Model) onCopied(msg copiedMsg) (tea.Model, tea.Cmd) {
	if msg.tooBig == 0 && len(msg.text) > m.clipboardMax() {
		msg.tooBig = len(msg.text)
	}
	if msg.tooBig > 0 {
		text := fmt.Sprintf("not copied: %s entries are over %s KB, more than a terminal's clipboard takes; e exports them",
			group(msg.n), group((msg.tooBig+999)/1000))
		return m, m.notify(text, true)
	}
	text := fmt.Sprintf("copied %d entries", msg.n)
	if msg.n == 1 {
		text = "copied 1 entry"
	}
	return m, tea.Batch(m.notify(text, false), tea.SetClipboard(msg.text))
}

// clipboardMax is the configured cap of a copy, in bytes of text.
func (m Model) clipboardMax() int {
	if m.cfg.ClipboardMax > 0 {
		return m.cfg.ClipboardMax
	}
	return DefaultClipboardMax
}

// startExport opens the prompt with the default name in the working directory.
func (m Model) startExport() (tea.Model, tea.Cmd) {
	snap, rows, lo, hi, ok := m.selectionRange(true)
	if !ok {
		return m, m.notify("nothing to export", true)
	}
	m.export.snap, m.export.rows, m.export.lo, m.export.hi = snap, rows, lo, hi
	m.export.confirm = false
	m.export.input.Prompt = ""
	// The prompt's input is built as a zero value, which has no key bindings: without these,
	// backspace, ctrl+u and the arrows do nothing and the suggested name cannot be edited.
	m.export.input.KeyMap = textinput.DefaultKeyMap()
	m.export.input.SetVirtualCursor(false)
	m.export.input.SetValue(m.cfg.Now().In(m.loc()).Format("trawl-20060102-150405.jsonl"))
	m.export.input.CursorEnd()
	m.focus = focusPrompt
	return m, m.export.input.Focus()
}

// onExportKey handles the prompt and the overwrite question.
func (m Model) onExportKey(msg tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	k := m.keys
	if m.focus == focusConfirm {
		switch {
		case key.Matches(msg, k.Yes):
			m.focus = focusNone
			return m, m.export.writeCmd(true)
		case key.Matches(msg, k.No, k.Back):
			m.focus = focusNone
			return m, m.notify("export cancelled", false)
		}
		return m, nil
	}
	switch {
	case key.Matches(msg, k.Confirm):
		p := strings.TrimSpace(m.export.input.Value())
		if p == "" {
			return m, nil
		}
		if !filepath.IsAbs(p) {
			p = filepath.Join(m.cfg.WorkDir, p)
		}
		m.export.path = p
		m.export.input.Blur()
		m.focus = focusNone
		return m, m.export.writeCmd(false)
	case key.Matches(msg, k.Back):
		m.export.input.Blur()
		m.focus = focusNone
		return m, nil
	}
	return m.onInput(msg)
}

// onExported reports the result, or asks before replacing an existing file.
func (m Model) onExported(msg exportMsg) (tea.Model, tea.Cmd) {
	switch {
	case errors.Is(msg.err, errExists):
		m.export.path = msg.path
		m.export.confirm = true
		m.focus = focusConfirm
	case msg.err != nil:
		return m, m.notify("export failed: "+msg.err.Error(), true)
	default:
		return m, m.notify(fmt.Sprintf("wrote %s entries to %s", group(msg.n), msg.path), false)
	}
	return m, nil
}

// writeCmd writes the chosen entries as JSON Lines off the event loop.
func (e Export) writeCmd(overwrite bool) tea.Cmd {
	snap, rows, lo, hi, path := e.snap, e.rows, e.lo, e.hi, e.path
	return func() tea.Msg {
		n, err := writeJSONL(path, snap, rows, lo, hi, overwrite)
		return exportMsg{path: path, n: n, err: err}
	}
}

// writeJSONL writes entries lo..hi of rows to path through a temporary file in the same
// directory, synced before it takes the final name, so that the file is never seen half written.
// Without overwrite an existing file is left alone and errExists returned: the final step is a
// hard link, which fails if the name exists, so there is no window between a check and the write.
// On any failure the temporary file is removed and the error names path and the reason; a
// temporary file that a killed export left in the directory is removed once stale.
func writeJSONL(path string, snap *ring.Snapshot, rows Rows, lo, hi int, overwrite bool) (n int, err error) {
	old, statErr := os.Lstat(path)
	if statErr == nil && !overwrite {
		return 0, errExists
	}
	dir := filepath.Dir(path)
	removeStaleTemps(dir, time.Now())
	f, err := os.CreateTemp(dir, tempPrefix+"*")
	if err != nil {
		return 0, exportErr(path, err)
	}
	tmp := f.Name()
	defer func() {
		if err != nil {
			f.Close()
			os.Remove(tmp)
		}
	}()
	w := bufio.NewWriterSize(f, 1<<20)
	var buf []byte
	for i := lo; i <= hi; i++ {
		e, ok := snap.Entry(rows.At(i))
		if !ok {
			continue
		}
		buf = parse.AppendJSON(buf[:0], e)
		if _, err = w.Write(buf); err != nil {
			return 0, exportErr(path, err)
		}
		n++
	}
	if err = w.Flush(); err == nil && statErr == nil && old.Mode().IsRegular() {
		err = keepOwnerAndMode(f, old)
	}
	if err == nil {
		err = f.Sync()
	}
	if err == nil {
		err = f.Close()
	}
	if err != nil {
		return 0, exportErr(path, err)
	}
	if err = publish(tmp, path, overwrite); err != nil {
		return 0, exportErr(path, err)
	}
	syncDir(dir)
	return n, nil
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
		return errExists
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

// exportErr names the export's target and the reason it failed ("no space left on device",
// "read-only file system", "permission denied"). The step that failed and the temporary file's
// name, which the underlying error carries, mean nothing to the user, who typed path.
func exportErr(path string, err error) error {
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
