package ui

import (
	"errors"
	"fmt"
	"io/fs"
	"iter"
	"os"
	"path/filepath"
	"strings"
	"time"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"

	"github.com/trawl-dev/trawl/export"
	"github.com/trawl-dev/trawl/keymap"
	"github.com/trawl-dev/trawl/parse"
	"github.com/trawl-dev/trawl/parse/ring"
)

// exportStage is where the export prompt is.
type exportStage uint8

const (
	exportClosed  exportStage = iota
	exportPath                // asking for the path
	exportConfirm             // asking whether to replace the existing file
)

// Export is the export prompt: the path to write, then, if the file exists, whether to replace it.
// It remembers what to write (a snapshot and a range of a view), so that entries arriving while
// the user types do not change the export; the writing itself is package export's, in a Cmd. It
// reports how it went with a noticeMsg.
type Export struct {
	keys     *keymap.KeyMap
	workDir  string
	input    textinput.Model
	stage    exportStage
	path     string // the resolved path, once entered
	linkTo   string // the file path names, when it is a symbolic link the question would write through
	snap     *ring.Snapshot
	rows     Rows
	lo, hi   int
	zone     *time.Location // of the times the text shape writes, the one the timeline shows
	width    int            // of the prompt's line
	written  func(path string, fi os.FileInfo)
	followed func(fi os.FileInfo) bool
	formats  parse.Defined // the fields of entries formats defined without code read
	// writing counts the writes under way; closing abandon stops them (see Abandon).
	writing int
	abandon chan struct{}
}

// exportMsg reports the end of a write.
type exportMsg struct {
	path  string
	shape export.Shape
	n     int
	err   error
	// what was to be written, so that the question to replace a file asks about these entries
	// even when another prompt was opened while the write ran
	snap   *ring.Snapshot
	rows   Rows
	lo, hi int
}

// noticeMsg asks the root to show a one-off notice.
type noticeMsg struct {
	text  string
	isErr bool
}

func notice(text string, isErr bool) tea.Cmd {
	return func() tea.Msg { return noticeMsg{text: text, isErr: isErr} }
}

// maxExportPath is the longest path the export prompt takes, Linux's PATH_MAX.
const maxExportPath = 4096

// NewExport returns a closed prompt whose relative paths are taken from workDir.
func NewExport(keys *keymap.KeyMap, workDir string) Export {
	in := textinput.New()
	in.Prompt = ""
	in.CharLimit = maxExportPath // see Model.input's limit
	in.SetVirtualCursor(false)
	return Export{keys: keys, workDir: workDir, input: in, abandon: make(chan struct{})}
}

// Writing reports whether a write is under way.
func (e Export) Writing() bool { return e.writing > 0 }

// Abandon stops the writes under way, which remove their temporary files and report
// export.ErrAbandoned; later writes are stopped at once.
func (e *Export) Abandon() {
	select {
	case <-e.abandon: // abandoned already
	default:
		close(e.abandon)
	}
}

// SetWidth sets the width of the prompt's line.
func (e *Export) SetWidth(w int) {
	e.width = w
	e.fit()
}

// SetStyles styles the path input.
func (e *Export) SetStyles(s textinput.Styles) { e.input.SetStyles(s) }

// Active reports whether the prompt has the keys.
func (e Export) Active() bool { return e.stage != exportClosed }

// Open asks where to write entries lo..hi of rows, suggesting name; times written as text are
// shown in zone.
func (e Export) Open(snap *ring.Snapshot, rows Rows, lo, hi int, name string, zone *time.Location) (Export, tea.Cmd) {
	e.snap, e.rows, e.lo, e.hi, e.zone = snap, rows, lo, hi, zone
	e.fit() // the label counts these entries
	e.stage = exportPath
	e.input.SetValue(name)
	e.input.CursorEnd()
	return e, e.input.Focus()
}

// Update handles the prompt's keys and pastes, and the end of a write.
func (e Export) Update(msg tea.Msg) (Export, tea.Cmd) {
	switch msg := msg.(type) {
	case exportMsg:
		return e.onWritten(msg)
	case tea.KeyPressMsg:
		if e.stage == exportConfirm {
			return e.onConfirmKey(msg)
		}
		return e.onPathKey(msg)
	case tea.PasteMsg:
		if e.stage == exportPath {
			var cmd tea.Cmd
			e.input, cmd = e.input.Update(msg)
			dropHidden(&e.input)
			return e, cmd
		}
	}
	return e, nil
}

// typedPath is where a typed path points: "~/" is the home directory, as a shell reads it, and a
// relative path is under dir, where trawl was started.
func typedPath(p, dir string) string {
	if rest, ok := strings.CutPrefix(p, "~/"); ok || p == "~" {
		if home, err := os.UserHomeDir(); err == nil {
			return filepath.Join(home, rest)
		}
	}
	if !filepath.IsAbs(p) {
		return filepath.Join(dir, p)
	}
	return p
}

// onPathKey edits the path; enter writes, esc cancels.
func (e Export) onPathKey(msg tea.KeyPressMsg) (Export, tea.Cmd) {
	switch {
	case key.Matches(msg, e.keys.Confirm):
		p := strings.TrimSpace(e.input.Value())
		if p == "" {
			return e, nil
		}
		e.path = typedPath(p, e.workDir)
		e.input.Blur()
		e.stage = exportClosed
		e.writing++
		return e, e.writeCmd(false)
	case key.Matches(msg, e.keys.Back):
		e.input.Blur()
		e.stage = exportClosed
		return e, nil
	}
	var cmd tea.Cmd
	e.input, cmd = e.input.Update(msg)
	dropHidden(&e.input)
	return e, cmd
}

