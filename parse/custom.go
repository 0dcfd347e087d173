package parse

import (
	"bytes"
	"errors"
	"fmt"
	"path/filepath"
	"regexp"
	"regexp/syntax"
	"time"
)

// Formats defined without code: a user describes a log layout as regular expressions with named
// groups, and a Custom reads the lines that match. The groups that carry meaning are the time
// (TimeGroup, "timestamp" by default), the level (LevelGroup, "level"), the message (BodyGroup,
// "body") and the host (the first of "host", "hostname" and "log_hostname" the pattern has).
//
// A line matches a Custom when one of its patterns matches it and the time group's text reads as a
// time; a pattern without a time group is refused when the Custom is built, because a pattern that
// needs no time (such as "(?<body>.*)") would take every line of every source.
//
// Fields(FormatCustom, raw) returns none: an entry keeps only its Format, not the definition that
// read it, and the parse package keeps no registry of definitions. The run's definitions, as a
// Defined, give such an entry its other named groups as fields.

// CustomSpec describes a format defined without code. The loader of a definition file (such as
// parse/lnavformat) fills it; NewCustom compiles it.
type CustomSpec struct {
	Name        string
	Patterns    []CustomPattern // tried in order; the first that matches reads the line
	TimeFormats []string        // strftime layouts, tried in order; none: trawl's own time reading
	TimeGroup   string          // default "timestamp"
	LevelGroup  string          // default "level"
	BodyGroup   string          // default "body"
	Levels      []CustomLevel   // tried in order against the level group's text
	FilePattern string          // a regular expression a source name must match; empty: every source
	Numbers     []string        // groups whose text is a number: JSON Lines write it as one (see Defined)
}

// CustomPattern is one regular expression of a CustomSpec, in Go's RE2 syntax; (?<name>…) and
// (?P<name>…) both name a group.
type CustomPattern struct{ Name, Regex string }

// CustomLevel maps the level group's text onto a Level when Regex matches it (anywhere in it).
type CustomLevel struct {
	Level Level
	Name  string // the level's name in the definition, for error messages
	Regex string
}

// CustomError is a part of a definition that could not be used. Kind says which part:
// "pattern", "level", "timestamp-format", "file-pattern", "format" (the definition as a whole), or
// "sample" (a loader's check of a definition's sample lines).
type CustomError struct {
	Format, Kind, Name string
	Err                error
}

func (e *CustomError) Error() string {
	if e.Name == "" {
		return fmt.Sprintf("format %q: %v", e.Format, e.Err)
	}
	return fmt.Sprintf("format %q: %s %q: %v", e.Format, e.Kind, e.Name, e.Err)
}

func (e *CustomError) Unwrap() error { return e.Err }

// Custom is a compiled format defined without code. It is immutable and safe for concurrent use.
type Custom struct {
	name     string
	files    *regexp.Regexp
	patterns []customPattern
	times    []tsLayout
	levels   []customLevel
	numbers  map[string]bool // the groups CustomSpec.Numbers names
}

type customPattern struct {
	re                      *regexp.Regexp
	time, level, body, host int // group numbers; -1 when the pattern has no such group
}

type customLevel struct {
	level Level
	re    *regexp.Regexp
}

