// Package lnavformat reads the log format files users already have for lnav, the JSON files of
// https://lnav.org/schemas/format-v1.schema.json, into formats the parse package reads lines with.
//
// It reads every *.json file under a directory, in lexical order, with the comments lnav allows
// ("//" and "/* */"). Each top-level key other than "$schema" is a format; a format named in several
// files is their overlay, as lnav builds it: later files add patterns, levels, timestamp formats
// and samples, and replace the other keys.
//
// What is used: "regex" (each pattern's "pattern", tried in the order of the pattern names;
// "module-format" patterns are skipped, since they only apply inside syslog bodies),
// "timestamp-format", "timestamp-field", "level-field", "level", "body-field", "file-pattern" and
// "sample" (each sample must be read by the format, and the samples order the formats so that the
// specific ones are tried before the generic ones, as lnav does), and of "value" the kind of each
// field (an "integer" or "float" field is written as a JSON number). The other named groups of a
// pattern are the entry's fields. Everything else ("opid-field", "line-format", "highlights",
// "action", "search-table", …) is ignored.
//
// Nothing is dropped in silence: a file that is not JSON, a format that is a JSON-lines format, a
// pattern RE2 cannot compile, an unknown level or a sample no pattern reads is an *Error that names
// the file, the format and the part. The rest of the directory still loads.
package lnavformat

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"maps"
	"os"
	"path"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"time"

	"github.com/trawl-dev/trawl/parse"
)

// ErrJSONFormat says a definition describes JSON lines ("json": true or "file-type": "json").
// trawl does not read those through a definition: its own JSON parser finds the time, level,
// message and host keys of every JSON line.
var ErrJSONFormat = errors.New(`JSON-lines formats ("json": true) are not read from definitions: trawl's own JSON parser reads those lines`)

// Error is a definition, or a part of one, that could not be used. Its text holds no control
// characters, so that it can be printed on a terminal as it is, whatever the file contained.
type Error struct {
	File string // the file, or files joined with ", ", the part came from
	Err  error  // a *parse.CustomError when the part belongs to one format
}

func (e *Error) Error() string { return printable(e.File + ": " + e.Err.Error()) }

func (e *Error) Unwrap() error { return e.Err }

// Load reads the definitions of every *.json file in fsys. Error.File is the path inside fsys.
func Load(fsys fs.FS) ([]*parse.Custom, []error) {
	l := newLoader()
	l.add(fsys, "")
	return l.compile()
}

// LoadDirs reads the definitions of every *.json file in each directory, later directories
// overlaying earlier ones. Error.File is the file's path; a directory that cannot be read is an
// error too, so callers pass only the directories they expect to exist.
func LoadDirs(dirs []string) ([]*parse.Custom, []error) {
	l := newLoader()
	for _, d := range dirs {
		l.add(os.DirFS(d), d)
	}
	return l.compile()
}

// loader accumulates the definitions of several files before compiling them, so that a format
// spread over files is compiled once, whole.
type loader struct {
	defs map[string]*definition
	errs []error
}

// definition is one format as the files so far define it.
type definition struct {
	raw    rawFormat
	files  []string
	origin map[string]string // pattern name → the file that defined it last
	kinds  map[string]string // field name → its "value" kind, as the files so far give it
}

// rawFormat holds the keys of an lnav format that trawl uses; encoding/json ignores the others.
type rawFormat struct {
	JSON            bool                       `json:"json"`
	FileType        string                     `json:"file-type"`
	FilePattern     string                     `json:"file-pattern"`
	Regex           map[string]rawPattern      `json:"regex"`
	TimestampFormat []string                   `json:"timestamp-format"`
	TimestampField  string                     `json:"timestamp-field"`
	LevelField      string                     `json:"level-field"`
	BodyField       string                     `json:"body-field"`
	Level           map[string]json.RawMessage `json:"level"`
	Sample          []struct {
		Line string `json:"line"`
	} `json:"sample"`
}

type rawPattern struct {
	Pattern      string `json:"pattern"`
	ModuleFormat bool   `json:"module-format"`
}

func newLoader() *loader { return &loader{defs: map[string]*definition{}} }

// add reads the *.json files of fsys; dir prefixes the names in errors.
func (l *loader) add(fsys fs.FS, dir string) {
	// The walk reports each error itself and goes on, so WalkDir has none to return.
	_ = fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			l.errs = append(l.errs, &Error{File: filepath.Join(dir, filepath.FromSlash(p)), Err: bare(err)})
			return nil
		}
		if !d.IsDir() && strings.HasSuffix(p, ".json") && !strings.HasPrefix(path.Base(p), "config.") {
			// (a symlink to a file is read too; lnav keeps its configuration beside the formats,
			// in config.*.json files, which are no formats)
			l.file(fsys, p, filepath.Join(dir, filepath.FromSlash(p)))
		}
		return nil
	})
}