// onConfirmKey answers whether to replace the existing file.
func (e Export) onConfirmKey(msg tea.KeyPressMsg) (Export, tea.Cmd) {
	switch {
	case key.Matches(msg, e.keys.Yes):
		e.stage = exportClosed
		e.writing++
		return e, e.writeCmd(true)
	case key.Matches(msg, e.keys.No, e.keys.Back):
		e.stage = exportClosed
		return e, notice("export cancelled", false)
	}
	return e, nil
}

// onWritten reports the result, or asks before replacing an existing file.
func (e Export) onWritten(msg exportMsg) (Export, tea.Cmd) {
	e.writing = max(e.writing-1, 0)
	switch {
	case errors.Is(msg.err, export.ErrExists) && e.stage != exportClosed:
		// Another prompt is open: it keeps the keys; this write is not done.
		return e, notice("not written: "+msg.path+" exists", true)
	case errors.Is(msg.err, export.ErrExists):
		e.path, e.stage = msg.path, exportConfirm
		e.linkTo = export.LinkTarget(msg.path)
		e.snap, e.rows, e.lo, e.hi = msg.snap, msg.rows, msg.lo, msg.hi
		return e, nil
	case msg.err != nil:
		return e, notice("export failed: "+msg.err.Error(), true)
	}
	return e, notice(fmt.Sprintf("wrote %s to %s (%s)", counted(msg.n, "entry", "entries"), msg.path, msg.shape), false)
}

// writeCmd writes the chosen entries off the event loop, in the shape the file name asks for
// (export.ShapeFor: .log the raw lines, .txt readable text, else JSON Lines).
func (e Export) writeCmd(overwrite bool) tea.Cmd {
	snap, rows, lo, hi, path := e.snap, e.rows, e.lo, e.hi, e.path
	o := export.Options{Shape: export.ShapeFor(path), Zone: e.zone, Formats: e.formats}
	if written := e.written; written != nil {
		o.Created = func(fi fs.FileInfo) { written(path, fi) }
	}
	o.Followed = e.followed
	o.Abandon = e.abandon
	return func() tea.Msg {
		n, err := export.Write(path, entriesOf(snap, rows, lo, hi), o, overwrite)
		return exportMsg{path: path, shape: o.Shape, n: n, err: err, snap: snap, rows: rows, lo: lo, hi: hi}
	}
}

// exportWhenDone opens the export prompt that waited for the focused view's search, once that
// search is done (see startExport).
func (m Model) exportWhenDone(v *viewer) (Model, tea.Cmd) {
	if !m.exportWaits || v.key != m.waitKey || v.busy {
		return m, nil
	}
	m.exportWaits = false
	if v.gen != m.waitGen || v.key != m.focused().key || m.searching || m.export.Active() {
		return m, nil // the search waited for was replaced, or the user went on to something else
	}
	next, cmd := m.startExport()
	return next.(Model), cmd
}

// entriesOf yields entries lo..hi of rows that snap still holds.
func entriesOf(snap *ring.Snapshot, rows Rows, lo, hi int) iter.Seq[parse.Entry] {
	return func(yield func(parse.Entry) bool) {
		for i := lo; i <= hi; i++ {
			if e, ok := snap.Entry(rows.At(i)); ok && !yield(e) {
				return
			}
		}
	}
}

// label is the prompt before the path, as long as leaves the path at least half the line: in a
// narrow terminal the count gives way first, then the words.
func (e Export) label() string {
	full := "export " + counted(e.hi-e.lo+1, "entry", "entries") + " to: "
	if e.width == 0 {
		return full
	}
	if l := firstFitting(e.width/2, full, "export to: "); l != "" {
		return l
	}
	return "→ "
}

// View renders the prompt or the overwrite question.
func (e Export) View() string {
	if e.stage == exportConfirm {
		if e.linkTo != "" {
			return SanitizeName(e.path) + " (a link to " + SanitizeName(e.linkTo) + ") exists; overwrite? (y/n)"
		}
		return SanitizeName(e.path) + " exists; overwrite? (y/n)"
	}
	return e.label() + e.input.View()
}

// fit sizes the path input to the rest of the prompt's line after the label.
func (e *Export) fit() {
	if e.width > 0 {
		e.input.SetWidth(max(e.width-textWidth(e.label())-1, 1))
		e.input.SetCursor(e.input.Position()) // the part of a long path shown, for the new width
	}
}

// Cursor is the terminal cursor in the prompt's line, or nil.
func (e Export) Cursor() *tea.Cursor {
	if e.stage != exportPath {
		return nil
	}
	c := inputCursor(e.input)
	if c != nil {
		c.X += textWidth(e.label())
	}
	return c
}

// Help is the help of the prompt's stage.
func (e Export) Help(km keymap.KeyMap) keymap.Help {
	if e.stage == exportConfirm {
		return keymap.ConfirmHelp(km)
	}
	return keymap.PromptHelp(km)
}

// startExport opens the prompt for the focused viewer's selection, or its whole view, with a
// default name in the working directory.
func (m Model) startExport() (tea.Model, tea.Cmd) {
	if v := m.focused(); v.busy {
		// A search still under way has found only some of its entries: the prompt opens, with
		// the final count, when it is done (see exportWhenDone).
		m.exportWaits, m.waitKey, m.waitGen = true, v.key, v.gen
		return m, m.notify("export: waiting for the search to finish…", false)
	}
	m.exportWaits = false
	snap, rows, lo, hi, ok := m.focusedRange(true)
	if !ok {
		return m, m.notify("nothing to export", true)
	}
	name := m.cfg.Now().In(m.loc()).Format("trawl-20060102-150405.jsonl")
	var cmd tea.Cmd
	m.export, cmd = m.export.Open(snap, rows, lo, hi, name, m.loc())
	return m, cmd
}