// NewCustom compiles a definition. Every part that cannot be used is reported as a *CustomError
// and left out; the Custom is nil when no pattern is left to read a line with, or when its file
// pattern cannot be used.
func NewCustom(spec CustomSpec) (*Custom, []error) {
	c := &Custom{name: spec.Name, numbers: map[string]bool{}}
	for _, g := range spec.Numbers {
		c.numbers[g] = true
	}
	var errs []error
	fail := func(kind, name string, err error) {
		errs = append(errs, &CustomError{Format: spec.Name, Kind: kind, Name: name, Err: err})
	}
	if spec.FilePattern != "" {
		re, err := compileRE2(spec.FilePattern)
		if err != nil {
			// Without its file pattern the format would apply to every source: leave it out.
			fail("file-pattern", spec.FilePattern, err)
			fail("format", "", errors.New("not loaded: its file pattern cannot be used"))
			return nil, errs
		}
		c.files = re
	}
	for _, p := range spec.Patterns {
		cp, err := compilePattern(p.Regex, spec)
		if err != nil {
			fail("pattern", p.Name, err)
			continue
		}
		c.patterns = append(c.patterns, cp)
	}
	for _, layout := range spec.TimeFormats {
		l, err := compileStrftime(layout)
		if err != nil {
			fail("timestamp-format", layout, err)
			continue
		}
		c.times = append(c.times, l)
	}
	for _, lv := range spec.Levels {
		re, err := compileRE2(lv.Regex)
		if err != nil {
			fail("level", lv.Name, err)
			continue
		}
		c.levels = append(c.levels, customLevel{lv.Level, re})
	}
	if len(c.patterns) == 0 {
		fail("format", "", errors.New("not loaded: none of its patterns can be used"))
		return nil, errs
	}
	return c, errs
}

// pcreOnly reports whether an RE2 error is one a pattern written for PCRE meets: syntax RE2 does
// not have, as opposed to a pattern that is wrong anywhere (a missing bracket).
func pcreOnly(code syntax.ErrorCode) bool {
	return code == syntax.ErrInvalidPerlOp || code == syntax.ErrInvalidEscape || code == syntax.ErrInvalidRepeatOp ||
		code == syntax.ErrInvalidNamedCapture
}

// compileRE2 compiles a pattern and words the error for a user who wrote it for PCRE, where
// lookaround, backreferences, atomic groups and possessive quantifiers are allowed.
func compileRE2(expr string) (*regexp.Regexp, error) {
	re, err := regexp.Compile(expr)
	var se *syntax.Error
	switch {
	case errors.As(err, &se) && pcreOnly(se.Code):
		return nil, fmt.Errorf("RE2 cannot compile it: %s `%s` (lookaround, backreferences, atomic groups and possessive quantifiers are PCRE only)", se.Code, se.Expr)
	case errors.As(err, &se):
		return nil, fmt.Errorf("RE2 cannot compile it: %s `%s`", se.Code, se.Expr)
	case err != nil:
		return nil, fmt.Errorf("RE2 cannot compile it: %w", err)
	}
	return re, nil
}

func compilePattern(expr string, spec CustomSpec) (customPattern, error) {
	re, err := compileRE2(expr)
	if err != nil {
		return customPattern{}, err
	}
	timeGroup := orDefault(spec.TimeGroup, "timestamp")
	cp := customPattern{re: re, time: re.SubexpIndex(timeGroup), host: -1,
		level: re.SubexpIndex(orDefault(spec.LevelGroup, "level")),
		body:  re.SubexpIndex(orDefault(spec.BodyGroup, "body"))}
	// The host group: trawl's own name first, then the names lnav's formats give the syslog host.
	for _, h := range [...]string{"host", "hostname", "log_hostname"} {
		if cp.host = re.SubexpIndex(h); cp.host >= 0 {
			break
		}
	}
	if cp.time < 0 {
		return customPattern{}, fmt.Errorf("no (?<%s>…) group to read the time from", timeGroup)
	}
	// RE2 takes a name twice and answers for the first group only, so lines of the other branch
	// would lose that part; lnav refuses such a pattern as well.
	seen := map[string]bool{}
	for _, name := range re.SubexpNames() {
		if name != "" && seen[name] {
			return customPattern{}, fmt.Errorf("the group name %q is used twice", name)
		}
		seen[name] = true
	}
	return cp, nil
}

func orDefault(s, def string) string {
	if s == "" {
		return def
	}
	return s
}

// Name is the format's name as its definition gives it.
func (c *Custom) Name() string { return c.name }

// Applies reports whether the format is meant for the named source (its file pattern matches).
func (c *Custom) Applies(source string) bool { return c.files == nil || c.files.MatchString(source) }