// maxFileBytes bounds one definition file: lnav's largest run to tens of kilobytes, and a file
// past this (or /dev/zero behind a symlink) is no definition.
const maxFileBytes = 4 << 20

// readRegular reads p when it is a regular file (after symlinks) of at most maxFileBytes.
func readRegular(fsys fs.FS, p string) ([]byte, error) {
	fi, err := fs.Stat(fsys, p)
	switch {
	case err != nil:
		return nil, err
	case !fi.Mode().IsRegular():
		return nil, errors.New("not a regular file, not read")
	case fi.Size() > maxFileBytes:
		return nil, fmt.Errorf("%d bytes, more than a definition file holds (%d), not read", fi.Size(), maxFileBytes)
	}
	f, err := fsys.Open(p)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, maxFileBytes+1))
	if err == nil && len(data) > maxFileBytes {
		err = fmt.Errorf("grew past %d bytes while read, not read", maxFileBytes)
	}
	return data, err
}

// file decodes one file into the definitions. Only regular files are read, whole and within
// maxFileBytes: a FIFO named *.json would block start-up for ever, and a device would not end.
func (l *loader) file(fsys fs.FS, p, name string) {
	data, err := readRegular(fsys, p)
	if err != nil {
		l.errs = append(l.errs, &Error{File: name, Err: bare(err)})
		return
	}
	var top map[string]json.RawMessage
	if err := json.Unmarshal(stripComments(stripShebang(data)), &top); err != nil {
		l.errs = append(l.errs, &Error{File: name, Err: notJSON(data, err)})
		return
	}
	for _, fname := range slices.Sorted(maps.Keys(top)) {
		if fname == "$schema" {
			continue
		}
		if err := l.format(fname, top[fname], name); err != nil {
			l.errs = append(l.errs, &Error{File: name, Err: &parse.CustomError{Format: fname, Kind: "format", Err: err}})
		}
	}
}

// format overlays one file's definition of a format on what earlier files defined.
func (l *loader) format(fname string, msg json.RawMessage, file string) error {
	def := l.defs[fname]
	if def == nil {
		def = &definition{origin: map[string]string{}}
	}
	// Decode into a copy, so that a file that fails half-way leaves the definition as it was.
	next := def.raw
	next.Regex, next.Level, next.Sample, next.TimestampFormat = maps.Clone(def.raw.Regex), maps.Clone(def.raw.Level), nil, nil
	if err := json.Unmarshal(msg, &next); err != nil {
		return typeError(err)
	}
	// lnav appends a later file's timestamp formats to the earlier ones, as it does samples.
	layouts := slices.Clone(def.raw.TimestampFormat)
	for _, f := range next.TimestampFormat {
		if !slices.Contains(layouts, f) {
			layouts = append(layouts, f)
		}
	}
	next.TimestampFormat = layouts
	var patterns struct {
		Regex map[string]json.RawMessage `json:"regex"`
	}
	_ = json.Unmarshal(msg, &patterns) // it decoded as a whole just above
	for p := range patterns.Regex {
		def.origin[p] = file
	}
	next.Sample = append(def.raw.Sample, next.Sample...)
	if def.kinds == nil {
		def.kinds = map[string]string{}
	}
	noteKinds(def.kinds, msg)
	def.raw = next
	def.files = append(def.files, file)
	l.defs[fname] = def
	return nil
}

// noteKinds records the kind each field of a definition's "value" names. lnav's "value" says much
// more, which trawl does not use; a description it cannot read (not an object, a kind that is no
// string) is passed over as the rest of "value" is, and a file that describes a field without a
// kind leaves the kind an earlier file gave.
func noteKinds(kinds map[string]string, msg json.RawMessage) {
	var def struct {
		Value map[string]json.RawMessage `json:"value"`
	}
	if json.Unmarshal(msg, &def) != nil {
		return
	}
	for name, desc := range def.Value {
		var d struct {
			Kind string `json:"kind"`
		}
		if json.Unmarshal(desc, &d) == nil && d.Kind != "" {
			kinds[name] = d.Kind
		}
	}
}

// typeError words a value of the wrong JSON type by its key, not by trawl's Go types.
func typeError(err error) error {
	var te *json.UnmarshalTypeError
	if !errors.As(err, &te) {
		return err
	}
	want := "another type"
	switch te.Type.Kind() {
	case reflect.Map, reflect.Struct:
		want = "an object"
	case reflect.Slice:
		want = "an array"
	case reflect.String:
		want = "a string"
	case reflect.Bool:
		want = "true or false"
	}
	return fmt.Errorf("key %q: a JSON %s where %s belongs", te.Field, te.Value, want)
}

