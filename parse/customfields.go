package parse

import "sync"

// The fields of entries that formats defined without code read. An entry keeps only FormatCustom,
// not the definition that read it; the run's formats find that definition again from the entry's
// source and first line, trying the ones meant for the source in their order, as its parser did.

// Defined is the formats defined without code that a run reads with, in the order its parsers try
// them (see Parser.SetCustom). The zero value has none: every entry's fields are Fields'.
type Defined struct {
	formats []*Custom
	// last holds, per source, the format that read the source's entry asked of last: a source is
	// most often read by one format, which is tried first, rather than every format before it in
	// order (each a regular expression that fails), and the one its parser settled on wins over
	// an earlier one it stopped trying.
	last *sync.Map
}

// NewDefined holds formats for their entries' fields; it is safe for concurrent use.
func NewDefined(formats []*Custom) Defined {
	return Defined{formats: formats, last: &sync.Map{}}
}

// Fields returns an entry's fields. For one a definition read (FormatCustom), they are the named
// groups of the pattern that reads its first line, in the pattern's order, other than the groups
// the entry carries already (time, level, body, host), and other than empty or "-" ones. For any
// other format they are Fields(f, raw).
func (d Defined) Fields(f Format, source string, raw []byte) []Field {
	if f != FormatCustom {
		return Fields(f, raw)
	}
	var out []Field
	d.eachField(source, raw, func(name string, value []byte, _ bool) {
		out = append(out, Field{name, string(value)})
	})
	return out
}

// AppendJSON is the package's AppendJSON, with the fields of an entry a definition read: a group
// the definition declares a number (CustomSpec.Numbers) is written as a JSON number when its text
// is one, every other group as a string.
func (d Defined) AppendJSON(dst []byte, e Entry) []byte {
	return appendJSON(dst, e, d)
}

// appendCustomFields writes the members of an entry's fields object that a definition read.
func (d Defined) appendCustomFields(dst []byte, source string, raw []byte) []byte {
	var ms slowMembers
	d.eachField(source, raw, func(name string, value []byte, number bool) {
		val := value
		if !number || !jsonNumber(value) || !finiteNumber(value) {
			val = appendQuoted(nil, string(value))
		}
		ms.set(appendEscaped(nil, []byte(name)), val)
	})
	return ms.appendTo(dst)
}

// eachField calls fn with each field the definitions read in the first line of raw, as Fields
// lists them. The definition read the line whole, or the line behind a prefix trawl passes over
// (colour codes, a process manager's column), as Parse offered it.
func (d Defined) eachField(source string, raw []byte, fn func(name string, value []byte, number bool)) {
	line := firstLine(raw)
	if hasColour(line) {
		line, _ = withoutColour(nil, nil, line, false, true)
	}
	c, cp, m := d.match(source, line)
	if c == nil {
		line = fieldsLine(raw)
		if c, cp, m = d.match(source, line); c == nil {
			return
		}
	}
	for g, name := range cp.re.SubexpNames() {
		if name == "" || g == cp.time || g == cp.level || g == cp.body || g == cp.host {
			continue
		}
		s, ok := groupSpan(m, g)
		if v := s.Of(line); ok && len(v) > 0 && string(v) != "-" {
			fn(name, v, c.numbers[name])
		}
	}
}

// match finds the definition and pattern that read line, as the source's parser chose them: the
// first format meant for the source whose pattern matches and whose time group reads.
func (d Defined) match(source string, line []byte) (*Custom, *customPattern, []int) {
	if d.last != nil {
		if c, ok := d.last.Load(source); ok {
			if cp, m := c.(*Custom).reads(line); cp != nil {
				return c.(*Custom), cp, m
			}
		}
	}
	for _, c := range d.formats {
		if !c.Applies(source) && len(CustomFor([]*Custom{c}, source)) == 0 {
			continue
		}
		if cp, m := c.reads(line); cp != nil {
			if d.last != nil {
				d.last.Store(source, c)
			}
			return c, cp, m
		}
	}
	return nil, nil, nil
}

// reads returns the pattern of c that reads line, and its match, as c.parse chooses it.
func (c *Custom) reads(line []byte) (*customPattern, []int) {
	var w wallClock
	for i := range c.patterns {
		cp := &c.patterns[i]
		m := cp.re.FindSubmatchIndex(line)
		ts, ok := groupSpan(m, cp.time)
		if m == nil || !ok {
			continue
		}
		if _, ok := c.readTime(ts.Of(line), nowForFields(), &w); ok {
			return cp, m
		}
	}
	return nil, nil
}