// CustomFor returns the formats meant for the named source; formats itself when all of them are.
// A file pattern is matched against the name as given and, for a relative path, against the
// absolute one, as lnav matches it: `/app/[^/]+\.log$` applies to "x.log" read inside /srv/app.
func CustomFor(formats []*Custom, source string) []*Custom {
	abs := source
	if source != "-" && !filepath.IsAbs(source) {
		if a, err := filepath.Abs(source); err == nil {
			abs = a
		}
	}
	applies := func(c *Custom) bool { return c.Applies(source) || abs != source && c.Applies(abs) }
	for i, c := range formats {
		if !applies(c) {
			out := append([]*Custom(nil), formats[:i]...)
			for _, c := range formats[i+1:] {
				if applies(c) {
					out = append(out, c)
				}
			}
			return out
		}
	}
	return formats
}

// Parse reads one line with this format alone. now places times written without a year or a
// date; times without a zone are wall-clock times in loc (nil: UTC).
func (c *Custom) Parse(line []byte, now time.Time, loc *time.Location) (Record, bool) {
	w := wallClock{loc: loc}
	return c.parse(line, now.UnixNano(), &w)
}

func (c *Custom) parse(line []byte, now int64, w *wallClock) (Record, bool) {
	for i := range c.patterns {
		if rec, ok := c.match(&c.patterns[i], line, now, w); ok {
			return rec, true
		}
	}
	return Record{}, false
}

// Why says why Parse does not read line, for a format's warning about its own sample: that no
// pattern matches it, or that one does and its time does not read, which the layouts decide.
func (c *Custom) Why(line []byte, now time.Time) string {
	w := wallClock{}
	for i := range c.patterns {
		cp := &c.patterns[i]
		m := cp.re.FindSubmatchIndex(line)
		if m == nil {
			continue
		}
		ts, ok := groupSpan(m, cp.time)
		if !ok {
			return "a pattern matches it, but its timestamp group takes no part in the match"
		}
		if _, ok := c.readTime(ts.Of(line), now.UnixNano(), &w); !ok {
			if len(c.times) > 0 {
				return fmt.Sprintf("a pattern matches it, but its timestamp %q fits none of the timestamp-format layouts", ts.Of(line))
			}
			return fmt.Sprintf("a pattern matches it, but its timestamp %q is no time trawl reads (give a timestamp-format)", ts.Of(line))
		}
	}
	return "no pattern reads this sample line"
}

// match reads line with one pattern. The regexp package allocates the group indexes; a custom
// format costs that allocation per line, which built-in formats avoid.
func (c *Custom) match(cp *customPattern, line []byte, now int64, w *wallClock) (Record, bool) {
	m := cp.re.FindSubmatchIndex(line)
	if m == nil {
		return Record{}, false
	}
	ts, ok := groupSpan(m, cp.time)
	if !ok {
		return Record{}, false
	}
	t, ok := c.readTime(ts.Of(line), now, w)
	if !ok {
		return Record{}, false
	}
	rec := Record{Time: t, Format: FormatCustom, Message: Span{0, int32(len(line))}}
	if s, ok := groupSpan(m, cp.body); ok {
		rec.Message = s
	}
	if s, ok := groupSpan(m, cp.host); ok {
		rec.Host = s
	}
	if s, ok := groupSpan(m, cp.level); ok {
		rec.Level = c.level(s.Of(line))
	}
	return rec, true
}

// groupSpan is the span of group g in a match; ok is false when the pattern has no such group or
// the group took no part in the match.
func groupSpan(m []int, g int) (Span, bool) {
	if g < 0 || 2*g+1 >= len(m) || m[2*g] < 0 {
		return Span{}, false
	}
	return Span{int32(m[2*g]), int32(m[2*g+1])}, true
}