// bare drops the path an fs error repeats: Error.File names the file already, by its real path.
func bare(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// notJSON words a decoding error with the line it happened on, which encoding/json leaves out.
func notJSON(data []byte, err error) error {
	var se *json.SyntaxError
	if !errors.As(err, &se) {
		return fmt.Errorf("not a format file: %w", err)
	}
	off := int(se.Offset) + len(data) - len(stripShebang(data))
	line := 1 + strings.Count(string(data[:min(off, len(data))]), "\n")
	return fmt.Errorf("not a format file: line %d: %w", line, err)
}

// stripComments blanks the comments lnav's JSON reader allows, "// …" to the line's end and
// "/* … */", outside strings. Newlines stay, so that an error's line number is the file's.
func stripComments(data []byte) []byte {
	var out []byte // a copy only when there is a comment
	inString, escaped := false, false
	for i := 0; i < len(data); i++ {
		c := data[i]
		switch {
		case inString:
			inString = !(c == '"' && !escaped)
			escaped = c == '\\' && !escaped
			continue
		case c == '"':
			inString, escaped = true, false
			continue
		case c != '/' || i+1 >= len(data) || data[i+1] != '/' && data[i+1] != '*':
			continue
		}
		if out == nil {
			out = slices.Clone(data)
		}
		end := len(data)
		if data[i+1] == '/' {
			if k := bytes.IndexByte(data[i:], '\n'); k >= 0 {
				end = i + k
			}
		} else if k := bytes.Index(data[i+2:], []byte("*/")); k >= 0 {
			end = i + 2 + k + 2
		}
		for j := i; j < end; j++ {
			if out[j] != '\n' {
				out[j] = ' '
			}
		}
		i = end - 1
	}
	if out == nil {
		return data
	}
	return out
}

// stripShebang drops the "#!" line lnav allows at the top of a format file made executable.
func stripShebang(data []byte) []byte {
	if len(data) > 1 && data[0] == '#' && data[1] == '!' {
		if i := strings.IndexByte(string(data), '\n'); i >= 0 {
			return data[i+1:]
		}
		return nil
	}
	return data
}

// compile builds every definition, most specific first.
func (l *loader) compile() ([]*parse.Custom, []error) {
	var out []loaded
	for _, fname := range slices.Sorted(maps.Keys(l.defs)) {
		if c, ok := l.build(fname, l.defs[fname]); ok {
			out = append(out, c)
		}
	}
	return order(out), l.errs
}

// loaded is a compiled format with the samples it was checked against.
type loaded struct {
	c       *parse.Custom
	samples []string
}

// build compiles one definition; ok is false when nothing of it can be used.
func (l *loader) build(fname string, def *definition) (loaded, bool) {
	files := strings.Join(def.files, ", ")
	fail := func(file string, err error) { l.errs = append(l.errs, &Error{File: file, Err: err}) }
	formatErr := func(kind, name string, err error) *parse.CustomError {
		return &parse.CustomError{Format: fname, Kind: kind, Name: name, Err: err}
	}
	raw := &def.raw
	if raw.JSON || raw.FileType == "json" {
		fail(files, formatErr("format", "", ErrJSONFormat))
		return loaded{}, false
	}
	if raw.FileType != "" && raw.FileType != "text" {
		fail(files, formatErr("format", "", fmt.Errorf("file-type %q is not read", raw.FileType)))
		return loaded{}, false
	}
	spec := parse.CustomSpec{Name: fname, TimeFormats: raw.TimestampFormat, TimeGroup: raw.TimestampField,
		LevelGroup: raw.LevelField, BodyGroup: raw.BodyField, FilePattern: raw.FilePattern}
	spec.Patterns = patterns(raw.Regex)
	for _, name := range slices.Sorted(maps.Keys(def.kinds)) {
		if k := def.kinds[name]; k == "integer" || k == "float" {
			spec.Numbers = append(spec.Numbers, name)
		}
	}
	if len(spec.Patterns) == 0 {
		// An overlay of one of lnav's own formats that only adds highlights or values has no
		// patterns: trawl has no such built-in format for it to amend.
		fail(files, formatErr("format", "", errors.New("not loaded: it defines no line patterns (regex) to read lines with")))
		return loaded{}, false
	}
	levels, errs := levels(raw.Level)
	spec.Levels = levels
	for _, err := range errs {
		fail(files, formatErr("level", err.name, err.err))
	}
	c, cerrs := parse.NewCustom(spec)
	for _, err := range cerrs {
		file := files // a pattern's error names the file that defined the pattern
		var ce *parse.CustomError
		if errors.As(err, &ce) && ce.Kind == "pattern" && def.origin[ce.Name] != "" {
			file = def.origin[ce.Name]
		}
		fail(file, err)
	}
	if c == nil {
		return loaded{}, false
	}
	lc := loaded{c: c}
	for i, s := range raw.Sample {
		lc.samples = append(lc.samples, s.Line)
		// A sample of a pattern that failed to compile cannot match: that is reported already.
		if _, ok := c.Parse([]byte(s.Line), time.Now(), nil); !ok && len(cerrs) == 0 {
			fail(files, formatErr("sample", fmt.Sprint(i+1), errors.New(c.Why([]byte(s.Line), time.Now()))))
		}
	}
	return lc, true
}

// patterns lists the usable patterns in the order of their names. lnav's (?<name>…) groups need
// no rewriting: Go's regexp reads that syntax as well as (?P<name>…).
func patterns(regex map[string]rawPattern) []parse.CustomPattern {
	var out []parse.CustomPattern
	for _, name := range slices.Sorted(maps.Keys(regex)) {
		if p := regex[name]; !p.ModuleFormat {
			out = append(out, parse.CustomPattern{Name: name, Regex: p.Pattern})
		}
	}
	return out
}

type lnavLevel struct {
	name  string
	level parse.Level
}

// levelOrder is lnav's level names in the order lnav tries their patterns, least severe first
// (its own order of levels): with {"error": "E", "debug": "D"}, "DEBUG" is debug in lnav, and a
// definition written against lnav must read the same here.
func levelOrder() []lnavLevel {
	return []lnavLevel{
		{"trace", parse.Trace}, {"debug5", parse.Debug}, {"debug4", parse.Debug}, {"debug3", parse.Debug},
		{"debug2", parse.Debug}, {"debug", parse.Debug}, {"info", parse.Info}, {"stats", parse.Info},
		{"notice", parse.Notice}, {"warning", parse.Warn}, {"error", parse.Error}, {"critical", parse.Critical},
		{"fatal", parse.Critical},
	}
}

type levelErr struct {
	name string
	err  error
}

// levels maps lnav's level map onto trawl's levels. A numeric value (meant for JSON formats) and
// an unknown level name are errors.
func levels(m map[string]json.RawMessage) ([]parse.CustomLevel, []levelErr) {
	var out []parse.CustomLevel
	var errs []levelErr
	known := map[string]bool{}
	for _, lv := range levelOrder() {
		known[lv.name] = true
		v, ok := m[lv.name]
		if !ok {
			continue
		}
		var re string
		if err := json.Unmarshal(v, &re); err != nil {
			errs = append(errs, levelErr{lv.name, errors.New("not a regular expression (numbers apply to JSON formats only)")})
			continue
		}
		out = append(out, parse.CustomLevel{Level: lv.level, Name: lv.name, Regex: re})
	}
	for _, name := range slices.Sorted(maps.Keys(m)) {
		if !known[name] {
			errs = append(errs, levelErr{name, errors.New("not one of lnav's level names")})
		}
	}
	return out, errs
}

// order puts the formats that read fewer of the other formats' samples first: a specific format
// (one daemon's syslog lines) must be tried before a generic one (any syslog line) would take its
// lines. Formats that tie keep their name order.
func order(formats []loaded) []*parse.Custom {
	generic := make(map[*parse.Custom]int, len(formats))
	for _, f := range formats {
		for _, g := range formats {
			if g.c == f.c {
				continue
			}
			for _, s := range g.samples {
				if _, ok := f.c.Parse([]byte(s), time.Now(), nil); ok {
					generic[f.c]++
				}
			}
		}
	}
	out := make([]*parse.Custom, len(formats))
	for i, f := range formats {
		out[i] = f.c
	}
	slices.SortStableFunc(out, func(a, b *parse.Custom) int { return generic[a] - generic[b] })
	return out
}

// printable escapes control characters and invalid UTF-8, which a definition file may hold in a
// name or a pattern, so that an error message cannot drive the terminal it is printed on.
func printable(s string) string {
	var b strings.Builder
	for i, r := range s {
		switch {
		case r == '\uFFFD' && !strings.HasPrefix(s[i:], "\uFFFD"):
			fmt.Fprintf(&b, `\x%02x`, s[i])
		case r < 0x20 || (r >= 0x7f && r < 0xa0):
			fmt.Fprintf(&b, `\x%02x`, r)
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}
