package parse

import "time"

// Parser parses the lines of one source. It learns the source's format from the lines it sees and
// tries that format first, but every line that does not fit is tried against the other formats and
// in the end kept as text, so a mixed file loses nothing. A Parser is not safe for concurrent use;
// the Record it returns aliases the line and the Parser's scratch buffer until the next call.
type Parser struct {
	now     func() time.Time
	nowNS   int64 // cached now, refreshed every nowRefresh calls
	nowAge  int
	format  Format // the format most lines so far had; FormatText until one is seen
	votes   [numFormats]int
	scratch []byte
	wall    wallClock // places times written without a zone
}

const (
	// nowRefresh bounds how often the clock is read: the year of a syslog time only needs the date,
	// and reading the clock per line would cost a tenth of the parse.
	nowRefresh = 4096
	// maxVotes caps the format tallies so that a source whose format changes (a new log file
	// layout after a deploy) is followed within a few hundred lines.
	maxVotes = 256
)

// NewParser returns a parser; now (default time.Now) places syslog and klog times, which carry no
// year, in the year that puts them at most two days in the future. Times written without a zone
// are taken as UTC; NewStream's Location changes that.
func NewParser(now func() time.Time) *Parser {
	if now == nil {
		now = time.Now
	}
	return &Parser{now: now}
}

// SetLocation sets the zone of times written without one (syslog, log4j, Python); default UTC.
func (p *Parser) SetLocation(loc *time.Location) { p.wall.loc = loc }

// Format is the format detected for the source so far (FormatText before any structured line).
func (p *Parser) Format() Format { return p.format }

// Parse parses one line (an entry's first line). It never fails: a line no format accepts is text.
func (p *Parser) Parse(line []byte) Record {
	if p.format != FormatText {
		if rec, ok := p.ParseAs(p.format, line); ok {
			p.vote(p.format)
			return rec
		}
	}
	rec := p.detect(line)
	p.vote(rec.Format)
	return rec
}

// ParseAs parses line as format f only; ok is false when the line is not in that format. FormatText
// always succeeds.
func (p *Parser) ParseAs(f Format, line []byte) (Record, bool) {
	switch f {
	case FormatJSON:
		return p.parseJSON(line)
	case FormatLogfmt:
		return p.parseLogfmt(line)
	case FormatRFC3164:
		return p.parse3164(line)
	case FormatRFC5424:
		return p.parse5424(line)
	case FormatAccess:
		return p.parseAccess(line)
	case FormatLayout:
		return p.parseLayout(line)
	}
	return parseText(line), true
}

// detect tries the formats in an order where the stricter shapes come first; the first byte rules
// most of them out at once, so a miss costs a few comparisons.
func (p *Parser) detect(line []byte) Record {
	if len(line) == 0 {
		return Record{Format: FormatText}
	}
	c := line[0]
	if c == '{' || c == ' ' || c == '\t' {
		if rec, ok := p.parseJSON(line); ok {
			return rec
		}
		return parseText(line)
	}
	if c == '<' {
		if rec, ok := p.parse5424(line); ok {
			return rec
		}
	}
	if c == '<' || isAlpha(c) || isDigit(c) {
		if rec, ok := p.parse3164(line); ok {
			return rec
		}
	}
	if rec, ok := p.parseLayout(line); ok {
		return rec
	}
	if isAlnum(c) || c == ':' {
		if rec, ok := p.parseAccess(line); ok {
			return rec
		}
	}
	if rec, ok := p.parseLogfmt(line); ok {
		return rec
	}
	return parseText(line)
}

func (p *Parser) vote(f Format) {
	if f == FormatText {
		return
	}
	p.votes[f]++
	if p.votes[f] >= maxVotes {
		for i := range p.votes {
			p.votes[i] /= 2
		}
	}
	if p.format == FormatText || p.votes[f] > p.votes[p.format] {
		p.format = f
	}
}

// nowNano returns the cached clock in Unix nanoseconds.
func (p *Parser) nowNano() int64 {
	if p.nowAge == 0 || p.nowNS == 0 {
		if p.now == nil {
			p.now = time.Now
		}
		p.nowNS = p.now().UnixNano()
		p.nowAge = nowRefresh
	}
	p.nowAge--
	return p.nowNS
}

func isAlpha(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }
func isDigit(c byte) bool { return c >= '0' && c <= '9' }
func isAlnum(c byte) bool { return isAlpha(c) || isDigit(c) }