// readTime reads the time group's text with the format's layouts. A layout that reads the whole
// text wins over one that reads only its start, so that "%H:%M:%S" listed before "%H:%M:%S.%L"
// does not drop the milliseconds.
func (c *Custom) readTime(b []byte, now int64, w *wallClock) (int64, bool) {
	b = bytes.TrimSpace(b)
	if len(c.times) == 0 {
		return builtinTime(b, now, w)
	}
	var first tsFields
	found := false
	for i := range c.times {
		f, n, ok := c.times[i].read(b)
		if !ok {
			continue
		}
		if n == len(b) {
			return f.time(now, w)
		}
		if !found {
			first, found = f, true
		}
	}
	if !found {
		return 0, false
	}
	return first.time(now, w)
}

// builtinTime reads a time group when the definition gives no layout: the spellings trawl's own
// parsers read at the start of a line.
func builtinTime(b []byte, now int64, w *wallClock) (int64, bool) {
	if t, ok := parseTimeValue(b, w); ok {
		return t, true
	}
	if t, _, ok := parseISO(b, w); ok {
		return t, true
	}
	if t, _, ok := parseBSD(b, now, w); ok {
		return t, true
	}
	if t, _, ok := parseCLF(b); ok {
		return t, true
	}
	if t, _, ok := parseCtime(b, w); ok {
		return t, true
	}
	if t, _, ok := parseDMY(b, w); ok {
		return t, true
	}
	t, _, ok := parseClock(b, now, w)
	return t, ok
}

// level maps the level group's text: the definition's level patterns first, then the level words
// trawl knows. Text that is neither gives Unknown, never a guess.
func (c *Custom) level(text []byte) Level {
	for i := range c.levels {
		if c.levels[i].re.Match(text) {
			return c.levels[i].level
		}
	}
	if l, ok := ParseLevel(bytes.TrimSpace(text)); ok {
		return l
	}
	return Unknown
}

// customSet holds a Parser's formats defined without code and what it learned about them.
type customSet struct {
	formats []*Custom
	lines   int       // lines offered, counted up to customProbeLines
	read    []bool    // read[i]: formats[i] has read a line of this source within the probe window
	kept    []*Custom // past the window, the formats that read a line in it, in their order
}

// customProbeLines is how many lines of a source every format defined without code gets to
// match. Past them, a source is read only with the formats that read one of those lines (like
// lnav's detection window, which then keeps one format per file): a source in a built-in format
// stops paying a regular expression per format on every line, and a source in the last of many
// formats stops paying for every one before it.
const customProbeLines = 1000

// SetCustom gives the parser formats defined without code. They are tried before the built-in
// formats, in order, so that a user's definition wins over trawl's guess.
func (p *Parser) SetCustom(formats []*Custom) {
	p.custom = customSet{formats: formats, read: make([]bool, len(formats))}
}

// tryCustom is parseCustom for Parse, which counts the lines of the probe window.
func (p *Parser) tryCustom(line []byte) (Record, bool) {
	rec, ok := p.parseCustom(line)
	if cs := &p.custom; cs.lines < customProbeLines {
		if cs.lines++; cs.lines == customProbeLines {
			cs.keepRead()
		}
	}
	return rec, ok
}

// keepRead ends the probe window: the formats that read none of its lines are tried no more.
func (cs *customSet) keepRead() {
	for i, c := range cs.formats {
		if cs.read[i] {
			cs.kept = append(cs.kept, c)
		}
	}
}

// parseCustom reads line with the formats defined without code, in their order, most specific
// first, on every line: a generic format that read the line before must not take the next line
// from the specific one it is meant for.
func (p *Parser) parseCustom(line []byte) (Record, bool) {
	cs := &p.custom
	formats := cs.formats
	if cs.lines >= customProbeLines {
		formats = cs.kept
	}
	if len(formats) == 0 {
		return Record{}, false
	}
	now := p.nowNano()
	for i, c := range formats {
		if rec, ok := c.parse(line, now, &p.wall); ok {
			if cs.lines < customProbeLines {
				cs.read[i] = true
			}
			return rec, true
		}
	}
	return Record{}, false
}
