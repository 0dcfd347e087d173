package export

import (
	"fmt"
	"io/fs"
	"path/filepath"
	"strings"
	"time"

	"github.com/trawl-dev/trawl/parse"
)

// Shape is how entries are written: the same three shapes serve the headless output (--output)
// and an export from the interface.
type Shape uint8

const (
	// JSONLines is one JSON object per entry, in the schema of parse.AppendJSON.
	JSONLines Shape = iota
	// Raw is each entry's text as it was read, its lines and a newline: a time-merged, filtered
	// cat of the sources.
	Raw
	// Text is one readable line per entry, as the interface shows it: time, level, source, host
	// and the message's first line, with the count of the lines that follow.
	Text
)

var shapeNames = [...]string{JSONLines: "jsonl", Raw: "raw", Text: "text"}

func (s Shape) String() string {
	if int(s) < len(shapeNames) {
		return shapeNames[s]
	}
	return "jsonl"
}

// ParseShape reads a shape's name, as --output takes it.
func ParseShape(name string) (Shape, error) {
	for s, n := range shapeNames {
		if strings.EqualFold(name, n) {
			return Shape(s), nil
		}
	}
	return JSONLines, fmt.Errorf("%q: want jsonl, raw or text", name)
}

// ShapeFor is the shape an export takes from its file name: .log writes the raw lines, .txt the
// readable text, and any other name JSON Lines.
func ShapeFor(path string) Shape {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".log":
		return Raw
	case ".txt":
		return Text
	}
	return JSONLines
}

// Options are what the text shape needs besides the entry.
type Options struct {
	Shape Shape
	Color bool           // text: colour the level, source and time with SGR sequences
	Zone  *time.Location // text: the zone times are shown in; nil is UTC
	// Terminal says the output is a terminal: raw lines then have their controls made visible as
	// the text shape shows them, since a log line must never drive the user's terminal.
	Terminal bool
	// Created, when set, is told of the file Write creates, before it is written and named: an
	// export into a directory trawl follows must not be read back as one more log.
	Created func(fs.FileInfo)
	// Followed, when set, says whether an existing file is a log trawl follows: Write refuses to
	// replace it, whatever overwrite says.
	Followed func(fs.FileInfo) bool
	// Formats are the run's formats defined without code: JSON Lines write their entries' fields.
	Formats parse.Defined
	// Abandon, when closed, stops Write between entries: it removes its temporary file and returns
	// ErrAbandoned (a user quitting while an export is written, who chose not to wait).
	Abandon <-chan struct{}
}

// Append appends e in the shape o asks for, with its final newline.
func (o Options) Append(dst []byte, e *parse.Entry) []byte {
	switch o.Shape {
	case Raw:
		if o.Terminal {
			return appendRawVisible(dst, e)
		}
		return AppendRaw(dst, e)
	case Text:
		return o.appendText(dst, e)
	}
	return o.Formats.AppendJSON(dst, *e)
}

// appendRawVisible is AppendRaw for a terminal: each line with its controls made visible.
func appendRawVisible(dst []byte, e *parse.Entry) []byte {
	for line := range strings.SplitSeq(e.Raw, "\n") {
		dst = append(sanitizeInto(dst, line), '\n')
	}
	return dst
}

// AppendRaw appends the entry's text and a newline. It is the text as read: an entry of several
// lines gives them all, and the bytes are not escaped or checked (the output is the log again).
// Two things of the source are not kept: the CR of a CRLF line end, which the reader strips, and
// the part of an entry past --max-entry-size, which it cuts.
func AppendRaw(dst []byte, e *parse.Entry) []byte {
	dst = append(dst, e.Raw...)
	return append(dst, '\n')
}
