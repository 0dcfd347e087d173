package parse

import (
	"bytes"
	"net/netip"
	"time"
)

// StreamOptions configures a Stream.
type StreamOptions struct {
	MaxEntryBytes int              // cap of one entry's raw text; default 1 MiB; beyond it the entry is marked Truncated
	Now           func() time.Time // clock for the syslog year, and Written's default; default time.Now
	Location      *time.Location   // zone of timestamps written without one (syslog, log4j, Python); default UTC
	Custom        []*Custom        // formats defined without code, tried before the built-in ones

	// Written is the latest time the text at a byte offset of the source can have been written.
	// It places the entries of a source that has shown no timestamp, and it stands for now when a
	// line's time lacks its year or its date: yesterday's log read this morning keeps yesterday's
	// date, last December's syslog its year. A tailer answers the file's modification time for
	// what the file held when it was opened, and the time of reading for what was written later;
	// the default, Now, suits a source read as it is written.
	Written func(offset int64) time.Time

	// TimesOnly says the caller uses each entry's text and time only (raw output that no level
	// or query filters): once the source's first records show where its lines keep their time,
	// later lines are read only there (see timespot.go), and the entries have no level, host or
	// message of their own.
	TimesOnly bool

	// Fields says each entry's fields will be written (headless JSON Lines): the parser's scan
	// of an entry's first line is kept in the batch beside it, so that writing them does not
	// scan the line again (see fieldScan).
	Fields bool
}

// DefaultMaxEntryBytes is the default cap of one entry's raw text: far above any sane stack trace,
// low enough that a runaway continuation cannot exhaust memory.
const DefaultMaxEntryBytes = 1 << 20

// Stream turns the lines of one source into entries. It joins continuation lines (stack traces,
// tracebacks, indented detail) to the entry they belong to, which is why the last entry is held
// back until a line that starts a new one arrives, or Flush.
//
// A line continues the pending entry when it is blank or indented, starts with "Caused by:",
// "Traceback (most recent call last):" or one of Python's chained-exception notes, ends a
// traceback (the "ValueError: ..." line), or, when the pending entry began with a timestamp in a
// source whose entries mostly do, when it has no timestamp and no structure of its own. A line that
// is a JSON object, or that parses as a record of a structured format, never joins.
//
// An entry without a time of its own keeps Time 0. It is placed by an estimate, which its Item.Sort
// carries (see Item.Estimate): the time of the source's previous entry that has one; before the
// source's first timestamp, the time of that first one; and when none comes within maxOrphans
// entries or before Flush, when the entry's text was written at the latest (Written). Sort is the
// entry's time or estimate made non-decreasing within the source.
type Stream struct {
	fence    fenceMark   // the source's last rule line (see fenceOpening)
	hcol     learnedHost // the source's host column (see hostcolumn.go)
	hcolNew  bool        // the host column was learned on the line just read (see Line)
	nodes    nodePrefix  // the source's parallel shell prefix (see nodeprefix.go)
	nodesNew bool        // the prefix was learned on the line just read (see Line)
	pidTag   []byte      // the "[7102]" the source's untimed records open with, when they do (see pidTagOf)
	source   string
	max      int
	written  func(offset int64) time.Time
	p        *Parser

	pending    bool
	raw        []byte // the pending entry's text
	msg        []byte // the pending entry's decoded message, when it has one
	rec        Record
	scan       fieldScan // the parser's scan of the pending entry's first line, when kept
	offset     int64
	truncated  bool
	size       int64  // the pending entry's length before any cut, as raw would have it; -1: not known
	cut        int64  // bytes the caller cut off the line being taken (see LineCut)
	stamped    bool   // the pending entry's first line began with a timestamp
	timeToken  int    // the word the pending entry's time starts at, when the locator found it
	indented   bool   // the pending entry's first line began with a blank (a right-aligned column)
	queryLog   bool   // the pending entry is an event of MySQL's general query log (see generalLogRow)
	debugOpen  bool   // the pending entry is a block of rsyslog's debug template, not yet ended (see rsyslogdebug.go)
	banner     []byte // the rule that opened the source's header of column names, when it had one
	brackets   int    // brackets the pending entry opened and did not close, in its first bracketsAt bytes (see unclosed)
	bracketsAt int
	inTrace    bool     // inside a Python traceback: the next unindented line is its exception line
	openings   openings // how the source's last timed records opened (see clockOpening)

	orphans     []orphan // entries waiting for the source's first timestamp
	orphanBytes int      // the text of the orphans held

	stampedStarts, plainStarts int   // how many entries began with a timestamp, and how many did not
	signStarts                 int   // untimed entries that opened with a pictograph (see consolesteps.go)
	dotnet                     bool  // the pending entry opened with .NET's console header, its lines under it indented (see dotnetHeader)
	ulfOpen                    bool  // the pending entry is a GlassFish record whose closing fence has not come (see ulf.go)
	lastTime                   int64 // the time of the last entry that had its own; 0 before the first
	lastSort                   int64
	untimed                    bool // the wait for a first timestamp was given up: entries no longer wait
	twinTries                  int  // records of a time of day alone searched for their date (see datedTwin)

	blockShape  []byte // the shape of the header line of the source's block records (see block.go); empty until learned
	blockTimed  int    // lines starting with a time in the pending block
	blockTimeAs Format // the layout of the first of them
	blockTries  int    // lines looked at as a possible block's time
	noBlocks    bool   // the source was taken for a block log and is none
	library     []byte // the name of a library whose own level line opened an entry (see libraryLine)
	noLookahead bool   // a rule was looked at for a labelled time below it, and headed no block (see ruleLookahead)
	lookLines   int    // lines joined to the pending entry's rule while its time may come
	labelBlocks bool   // the blocks were learned from a rule above a labelled time (see ruleLookahead)
	// insideShape is the shape of the last header seen inside an entry (see blockInside)
	insideShape []byte
	blockShut   bool // the pending block is an XML element whose closing tag has come
	blockQuote  bool // the pending block's last line is a timed line it may quote (see quotedLine)
	afterDecl   bool // the pending entry is an XML declaration or doctype: an element after it is the document's root
	xmlRoot     bool // the pending entry opens the document's root element, whose children are the records

	csv         csvColumns // the columns a CSV header named (see csvheader.go); sep 0 when none
	csvLook     int        // lines looked at as a CSV header
	csvHeaderAt int64      // the header's offset, a record whose fields are names
	csvMsg      []byte     // a row's JSON message, its doubled quotes made single (see csvColumns.jsonMessage)
	padded      []byte     // a line whose clock's hour is padded with a blank, with its zero (see otherWriter)
	csvOpen     bool       // the pending row is inside a quoted field
	csvRowLines int        // lines joined to the pending row while it was

	arr      jsonArray      // whether the source is a JSON array of pretty-printed records (see jsonpretty.go)
	col      levelColumn    // the column that holds the level of the source's records, once learned (see column.go)
	progs    programColumns // the columns of the programs of a syslog source (see progcolumn.go)
	prog     int            // the pending entry's program in progs, or -1
	nextProg int            // the program of the line observe saw last, which start makes prog; -1 for none
	progSeen Level          // the level the pending entry's program column read before the line after it came
	hosts    hostWords      // whether the source's untagged syslog lines name a host (see hostword.go)
	dump     dumpState      // the crash report the pending entry opened with (see dump.go)
	colLevel Level          // the level that column gave the pending entry before the line after it came
	colKey   columnKey      // the column colLevel was read from, or noColumnKey before it was read
	table    dashTable      // the table whose rows the source's lines are, under a rule of dashes (see dashtable.go)
	cells    bool           // the pending entry is a row of a result set with a Type column: its level is that column's, if any
	listing  listing        // the command's listing whose rows the source's lines are (see listing.go)
	list     listBlock      // the list of blocks of "Name : value" lines the source's lines are (see formatlist.go)
	tr       transcript     // the PowerShell transcript the source is (see transcript.go)
	spot     timeSpot       // where the source's lines keep their time, when only times are wanted (see timespot.go)
	criLine  []byte         // a container's line that the runtime cut, put back together (see criWhole)
	boxOpen  bool           // the pending entry opened with a box's titled top border, its bottom not come (see boxTop)
	tagCol   int            // the column the last record that opened with a right-aligned tag had it end at (see tagged)
	tagWord  []byte         // that tag

	// tableHeader is the header line of the last table learned, which a grouped listing repeats
	// over each group's rows (see regroupedTable).
	tableHeader []byte
	// outputOpen: the pending entry is a program's own output under a rule (see ruleUnderLine),
	// which takes every line up to the log's next one with a time or a level; outputNext: the
	// line being started opens one.
	outputOpen, outputNext bool
}

// NewStream returns a Stream for the named source.
func NewStream(source string, opts StreamOptions) *Stream {
	if opts.MaxEntryBytes <= 0 {
		opts.MaxEntryBytes = DefaultMaxEntryBytes
	}
	if opts.Now == nil {
		opts.Now = time.Now
	}
	bounded := opts.Written != nil
	if !bounded {
		now := opts.Now
		opts.Written = func(int64) time.Time { return now() }
	}
	p := NewParser(opts.Now)
	p.SetLocation(opts.Location)
	p.SetCustom(opts.Custom)
	p.scans = opts.Fields
	s := &Stream{source: source, max: opts.MaxEntryBytes, written: opts.Written, p: p, prog: -1, nextProg: -1}
	if !opts.TimesOnly || len(opts.Custom) > 0 {
		s.spot.state = spotOff // a format of the user's is read whole: its time may be anywhere
	}
	if bounded {
		p.wall.written = s.writtenAt // each line's time without a year or date is placed before it
	}
	return s
}

// Source is the name the stream was created with.
func (s *Stream) Source() string { return s.source }

// Format is the format detected for the source so far.
func (s *Stream) Format() Format { return s.p.Format() }

// Pending reports whether an entry is held back waiting for possible continuation lines.
func (s *Stream) Pending() bool { return s.pending || len(s.orphans) > 0 }

// Holding reports whether entries wait for the source's first timestamp (see orphan).
func (s *Stream) Holding() bool { return len(s.orphans) > 0 }

// StopHolding gives up the wait for a first timestamp: the entries held are added to b at when
// they were written, and later ones no longer wait. The entry being read stays pending.
func (s *Stream) StopHolding(b *Batch) { s.releaseOrphans(b, 0) }

// Line takes one line without its '\n'; a trailing '\r' is stripped. offset is the line's byte
// offset in the source; truncated says the caller already cut the line. When the line starts a new
// entry, the previous one is added to b.
func (s *Stream) Line(line []byte, offset int64, truncated bool, b *Batch) {
	s.line(line, offset, truncated, b)
	if s.hcolNew {
		// The host column was learned on the record this line started: the batch's records
		// before it are read again while the batch still holds them.
		s.hcolNew = false
		s.rereadHosts(b)
	}
	if s.nodesNew {
		s.nodesNew = false
		s.rereadNodes(b) // as the host column's
	}
}

// line is Line's work.
func (s *Stream) line(line []byte, offset int64, truncated bool, b *Batch) {
	if n := len(line); n > 0 && line[n-1] == '\r' {
		line = line[:n-1]
	}
	s.p.wall.at = offset
	if c := byteAt(line, 0); c == '=' || c == '-' || c == '*' || c == '_' || c == '~' || c == '+' || c == '#' {
		s.markFence(line, offset)
	}
	if s.tr.on && s.transcriptLine(line, offset, truncated, b) {
		return
	}
	if s.pending && byteAt(line, 0) > ' ' && len(s.raw) <= len(byteOrderMark+transcriptRule) && transcriptStart(s.raw, line) {
		s.tr = transcript{on: true, block: true, kind: blockOf(line)}
		s.transcriptJoin(line, offset, truncated, b)
		return
	}
	if (s.spot.state == spotOn || s.spot.state == spotTrusted && s.switchToSpot(line, b)) && s.spotLine(line, offset, truncated, b) {
		return
	}
	if s.rsyslogDebugLine(line, offset, truncated, b) {
		return
	}
	if s.csvLook < csvLookLines {
		s.csvLookAt(line, offset)
	} else if hasPrefixAt(line, 0, w3cFields) {
		// IIS writes its header again at each restart, and its fields may have changed.
		if c, ok := learnCSV(line); ok {
			s.csv, s.csvHeaderAt = c, offset
		}
	}
	if !s.arr.on && s.arr.looked >= arrayLookLines && arrayStart(line) {
		s.arr = jsonArray{} // another array after the first: two exports in one file
	}
	if s.arr.looked < arrayLookLines {
		s.arr.lookAt(line)
	}
	if s.pending && s.arr.on {
		switch s.arr.step(line) {
		case arrayJoin, arrayClose:
			s.join(line, truncated)
			return
		case arrayOpen, arrayEnd:
			s.emit(b)
			s.start(line, offset, truncated, Record{}, false)
			return
		case arrayLeave:
			if arrayStart(line) {
				// The next array began before this one closed: a file rotated while it was written.
				s.arr = jsonArray{}
				s.arr.lookAt(line)
			}
		}
	}
	if s.pending && s.csvOpen {
		if !s.csv.rowStart(line, s.p.nowNano(), &s.p.wall) {
			s.csvRowLines++
			s.csvOpen = s.csvRowLines < maxCSVRowLines && csvOpenAfter(line, s.csv.sep, true)
			s.join(line, truncated)
			return
		}
		s.csvOpen = false
	}
	if s.table.on && s.tableRow(line, offset, truncated, b) {
		return
	}
	if s.listing.on && s.listingRow(line, offset, truncated, b) {
		return
	}
	if s.list.on && s.listLine(line, offset, truncated, b) {
		return
	}
	if s.pending && !s.list.on && byteAt(line, 0) > ' ' && !s.lookingAhead() && s.learnList(line) && s.listLine(line, offset, truncated, b) {
		return
	}
	if s.pending && !s.list.on && byteAt(line, 0) == ' ' && !s.lookingAhead() && s.learnRightList(line) && s.listLine(line, offset, truncated, b) {
		return
	}
	if c := byteAt(line, skipBlanks(line, 0)); s.pending && !s.stamped && !s.lookingAhead() && (c == '-' || c == '+') && s.table.learn(lastLine(s.raw), line) {
		// Under a timed record, a table is its text (a report's summary); a command's table of
		// events stands alone.
		s.tableHeader = append(s.tableHeader[:0], lastLine(s.raw)...)
		s.join(line, truncated) // a table's rule belongs to its header
		return
	}
	if c := byteAt(line, skipBlanks(line, 0)); s.pending && s.stamped && (c == '-' || c == '+') && s.regroupedTable(line, offset, b) {
		s.join(line, truncated)
		return
	}
	if s.pending && !s.table.on && !s.listing.on && s.learnListing(line) {
		s.listingRow(line, offset, truncated, b)
		return
	}
	if s.pending {
		// A crash report takes its lines itself, a platform's labelled times included, and is
		// no block's header.
		report := s.dump.opened || eventXMLOpen(s.raw) // (an event's XML: see continues)
		if byteAt(line, 0) >= '0' && byteAt(line, 0) <= '9' && sameSequence(s.raw, line) {
			s.join(line, truncated) // npm's debug log numbers a message's lines alike: "18 verbose stack     at …"
			return
		}
		if string(line) == "----" && auditID(s.raw) != nil || string(s.raw) == "----" && auditID(line) != nil {
			// ausearch's separator between events stands alone, and so does each event: however
			// often the pair repeats, it is no block's header.
			s.emit(b)
			s.start(line, offset, truncated, Record{}, false)
			return
		}
		if len(s.blockShape) > 0 && !report && s.blockLine(line, offset, truncated, b) {
			return
		}
		if len(s.blockShape) == 0 && !report && s.blockCandidate(line, truncated, b) {
			return
		}
		if s.table.on && s.tableRow(line, offset, truncated, b) {
			return // the table was learned as the lines under a title's rule were taken again
		}
		join, rec, parsed := s.continues(line)
		if join {
			if at, whole := s.joinWhole(line, truncated); whole {
				s.fieldLine(line, at)
				s.criWhole(line)
			}
			return
		}
		if parsed && s.blockInside(line, offset, truncated, rec, b) {
			return
		}
		if !parsed || !hasPrefixAt(line, int(rec.Message.Start), escapedTab) {
			// (A program's indented line that a syslog daemon relayed as a record of its own,
			// its tab escaped, "[…] [info] #011at com.example.Svc.run(…)", holds no column.)
			s.observe(line, offset, rec, parsed, b) // before the pending entry goes: its level may be read by what this line shows
		}
		if rule, at, ok := s.fenceOpening(line); ok {
			// The rule joined to the last record opens the report this line heads: it goes
			// with the report, which takes this line under it.
			s.emit(b)
			cut := s.cut // the header's own cut, not the rule's
			s.cut = 0
			s.start(rule, at, false, Record{}, false)
			s.cut = cut
			s.line(line, offset, truncated, b)
			return
		}
		s.emit(b)
		s.start(line, offset, truncated, rec, parsed)
		return
	}
	if blankLine(line) {
		// Blank lines before a source's first record (Elixir's console format opens each record
		// with one, a backfill may start on one) are no entry: there is nothing to show.
		return
	}
	rec := s.p.Parse(line)
	s.observe(line, offset, rec, true, b)
	s.start(line, offset, truncated, rec, true)
}

// LineCut is Line for a line the caller cut at its cap: size is the line's length before the cut,
// which the entry keeps (Item.Size). The cut should fall on a UTF-8 boundary (TrimPartialRune).
func (s *Stream) LineCut(line []byte, offset, size int64, b *Batch) {
	s.cut = max(size-int64(len(line)), 0)
	s.Line(line, offset, true, b)
	s.cut = 0
}

// Flush adds the pending entry, if any, to b, and any entry still waiting for a time.
func (s *Stream) Flush(b *Batch) {
	if s.lookingAhead() {
		s.endLookahead(b) // no time came under the rule
	}
	if s.list.tentative && s.pending {
		s.refuseValueList(b) // no field gave the lined-up values a time
	}
	s.emit(b)
	s.releaseOrphans(b, 0)
}

// maxOrphans bounds the entries held while a source has shown no timestamp yet (a backfill of
// 1,000 lines may begin inside a long block of untimed lines, a program may print a long banner or
// its whole configuration before its first timed line), and maxOrphanBytes their text (a crash
// report may fill entries to their cap): past either, the source is taken to have none, and its
// entries are placed at when they were written, which puts them after the timed entries below
// them.
const (
	maxOrphans     = 16 << 10
	maxOrphanBytes = 4 << 20
)

// orphan is an entry read before the source's first timestamp, typically the end of a stack
// trace where a backfill began. It waits for the next timestamped entry and is placed at its time,
// so that it sorts with its neighbours instead of at the time it was read, long after them.
type orphan struct {
	raw, msg  []byte
	offset    int64
	written   int64 // its estimate should no timestamp come, taken when it was read
	rec       Record
	truncated bool
	size      int64
}

// emit adds the pending entry to b, or holds it as an orphan.
func (s *Stream) emit(b *Batch) {
	if !s.pending {
		return
	}
	s.pending = false
	if s.spot.state == spotOn {
		// An untimed line read at the place is placed after the entry before it: the place was
		// trusted on timed records, so there is one.
		s.add(b, s.raw, s.offset, s.rec, s.truncated, s.size, s.lastTime)
		return
	}
	if s.rec.Format == FormatText {
		s.prettyJSON() // an object or an array's element written over lines
	}
	if eventXMLOpen(s.raw) && bytes.IndexByte(s.raw, '\n') >= 0 {
		s.eventXMLWhole() // an event's XML over lines, its time, level and machine in its elements
	}
	if s.rec.Time == 0 && hasPrefixAt(s.raw, 0, cmtraceOpen) {
		s.cmtraceWhole() // a message over lines, its time and type on the last
	}
	if s.rec.Time == 0 && bytes.IndexByte(s.raw, '\n') >= 0 {
		if t, ok := labelledTimeWithin(s.raw, s.p.nowNano(), &s.p.wall); ok {
			s.rec.Time = t // see recordtime.go
		} else if revisionOpening(firstLine(s.raw)) {
			s.rec.Time = rawRevisionTime(s.raw) // see vcslog.go
		}
	}
	rec := s.rec
	if rec.Unescaped != nil {
		rec.Unescaped = s.msg
	}
	if !s.cells { // (a result set's row has the level its level column gives, see tableRow)
		if rec.Level == Unknown && rec.Time != 0 {
			rec.Level = levelUnderStamp(s.raw, rec.Message)
		}
		rec.Level = s.col.relevel(s.raw, rec.Format, rec.Level, s.colLevel, s.colKey)
		if rec.Level == Unknown {
			if lvl, ok := s.programLevel(); ok {
				rec.Level = lvl
			} else {
				rec.Level = s.progSeen // as the column read before the line after it gave it up
			}
		}
	}
	if s.csv.sep != 0 && s.offset != s.csvHeaderAt {
		if s.csv.apply(s.raw, &rec, s.p.nowNano(), &s.p.wall) && s.csv.cols[csvRoleHost] < 0 {
			rec.Host = Span{} // a row's columns say where its host is, and the header names none
		}
		if rec.Level == Unknown && s.csv.msg >= 0 {
			if m := s.csv.jsonMessage(s.csvMsg, s.raw); m != nil {
				s.csvMsg = m
				rec.Level = s.p.innerLevel(m)
			}
		}
	}
	s.learnHost(&rec, b)
	var est int64
	switch {
	case rec.Time != 0:
		s.releaseOrphans(b, rec.Time)
	case s.lastTime != 0:
		est = s.lastTime
	case !s.untimed && len(s.orphans) < maxOrphans && s.orphanBytes+len(s.raw) <= maxOrphanBytes:
		s.hold(rec)
		return
	default:
		s.releaseOrphans(b, 0)
		est = s.writtenAt(s.offset)
	}
	s.add(b, s.raw, s.offset, rec, s.truncated, s.size, est)
	if s.scan.format != FormatText {
		b.setScan(len(b.Items)-1, s.scan)
	}
}

// hold keeps the pending entry, parsed as rec, until the source's first timestamp.
func (s *Stream) hold(rec Record) {
	o := orphan{raw: bytes.Clone(s.raw), offset: s.offset, rec: rec, truncated: s.truncated, size: s.size}
	o.written = s.writtenAt(s.offset)
	if rec.Unescaped != nil {
		o.msg = bytes.Clone(s.msg)
	}
	s.orphans = append(s.orphans, o)
	s.orphanBytes += len(o.raw)
}

// releaseOrphans adds the held entries to b placed at t, the time of the entry that follows them,
// or when t is 0 (no timestamp came) each at when it was written; the source then counts as one
// without timestamps, whose entries no longer wait.
func (s *Stream) releaseOrphans(b *Batch, t int64) {
	if len(s.orphans) == 0 {
		return
	}
	s.untimed = s.untimed || t == 0
	for i := range s.orphans {
		o := &s.orphans[i]
		if o.msg != nil {
			o.rec.Unescaped = o.msg
		}
		o.rec.Level = s.col.relevel(o.raw, o.rec.Format, o.rec.Level, Unknown, noColumnKey)
		if o.rec.Host.End == 0 {
			if h, ok := s.nodes.read(o.raw); ok {
				o.rec.Host = h // a parallel shell's machine, its prefix learned since
			}
		}
		est := t
		if t == 0 {
			est = o.written
		} else if own, ok := s.orphanTime(o.raw, t); ok {
			if o.rec.Format == FormatText && bytes.IndexByte(o.raw, '\n') < 0 {
				// A line read before its source showed where its time is (an epoch in a
				// program's bracket, FortiOS's debug) is read again as the lines after it were:
				// its level and where its message starts come with the time.
				if r := s.p.parseAside(o.raw); r.Time == own && r.Format == FormatStamped {
					r.Level = s.col.relevel(o.raw, r.Format, r.Level, Unknown, noColumnKey)
					o.rec = r
				}
			}
			o.rec.Time = own
			if o.rec.Format == FormatText {
				o.rec.Format = FormatStamped
			}
			if o.rec.Host.End == 0 {
				if h, ok := s.p.epochNode(firstLine(o.raw)); ok {
					o.rec.Host = h // a cluster dump's node, before the epoch column learned since
				}
			}
		}
		s.add(b, o.raw, o.offset, o.rec, o.truncated, o.size, est)
	}
	clear(s.orphans)
	s.orphans, s.orphanBytes = s.orphans[:0], 0
}

// orphanTime reads the time of a held entry's first line at the place and in the spelling the
// source's lines have since shown (an epoch column that needed two lines to be trusted); it must
// lie within a day of t, the time of the first entry that had one (a listing newest first puts
// it after t), unless the source's time is an epoch column learned from lines in no time order.
func (s *Stream) orphanTime(raw []byte, t int64) (int64, bool) {
	own, ok := s.p.learnedTime(firstLine(raw))
	const day = secPerDay * nsPerSec
	return own, ok && (-day <= own-t && own-t <= day || s.p.unorderedEpochs())
}

// writtenAt is Written(offset) in Unix nanoseconds; 0 when the tailer does not know.
func (s *Stream) writtenAt(offset int64) int64 {
	t := s.written(offset)
	if t.IsZero() {
		return 0
	}
	return t.UnixNano()
}

// add appends one entry. An entry without a time of its own keeps Time 0 and is placed at est,
// which its Sort carries; it never passes for a time the line had. A cut entry keeps size, its
// length before the cut.
func (s *Stream) add(b *Batch, raw []byte, offset int64, rec Record, truncated bool, size, est int64) {
	at := rec.Time
	if at != 0 {
		s.lastTime = at
	} else {
		at = est
	}
	sort := max(at, s.lastSort)
	s.lastSort = sort
	if b.Source == "" {
		b.Source = s.source
	}
	if s.spot.state == spotLearning {
		s.spot.learn(raw, rec.Time, rec.Format, s.p)
	}
	b.Add(raw, offset, sort, rec, truncated)
	if truncated && size > 0 {
		b.Items[len(b.Items)-1].Size = max(size, int64(len(raw)))
	}
}

// observe shows the level column learner (see column.go) a line that starts a record, and the
// column of its program when rec, its parse if parsed, is a syslog line's (see progcolumn.go).
// When it makes a column learned, the entries of the batch that began on or after the column's
// first line are read again: they went before their source showed where its levels are.
func (s *Stream) observe(line []byte, offset int64, rec Record, parsed bool, b *Batch) {
	if s.pending {
		s.colLevel, _, _ = s.col.level(s.raw) // as the column stood before this line
		s.colKey = s.col.key()
		s.progSeen, _ = s.programLevel()
	}
	s.observeProgram(line, offset, rec, parsed, b)
	learned := s.col.observe(line, offset)
	if !learned || b.Source != s.source {
		return
	}
	for i := itemsSince(b, s.col.from()); i < len(b.Items); i++ {
		it := &b.Items[i]
		it.Level = s.col.relevel(it.Raw.Of(b.Data), it.Format, it.Level, Unknown, noColumnKey)
	}
}

// itemsSince is the index of the first of the batch's last entries that began at offset from or
// after it: the ones a column learned since from reads again.
func itemsSince(b *Batch, from int64) int {
	i := len(b.Items)
	for i > 0 && b.Items[i-1].Offset >= from {
		i--
	}
	return i
}

// observeProgram shows a syslog line to its program's column. When that makes the column sure
// (see levelColumn.sure), the program's entries of the batch from the column's first line on
// that have no level are read again. While the source's own column is learned, its lines agree
// on one layout, and their programs need none of their own.
func (s *Stream) observeProgram(line []byte, offset int64, rec Record, parsed bool, b *Batch) {
	s.nextProg = -1
	if !parsed || rec.Format != FormatRFC3164 || int(rec.Message.Start) > len(line) || s.col.n > 0 && s.col.best() >= 0 {
		return
	}
	name := programName(line[:rec.Message.Start])
	if name == nil {
		return
	}
	i := s.progs.columnFor(name)
	s.nextProg = i
	pc := &s.progs.cols[i].col
	wasSure := pc.sure()
	pc.observe(line, offset)
	if wasSure || !pc.sure() || b.Source != s.source {
		return // nothing newly read: the column was read already, or is not yet
	}
	for k := itemsSince(b, pc.from()); k < len(b.Items); k++ {
		it := &b.Items[k]
		if it.Level != Unknown || it.Format != FormatRFC3164 || it.Message.Start < it.Raw.Start || it.Message.Start > it.Raw.End {
			continue
		}
		raw := it.Raw.Of(b.Data)
		if !bytes.Equal(programName(raw[:it.Message.Start-it.Raw.Start]), name) {
			continue
		}
		if lvl, _, ok := pc.level(raw); ok {
			it.Level = lvl
		}
	}
}

// programLevel is the level the pending entry's program column reads, for an entry the rules and
// the source's column gave none.
func (s *Stream) programLevel() (Level, bool) {
	if s.prog < 0 || s.prog >= len(s.progs.cols) {
		return Unknown, false
	}
	c := &s.progs.cols[s.prog].col
	if !c.sure() {
		return Unknown, false
	}
	lvl, _, ok := c.level(s.raw)
	return lvl, ok
}

// start makes line the first line of a new pending entry. rec is its parse when parsed is true.
func (s *Stream) start(line []byte, offset int64, truncated bool, rec Record, parsed bool) {
	var cut bool
	if line, truncated, cut = s.capFirst(line, truncated); cut {
		parsed = false // the parse saw bytes that are no longer part of the entry
	}
	if !parsed {
		rec = s.p.Parse(line)
	}
	rec = s.dayLine(line, rec)
	if rec.Time == 0 && byteAt(line, 0) == '[' {
		if tag := pidTagOf(line); tag != nil {
			s.pidTag = append(s.pidTag[:0], tag...)
		}
	}
	if s.hcol.observe(line, rec, offset) {
		s.hcolNew = true
	}
	if h, ok := s.hcol.read(line, rec); ok {
		rec.Host = h
	}
	if rec.Host.End == 0 && isAlpha(byteAt(line, 0)) {
		if rec.Time == 0 && s.nodes.observe(line, offset) {
			s.nodesNew = true
		}
		if h, ok := s.nodes.read(line); ok {
			rec.Host = h
		}
	}
	if s.p.scans {
		s.scan = s.p.scanOf(line, rec.Format)
	}
	s.xmlRoot = s.afterDecl && xmlStartTag(line) != nil
	s.afterDecl = hasPrefixAt(line, 0, "<?xml") || hasPrefixAt(line, 0, "<!DOCTYPE")
	s.dotnet = dotnetHeader(line)
	s.raw = append(s.raw[:0], line...)
	s.msg = append(s.msg[:0], rec.Unescaped...)
	s.rec, s.offset, s.truncated, s.pending = rec, offset, truncated, true
	s.prog, s.nextProg, s.progSeen = s.nextProg, -1, Unknown
	if rec.Time != 0 {
		if rec.Time == s.p.wall.bareAt && !s.p.wall.declaredDay() && s.twinTries < twinTriesMax {
			s.twinTries++
			if t, ok := s.p.datedTwin(line, int(rec.Message.Start), rec.Time); ok {
				rec.Time, s.rec.Time = t, t
			}
		}
		s.p.wall.dated(rec.Time) // unless it came from a time of day alone (see wallClock.dated)
	}
	s.brackets, s.bracketsAt = 0, 0
	s.csvOpen, s.csvRowLines = s.csv.sep != 0 && !s.csv.bare && csvOpenAfter(line, s.csv.sep, false), 0
	s.colLevel, s.colKey = Unknown, noColumnKey
	s.cells = false
	s.inTrace, s.lookLines = false, 0
	s.blockTimed, s.blockShut, s.blockQuote = 0, false, false // a block's count starts again after a flush too
	s.dump.open(line[markPrefix(line):])
	s.ulfOpen = hasPrefixAt(line, 0, ulfOpen) && !ulfClosed(line)
	s.boxOpen = byteAt(line, 0) == 0xE2 && boxTop(line)
	s.outputOpen, s.outputNext = s.outputNext, false
	if byteAt(line, 0) == ' ' {
		if w, word := tagColumn(line); w > 0 {
			s.tagCol, s.tagWord = w, append(s.tagWord[:0], word...)
		}
	}
	if ownLevelLine(line) {
		_, e := nextToken(line, 0)
		s.library = append(s.library[:0], line[:e]...)
	}
	if s.rec.Level == Unknown && byteAt(line, 0) == '[' && xorgMarker(line) {
		s.rec.Level = Info
	}
	if lvl, ok := cplError(line); ok && s.rec.Level == Unknown {
		s.rec.Level = lvl
	}
	if s.dump.kind == sanitizerDump && s.rec.Level == Unknown {
		s.rec.Level = sanitizerLevel(line) // "==4120==ERROR: AddressSanitizer: …"
	}
	// A slow query's block without its own "# Time:" line holds its lines as a timed one does.
	// So does a line opening with the time since the program started, which is no record's time
	// but stamps every record of the source alike (sane-airscan's trace, VirtualBox's log).
	s.stamped = rec.Time != 0 && (s.startsWithTime(rec.Format, line) || s.starredLabel(line)) || hasPrefixAt(line, 0, slowQueryUser) ||
		s.p.wall.clocks == clocksSinceStart && colonClock(line, 0)
	if s.stamped && rec.Time != 0 {
		s.openings.add(clockOpening(line))
	}
	s.timeToken = 0
	if rec.Format == FormatStamped {
		s.timeToken = s.p.mem.lastToken
	}
	// (Ceph's replayed events are indented by their counter, not by a right-aligned column.)
	body := line[markPrefix(line):] // behind its colour, as logcat's "-v color" writes it
	s.indented = len(body) > 0 && (body[0] == ' ' || body[0] == '\t') && eventCounter(line) == 0
	s.queryLog = generalLogRecord(line)
	s.debugOpen = false // set by the debug template's header (see rsyslogDebugLine)
	if !s.stamped && rec.Time == 0 && pictoOpening(line) {
		s.signStarts = min(s.signStarts+1, 1<<30)
	}
	if s.stamped {
		s.stampedStarts = min(s.stampedStarts+1, 1<<30)
	} else if s.stampedStarts > 0 && !jvmUptimeLine(line) && !bracketedWriter(line) && !programDiagnostic(line) {
		// (The JVM's unified logging, stamped with its uptime, says nothing of how the
		// program's own records start either: its untimed lines under a GC line are records of
		// their own, and a thread dump under a timed line stays that line's. Nor do the lines
		// another writer opens with its name in brackets, "[LightGBM] [Info] …", "[GIN-debug] …",
		// or with its name and level, "srun: error: …".)
		// Lines before the source's first timestamped entry (a preamble, the tail of a block a
		// backfill began inside) say nothing of how its records start, and are not counted.
		s.plainStarts = min(s.plainStarts+1, 1<<30)
	}
	if opensTraceback(line) || rec.Time == 0 && bytes.HasSuffix(line, []byte(traceback)) && pythonDefaultLine(line) {
		// Also at the end of a message in Python's default layout: "ERROR:apache_beam…: Error
		// received …: Traceback (most recent call last):". Prose that quotes the words opens none.
		s.inTrace = true
	}
	if rec.Time == 0 && pythonFrame(line) {
		// A record that opens on a traceback's frames, as a file does that begins inside one (the
		// first lines after a rotation or a tail's cut): the exception after them closes the
		// fragment as it would the whole.
		s.inTrace = true
	}
}

// pythonFrame reports whether line is a frame of a Python traceback: `  File "app.py", line 4,
// in main`.
func pythonFrame(line []byte) bool {
	i := skipWS(line, 0)
	return i > 0 && hasPrefixAt(line, i, "File \"") && bytes.Contains(line, []byte("\", line "))
}

// startOwn ends the pending entry and starts one at line, a record of its own whatever the lines
// before it were: a row of a table or a listing. rec is line's parse when parsed.
func (s *Stream) startOwn(line []byte, offset int64, truncated bool, rec Record, parsed bool, b *Batch) {
	s.observe(line, offset, rec, parsed, b)
	s.emit(b)
	s.start(line, offset, truncated, rec, parsed)
}

// capFirst records the size of a new entry's first line and cuts the line to the entry cap; cut
// says it did.
func (s *Stream) capFirst(line []byte, truncated bool) (_ []byte, _, cut bool) {
	s.size = int64(len(line)) + s.cut
	if truncated && s.cut == 0 {
		s.size = -1 // cut by a caller that did not say from what length
	}
	if len(line) > s.max {
		return TrimPartialRune(line[:s.max]), true, true
	}
	return line, truncated, false
}

// joinWhole joins line to the pending entry and returns where it starts in the entry's text and
// whether it was joined whole, not cut at the entry cap: only then are its fields read.
func (s *Stream) joinWhole(line []byte, truncated bool) (at int, whole bool) {
	at = len(s.raw) + 1
	s.join(line, truncated)
	return at, len(s.raw) == at+len(line)
}

// join appends a continuation line to the pending entry, within the entry cap.
func (s *Stream) join(line []byte, truncated bool) {
	switch {
	case truncated && s.cut == 0:
		s.size = -1
	case s.size >= 0:
		s.size += 1 + int64(len(line)) + s.cut
	}
	if truncated {
		s.truncated = true
	}
	if s.truncated && len(s.raw) >= s.max {
		return
	}
	room := s.max - len(s.raw) - 1
	if room < 0 {
		s.truncated = true
		return
	}
	if len(line) > room {
		line, s.truncated = TrimPartialRune(line[:room]), true
	}
	s.raw = append(s.raw, '\n')
	s.raw = append(s.raw, line...)
}

// exportCursor opens each entry of the journal's export format (`journalctl -o export`, what
// systemd-journal-remote reads): KEY=value lines up to a blank line, the cursor first.
const exportCursor = "__CURSOR="

// exportEntry reports whether an entry's text is one of the export format's.
func exportEntry(raw []byte) bool { return hasPrefixAt(raw, 0, exportCursor) }

// fieldLine reads the pending record's level and host from a joined line that is one of the
// indented KEY=value fields `journalctl -o verbose` writes under each entry's time, or a field
// of the export format's: PRIORITY= is the syslog severity, _HOSTNAME= the host, and in the
// export format __REALTIME_TIMESTAMP= the time (microseconds) and MESSAGE= the message. at is
// where the line starts in the entry's text. IBM MQ's error log writes its blocks' fields as
// Host(name) under the time, and the message under them opens with its id, whose last letter is
// the severity ("AMQ9999E: Channel … ended abnormally.").
func (s *Stream) fieldLine(line []byte, at int) {
	i := skipBlanks(line, 0)
	if i == 0 && s.stamped && s.rec.Level == Unknown && len(line) > 7 && line[0] >= 'A' && line[0] <= 'Z' && s.mqBlock() {
		if e := bytes.IndexByte(line[:min(len(line), 16)], ' '); e > 0 && line[e-1] == ':' {
			if lvl, ok := ibmIDLevel(line, 0, e); ok {
				s.rec.Level = lvl
			}
		}
	}
	if i == 0 && s.stamped && s.rec.Host.End == 0 && hasPrefixAt(line, 0, "HOSTNAME: ") {
		// A db2diag record's host, on its own line under the header: "HOSTNAME: dbhost02".
		hs, he := nextToken(line, len("HOSTNAME: "))
		if he-hs > 1 && hostLike(line[hs:he]) && bytes.Contains(firstLine(s.raw), []byte(" LEVEL: ")) {
			s.rec.Host = Span{int32(at + hs), int32(at + he)}
		}
	}
	if i == 0 && s.rec.Host.End == 0 && hasPrefixAt(line, 0, glogMachine) && hasPrefixAt(s.raw, 0, glogHeader) {
		if hs, he := nextToken(line, len(glogMachine)); he == len(line) && hs == len(glogMachine) && hostLike(line[hs:he]) {
			s.rec.Host = Span{int32(at + hs), int32(at + he)} // the machine glog's header names
		}
	}
	if i == 2 && s.rec.Time == 0 && byteAt(line, i) == 'w' && hasPrefixAt(s.raw, 0, "- cmd: ") {
		if t, ok := fishWhen(line, s.p.nowNano()); ok {
			s.rec.Time = t // a fish history entry's start, under its command
		}
	}
	export := i == 0 && exportEntry(s.raw)
	if !export && (i == 0 || !s.stamped) {
		return
	}
	if export && s.exportField(line, at) {
		return
	}
	switch byteAt(line, i) {
	case 'P':
		if s.rec.Level == Unknown && hasPrefixAt(line, i, "PRIORITY=") && len(line) == i+10 && isDigit(line[i+9]) {
			s.rec.Level = LevelFromSyslog(int(line[i+9] - '0'))
		}
	case '_':
		if s.rec.Host.End == 0 && hasPrefixAt(line, i, "_HOSTNAME=") && len(line) > i+10 {
			s.rec.Host = Span{int32(at + i + 10), int32(at + len(line))}
		}
	case 'H':
		if k := bytes.IndexByte(line[i:], ')'); s.rec.Host.End == 0 && hasPrefixAt(line, i, "Host(") && k > 5 && hostLike(line[i+5:i+k]) && s.mqBlock() {
			s.rec.Host = Span{int32(at + i + 5), int32(at + i + k)}
		}
	}
}

// msbuildProject reports whether line is the one MSBuild's console and file loggers open a
// project's build with: "Project \"C:\\src\\shop\\Shop.sln\" on node 1 (default targets).".
func msbuildProject(line []byte) bool {
	if !hasPrefixAt(line, 0, "Project \"") {
		return false
	}
	k := bytes.Index(line, []byte("\" on node "))
	if k < 0 || !bytes.HasSuffix(line, []byte(").")) && !bytes.HasSuffix(line, []byte("):")) {
		return false
	}
	_, n := digitRun(line, k+len("\" on node "))
	return n > 0
}

// nodeWarning reports whether line opens with the process tag Node writes before a warning of its
// own: "(node:5120) [DEP0005] DeprecationWarning: …", "(node:5120) Warning: …".
func nodeWarning(line []byte) bool {
	if !hasPrefixAt(line, 0, "(node:") {
		return false
	}
	_, n := digitRun(line, 6)
	if n == 0 || !hasPrefixAt(line, 6+n, ") ") {
		return false
	}
	ws, we := nextToken(line, 6+n+2)
	return byteAt(line, ws) == '[' || bytes.HasSuffix(line[ws:we], []byte("Warning:")) || bytes.HasSuffix(line[ws:we], []byte("Error:"))
}

// snortHeader opens each alert of Snort's full output, `[**] [gid:sid:rev] msg [**]`: its
// classification and priority follow, then the packet's time, year-less, and its headers.
const snortHeader = "[**] ["

// snortLine joins the classification line of a Snort alert to its header, and the packet's time
// line under it, whose time becomes the alert's; ok is false for a line of neither kind.
func (s *Stream) snortLine(line []byte) (join, ok bool) {
	nl := bytes.IndexByte(s.raw, '\n')
	if nl < 0 {
		label := labelFirst(line) // "[Classification: …] [Priority: 2]"
		return label, label
	}
	if bytes.IndexByte(s.raw[nl+1:], '\n') >= 0 || !labelFirst(s.raw[nl+1:]) || !snortClock(line) {
		return false, false
	}
	rec := s.p.Parse(line)
	if rec.Time == 0 {
		return false, false
	}
	s.rec.Time = rec.Time
	if !s.stamped {
		// The alert counts as a record that starts with its time, so that the packet's lines
		// under it join it as a timed record's do.
		s.stamped = true
		s.stampedStarts++
		s.plainStarts = max(s.plainStarts-1, 0)
	}
	return true, true
}

// snortClock reports whether line opens with Snort's year-less packet time, "11/29-07:41:16".
func snortClock(line []byte) bool {
	return len(line) > 14 && isDigit(line[0]) && isDigit(line[1]) && line[2] == '/' && isDigit(line[3]) && isDigit(line[4]) &&
		line[5] == '-' && isDigit(line[6]) && line[8] == ':' && line[11] == ':'
}

// mqBlock reports whether the pending entry is a block of IBM MQ's error log, whose first line
// names the process that wrote it: "11/29/2026 07:41:16 AM - Process(4120.1) User(mqm) …".
func (s *Stream) mqBlock() bool {
	return bytes.Contains(s.raw[:firstLineEnd(s.raw)], []byte(" - Process("))
}

const traceback = "Traceback (most recent call last):"

// programLevel reports whether line opens with a program's name and its colon, then a level in
// square brackets: "nginx: [emerg] …", "haproxy: [WARNING] …".
func programLevel(line []byte) bool {
	_, e := nextToken(line, 0)
	if e < 3 || e > 32 || line[e-1] != ':' || !tagLike(line[:e-1]) || byteAt(line, e) != ' ' || byteAt(line, e+1) != '[' {
		return false
	}
	close := indexByteFrom(line[:min(len(line), e+16)], ']', e+2)
	return close > e+2 && isLevelWord(line[e+1:close+1])
}

// exportField reads the time and message of an export-format entry from its fields.
func (s *Stream) exportField(line []byte, at int) bool {
	const realtime, message = "__REALTIME_TIMESTAMP=", "MESSAGE="
	switch {
	case hasPrefixAt(line, 0, realtime) && s.rec.Time == 0:
		if us, ok := atoiBytes(line[len(realtime):]); ok && us > 0 && us < 1<<53 {
			s.rec.Time = us * 1000
		}
		return true
	case hasPrefixAt(line, 0, message):
		s.rec.Message, s.rec.Unescaped, s.rec.Whole = Span{int32(at + len(message)), int32(at + len(line))}, nil, true
		return true
	}
	return false
}

// continues decides whether line belongs to the pending entry. When it had to parse the line to
// decide, it returns that parse so that a new entry does not parse the line twice.
func (s *Stream) continues(line []byte) (join bool, rec Record, parsed bool) {
	if len(line) == 0 || len(line) == 1 && line[0] == 0 {
		return true, rec, false // a lone NUL is the rest of a UTF-16 file's last '\n'
	}
	if line[0] == '<' && eventXMLOpen(s.raw) {
		// A Windows event's XML written an element a line (python-evtx's evtx_dump.py), up to
		// its </Event>. Only an element's line goes on: the next event, one cut short before
		// it, or a syslog line's PRI opens a record of its own.
		return eventXMLGoesOn(s.raw, line), rec, false
	}
	if join, rec, parsed, ok := s.dumpLine(line); ok {
		return join, rec, parsed
	}
	if s.opensAlike(line) {
		// A line that opens as the source's timed records do, its clock in the same place, is
		// the next record unless it is one of the few timed continuations: the checks below for
		// the continuations of untimed lines are not asked (about a tenth of such a line's time).
		if s.timedContinuation(line) {
			return true, rec, false
		}
		// A jump, not a call of the rest as a function of its own: a smaller continues gets
		// more of its callees inlined into it, which made every source 20-30 % slower.
		goto parse
	}
	if s.rec.Time == 0 && (s.raw[0] == 'c' || s.raw[0] == 'p') && revisionOpening(firstLine(s.raw)) {
		return !revisionOpening(line) && !opensWithTime(line), rec, false // a revision's block, up to the next or a timed line (see vcslog.go)
	}
	if markedRepeat(line, s.raw) {
		return true, rec, false
	}
	if byteAt(s.raw, 0) == '%' && messageLoggerGoesOn(s.raw, line) {
		return true, rec, false
	}
	if line[0] == '%' {
		if _, ok := messageLoggerLevel(line); ok {
			return false, rec, false // the next MessageLogger block
		}
	}
	if line[0] == 'B' && eventLoopLine(line) {
		return false, rec, false
	}
	if isAlnum(line[0]) && isDigit(line[len(line)-1]) && vcsLocation(line, s.raw) {
		return true, rec, false // the file and line under VCS's "Error-[IND] …"
	}
	if isAlpha(line[0]) && s.rec.Time != 0 && announcedFields(s.raw) && labelled(line) && !levelLabel(line) && s.timeField(line) {
		return true, rec, false // a field of the record's own, its time too: Sysmon's "UtcTime: 2026-…" under "… Process Create:"
	}
	if s.outputOpen {
		// The output goes on up to a line of the log again: one with a time or a level of its
		// own, wherever it holds them.
		if rec = s.p.Parse(line); rec.Time == 0 && rec.Level == Unknown {
			return true, rec, false
		}
		s.outputOpen = false
		return false, rec, true
	}
	if line[0] == '+' && (len(line) == 1 || line[1] == '\t') && s.rec.Time != 0 && plusDump(s.raw) {
		return true, rec, false // DFSR's dump of a record's fields under its line, a date in one or not
	}
	if line[0] == '=' && sectionBanner(line) {
		return false, rec, false // a dump's next section: "=== NETWORK ===" under the last block of the one before
	}
	if line[0] == '-' && titledRule(line) {
		return false, rec, false // a listing's heading or footer: ProCurve's "----  Bottom of Log : Events Listed = 4  ----"
	}
	if isAlnum(line[0]) && cliPrompt(line) {
		return false, rec, false // a copied CLI session's prompt and command, no text of the record above it
	}
	if line[0] >= 'A' && line[0] <= 'Z' && s.rec.Time != 0 && bytes.IndexByte(s.raw, '\n') < 0 && klogHead(s.raw) && capitalHeading(line) {
		// A listing's heading right under a klog line: the table a Go CLI (kubectl, helm)
		// prints on its output under the klog lines of its stderr. (A logger that prints a
		// title and its table in one call writes them in its own layout; under a record of
		// several lines, the heading may be the end of a message that runs on.)
		return false, rec, false
	}
	if s.boxOpen {
		// A box's sides and its bottom belong to the record its top opened; anything else ends it.
		switch boxLine(line) {
		case boxSide:
			if row := line[3:]; len(row) > 0 && s.timeAt(row, skipBlanks(row, 0)) {
				s.boxOpen = false
				return false, rec, false // a row that opens with its own time: a panel of records (a TUI's "Logs" pane)
			}
			return true, rec, false
		case boxBottom:
			s.boxOpen = false
			return true, rec, false
		}
		s.boxOpen = false
	}
	if line[0] == 0xE2 && boxTop(line) && boxLine(lastLine(s.raw)) == boxBottom && boxTop(firstLine(s.raw)) {
		return false, rec, false // the next box after a closed one
	}
	if line[0] == 0xE2 && boxEnd(s.raw, line) {
		return false, rec, false // a result set's bottom border (sqlite's and ClickHouse's boxes)
	}
	if n := len(s.raw); n > 0 && s.raw[n-1] == '\\' && continuedCommand(s.raw, s.p.nowNano()) {
		return true, rec, false // a shell command over lines, its newlines escaped with a backslash
	}
	if line[0] == '<' && hasPrefixAt(line, 0, cmtraceOpen) {
		return false, rec, false // a CMTrace record, its message on this line and maybe the next ones
	}
	if s.rec.Time == 0 && hasPrefixAt(s.raw, 0, cmtraceOpen) && !s.truncated && !bytes.Contains(lastLine(s.raw), []byte(cmtraceClose)) &&
		bytes.Count(s.raw, []byte{'\n'}) < cmtraceLines && !s.timeFirst(line) {
		// A CMTrace message over lines, up to the one that closes it with its time; one never
		// closed (a log cut short) ends at a line that opens with a time of its own.
		return true, rec, false
	}
	if line[0] == '[' && len(s.pidTag) > 0 && s.rec.Time != 0 && bytes.HasPrefix(line, s.pidTag) && byteAt(line, len(s.pidTag)) == ' ' {
		// Puma's master writes "[7102] - Worker 0 (PID: 7110) is stopping..." under a worker's
		// timed error and its backtrace: the process's own untimed records open so.
		return false, rec, false
	}
	if line[0] == 'P' && msbuildProject(line) {
		return false, rec, false // MSBuild's "Project \"…\" on node 1 (default targets).": each project's build opens so
	}
	if line[0] == '(' && nodeWarning(line) {
		// Node's own warning on the stderr of a program that logs its own lines: "(node:5120)
		// [DEP0005] DeprecationWarning: Buffer() is deprecated …", a record of its own.
		return false, rec, false
	}
	if line[0] == '[' && s.rec.Time != 0 && s.sameTagOpens(line) {
		// A program that opens each of its lines with its name in brackets, its time after it
		// when it writes one: Macaron's "[Macaron] [Static] Serving /css/app.css" among its
		// "[Macaron] 2026-11-29 07:41:16: Started GET /" lines is a record of its own.
		return false, rec, false
	}
	if line[0] == 'S' && hasPrefixAt(line, 0, "See 'systemctl status ") && hasPrefixAt(s.raw, 0, "[FAILED] ") {
		return true, rec, false // the hint systemd's console writes under a unit that failed
	}
	if line[0] == ' ' && s.rec.Time == 0 && indentedLevelRow(firstLine(s.raw), line) {
		return false, rec, false // an untimed console whose every line opens so: win-acme's " [INFO] …"
	}
	if s.dotnet || line[0] == ' ' {
		if rec, parsed, ok := s.otherWriter(line); ok {
			return false, rec, parsed
		}
	}
	if isDigit(line[0]) && outOfRangeStamp(line) {
		return false, rec, false // a record that opens with a time no clock reads: its own, untimed
	}
	if toolNote(line) || string(line) == "--" && grepPrefix(s.raw) > 0 || composedNote(line) || launcherNote(line) || (commandComplaint(line) || line[0] == '/' && s.rec.Time != 0 && programComplaint(line)) && s.ownLine() {
		// grep's, tail's or systemctl's own line among the log's, also behind compose's column
		// (a container that tails its logs); grep's "--" between the groups of lines it printed
		// around each match.
		return false, rec, false
	}
	if isAlpha(line[0]) && (isDigit(line[len(line)-1]) && composeExit(line) && composePrefix(s.raw) > 0 || otherService(line, s.raw)) {
		return false, rec, false // compose's own line that a service stopped, or another service's line
	}
	if stream, _ := criPiece(line); stream != "" {
		if last, tag := criPiece(lastLine(s.raw)); last == stream && tag == 'P' {
			return true, rec, false // the rest of a container's long line, which the runtime split
		}
	}
	if s.ulfOpen && !hasPrefixAt(line, 0, ulfOpen) && !s.timeFirst(line) && !(line[0] == '[' && s.timeAt(line, 1)) {
		// A GlassFish record's lines up to its closing fence, whatever they say (a line that
		// opens with a time of its own, bracketed or not, ends a record a killed server left
		// open).
		s.ulfOpen = !ulfClosed(line)
		return true, rec, false
	}
	if isDigit(line[0]) && s.rec.Time != 0 && (s.stampedTraceback(line) || esxiLineMarker(line, s.raw)) {
		return true, rec, false
	}
	if line[0] == 'T' && hasPrefixAt(line, 0, traceback) && uwsgiRequest(s.raw) {
		return false, rec, false // uWSGI logs a request after it ends: a traceback under its line is another request's
	}
	if isAlpha(line[0]) && s.rec.Time != 0 && programLevel(line[composePrefix(line):]) {
		// A program's own line on the stream of its timed log, its name and its level in
		// brackets: nginx's "nginx: [emerg] host not found in upstream …" under its timed error
		// log lines, as a container's output holds them.
		return false, rec, false
	}
	if line[0] == '=' && hasPrefixAt(line, 0, "=== REDIS BUG REPORT START") {
		return false, rec, false // Redis' crash report opens under its own banner, not the last record's text
	}
	if byteAt(s.raw, 0) == 'S' && hasPrefixAt(s.raw, 0, "Start-Date: ") && aptField(line) && !hasPrefixAt(line, 0, "Start-Date: ") && !bytes.Contains(s.raw, []byte("\nEnd-Date: ")) {
		// apt's history block, its fields up to its End-Date; a failed run's error is one more
		// field, "Error: Sub-process /usr/bin/dpkg returned an error code (1)", and no level.
		return true, rec, false
	}
	if c := line[0]; (c == '=' || c == '-') && byteAt(s.raw, 0) == c {
		if rule, ok := ruleLine(line); ok && s.closesHeader(rule, line) {
			s.banner = append(s.banner[:0], firstLine(s.raw)...)
			if zonedHeader(lastLine(s.raw)) {
				s.p.wall.inUTC() // chrony's "Date (UTC) Time": the source's dates are UTC's, whatever the machine's zone
			}
			return true, rec, false // the rule under a header's names, as above them (chrony's statistics logs)
		}
	}
	if line[0] == '-' && s.ruleUnderLine(line) {
		s.outputNext = true
		return false, rec, false
	}
	if line[0] == '[' && byteAt(line, 1) == 'r' {
		if join, decided := s.rankLine(line); decided {
			return join, rec, false
		}
	}
	if line[0] >= 'a' && line[0] <= 'z' && settingLine(line) && settingLine(s.raw) {
		// A dump of settings, one "key=value" a line (Lynis's report.dat, an env file): each
		// line is a record, the dated ones timed, none the text of another.
		return false, rec, false
	}
	if line[0] == '[' && s.rec.Time != 0 && phaseTag(line) && bytes.IndexByte(s.raw, '\n') < 0 && !bytes.HasSuffix(bytes.TrimRight(s.raw, " "), []byte(":")) {
		// kubeadm's "[upgrade/config] Reading …" right under one of its klog lines: a tool's
		// step, a record of its own. Under a record that has text below it already, or that
		// announces it with a colon ("Error starting cluster: kubeadm init:"), the steps are a
		// quoted output's, the record's text.
		return false, rec, false
	}
	if line[0] == '[' && s.rec.Time != 0 && sameTag(line, s.raw) {
		// Each line a program prints under its tag is a print of its own, timed or not: HSQLDB's
		// "[Server@1b2c6ec2]: 2026-… HSQLDB server 2.7.1 is online", then "[Server@1b2c6ec2]: To
		// close normally, connect and execute SHUTDOWN SQL"; not a stack's lines under it.
		_, e := nextToken(line, 0)
		text := line[min(e+1, len(line)):]
		if !continuationText(text) && !(bytes.Contains(s.raw, []byte(traceback)) && !s.timeFirst(text)) {
			return false, rec, false // (a traceback goes on to its exception's line)
		}
	}
	if (line[0] >= 'A' && line[0] <= 'Z' || line[0] >= 0x80) && s.rec.Level == Unknown && sarSummary(line, s.raw) {
		s.p.wall.restarted()     // the next table starts its clock again at the day's start (sar -f's sections)
		return false, rec, false // sar's averages under its table's timed rows: a row of their own
	}
	if line[0] == '=' && hashicorpBanner(line) {
		return false, rec, false // a program restarted into the same file starts anew
	}
	if len(s.banner) > 0 && s.rec.Time != 0 && s.rec.Level == Unknown && line[0] == s.banner[0] && bytes.Equal(line, s.banner) && indexByteFrom(s.raw, '\n', 0) < 0 {
		return false, rec, false // the header written again, as chrony repeats it every few dozen lines
	}
	if kind := dumpOpening(line[markPrefix(line):]); kind != noDump && !(kind == goDump && s.rec.Level >= Critical && goSignalHeader(line[markPrefix(line):])) && !(kind == rubyDump && s.rec.Level >= Error) {
		// (Behind the colour reset a program puts at the start of the line after a coloured
		// record: frp's "\x1b[0mSIGQUIT: quit".)
		// (The stacks a signal makes a Go program write after its fatal record, glog's "F1129 …"
		// before its abort, are that record's: see the Go crash's lines below. So is an
		// exception's report Ruby's full_message writes under an error's line, which a program
		// logs as one message.)
		if _, rule := ruleLine(s.raw); rule && kind == sanitizerDump {
			// The rule of '=' signs a sanitizer writes above its report is the report's.
			s.dump = dumpState{kind: sanitizerDump, opened: true}
			s.rec.Level = sanitizerLevel(line)
			s.noLookahead, s.noBlocks = true, true // the rule heads this report, not blocks of timed records
			return true, rec, false
		}
		if string(s.raw) == "#" && kind == jvmFatalDump {
			s.dump = dumpState{kind: jvmFatalDump, opened: true} // the lone '#' above the JVM's banner is the banner's
			return true, rec, false
		}
		return false, rec, false // a crash report, after the last record its program logged
	}
	if s.rec.Time == 0 && hasPrefixAt(s.raw, 0, snortHeader) {
		if join, ok := s.snortLine(line); ok {
			return join, rec, false
		}
	}
	if k := markPrefix(line); k > 0 {
		// Colour codes or a record separator before the line: its shape is the text's behind them.
		body := line[k:]
		if (body[0] == ' ' || body[0] == '\t') && s.indented && s.stamped {
			// Right-aligned records behind their colour (logcat's "-v epoch,color"): one with a
			// time of its own among its first words is the next.
			if rec = s.p.Parse(line); rec.Time != 0 && s.startsWithTime(rec.Format, line) {
				return false, rec, true
			}
			rec = Record{}
		}
		if body[0] == ' ' || body[0] == '\t' || noteLine(body) || s.rec.Level != Unknown && exceptionHead(body) {
			return true, rec, false
		}
		if body[0] == '{' {
			if rec = s.p.Parse(line); rec.Format == FormatJSON {
				return false, rec, true
			}
			rec = Record{}
		}
	}
	if line[0] == 'T' && (hasPrefixAt(line, 0, "Tcp port: ") || hasPrefixAt(line, 0, "Time") && bytes.Contains(line, []byte("Id Command"))) && mysqldBanner(firstLine(s.raw)) {
		return true, rec, false // the banner's port and the query log's column names under it
	}
	if s.queryLog {
		// The general query log's events: the next one opens with its id and command, its time
		// left out when the second has not changed; any other line is the query's own text.
		return !generalLogRecord(line) && !mysqldBanner(line), rec, false
	}
	if k := composePrefix(line); k > 0 && s.continuesBehindColumn(line, k) {
		return true, rec, false
	}
	if line[0] == ' ' && grepPrefix(line) > 0 {
		// Select-String -Context sets its context lines off by two blanks: the line behind the
		// file's name is read as the log holds it, a record of its own when it opens with its time.
		if rec = s.p.Parse(line); rec.Time != 0 {
			return false, rec, true
		}
		rec = Record{}
	}
	switch c := line[0]; {
	case c == ' ' && rightAlignedLevel(line, s.raw):
		return false, rec, false // log4j's %5p: " INFO", " WARN" beside "ERROR", "DEBUG"
	case c == ' ' && s.besideColumn(line):
		return false, rec, false // a service's timed line behind its right-aligned name
	case c == ' ' && s.tagCol > 0 && s.tagged(line):
		return false, rec, false
	case c == ' ' && rankedLevel(line):
		return false, rec, false
	case c == ' ' && alignedLabel(line, s.raw):
		return false, rec, false
	case c == ' ' && (!s.stamped || s.indented) && badgeLevel(line):
		return false, rec, false
	case c == ' ' && s.rec.Time == 0 && elapsedTab(line):
		// NUT's seconds since start, right-aligned before a tab, in its untimed debug output:
		// "   5.016625<TAB>Poll UPS …". Under a timed record such a column is a table's.
		return false, rec, false
	case c == ' ' && eventCounter(line) > 0:
		// An event of Ceph's dump of recent events, under the crash's record or another event:
		// a record of its own, read behind its counter (see prefixSpan).
		if rec = s.p.Parse(line); rec.Time != 0 {
			return false, rec, true
		}
		rec = Record{}
	case c == ' ' && len(line) > 12 && markThenClock(line, 3) && isDigitAt(line, 3) && line[5] == ':':
		// A channel's mark of a blank and a letter before the time of day, ethminer's " i
		// 09:14:02 stratum  …": a record of its own when the clock is read behind it.
		if rec = s.p.Parse(line); rec.Time != 0 {
			return false, rec, true
		}
		rec = Record{}
	case c == ' ' && erasedPrefix(line) > 0:
		// A pager's prompt wiped before the next line of a terminal's session log: the line
		// behind it is a record of its own when it has its time (see prefixSpan).
		if rec = s.p.Parse(line); rec.Time != 0 {
			return false, rec, true
		}
		rec = Record{}
	case c == ' ' || c == '\t':
		if paddedDay(line, s.raw) && !announces(lastLine(s.raw)) {
			// strftime's %e: a day under 10 padded with a blank to the width of the record's
			// own, as ntpd's log file writes " 1 Jan 00:00:03 ntpd[812]: …" under "31 Dec …".
			if rec = s.p.Parse(line); rec.Time != 0 {
				return false, rec, true
			}
			rec = Record{}
		}
		if octetCount(line) > 0 {
			// A syslog header behind the blank a sender's framing left: a record of its own,
			// whatever is pending.
			if rec = s.p.Parse(line); rec.Time != 0 && (rec.Format == FormatRFC3164 || rec.Format == FormatRFC5424) {
				return false, rec, true
			}
			rec = Record{}
		}
		if s.xmlRoot && xmlStartTag(line) != nil {
			return false, rec, false // an element opening in the document's root: maybe a record's header (see block.go)
		}
		if t := skipWS(line, 0); t < len(line) && line[t] == '{' && !(sambaHeader(s.raw) && indentedBody(s.raw)) {
			// (Under a record whose body is indented already, as Samba's is under its header, an
			// indented object is more of that body: its audit event's JSON.)
			if s.p.parseJSON(line, &rec) && s.ownElement(line) {
				return false, rec, true
			}
			rec = Record{}
		}
		if s.indented && s.stamped {
			// Records whose first column is right-aligned start indented: an indented line with
			// a time of its own among its first words is the next record, not a continuation.
			if rec = s.p.Parse(line); rec.Time != 0 && s.startsWithTime(rec.Format, line) {
				return false, rec, true
			}
			rec = Record{}
			if sameNumberColumns(s.raw, line) && secondsColumn(line) {
				// The same right-aligned run of number columns without the time: the next
				// record of a log whose first one also wrote the date (Factorio's seconds since
				// start, "   0.000 2026-11-29 07:41:16; Factorio …" then "   0.001 Operating …").
				return false, rec, false
			}
		} else if !s.stamped {
			// Under a line without a time (logcat's "--------- beginning of main"), an indented
			// line that opens with a time is a record of its own, not that line's continuation.
			if rec = s.p.Parse(line); rec.Time != 0 && rec.Format == FormatStamped && (s.p.mem.lastToken == 0 || s.p.mem.lastToken == 1 && shortTagFirst(line)) {
				return false, rec, true
			}
			rec = Record{}
			if s.indented && sameNumberColumns(s.raw, line) {
				// Records that start indented without a time (logcat's seconds since boot,
				// right-aligned): a line with the pending one's run of number columns is the next.
				return false, rec, false
			}
			if signedRecords(s.raw, line) {
				// Untimed records a tool sets off by blanks and a sign, their details by more
				// blanks (Next.js's " ✓ Ready in 2.4s" under " ▲ Next.js 15.0.3" and its "   -
				// Local: …", goreleaser's "    • git state" under "  • loading"). Text that is
				// all set off by blanks (a banner, a pasted trace) goes on.
				return false, rec, false
			}
		}
		s.traceLine(line)
		return true, rec, false
	case c == '{':
		if s.p.parseJSON(line, &rec) {
			if rec.Time == 0 && rec.Level == Unknown && s.rec.Format != FormatJSON && announces(lastLine(s.raw)) {
				return true, Record{}, false // a request's or a response's body under the line that announces it: "… | Request body:"
			}
			if s.ownElement(line) {
				return false, rec, true
			}
			return true, Record{}, false // an element of an array the record dumped under it
		}
		rec = Record{}
	}
	if line[0] == '\'' && s.rec.Time != 0 && quotedHeaderPair(line) && announcesHeaders(firstLine(s.raw)) {
		// Envoy's dump of a request's or a response's headers under its trace line that
		// announces them ("… upstream response headers:", "… encoding headers via codec
		// (end_stream=false):"), a date's among them: "'date', 'Sat, 28 Nov 2026 23:59:58 GMT'".
		return true, rec, false
	}
	if exportEntry(s.raw) {
		return !hasPrefixAt(line, 0, exportCursor), rec, false // the fields of one entry, up to the next cursor
	}
	if line[0] == '}' && len(s.raw) > 0 && s.raw[0] == '{' && s.rec.Format == FormatText {
		return true, rec, false // the closing brace of a pretty-printed object (see prettyJSON)
	}
	if closersOnly(line) && s.unclosed() {
		return true, rec, false // "})" closing an object a record dumped over its lines
	}
	if (line[len(line)-1] == ']' && (line[0] == '/' || line[0] == '.' || isAlpha(line[0])) || line[0] == '*') && backtraceLine(line, lastLine(s.raw)) {
		return true, rec, false
	}
	if line[0] == 'T' && s.rec.Time == 0 && s.rec.Level == Unknown && hasPrefixAt(line, 0, traceback) && !introducesTrace(s.raw) {
		// An uncaught exception's traceback under a program's own printed line (a script's
		// stdout and stderr, CircuitPython's serial console) is a record of its own: that line
		// has no time, no level, and does not announce it as "Exception in thread …:" does.
		return false, rec, false
	}
	if noteLine(line) || numberedFrame(line) && underFrames(s.raw) || unityFrame(line, s.raw) || rubyFrame(line) && underRubyError(lastLine(bytes.TrimRight(s.raw, " \t\n"))) || s.einaBacktrace(line) {
		s.traceLine(line)
		return true, rec, false
	}
	if line[0] == 'C' || line[0] == 'E' {
		if sqlExceptionTrailer(line) && underDotnetTrace(lastLine(s.raw)) {
			return true, rec, false
		}
	}
	if isAlnum(line[0]) && javaFrameEnd(lastLine(s.raw)) && !exceptionHead(line) && !hasPrefixAt(line, 0, "Exception in thread ") && !traceLabel(line) {
		// Under a Java stack trace's frames an unindented line of words that is no cause and no
		// exception's class is not the trace's: System.out's line under catalina.out's SEVERE.
		// (A closing '>' or an XML layout's closing tags are the record's.)
		return false, rec, false
	}
	if hasPrefixAt(s.raw, 0, glogHeader) && (hasPrefixAt(line, 0, glogMachine) || hasPrefixAt(line, 0, "Binary: ") || hasPrefixAt(line, 0, "Previous log: ") || hasPrefixAt(line, 0, "Running duration (h:mm:ss): ") || hasPrefixAt(line, 0, "Log line format: ")) {
		return true, rec, false // glog's file header, one block
	}
	if s.inTrace {
		s.inTrace = false // the exception line that ends a traceback
		if c := line[0]; (isDigit(c) || c == '[') && !exceptionHead(line) {
			rec = s.p.Parse(line)
		}
		if rec.Time != 0 && s.startsWithTime(rec.Format, line) {
			// Unless the traceback was cut short, its lines written apart from its header (a
			// child's stderr that supervisord logs a piece at a time): the next record is here,
			// its time first on the line. An exception's name never opens with a digit or a
			// bracket, whatever time its message quotes.
			return false, rec, true
		}
		return true, Record{}, false
	}
	if fn, strong := goFuncLine(line); fn && (goFileLine(lastLine(s.raw)) || strong && bytes.IndexByte(line, '/') >= 0 && bytes.IndexByte(line, '(') > 0) {
		// A Go stack's frame as pkg/errors' "%+v" and zap's stacktrace print it, without a
		// goroutine's header: the function, then its file indented below it.
		return true, rec, false
	}
	if line[0] == '#' && hasPrefixAt(line, 0, "### ") && hasPrefixAt(s.raw, 0, "### ") && levelLabel(s.raw[4:]) && !levelLabel(line[4:]) {
		return true, rec, false // tripwire's details under its "### Error: …" or "### Warning: …"
	}
	if line[0] == 'P' && goSignalPC(line) {
		return true, rec, false // a Go crash's report goes on under the record that logged it (glog's "F1202 …")
	}
	if sameAuditEvent(s.raw, line) {
		return true, rec, false // an audit event's records
	}
	if s.rec.Time == 0 && hasPrefixAt(s.raw, 0, slowQueryUser) && hasPrefixAt(line, 0, "SET timestamp=") {
		// The query's own start, in Unix seconds, for a block without its "# Time:" line.
		if t, ok := parseEpoch(bytes.TrimSuffix(line[len("SET timestamp="):], []byte(";"))); ok {
			s.rec.Time = t
		}
		return true, rec, false
	}
	if hasPrefixAt(line, 0, slowQueryUser) {
		// MySQL's slow log writes "# Time:" only when the second changes: a query's block starts
		// at its "# User@Host:" line unless that line follows the time alone.
		return hasPrefixAt(s.raw, 0, "# Time: ") && bytes.IndexByte(s.raw, '\n') < 0, rec, false
	}
	if exceptionHead(line) && (s.rec.Level != Unknown || s.csvRowLevel() || failedTest(s.raw)) {
		return true, rec, false // the exception a record logged, also in a source without times
	}
	if hasPrefixAt(s.raw, 0, redisConfigError) && bytes.Count(s.raw, []byte{'\n'}) < 3 {
		return true, rec, false // the line, the directive and the reason under Redis' banner
	}
	if !s.stamped && s.rec.Time == 0 && s.rec.Level != Unknown && bytes.IndexByte(s.raw, '\n') < 0 && announces(s.raw) {
		// An untimed line with a level that announces what follows with its colon (gcloud's
		// "ERROR: (gcloud.dataproc.jobs.submit.pyspark) Job […] failed with error:"): the reason on
		// the next line is its text, unless that line has a time or a level of its own.
		r := s.p.Parse(line)
		if r.Time == 0 && r.Level == Unknown {
			return true, Record{}, false
		}
		if !s.dump.opened || s.dump.closed {
			return false, r, true // a record of its own, as below, read once
		}
	}
	if s.stamped && s.stampedStarts < s.plainStarts && s.rec.Level == Unknown && bytes.IndexByte(s.raw, '\n') < 0 {
		// A source of more untimed records than timed ones still writes java.util.logging's
		// two-line records whole: the level's line under its timed one (see levelLine).
		if rec = s.p.Parse(line); julLevelWord(line) && s.levelLine(rec, line) {
			s.rec.Level = rec.Level
			return true, rec, false
		}
		return false, rec, true
	}
	if (line[0] == '+' || line[0] == 'A' || line[0] == 'I' || line[0] == 'E' || line[0] == 'N') && psErrorGoesOn(line, s.raw) {
		return true, rec, false // see pserror.go
	}
	if line[0] >= 0xE2 && s.signStarts >= minSignStarts && s.rec.Time != 0 && pictoOpening(line) {
		return false, rec, false // a tool's step among its logger's timed lines (see consolesteps.go)
	}
	// In a source of timed records a crash report is one of them: the untimed lines after it go
	// with it, as they go with a timed record.
	if !s.stamped && (!s.dump.opened || s.dump.closed) || s.stampedStarts < s.plainStarts {
		return false, rec, false
	}
parse:
	rec = s.p.Parse(line)
	if s.syslogAlone(line, rec) {
		return false, rec, true
	}
	if rec.Format == FormatText && rec.Host.End > 0 && ncclLine(line) {
		return false, rec, true // NCCL's untimed line names its host and its level: a record
	}
	if rec.Format == FormatRFC3164 && s.rec.Format == FormatRFC3164 && s.sameProcessGoesOn(line, rec) {
		return true, rec, true
	}
	inner := line[s.p.prefixOf(line):] // the line as its service wrote it, behind colour codes and docker compose's column
	if len(inner) == 0 {
		return true, rec, true // a service's blank line behind its compose column ("web-1  | "): its record's
	}
	if jvmUptimeLine(inner) {
		// The JVM's unified logging (-Xlog) on the stdout a program also logs its records on:
		// "[12.504s][info][gc,start    ] GC(7) Pause Young …", the uptime and the level in
		// brackets, is a record of its own, not the text of the program's record above it.
		return false, rec, true
	}
	if relativeUptime(inner) {
		// dmesg --time-format reltime: the minute's stamp on its first record, "[Dec 3 12:57] …",
		// the seconds since the record before on the others, "[  +0.003503] br0: …": each a record.
		return false, rec, true
	}
	if w3cDirective(inner) {
		return w3cDirective(s.raw), rec, true // the W3C header IIS writes again at a restart: its lines go together, under no record
	}
	if sessionBanner(inner) {
		return false, rec, true // a chat client's line that opens or closes its log, dated or not
	}
	if rec.Format == FormatText && (standaloneLine(inner) || nameTag(inner) && nameTag(s.raw)) {
		// Or a line a program's name in brackets opens, as the record above opens with one:
		// a container's entry script and the helpers it runs ("[init] …" under "[mc-image-helper]
		// 07:41:19.880 WARN  : …"). A trace's lines never open so.
		return false, rec, true
	}
	if rec.Time == 0 && s.rec.Time != 0 && indexByteFrom(s.raw, '\n', 0) < 0 && (int(s.rec.Message.Start) >= len(s.raw) && bracketedHeader(s.raw) || headerOnly(s.raw, s.rec.Message)) {
		// A bracketed header alone on its line has its message below it, whatever that says:
		// logcat -v long's "[ 11-29 07:41:17.002  4120: 4120 E/AndroidRuntime ]" above "FATAL
		// EXCEPTION: main"; so has a header that leaves no message on its line, Erlang's
		// "=WARNING REPORT==== 29-Nov-2026::07:41:17 ===" and its logger's "…+00:00 notice:". A
		// header without a level takes the one its message opens with ("app[12]:" over "ERROR:
		// disk full").
		if s.rec.Level == Unknown {
			s.rec.Level = rec.Level
		}
		return true, rec, false
	}
	if lvl, ok := cplError(inner); ok && rec.Time == 0 {
		rec.Level = lvl // GDAL's own error line among its timed debug lines: a record of its own
		return false, rec, true
	}
	if rec.Level != Unknown && s.untimedWriter(inner) {
		return false, rec, true
	}
	if rec.Format == FormatText && rec.Level != Unknown && (s.libraryLine(inner) || signOpening(inner)) {
		// An untimed line that opens with a level of its own is another message, not the timed
		// one's text: a library's "LibClamAV debug: …" under clamd's "WARNING: Wed Dec  2 …".
		return false, rec, true
	}
	if _, clock, _, ok := glibHeader(inner, 0); ok && (clock < 0 || !nearInTime(rec.Time, s.rec.Time)) && !glibFirst(s.raw) {
		// An untimed GLib warning on the stderr of a program whose own records carry dates: it
		// goes with the record above, as any undated line does. One with its clock (GLib 2.56
		// on: "(waybar:4412): Gtk-WARNING **: 07:41:16.226: …") is a record of its own when the
		// clock agrees with the record's time: a clock hours away is the local time of records
		// written with another offset, or none.
		return true, rec, false
	}
	if inner[0] == '/' && warningCategory(inner) && !bytes.HasSuffix(lastLine(s.raw), []byte(":")) {
		// Python's warnings module on the stderr a logger also writes: "/srv/app/std.py:25:
		// UserWarning: this API is going away" is a warning of its own, not the record's text.
		return false, rec, false
	}
	if httpErrorPath(inner) && httpDump(s.raw) {
		// Django's request logger, untimed after its server's timed request line: "Not
		// Found: /missing", "Internal Server Error: /orders/4120" (its traceback follows).
		return false, rec, false
	}
	if rec.Format == FormatText && rec.Time == 0 && inner[0] != '%' {
		// A Cisco record stamped with the uptime, or with nothing, behind its sequence number
		// ("18312: 5w4d: %LINK-3-UPDOWN: …"): a record of its own among timed ones.
		if _, id := idAfterCounters(inner); id {
			return false, rec, true
		}
	}
	if s.stamped && httpDateHeader(inner) && httpDump(s.raw) && !httpDateHeader(s.raw) {
		// An HTTP response's headers that a debug log dumps under its record (nginx's "HTTP/1.1
		// 200 OK" then "Date: Thu, 03 Dec 2026 08:16:18 GMT"): their dates are the headers'.
		// Elsewhere a line that opens with "Date:" may be a record's own (maildrop's log).
		return true, rec, false
	}
	if (rec.Format == FormatText || rec.Format == FormatStamped && s.p.mem.lastToken > s.deepToken(line) && !clientFirst(inner) && !levelBeforeTime(inner) && !decodedOpening(inner) && !(lifecycleAt(line, s.p.mem.lastToken) && s.closeAfter(rec.Time)) && !tabColumns(inner) && !barStamped(inner) && !markerLine(inner) && !s.timeFirst(inner) && !s.starredLabel(inner)) && !uwsgiRequest(inner) {
		// No time of its own, or one deep in its text (an exception's "JWT expired
		// 2026-11-29T09:00:00Z", a SQL statement's "WHERE created_at >= '2026-…'", a table's
		// row), which is the message's, not a record's start. Only a line that opens with a
		// client's address, as access lines do ("10.0.0.5 - - [29/Nov/2026 07:41:17] …"), or
		// uWSGI's request counters start a record of another layout in the same source there.
		return true, rec, false
	}
	if inner[0] == '%' && rec.Format == FormatLayout && rec.Time == 0 {
		// An untimed "%SIM-INFO: …" note under a timed record is what the record ran printing,
		// its text as any untimed line is; among untimed lines it is a record (see leadingLevelLine).
		return true, rec, false
	}
	if s.levelLine(rec, inner) {
		s.rec.Level = rec.Level
		return true, rec, false
	}
	if rec.Level == Unknown && rec.Time >= s.rec.Time && rec.Time-s.rec.Time < nsPerSec && s.rec.Level != Unknown && annexLine(line, rec.Message) && samePid(s.raw, line) {
		// PostgreSQL's DETAIL, HINT, STATEMENT under their ERROR, and Pgpool-II's LOCATION,
		// written a millisecond later by the same process.
		return true, rec, false
	}
	return false, rec, true
}

// syslogAlone reports whether an untimed line right after a one-line syslog record with a host is
// a message of its own: a syslog file holds one message a line, each behind its header, and a
// line without one is a sender's that wrote no header ("<13>hello", a relay's raw line, a test
// vector) or a console's among the forwarded lines, not the text of the message above it. What
// does go on under a header is kept: an exception and its causes, journalctl -x's catalog lines
// ("░░ Subject: …", "-- Subject: …"), a report's labelled fields, a crash report, what a message
// ending in a colon announces ("panicked at src/main.rs:2:5:", "request body:"), a Ruby frame's
// path, Erlang's "** …" report lines, rustc's "note: …"; and once a record has taken a line (a
// blank one, a traceback's first), the lines after it are its text as before (a Go panic's
// goroutines, a fault report's fields).
func (s *Stream) syslogAlone(line []byte, rec Record) bool {
	if s.rec.Format != FormatRFC3164 && s.rec.Format != FormatRFC5424 || s.rec.Host.End == 0 || rec.Time != 0 || indexByteFrom(s.raw, '\n', 0) >= 0 {
		return false
	}
	return !hasPrefixAt(line, 0, "░░") && !hasPrefixAt(line, 0, "-- ") && !exceptionHead(line) && !hasPrefixAt(line, 0, "Caused by: ") &&
		!labelled(line) && dumpOpening(line) == noDump && !goroutineHeader(line) && !announces(s.raw) &&
		line[0] != '/' && !hasPrefixAt(line, 0, "** ") && !hasPrefixAt(line, 0, "note: ")
}

// sameProcessGoesOn reports whether a syslog line continues the pending syslog record: the same
// host and the same program and pid within the same second or so, and a message that goes on from
// the one before as a multi-line message's lines do. A daemon's stderr reaches the journal, and
// from it the syslog file, a line at a time: a Python traceback or a Java stack trace under
// "gunicorn[812]:" comes as one record a line otherwise, their frames and exception without the
// error's level. Only a stack's shapes count, and a pid's tag: many daemons indent their own
// lines, by blanks or a tab (corosync's "  [KNET  ] …", sudo's "   alice : TTY=…", zfsd's case
// file), each line an event of its own.
func (s *Stream) sameProcessGoesOn(line []byte, rec Record) bool {
	if rec.Host.End == 0 || s.rec.Host.End == 0 || rec.Time < s.rec.Time || rec.Time-s.rec.Time > 2*nsPerSec {
		return false
	}
	first := firstLine(s.raw)
	h, ph := int(rec.Host.Start), int(s.rec.Host.Start)
	tag := bytes.Index(line[h:min(len(line), h+maxTagSpan)], []byte("]: "))
	if tag < 0 || ph+tag+3 > len(first) || !bytes.Equal(line[h:h+tag+3], first[ph:ph+tag+3]) || !isDigit(line[h+tag-1]) {
		return false
	}
	inner, at := line[h+tag+3:], h+tag+3
	before := lastLine(s.raw)
	prev := []byte(nil)
	if at <= len(before) && bytes.Equal(before[h:at], line[h:at]) {
		prev = before[at:] // the line before's message, behind the same header
	}
	k := 0
	for hasPrefixAt(inner, k, escapedTab) {
		k += len(escapedTab) // rsyslog's #011 for a tab, as Debian's and Ubuntu's write it
	}
	trimmed, indented := skipWSBytes(inner[k:]), k > 0 || len(inner) > 0 && (inner[0] == ' ' || inner[0] == '\t')
	traced := func() bool { return bytes.Contains(s.raw, []byte(traceback)) } // only for a Python trace's lines
	switch {
	case len(inner) == 0:
		return false
	case indented && hasPrefixAt(trimmed, 0, "at ") && trimmed[len(trimmed)-1] == ')':
		return true // a Java frame indented by blanks
	case indented && (hasPrefixAt(trimmed, 0, "File \"") || hasPrefixAt(skipWSBytes(prev), 0, "File \"")) && traced():
		return true // a Python frame, or its source line under it
	case hasPrefixAt(trimmed, 0, "... ") && bytes.HasSuffix(trimmed, []byte(" more")):
		return true
	case hasPrefixAt(inner, 0, "Caused by: ") || hasPrefixAt(inner, 0, "Suppressed: "):
		return true
	case hasPrefixAt(inner, 0, traceback):
		return s.rec.Level >= Error || announces(prev)
	case exceptionHead(inner) || raisedName(inner) && traced():
		// The exception after a traceback's frames, or under the record that logged it.
		return len(prev) > 0 && (prev[0] == ' ' || prev[0] == '\t' || hasPrefixAt(prev, 0, escapedTab)) || s.rec.Level >= Warn && len(before) == len(first)
	}
	return false
}

// starredLabel reports whether line is one of the labelled lines an Oracle trace file stamps
// under its session's header, the time ending it: "*** SESSION ID:(412.18807)
// 2026-11-29T08:41:16.044553+01:00", "*** MODULE NAME:(JDBC Thin Client) …". Each is a record.
func (s *Stream) starredLabel(line []byte) bool {
	if !hasPrefixAt(line, 0, "*** ") || bytes.IndexByte(line[:min(len(line), 48)], ':') < 0 {
		return false
	}
	k := bytes.LastIndexByte(line, ' ') + 1
	return k > 4 && s.timeAt(line, k)
}

// raisedName reports whether line opens with the name of what a Python traceback ends with, a
// class name in capitals with its colon or alone ("KeyError: 'sku'", "requests.exceptions.
// ConnectionError: …", "KeyboardInterrupt").
func raisedName(line []byte) bool {
	e := 0
	for e < len(line) && (isAlnum(line[e]) || line[e] == '_' || line[e] == '.') {
		e++
	}
	if e == 0 || e < len(line) && line[e] != ':' {
		return false
	}
	s := bytes.LastIndexByte(line[:e], '.') + 1
	return s < e && line[s] >= 'A' && line[s] <= 'Z'
}

// maxTagSpan bounds how far after a syslog line's host its program's "name[pid]: " may end.
const maxTagSpan = 64

// skipWSBytes returns b without its leading blanks.
func skipWSBytes(b []byte) []byte { return b[skipWS(b, 0):] }

// traceLabel reports whether line is one word of letters and its colon that announces another
// trace under a trace's frames: DataNucleus' "NestedThrowablesStackTrace:", "NestedThrowables:".
func traceLabel(line []byte) bool {
	n := len(line) - 1
	if n < 8 || line[n] != ':' {
		return false
	}
	for _, c := range line[:n] {
		if !isAlpha(c) {
			return false
		}
	}
	return bytes.Contains(line, []byte("Trace")) || bytes.Contains(line, []byte("Throwable"))
}

// composedNote reports whether line is a tool's note (see toolNote) behind compose's column.
func composedNote(line []byte) bool {
	k := composePrefix(line)
	return k > 0 && k < len(line) && toolNote(line[k:])
}

// markedRepeat reports whether line repeats the header of the pending record's first line (raw
// is its text, whose first line the comparison cannot pass: line holds no newline) byte for byte
// and then marks itself as its continuation where that line has a blank: CockroachDB's
// crdb-v2 writes each line of a multi-line entry with the entry's whole header and counter, and
// '+' (a further line) or '|' (the rest of a long line) after it. The header is at least a
// time's length, so that a short common start (a level's letter and a blank) is none.
func markedRepeat(line, first []byte) bool {
	if len(line) < 18 || len(first) < 18 || line[0] != first[0] {
		return false
	}
	n := min(len(line), len(first))
	m := 0
	for m < n && line[m] == first[m] {
		m++
	}
	if m < 16 || m >= n || first[m] != ' ' || line[m] != '+' && line[m] != '|' || line[m-1] != ' ' {
		return false
	}
	// The mark follows the entry's counter: a message that opens with blanks under another
	// header ("app -   context", "bot[7]:   karma") and a line that opens with '+' are two.
	c := m - 1
	for c > 0 && isDigit(line[c-1]) {
		c--
	}
	return c < m-1 && c > 0 && line[c-1] == ' '
}

// jvmUptimeLine reports whether line opens with the JVM's unified logging decorations of uptime
// and level: "[12.504s][info]", "[1204ms][warning]".
func jvmUptimeLine(line []byte) bool {
	if byteAt(line, 0) != '[' {
		return false
	}
	_, n := digitRun(line, 1)
	e := 1 + n
	if byteAt(line, e) == '.' {
		_, m := digitRun(line, e+1)
		if m == 0 {
			return false
		}
		e += 1 + m
	}
	switch {
	case n == 0:
		return false
	case hasPrefixAt(line, e, "ms]["):
		e += 4
	case hasPrefixAt(line, e, "s]["):
		e += 3
	default:
		return false
	}
	k := indexByteFrom(line[:min(len(line), e+10)], ']', e)
	if k < 0 {
		return false
	}
	switch string(bytes.TrimRight(line[e:k], " ")) { // padded to the widest: "[info   ]"
	case "trace", "debug", "info", "warning", "error":
		return true
	}
	return false
}

// sarSummary reports whether line is the row of averages that sar writes under a table whose rows
// open with their clock ("15:45:07        all     14.50 …" above "Average:        all     10.64
// …"), or under another such row, with as many columns.
func sarSummary(line, raw []byte) bool {
	n := sarLabel(line)
	if n == 0 {
		return false
	}
	row := lastLine(raw)
	if !(len(row) > 9 && isDigit(row[0]) && (row[2] == ':' && row[5] == ':' || row[2] >= 0x80 && hasPrefixAt(row, 7, "分")) || bytes.HasPrefix(row, line[:n])) {
		return false
	}
	// As many columns as the row above, both ending in a number: the averages of its table, not
	// a line of text under a timed record ("Average:  12.3 ms", "Average:  load 0.42 over 5
	// minutes").
	cols := 0
	var lastRow, lastCol []byte
	for s, e := nextToken(row, 0); s < e; s, e = nextToken(row, e) {
		cols, lastRow = cols+1, row[s:e]
		if cols == 2 && (string(row[s:e]) == "AM" || string(row[s:e]) == "PM") {
			cols-- // a twelve-hour clock's marker, part of the time the averages row has not
		}
	}
	for s, e := nextToken(line, 0); s < e; s, e = nextToken(line, e) {
		cols, lastCol = cols-1, line[s:e]
	}
	return cols == 0 && sarNumber(lastRow) && sarNumber(lastCol)
}

// sarNumber reports whether w is a number as sar writes it, its decimals after the locale's point
// or comma ("83.99", "83,99").
func sarNumber(w []byte) bool { return digitsAmong(w, '.', ',') }

// sarLabel returns the length of the label that opens sar's row of averages, two blanks after it:
// "Average:" and its translations under the reader's locale (sysstat's catalogues: German's
// "Durchschn.:", French's "Moyenne :" with a narrow no-break space, Japanese "平均値:"). 0 for none.
func sarLabel(line []byte) int {
	_, e := nextToken(line, 0)
	if hasPrefixAt(line, e, " : ") {
		e += 2 // French's blank before the colon, a plain one: "Moyenne :"
	}
	if e < 3 || e > 24 || line[e-1] != ':' || byteAt(line, e+1) != ' ' || isDigit(line[0]) {
		return 0
	}
	if line[0] < 0x80 && (line[0] < 'A' || line[0] > 'Z') {
		return 0
	}
	for _, c := range line[:e-1] {
		if c < 0x80 && !isAlpha(c) && c != '.' && c != ' ' {
			return 0
		}
	}
	return e
}

// backtraceLine reports whether line goes on the C backtrace that last, the line before it, heads
// or holds: a frame as glibc's backtrace_symbols writes it ("uwsgi(uwsgi_segfault+0x23)
// [0x55ec6139d8f3]", "/lib/x86_64-linux-gnu/libc.so.6(+0x3c050)[0x7f3527eae050]") under a header
// that names a backtrace or under another frame, or the line that ends it ("*** end of backtrace
// ***").
func backtraceLine(line, last []byte) bool {
	if cFrame(line) {
		return cFrame(last) || len(last) < 80 && namesBacktrace(last)
	}
	return cFrame(last) && line[0] == '*' && bytes.Contains(line, []byte("end of backtrace"))
}

// namesBacktrace reports whether b holds the word backtrace in any case ("*** backtrace of 4120
// ***", "======= Backtrace: =========").
func namesBacktrace(b []byte) bool {
	for i := range b {
		if hasPrefixFold(b, i, "backtrace") {
			return true
		}
	}
	return false
}

// cFrame reports whether line is a frame of a C backtrace as backtrace_symbols writes it: the
// object, the symbol and offset in parentheses, and the address in brackets.
func cFrame(line []byte) bool {
	n := len(line)
	if n < 10 || line[n-1] != ']' {
		return false
	}
	k := bytes.LastIndex(line, []byte("[0x"))
	if k < 3 || !hexWord(line[k+3:n-1]) {
		return false
	}
	head := bytes.TrimSuffix(line[:k], []byte(" "))
	o := bytes.IndexByte(head, '(')
	return o > 0 && head[len(head)-1] == ')' && bytes.IndexByte(head[:o], ' ') < 0
}

// sqlExceptionTrailer reports whether line is one of the lines SqlException's ToString writes
// after its stack trace: "ClientConnectionId:5d6e…", "Error Number:2627,State:1,Class:14" (a
// timeout's number is -2).
func sqlExceptionTrailer(line []byte) bool {
	const number = "Error Number:"
	return hasPrefixAt(line, 0, "ClientConnectionId:") || hasPrefixAt(line, 0, number) && (isDigitAt(line, len(number)) || byteAt(line, len(number)) == '-')
}

// underDotnetTrace reports whether last, the line above, is a .NET stack frame ("   at
// Shop.Orders.Save() in C:\src\Orders.cs:line 41") or SqlException's trailer after them.
func underDotnetTrace(last []byte) bool {
	return hasPrefixAt(last, 0, "   at ") || sqlExceptionTrailer(last)
}

// relativeUptime reports whether line opens with the seconds since the record before, signed, in
// the kernel's bracket: "[  +0.003503] ", "[+12.000131] ".
func relativeUptime(line []byte) bool {
	if byteAt(line, 0) != '[' {
		return false
	}
	i := skipBlanks(line, 1)
	if byteAt(line, i) != '+' {
		return false
	}
	n, f := decimalAt(line, i+1)
	return n > 0 && f == 6 && hasPrefixAt(line, i+2+n+f, "] ")
}

// headerOnly reports whether a timed line leaves its message to the lines below it: nothing after
// its level's colon ("…+00:00 notice:"), or an Erlang report's header ("=WARNING REPORT====
// 29-Nov-2026::07:41:17 ===").
func headerOnly(raw []byte, msg Span) bool {
	if int(msg.Start) >= len(raw) {
		return raw[len(raw)-1] == ':'
	}
	return raw[0] == '=' && bytes.HasSuffix(raw, []byte(" ===")) && bytes.Contains(raw, []byte(" REPORT===="))
}

// csvRowLevel reports whether the pending entry is a CSV row whose columns give it a level, as emit
// will apply them: ColdFusion's exception.log writes the Java exception and its frames under the
// row that logged it.
func (s *Stream) csvRowLevel() bool {
	if s.csv.sep == 0 || s.offset == s.csvHeaderAt {
		return false
	}
	var rec Record
	s.csv.apply(s.raw, &rec, s.p.nowNano(), &s.p.wall)
	return rec.Level != Unknown
}

// dumpLine decides a line while the pending entry holds a crash report (see dump.go); ok is false
// when the report has nothing to say of it. A timed record ends a report, and so does the entry's
// cap: the lines past it go on as entries of their own rather than be cut off with the report.
func (s *Stream) dumpLine(line []byte) (join bool, rec Record, parsed, ok bool) {
	if s.dump.kind == noDump {
		if nodeCaret(s.raw, line) {
			s.dump = dumpState{kind: nodeDump, opened: true, caret: true, lines: 2}
			return true, rec, false, true // Node.js's report under the record logged before it
		}
		return false, rec, false, false
	}
	if len(s.raw)+1+len(line) > s.max {
		return false, rec, false, true // the report goes on in an entry of its own (see open)
	}
	if c := line[0]; c != ' ' && c != '\t' && (s.dump.kind.whole() || s.dump.freeForm()) {
		if t, ok := reportTime(line, &s.p.wall); ok && s.dump.kind.whole() {
			if s.rec.Time == 0 {
				s.rec.Time = t
			}
			return true, rec, false, true
		}
		if !labelled(line) && !sectionAbove(s.raw) {
			if rec = s.p.Parse(line); rec.Time != 0 && (s.startsWithTime(rec.Format, line) || rec.Format == FormatJSON || rec.Format == FormatLogfmt) {
				s.dump.kind = noDump
				return false, rec, true, true
			}
			rec = Record{}
		}
	}
	if s.dump.joins(line) {
		if s.dump.kind == goDump && s.rec.Level == Unknown && line[0] == 'f' && goFatalError(line) {
			s.rec.Level = Critical // the throw under the runtime's own complaint that opened the report
		}
		return true, rec, false, true
	}
	return false, rec, false, false
}

// closersOnly reports whether line holds nothing but a few closing brackets and the punctuation
// after them ("})", "]);", "},"): the end of something opened above, never a record's start.
func closersOnly(line []byte) bool {
	if len(line) == 0 || len(line) > 8 || line[0] != '}' && line[0] != ']' && line[0] != ')' {
		return false
	}
	for _, c := range line {
		switch c {
		case '}', ']', ')', ';', ',', ' ', '\t':
		default:
			return false
		}
	}
	return true
}

// unclosed reports whether the pending entry opens more brackets than it closes. It counts only
// the text added since it was last asked, so that a long dump of closing lines costs linear time.
func (s *Stream) unclosed() bool {
	for _, c := range s.raw[min(s.bracketsAt, len(s.raw)):] {
		switch c {
		case '{', '[', '(':
			s.brackets++
		case '}', ']', ')':
			s.brackets--
		}
	}
	s.bracketsAt = len(s.raw)
	return s.brackets > 0
}

// deepToken is the last word a line's time may start at for the line to start a record: the
// third, or one further than the pending record's own when the line opens with the same bracket,
// as the records of a source that keeps its time a few words in (GlobalProtect's "(P4120-T5312)Info
// ( 325): 11/29/26 …" beside "(P4120-T5312)Debug( 178): …").
func (s *Stream) deepToken(line []byte) int {
	if s.headedTime() {
		return s.p.mem.lastToken // a time after a header's columns is the record's own
	}
	if len(s.raw) > 0 && s.raw[0] == line[0] && (line[0] == '(' || line[0] == '[' || line[0] == '<') {
		return max(2, s.timeToken+1)
	}
	return 2
}

// timeFirst reports whether line opens with a time, whatever word the source's time was last
// learned at: one line that writes its time elsewhere (dante's "<no localtime available>
// (1796186973.629799) danted[…]" during a signal) must not make the next ones continuations.
func (s *Stream) timeFirst(line []byte) bool { return s.timeAt(line, 0) }

// messageTime reports whether the time a line holds after its first word, which ends at e, is
// its message's: the word is java.util.logging's level with its colon, and a word of text follows
// it, not a time, a bracket or a column's separator.
func (s *Stream) messageTime(line []byte, e int) bool {
	ns, ne := nextToken(line, e)
	if e < 2 || line[e-1] != ':' || ns == ne || !isAlpha(line[ns]) {
		return false
	}
	return !s.timeAt(line, ns)
}

// timeAt reports whether a time starts at line[i].
func (s *Stream) timeAt(line []byte, i int) bool {
	var st stamp
	return readStamp(line, i, s.p.nowNano(), &s.p.wall, &st)
}

// nearInTime reports whether two times, both known, are within an hour of each other.
func nearInTime(a, b int64) bool {
	return a != 0 && b != 0 && a-b < int64(time.Hour) && b-a < int64(time.Hour)
}

// glibFirst reports whether an entry's first line is a line of GLib's handler.
func glibFirst(raw []byte) bool {
	_, _, _, ok := glibHeader(firstLine(raw), 0)
	return ok
}

// samePid reports whether a line that names its process as "pid N:" (Pgpool-II's "psql pid 4188:
// DETAIL: …") names the pending entry's; a line that names none agrees.
func samePid(raw, line []byte) bool {
	head := line[:min(len(line), 96)]
	i := bytes.Index(head, []byte(" pid "))
	if i < 0 {
		// Or the pid in brackets that a prefix writes: "%m [%p] ", "%t:%r:%u@%d:[%p]: ".
		pid := bracketedPid(head)
		first := firstLine(raw)
		return pid == nil || bytes.Contains(first[:min(len(first), 96)], pid)
	}
	e := indexByteFrom(head, ':', i)
	if e < 0 {
		return true
	}
	first := firstLine(raw)
	return bytes.Contains(first[:min(len(first), 96)], head[i:e+1])
}

// redisConfigError opens the four lines Redis writes when its configuration file does not parse:
// the banner, "Reading the configuration file, at line 3", the directive after ">>> ", the reason.
const redisConfigError = "*** FATAL CONFIG FILE ERROR ("

// pidTagOf returns the pid in brackets that opens line before a blank ("[7102] Puma starting…"),
// with its brackets, or nil.
func pidTagOf(line []byte) []byte {
	_, n := digitRun(line, 1)
	if n < 2 || n > 8 || byteAt(line, 1+n) != ']' || byteAt(line, 2+n) != ' ' {
		return nil
	}
	return line[:2+n]
}

// bracketedPid returns the first number in brackets among the first bytes of line, with its
// brackets: "[9567]", or nil.
func bracketedPid(head []byte) []byte {
	for i := 0; i < len(head); {
		k := indexByteFrom(head, '[', i)
		if k < 0 {
			return nil
		}
		_, n := digitRun(head, k+1)
		if n > 0 && byteAt(head, k+1+n) == ']' {
			return head[k : k+2+n]
		}
		i = k + 1
	}
	return nil
}

// slowQueryUser opens the line of MySQL's slow log that names a query's client.
const slowQueryUser = "# User@Host: "

// standaloneLine reports whether a line without a time is a record of its own, never a
// continuation nor a block's header: the lines AWS Lambda's platform writes between a function's
// ("START RequestId: …", "END RequestId: …", "REPORT RequestId: …"), journalctl's markers
// between entries ("-- Boot 4f1c… --", "-- No entries --"), and the header of Snort's full alert,
// whose time is on a later line ("[**] [1:2003068:7] ET SCAN … [**]").
func standaloneLine(line []byte) bool {
	if dividerLine(line) || mysqldBanner(line) {
		return true
	}
	if _, relayed := rayPrefix(line); relayed {
		return true // a worker's line Ray's driver relays
	}
	for _, p := range standalonePrefixes {
		if hasPrefixAt(line, 0, p) {
			return true
		}
	}
	if sessionBanner(line) || sourceCallLine(line) {
		return true
	}
	return fencedNote(line)
}

// sourceCallLine reports whether line opens with a C source file's line and the function that
// logged it, as sofia-sip's su_log writes each message into FreeSWITCH's log without a time:
// "tport.c:3052 tport_deliver() …". Each is a log call of its own, not the text of the line above.
func sourceCallLine(line []byte) bool {
	s, e := nextToken(line, 0)
	if s != 0 || e < 5 {
		return false
	}
	colon := bytes.LastIndexByte(line[:e], ':')
	if colon < 3 || colon == e-1 || !digitsOnly(line[colon+1:e]) || !cSourceName(line[:colon]) {
		return false
	}
	fs, fe := nextToken(line, e)
	return fe-fs > 2 && hasPrefixAt(line, fe-2, "()") && identifier(line[fs:fe-2])
}

// cSourceName reports whether name is a C or C++ source file's base name: "tport.c", "nua_stack.cpp".
func cSourceName(name []byte) bool {
	dot := bytes.LastIndexByte(name, '.')
	if dot < 1 || !identifier(name[:dot]) {
		return false
	}
	switch string(name[dot+1:]) {
	case "c", "cc", "cpp", "cxx", "h":
		return true
	}
	return false
}

// identifier reports whether b is a C identifier.
func identifier(b []byte) bool {
	if len(b) == 0 || isDigit(b[0]) {
		return false
	}
	for _, c := range b {
		if !(c == '_' || isDigit(c) || c|0x20 >= 'a' && c|0x20 <= 'z') {
			return false
		}
	}
	return true
}

// fencedNote reports whether line is a note set between two runs of the same mark, as tools print
// their own remarks among a log's lines: "-- Boot 4f1c… --", exigrep's "+++ 1tGa3x-0009Zz-7Q has
// not completed +++", "*** Starting backup ***".
func fencedNote(line []byte) bool {
	n := len(line)
	if n < 7 || line[0] != '-' && line[0] != '+' && line[0] != '*' {
		return false
	}
	k := 1
	for k < 3 && line[k] == line[0] {
		k++
	}
	// Two dashes (journalctl's) or three pluses or stars: three dashes fence a crash dump's parts
	// inside its record as often as a tool's note ("--- begin dump of recent events ---").
	if (line[0] == '-') != (k == 2) || k < 2 || line[k] != ' ' || line[n-k-1] != ' ' || n < 2*k+3 {
		return false
	}
	for i := n - k; i < n; i++ {
		if line[i] != line[0] {
			return false
		}
	}
	return line[n-k-2] != line[0] && line[k+1] != line[0]
}

// sambaHeader reports whether an entry opens with Samba's header, its time and debug level in
// brackets and then its source's place: "[2026/12/03 08:27:58.840589,  2] ../../auth/…".
func sambaHeader(raw []byte) bool {
	return len(raw) > 32 && raw[0] == '[' && raw[5] == '/' && bytes.Contains(raw[:34], []byte(",  ")) && bytes.Contains(firstLine(raw), []byte("] ../"))
}

// indentedBody reports whether an entry's text has an indented line after its first.
func indentedBody(raw []byte) bool {
	return bytes.Contains(raw, []byte("\n ")) || bytes.Contains(raw, []byte("\n\t"))
}

// unityFrame reports whether line is a frame of the stack trace Unity writes under a message in
// its Player.log and Editor.log, unindented: "UnityEngine.Debug:LogError (object)",
// "Shop.Cart:Add (int) (at Assets/Scripts/Cart.cs:41)", and the "(Filename: … Line: 41)" after them.
func unityFrame(line, raw []byte) bool {
	ownFrame := func(l []byte) bool { return hasPrefixAt(l, 0, "UnityEngine.") || bytes.Contains(l, []byte(".cs:")) }
	if hasPrefixAt(line, 0, "(Filename: ") {
		return ownFrame(lastLine(raw))
	}
	// The line's own shape first, cheap: most continuation lines (a trace's indented frames)
	// end otherwise, and the entry's last line is looked at only for one that fits.
	n := len(line)
	if n < 8 || line[n-1] != ')' || !isAlpha(line[0]) {
		return false
	}
	open := bytes.Index(line, []byte(" ("))
	if open < 3 || bytes.IndexByte(line[:open], '.') < 0 {
		return false
	}
	for _, c := range line[:open] {
		if !(isAlnum(c) || c == '.' || c == '_' || c == ':' || c == '<' || c == '>' || c == '`') {
			return false // a class and its method, with no blank: "Shop.Cart:Add"
		}
	}
	// The method after the class's colon (Unity's own frames), or a source's place after it.
	if colon := bytes.IndexByte(line[:open], ':'); colon > 0 {
		if bytes.IndexByte(line[:colon], '.') < 0 || bytes.IndexByte(line[colon+1:open], ':') >= 0 || bytes.IndexByte(line[colon+1:open], '.') >= 0 {
			return false // not Python's "INFO:app.worker:Running (…)"
		}
	} else if !bytes.Contains(line[open:], []byte(") (at ")) {
		return false
	}
	// A frame's shape in prose ("build.step:compile (3 files)"): only Unity's own, or under one.
	return ownFrame(line) || ownFrame(lastLine(raw))
}

// httpErrorPath reports whether line opens with an HTTP status's reason in capitalized words,
// maybe a reason of its own in parentheses, then a colon and a path: "Not Found: /missing",
// "Forbidden (CSRF cookie not set.): /api/items", "Method Not Allowed (GET): /login".
func httpErrorPath(line []byte) bool {
	if len(line) < 8 || line[0] < 'B' || line[0] > 'U' {
		return false
	}
	for _, reason := range httpReasons {
		if reason[0] != line[0] || !hasPrefixAt(line, 0, reason) {
			continue
		}
		i := len(reason)
		if hasPrefixAt(line, i, " (") {
			k := bytes.Index(line[i:min(len(line), i+80)], []byte("): /"))
			return k > 0
		}
		return hasPrefixAt(line, i, ": /")
	}
	return false
}

// httpReasons are the reasons of the HTTP statuses Django's request logger names.
var httpReasons = [...]string{"Bad Request", "Unauthorized", "Forbidden", "Not Found", "Method Not Allowed", "Gone",
	"Internal Server Error", "Bad Gateway", "Service Unavailable", "Gateway Timeout", "Payload Too Large",
	"Unprocessable Entity", "Too Many Requests", "Request Timeout"}

// httpDateHeader reports whether line is an HTTP header whose value is a date in HTTP's own
// spelling, the day's name and a comma first: "Date: Thu, 03 Dec 2026 08:16:18 GMT",
// "Last-Modified: …", "Expires: …", "If-Modified-Since: …".
func httpDateHeader(line []byte) bool {
	switch byteAt(line, 0) {
	case 'D', 'L', 'E', 'I':
	default:
		return false // most lines, spared the four comparisons
	}
	for _, name := range [...]string{"Date: ", "Last-Modified: ", "Expires: ", "If-Modified-Since: "} {
		if hasPrefixAt(line, 0, name) {
			v := line[len(name):]
			return len(v) > 5 && isAlpha(v[0]) && isAlpha(v[1]) && isAlpha(v[2]) && v[3] == ',' && v[4] == ' '
		}
	}
	return false
}

// httpDump reports whether an entry is a dump of an HTTP message: it names the protocol's
// version ("… HTTP/1.1 200 OK", "GET / HTTP/1.1") or its headers, or its last line is a header.
func httpDump(raw []byte) bool {
	head := raw[:min(len(raw), 512)]
	if bytes.Contains(head, []byte("HTTP/1.")) || bytes.Contains(head, []byte("HTTP/2")) || bytes.Contains(head, []byte("headers: ")) {
		return true
	}
	last := lastLine(raw)
	k := bytes.Index(last, []byte(": "))
	if k < 2 || last[0] < 'A' || last[0] > 'Z' {
		return false
	}
	for _, c := range last[:k] {
		if !isAlpha(c) && c != '-' {
			return false
		}
	}
	return true // "Content-Length: 4120"
}

// untimedWriter reports whether a line with a level and no time of its own is another writer's
// record, not the text of the pending one: SLF4J's SimpleLogger writes no time by default ("[main]
// INFO org.eclipse.jetty.server.Server - jetty-10.0.22 …"), a library tags its lines ("[LightGBM]
// [Warning] …", not inside a trace), a program writes its diagnostics the GNU way ("srun: error:
// …", not under a bracketed heading, a line ending in a colon or an exception, whose text it is).
func (s *Stream) untimedWriter(inner []byte) bool {
	last := lastLine(s.raw)
	return simpleLoggerLine(inner) || taggedLevelLine(inner) && !traceGoesOn(last) ||
		(programDiagnostic(inner) || codedDiagnostic(inner)) && s.ownLine()
}

// codedDiagnostic reports whether line is a compiler's diagnostic with its file, line and column
// in parentheses and its code, as tsc and MSBuild write them: "src/post.ts(41,11): error TS2322:
// …", "Cart.cs(41,27): warning CS8602: …". Under a watcher's timed line it is a record of its own;
// under one that announces it (ts-node's "TSError: ⨯ Unable to compile TypeScript:") it is its text.
func codedDiagnostic(line []byte) bool {
	_, e := nextToken(line, 0)
	if e < 8 || line[e-1] != ':' || line[e-2] != ')' {
		return false
	}
	open := bytes.LastIndexByte(line[:e], '(')
	if open < 3 || !digitsAmong(line[open+1:e-2], ',', ',') || bytes.IndexByte(line[:open], '.') < 0 {
		return false
	}
	ls, le := nextToken(line, e)
	if w := string(line[ls:le]); w != "error" && w != "warning" {
		return false
	}
	cs, ce := nextToken(line, le)
	code := line[cs:max(cs, ce-1)]
	return ce-cs > 3 && line[ce-1] == ':' && code[0] >= 'A' && code[0] <= 'Z' && isDigit(code[len(code)-1])
}

// ownLine reports whether a program's own line (see programDiagnostic, commandComplaint) stands
// alone after the pending record: not under a bracketed heading, a line ending in a colon or an
// exception, whose text quotes it.
func (s *Stream) ownLine() bool {
	last := lastLine(s.raw)
	return !bracketHeading(last) && !announces(last) && !bytes.Contains(last, []byte("Exception"))
}

// programDiagnostic reports whether line opens as a program's own diagnostic in the GNU way, its
// name, then its level word, each with a colon: "srun: error: task 3: Exited with exit code 1",
// "parallel: Warning: …". Such a line is another program's message (a launcher's, a shell
// tool's), not the text of the record above it.
func programDiagnostic(line []byte) bool {
	_, e := nextToken(line, 0)
	if e < 3 || e > 33 || line[e-1] != ':' || line[0] < 'a' || line[0] > 'z' || !tagLike(line[:e-1]) || bytes.IndexByte(line[:e], '.') >= 0 || detailLabel(line[:e-1]) {
		return false // (a dotted name is a host's, before the output a parallel shell relays)
	}
	ls, le := nextToken(line, e)
	if le-ls < 5 || line[le-1] != ':' {
		return false
	}
	switch string(line[ls : le-1]) {
	case "error", "Error", "ERROR", "warning", "Warning", "WARNING", "fatal", "FATAL", "Fatal":
		return true
	}
	return false
}

// levelUnderStamp reads the level of a record whose first line is its time alone, from the line
// under it that opens its message, as SAP's work process traces write them: "Sun Nov 29
// 07:41:18:740 2026", then "*** ERROR => DpHdlDeadWp: …" (or, in dev_icm, "[Thr 1402…] ***
// WARNING => …" behind the thread).
func levelUnderStamp(raw []byte, msg Span) Level {
	end := firstLineEnd(raw)
	if int(msg.Start) < end && len(trimSpace(raw[msg.Start:end])) > 0 || end+1 >= len(raw) {
		return Unknown // the first line has text of its own, or no line is under it
	}
	text := firstLine(raw[max(int(msg.Start), end+1):])
	if len(text) == 0 {
		return Unknown
	}
	if text[0] == '[' {
		if c := indexByteFrom(text[:min(len(text), 40)], ']', 1); c > 0 {
			text = text[skipBlanks(text, c+1):]
		}
	}
	if !hasPrefixAt(text, 0, "*** ") {
		return Unknown // (SAP's mark; a plain first word is the message's)
	}
	lvl, _, _, _ := leadingLevel(text, 4, 1)
	return lvl
}

// commandComplaint reports whether line is a file command's complaint, as a server's archive or
// backup command leaves it in the server's log: "cp: cannot create regular file '…': Permission
// denied", "rsync: [sender] link_stat … failed". It is that command's record, not the text of
// the server's record above it.
func commandComplaint(line []byte) bool {
	if line[0] < 'c' || line[0] > 't' {
		return false
	}
	_, e := nextToken(line, 0)
	if e < 3 || e > 8 || line[e-1] != ':' {
		return false
	}
	switch string(line[:e-1]) {
	case "cp", "mv", "rm", "ln", "mkdir", "chmod", "chown", "tar", "gzip", "rsync", "scp", "sftp", "ssh":
		return byteAt(line, e) == ' ' && !isDigitAt(line, e+1) && byteAt(line, e+1) != ' '
	}
	return false
}

// programComplaint reports whether line opens with a program's absolute path, a colon and a
// blank, as a helper a daemon runs writes to the daemon's log (Squid's
// "/usr/lib/squid/security_file_certgen: Uninitialized …", an image's
// "/usr/local/bin/docker-entrypoint.sh: running …"): a line of its own, not the text of a timed
// record above. A file's or a directory's path (a config file an error names, a disk's usage, an
// application's files checked) may be the record's own text, so only the places a system
// installs its programs count, and only before a sentence.
func programComplaint(line []byte) bool {
	for i := 0; i < len(line) && i < 160; i++ {
		switch c := line[i]; {
		case c == ':':
			if byteAt(line, i+1) != ' ' || line[i-1] == '/' || bytes.IndexByte(trimSpace(line[i+1:]), ' ') < 0 {
				return false // a checksum's "…/bin/app: OK", a listing's one word
			}
			for _, dir := range [...]string{"/usr/bin/", "/usr/sbin/", "/usr/lib/", "/usr/libexec/", "/usr/local/bin/", "/usr/local/sbin/", "/usr/local/lib/", "/usr/local/libexec/", "/bin/", "/sbin/"} {
				if hasPrefixAt(line, 0, dir) {
					return true
				}
			}
			return false
		case !isAlnum(c) && c != '/' && c != '.' && c != '-' && c != '_' && c != '+':
			return false // a source line quoted under a diagnostic: "/etc/icinga2/services.conf(212):   …"; Ruby's frames: "/srv/app/cart.rb:41:in …"
		}
	}
	return false
}

// bracketHeading reports whether line is a heading in brackets alone, "[Response]": it announces
// the lines under it, whatever they say (xCAT's commands log lists each node's reply there).
func bracketHeading(line []byte) bool {
	line = bytes.TrimRight(line, " \r")
	return len(line) > 2 && line[0] == '[' && line[len(line)-1] == ']' && bytes.IndexByte(line, ' ') < 0
}

// detailLabel reports whether w is a word that labels a record's detail rather than names a
// program: "stderr: error: pathspec …", "details: error: …", "reason: fatal: …".
func detailLabel(w []byte) bool {
	switch string(w) {
	case "stderr", "stdout", "output", "details", "detail", "reason", "cause", "message", "error", "hint", "remote", "response", "body", "result":
		return true
	}
	return false
}

// simpleLoggerLine reports whether line opens as SLF4J's SimpleLogger writes a record without
// its time: the thread in brackets, a level in capitals, the logger's name and " - ".
func simpleLoggerLine(line []byte) bool {
	if byteAt(line, 0) != '[' {
		return false
	}
	close := bytes.IndexByte(line[:min(len(line), 64)], ']')
	if close < 2 || byteAt(line, close+1) != ' ' {
		return false
	}
	ls, le := nextToken(line, close+1)
	if _, ok := ParseLevel(line[ls:le]); !ok || !isUpperWord(line[ls:le]) {
		return false
	}
	_, ne := nextToken(line, le)
	return hasPrefixAt(line, ne, " - ")
}

// bracketedWriter reports whether line opens with a writer's name in brackets, a letter first and
// a blank after it: "[LightGBM] [Info] …", "[GIN-debug] GET …".
func bracketedWriter(line []byte) bool { return bracketedName(line) > 0 }

// bracketedName returns the index of the bracket that closes the writer's name bracketedWriter
// reads, 0 for none.
func bracketedName(line []byte) int { return nameInBrackets(line, ' ') }

// gluedBracketName returns where the name in brackets that opens line ends, when another bracket
// follows it at once ("[TensorRT-LLM][INFO]"), or 0.
func gluedBracketName(line []byte) int { return nameInBrackets(line, '[') }

// nameInBrackets returns where a name in brackets that opens line ends, followed by next, or 0.
func nameInBrackets(line []byte, next byte) int {
	if len(line) < 4 || line[0] != '[' || !isAlpha(line[1]) {
		return 0
	}
	for i := 2; i < len(line) && i < 40; i++ {
		switch c := line[i]; {
		case c == ']':
			if byteAt(line, i+1) == next {
				return i
			}
			return 0
		case !isAlnum(c) && c != '-' && c != '_' && c != '.':
			return 0
		}
	}
	return 0
}

// otherWriter reports whether line, which continues no stack, starts another writer's record
// after the pending one: a line at the margin after a record of .NET's console logger, which
// indents every line under its header ("info: Orders.Worker[0]" over "      Partition 3
// lagging"), its exceptions too; journalctl's header under ja_JP, its month padded by a blank
// (" 1月 05 07:41:16 db-1 sshd[412]: …"). rec is the line's parse when parsed says it was parsed.
func (s *Stream) otherWriter(line []byte) (rec Record, parsed, ok bool) {
	if s.dotnet {
		if line[0] != ' ' && line[0] != '\t' && bytes.IndexByte(s.raw, '\n') > 0 {
			return Record{}, false, true
		}
		s.dotnet = hasPrefixAt(line, 0, "      ")
	}
	if line[0] == ' ' && systemdProgress(line) && systemdStatus(firstLine(s.raw)) {
		return Record{}, false, true // systemd's console status, "         Starting … - …...": a line of its own
	}
	if line[0] == ' ' && isDigit(byteAt(line, 1)) && byteAt(line, 2) >= 0x80 {
		if r := s.p.Parse(line); r.Format == FormatRFC3164 && r.Time != 0 {
			return r, true, true
		}
	}
	if line[0] == ' ' && paddedHourClock(line) && paddedHourClock(s.raw[:min(len(s.raw), 9)]) {
		// A clock whose hour is padded with a blank (strftime's %k, Arma's " 0:01:05 …") under
		// a record that opened with the same clock: the next record. It is read as the line with
		// its hour's zero, which puts every span where it is in the line.
		if s.clockGoesOn(line) {
			if r := s.p.Parse(s.clocked(line)); r.Time != 0 && r.Unescaped == nil {
				return r, true, true
			}
		}
	}
	if line[0] == ' ' && isDigit(line[len(line)-1]) && isDigit(byteAt(line, skipBlanks(line, 0))) {
		// A right-aligned row of numbers that ends with its time (vmstat -t) is a sample of its
		// own, not the text of the header above it.
		if r := s.p.Parse(line); r.Time != 0 && s.p.mem.lastRow {
			return r, true, true
		}
	}
	return Record{}, false, false
}

// systemdProgress reports whether line is systemd's console status for a job under way, indented
// to the "[  OK  ] " of the lines around it: "         Starting foo.service - Foo...".
func systemdProgress(line []byte) bool {
	const indent = "         "
	if !hasPrefixAt(line, 0, indent) || !bytes.HasSuffix(line, []byte("...")) {
		return false
	}
	verb, _, _ := bytes.Cut(line[len(indent):], []byte{' '})
	switch string(verb) {
	case "Starting", "Stopping", "Mounting", "Unmounting", "Activating", "Deactivating", "Reloading":
		return true
	}
	return false
}

// systemdStatus reports whether line is one of systemd's console status lines, among which a job
// under way is a line of its own, not the text of a record above it.
func systemdStatus(line []byte) bool {
	return hasPrefixAt(line, 0, "[  OK  ] ") || hasPrefixAt(line, 0, "[FAILED] ") || hasPrefixAt(line, 0, "[DEPEND] ") ||
		hasPrefixAt(line, 0, "[ INFO ] ") || hasPrefixAt(line, 0, "[ WARN ] ") || systemdProgress(line)
}

// clocked returns line as its clock is read: a line whose hour is padded with a blank (see
// otherWriter) with its zero, which puts every span where it is in the line; any other as it is.
func (s *Stream) clocked(line []byte) []byte {
	if byteAt(line, 0) != ' ' || !paddedHourClock(line) {
		return line
	}
	s.padded = append(append(s.padded[:0], '0'), line[1:]...)
	return s.padded
}

// clockGoesOn reports whether the padded clock opening line is at or after the pending record's,
// or just past midnight after it: an hour padded with a blank under a record at 21:00 is the
// clock's; under one at 10:00, " 1:00:00 elapsed" is a duration in the record's text.
func (s *Stream) clockGoesOn(line []byte) bool {
	at := func(b []byte) int {
		h := int(b[1] - '0')
		if b[0] != ' ' {
			h += 10 * int(b[0]-'0')
		}
		return h*3600 + int(b[3]-'0')*600 + int(b[4]-'0')*60 + int(b[6]-'0')*10 + int(b[7]-'0')
	}
	now, before := at(line), at(s.raw)
	return now >= before || before >= 22*3600 && now < 2*3600
}

// paddedHourClock reports whether line opens with a time of day and a blank, its hour in two
// characters, a digit or a blank before one: "07:41:16 ", " 7:41:16 ".
func paddedHourClock(line []byte) bool {
	return len(line) > 8 && (isDigit(line[0]) || line[0] == ' ') && isDigit(line[1]) && line[2] == ':' &&
		isDigit(line[3]) && isDigit(line[4]) && line[5] == ':' && isDigit(line[6]) && isDigit(line[7]) && line[8] == ' '
}

// dotnetHeader reports whether line is the header of a record of .NET's console logger: its level
// and then the category and its event id, with no message ("info: Orders.Worker[1207]", after a
// time when the format writes one). Its message and exception follow, indented by six blanks.
func dotnetHeader(line []byte) bool {
	n := len(line)
	if n < 10 || line[n-1] != ']' {
		return false // most lines
	}
	lvl := -1
	for _, l := range [...]string{"trce: ", "dbug: ", "info: ", "warn: ", "fail: ", "crit: "} {
		if k := bytes.Index(line, []byte(l)); k >= 0 && (k == 0 || line[k-1] == ' ') {
			lvl = k + len(l)
			break
		}
	}
	if lvl < 0 || bytes.IndexByte(line[lvl:], ' ') >= 0 {
		return false // one word after the level: the category and its id
	}
	open := bytes.LastIndexByte(line, '[')
	return open > lvl && digitsOnly(line[open+1:n-1])
}

// traceGoesOn reports whether last, the line before, is an exception's or a frame's, whose trace
// a library's tagged line does not interrupt: "[admin] [CRITICAL] …" printed between them is the
// trace's text.
func traceGoesOn(last []byte) bool {
	return exceptionHead(last) || javaFrameEnd(last)
}

// taggedLevelLine reports whether line opens with a library's name in brackets and then its level
// in brackets, as native libraries write into a script's output: LightGBM's "[LightGBM] [Info] …",
// "[LightGBM] [Warning] …", TensorRT-LLM's "[TensorRT-LLM][INFO] …". A trace's lines never open so.
func taggedLevelLine(line []byte) bool {
	end := bracketedName(line)
	ls := end + 3
	if end == 0 {
		// The level's bracket glued to the name's: TensorRT-LLM's "[TensorRT-LLM][INFO] …".
		if end = gluedBracketName(line); end == 0 || !isAlphaAt(line, end+4) {
			return false // (a level's letter alone, "[T][I]", is no level here)
		}
		ls = end + 2
	} else if byteAt(line, end+2) != '[' {
		return false
	}
	le := indexByteFrom(line[:min(len(line), ls+12)], ']', ls)
	if le <= ls || byteAt(line, le+1) != ' ' {
		return false
	}
	_, ok := ParseLevel(line[ls:le])
	return ok
}

// signOpening reports whether a line opens with a console's sign for its level and two blanks,
// as firebase-tools writes "⚠  firestore: …" and "i  emulators: …" among its timed debug lines.
func signOpening(line []byte) bool {
	if _, i, ok := signName(line); ok {
		return hasPrefixAt(line, i, "  ")
	}
	_, ok := cliBullet(line)
	return ok
}

// sameTagOpens reports whether line opens with the bracketed name, a word of letters, that opens
// the record's first line right before its time.
func (s *Stream) sameTagOpens(line []byte) bool {
	e := indexByteFrom(line[:min(len(line), maxSameTag)], ']', 1)
	if e < 2 || byteAt(line, e+1) != ' ' || !bytes.HasPrefix(s.raw, line[:e+2]) {
		return false
	}
	for _, c := range line[1:e] {
		if !isAlpha(c) && c != '-' && c != '_' && c != '.' {
			return false
		}
	}
	return s.timeAt(s.raw, e+2)
}

// indentedLevelRow reports whether line and the entry's first line open with the same few blanks
// and then a level in brackets: the rows of a console that indents every line by as much, where
// a continuation is indented further or opens otherwise.
func indentedLevelRow(first, line []byte) bool {
	n := skipBlanks(line, 0)
	if n > 3 || n == len(line) || line[n] != '[' || skipBlanks(first, 0) != n || byteAt(first, n) != '[' {
		return false
	}
	for _, b := range [][]byte{first, line} {
		s, e := nextToken(b, n)
		if _, ok := levelToken(b[s:e], true); !ok {
			return false
		}
	}
	return true
}

// maxSameTag bounds the name in brackets sameTagOpens looks for.
const maxSameTag = 32

// libraryLine reports whether line opens with the library's name and level that opened an
// entry of the source before (see ownLevelLine): its messages are records of their own, also
// under a timed record. A name seen there first ("MySQL error: 1045 …" under the line that
// failed) is the detail of the record above.
func (s *Stream) libraryLine(line []byte) bool {
	if len(s.library) == 0 || !bytes.HasPrefix(line, s.library) || !ownLevelLine(line) {
		return false
	}
	_, e := nextToken(line, 0)
	return e == len(s.library)
}

// ownLevelLine reports whether a line opens with a library's name and a level of its own in
// lower case with its colon, as a library writes its messages into its program's stream:
// "LibClamAV debug: …". A compiler's "fatal error: …" or a path's "main.ts:4:10: ERROR: …" is the
// detail of the record above.
func ownLevelLine(line []byte) bool {
	s, e := nextToken(line, 0)
	if s != 0 || e-s < 3 || !hasUpper(line[1:e]) {
		return false
	}
	for _, c := range line[s:e] {
		if !isAlnum(c) {
			return false
		}
	}
	ns, ne := nextToken(line, e)
	w := line[ns:ne]
	return len(w) > 3 && w[len(w)-1] == ':' && isLowerWord(w[:len(w)-1]) && isLevelWord(w)
}

// uwsgiRequest reports whether line is uWSGI's request log line, its time in brackets after the
// worker's counters and the client: "[pid: 14515|app: 0|req: 2/3] 127.0.0.1 () {24 vars in 252
// bytes} [Wed Dec  2 02:25:08 2026] GET /boom => generated 0 bytes in 2 msecs (HTTP/1.1 500) …".
// Each is a record of its own among the server's lines.
func uwsgiRequest(line []byte) bool {
	return hasPrefixAt(line, 0, "[pid: ") && bytes.Contains(line[:min(len(line), 32)], []byte("|app: "))
}

// generalLogRow reports whether line is an event of MySQL's and MariaDB's general query log
// without its time, which the log writes only when the second changes: "\t\t     5 Query\tSELECT
// 1" under "261202  1:44:59\t     3 Connect\troot@localhost on  using Socket".
func generalLogRow(line []byte) bool {
	return hasPrefixAt(line, 0, "\t\t") && commandColumns(line[2:])
}

// generalLogRecord reports whether the entry raw is an event of the general query log: a row
// without its time, or one with it before a tab.
func generalLogRecord(raw []byte) bool {
	first := raw[:firstLineEnd(raw)]
	if generalLogRow(first) {
		return true
	}
	if len(first) == 0 || !isDigit(first[0]) {
		return false // most lines, spared the search for a tab
	}
	k := bytes.IndexByte(first[:min(len(first), len("261202 01:44:59")+1)], '\t')
	return k >= len("261202 1:44:59") && commandColumns(first[k+1:])
}

// commandColumns reports whether b holds the general query log's connection id and command
// after its time: blanks, digits, a blank, a capitalized word, then a tab or the line's end.
func commandColumns(b []byte) bool {
	i := skipBlanks(b, 0)
	n := 0
	for i+n < len(b) && isDigit(b[i+n]) {
		n++
	}
	if n == 0 || byteAt(b, i+n) != ' ' {
		return false
	}
	w := i + n + 1
	e := w
	for e < len(b) && e-w <= 20 && (isAlpha(b[e]) || b[e] == ' ' && isAlphaAt(b, e+1)) {
		e++ // "Query", "Init DB", "Close stmt"
	}
	return e-w >= 4 && b[w] >= 'A' && b[w] <= 'Z' && (e == len(b) || b[e] == '\t')
}

// mysqldBanner reports whether line is the banner MySQL and MariaDB write at the top of their
// general and slow query logs at each start: "/usr/sbin/mariadbd, Version: 10.11.19-MariaDB-0+deb12u1-log
// (Debian 12). started with:".
func mysqldBanner(line []byte) bool {
	k := bytes.Index(line, []byte(", Version: "))
	return k > 0 && bytes.IndexByte(line[:k], ' ') < 0 && bytes.HasSuffix(line, []byte(". started with:"))
}

var standalonePrefixes = [...]string{"START RequestId: ", "END RequestId: ", "REPORT RequestId: ", "INIT_START ", "INIT_REPORT ", "XRAY TraceId: ", snortHeader,
	"FC Invoke Start RequestId: ", "FC Invoke End RequestId: ", // Alibaba Function Compute's markers, as Lambda's
	"FC Initialize Start RequestId: ", "FC Initialize End RequestId: ",
	"#close\t",    // Zeek's footer, after the last row of a log it closed
	"Hibernate: "} // Hibernate's show_sql, printed to stdout between a Spring service's records

// shortTagFirst reports whether line's first word is a short tag in brackets, a direction's or a
// kind's letter before a time (dumpsys hdmi_control's "    [S] time=2026-11-29 07:40:59 …").
func shortTagFirst(line []byte) bool {
	s, e := nextToken(line, 0)
	return e-s >= 3 && e-s <= 5 && line[s] == '[' && line[e-1] == ']' && bytes.IndexByte(line[s+1:e-1], '[') < 0
}

// cliPrompt reports whether line is a network device's prompt, with the command typed after it,
// as a copied CLI session shows it between the logs a terminal monitor printed: a device's name
// and mode ("RP/0/RP0/CPU0:pe-tyo-01(config-if)#end", "core-sw1#show logging"), '#' glued to a
// command's word in lower case or ending the line.
func cliPrompt(line []byte) bool {
	h := bytes.IndexByte(line[:min(len(line), 65)], '#') // a prompt is short: most lines stop here
	if h < 2 || h+1 < len(line) && (line[h+1] < 'a' || line[h+1] > 'z') {
		return false
	}
	name := line[:h]
	if k := bytes.IndexByte(name, '('); k > 0 {
		if name[len(name)-1] != ')' || !hasPrefixAt(name, k+1, "config") {
			return false // a mode in parentheses is a configuration's: "(config-if)"
		}
		name = name[:k]
	}
	for _, c := range name {
		if !isAlnum(c) && c != '-' && c != '.' && c != '_' && c != '/' && c != ':' {
			return false
		}
	}
	return hasLetter(name) && hasDigit(name) || bytes.IndexByte(name, '-') > 0
}

// runsAround returns where the run of c that opens line ends and where the run of c that closes
// it starts: the bounds of a banner's title between its rules.
func runsAround(line []byte, c byte) (i, e int) {
	for i < len(line) && line[i] == c {
		i++
	}
	e = len(line)
	for e > i && line[e-1] == c {
		e--
	}
	return i, e
}

// titledRule reports whether line is a CLI listing's heading or footer, words set between runs
// of four dashes or more and two blanks: "----  Event Log listing: Events Since Boot  ----". A
// PEM block's "-----BEGIN CERTIFICATE-----" has no blanks there.
func titledRule(line []byte) bool {
	line = bytes.TrimRight(line, " \r")
	i, e := runsAround(line, '-')
	return i >= 4 && len(line)-e >= 4 && e-i > 6 && hasPrefixAt(line, i, "  ") && line[e-1] == ' ' && line[e-2] == ' ' && hasLetter(line[i:e])
}

// sectionBanner reports whether line is a dump's section title between runs of '=' signs, as
// sysdiagnose's and bugreport's text files head theirs: "==== NETWORK ====", "== DUMPSYS ==": the
// title in capitals, digits and blanks.
func sectionBanner(line []byte) bool {
	line = bytes.TrimRight(line, " \r")
	i, e := runsAround(line, '=')
	if i < 2 || len(line)-e < 2 || byteAt(line, i) != ' ' || line[e-1] != ' ' {
		return false
	}
	title := bytes.TrimSpace(line[i:e])
	if len(title) == 0 || !isUpperAt(title, 0) {
		return false
	}
	for _, c := range title {
		if !(c >= 'A' && c <= 'Z' || isDigit(c) || c == ' ' || c == '_' || c == '-' || c == '/') {
			return false
		}
	}
	return true
}

// sessionBanner reports whether line is one of the lines chat clients write around a session in
// their logs (irssi's, HexChat's, mIRC's) or at its midnights (irssi's day line): each a record of
// its own, with the date it names.
func sessionBanner(line []byte) bool {
	if len(line) < 14 || line[0] != '-' && line[0] != '*' && line[0] != 'S' {
		return false
	}
	for _, b := range [...]string{"--- Log opened ", "--- Log closed ", "--- Day changed ", "**** BEGIN LOGGING AT ", "**** ENDING LOGGING AT ",
		"Session Start: ", "Session Close: ", "Session Ident: "} {
		if hasPrefixAt(line, 0, b) {
			return true
		}
	}
	return false
}

// w3cDirective reports whether line is one of the W3C extended format's header lines.
func w3cDirective(line []byte) bool {
	if len(line) == 0 || line[0] != '#' {
		return false
	}
	for _, d := range [...]string{"#Software: ", "#Version: ", "#Date: ", "#Start-Date: ", "#End-Date: ", "#Remark: ", w3cFields} {
		if hasPrefixAt(line, 0, d) {
			return true
		}
	}
	return false
}

// nameTag reports whether a program's name in brackets and a blank open line, "[init] ": the
// name starts with a lower-case letter and holds no blank (an uptime's bracket, "[  12.3]", a
// time's, "[2026-11-29 …]", and a block's keys, xCAT's "[Date]" and "[Request]", are no names).
func nameTag(line []byte) bool {
	return bracketedWriter(line) && line[1] >= 'a' && line[1] <= 'z'
}

// bracketedHeader reports whether the text is one line in brackets with blanks inside them, as
// logcat -v long writes its records' headers: "[ 11-29 07:41:17.002  4120: 4120 E/Tag ]".
func bracketedHeader(raw []byte) bool {
	raw = raw[markPrefix(raw):] // logcat -v long,color's colour code before it
	n := len(raw)
	return n > 4 && bytes.IndexByte(raw, '\n') < 0 && hasPrefixAt(raw, 0, "[ ") && hasPrefixAt(raw, n-2, " ]")
}

// logcatDivider opens the line logcat writes where its output turns to another buffer: "---------
// beginning of crash" where a buffer starts, "--------- switch to system" where the records of
// several buffers (-b all) take turns.
const logcatDivider, logcatSwitch = "--------- beginning of ", "--------- switch to "

// dividerLine reports whether line is one of logcat's dividers, a buffer's name after it.
func dividerLine(line []byte) bool {
	for _, d := range [...]string{logcatDivider, logcatSwitch} {
		if hasPrefixAt(line, 0, d) && len(line) > len(d) && bytes.IndexByte(line[len(d):], ' ') < 0 {
			return true
		}
	}
	return false
}

// levelBeforeTime reports whether a line's time follows a level word in capitals among its first
// words, as a record's header writes it behind a process column: vLLM's "(APIServer pid=4120) INFO
// 11-29 07:41:18 …". An exception's or a statement's time follows prose.
func levelBeforeTime(line []byte) bool {
	j := 0
	for k := 0; k < 4; k++ {
		s, e := nextToken(line, j)
		if s == e {
			return false
		}
		if ns, _ := nextToken(line, e); isDigitAt(line, ns) && isUpperWord(line[s:e]) && e-s >= 4 {
			if _, ok := levelToken(line[s:e], true); ok {
				return true
			}
		}
		j = e
	}
	return false
}

// lifecycleAt reports whether the line is a program's own word of its run, its name and version
// first, and its time follows words that say what began or ended at it (see lifecycleTime):
// cloud-init's "Cloud-init v. 22.4.2 finished at Sun, 29 Nov 2026 07:46:02 +0000." among its
// timed records. A line of a record's text that dates a start ("export started at …") stays the
// record's.
func lifecycleAt(line []byte, token int) bool {
	if !versionOpening(line) {
		return false
	}
	s := wordStart(line, token)
	return s > 0 && lifecycleTime(line[:s])
}

// versionOpening reports whether line opens with a name and its version: "Cloud-init v. 22.4.2",
// "Nmap 7.94", "rsync v3.2.7".
func versionOpening(line []byte) bool {
	_, e := nextToken(line, 0)
	vs, ve := nextToken(line, e)
	if ve-vs == 2 && line[vs] == 'v' && line[vs+1] == '.' {
		vs, ve = nextToken(line, ve) // "v. 22.4.2"
	}
	v := line[vs:ve]
	if len(v) > 1 && v[0] == 'v' {
		v = v[1:]
	}
	_, n := digitRun(v, 0)
	return e > 0 && n > 0 && n < len(v) && v[n] == '.' && isDigitAt(v, n+1)
}

// closeAfter reports whether t is at or just after the pending record's time: a line that says what
// began or ended at that moment is an event of its own, where one that dates something hours
// away ("Job nightly started at 01:00:00" in a morning's report) is the record's text.
func (s *Stream) closeAfter(t int64) bool {
	return s.rec.Time != 0 && t >= s.rec.Time-2*nsPerSec && t <= s.rec.Time+10*60*nsPerSec
}

// decodedOpening reports whether line opens with the facility and level dmesg --decode writes
// before the time ("kern  :warn  : 2026-12-03T12:57:26,000000+00:00 …", "kern  :info  : [Thu Dec
// …]"): the time after them is the record's, however many words the padding makes of them.
func decodedOpening(line []byte) bool {
	_, ok := decodedLevel(line)
	return ok
}

// tabColumns reports whether a line opens with columns separated by tabs, as a record of a
// tab-separated log does (hMailServer's "\"SMTPD\"\t4131\t41\t\"2026-11-29 07:41:17.402\"…"): a
// time in its third or fourth column is the record's, not prose's.
func tabColumns(line []byte) bool {
	if len(line) == 0 || line[0] == '\t' || line[0] == ' ' {
		return false
	}
	return bytes.Count(line[:min(len(line), 64)], []byte{'\t'}) >= 2
}

// alignedLabel reports whether line opens with a label in capitals and its colon that ends in the
// same column as the one opening the pending entry: AIDE right-aligns its levels and its kinds of
// message to seven ("  DEBUG:", "   INFO:", "   RULE:", "COMPARE:"), and each line is a message.
func alignedLabel(line, pending []byte) bool {
	e, ok := openingLabelEnd(line)
	if !ok {
		return false
	}
	pe, ok := openingLabelEnd(pending)
	return ok && pe == e
}

// openingLabelEnd returns where the first word of b ends when it is a word in capitals of three
// letters or more with its colon.
func openingLabelEnd(b []byte) (int, bool) {
	s, e := nextToken(b, 0)
	return e, e-s > 3 && b[e-1] == ':' && isUpperWord(b[s:e-1])
}

// rankedLevel reports whether line opens with a process's rank right-aligned in its column, its
// pid in parentheses and a level in capitals with its colon, as Kamailio writes to stderr: " 0(22272)
// INFO: <core> [main.c:2159]: …" beside "10(24021) ERROR: …".
func rankedLevel(line []byte) bool {
	k := 0
	for k < len(line) && line[k] == ' ' {
		k++
	}
	if k == 0 || k > 3 {
		return false
	}
	_, n := digitRun(line, k)
	j := k + n
	if n == 0 || byteAt(line, j) != '(' {
		return false
	}
	_, m := digitRun(line, j+1)
	if m == 0 || byteAt(line, j+1+m) != ')' || byteAt(line, j+2+m) != ' ' {
		return false
	}
	s, e := nextToken(line, j+3+m)
	return e-s > 2 && line[e-1] == ':' && isUpperWord(line[s:e-1]) && isLevelWord(line[s:e])
}

// rightAlignedLevel reports whether a line opens with a level word in capitals padded on the left
// to five columns, as log4j's %5p writes it (" INFO", " WARN"), or to a wider column before a time.
func rightAlignedLevel(line, pending []byte) bool {
	k := 0
	for k < len(line) && line[k] == ' ' {
		k++
	}
	s, e := nextToken(line, k)
	if k == 0 || e >= len(line) || line[e] != ' ' {
		return false
	}
	ts, _ := nextToken(line, e)
	if alignedColonLevel(line, pending, s, e) {
		return true
	}
	if !isUpperWord(line[s:e]) {
		// In lower case only before an ISO time, under a record of the same shape: AnyDesk's
		// trace, "warning 2026-11-29 07:41:40.118 …" then "  error 2026-11-29 07:42:03.220 …".
		if !isLowerWord(line[s:e]) || k+(e-s) > 9 || !lowerLevelThenISO(line, s, e) || !lowerLevelThenISO(pending, skipBlanks(pending, 0), -1) {
			return false
		}
	}
	// Padded to five columns (log4j), or to the widest level before a time that follows it
	// (gearmand's "  INFO 2026-11-29 07:41:16.402117"); or padded to five after one blank
	// (pretty_env_logger's " TRACE shopd::db > …" beside " INFO  shopd > …").
	if k+(e-s) != 5 && !(k == 1 && e-s == 5 && targetArrow(line, e)) && (k+(e-s) > 9 || !isDigitAt(line, ts)) && !sameAlignedLevel(pending, k+(e-s)) {
		return false
	}
	_, ok := ParseLevel(line[s:e])
	return ok && !negatedState(line, s, e) // (Quartz.NET's "  NOT STARTED." is its scheduler's state)
}

// tagColumn returns the column at which a line's first word ends, and the word, when the word is
// right-aligned behind blanks and followed by two or three blanks and text, as rich-toolkit's
// tagged output (FastAPI's CLI) writes "    server   Server started at …" and "      INFO
// Started server process [1]"; or 0.
func tagColumn(line []byte) (int, []byte) {
	k := 0
	for k < len(line) && line[k] == ' ' {
		k++
	}
	s, e := nextToken(line, k)
	if k == 0 || e-s < 2 || e > 12 || !isAlphaWord(line[s:e]) {
		return 0, nil
	}
	g := e
	for g < len(line) && line[g] == ' ' {
		g++
	}
	if g-e < 2 || g-e > 3 || g >= len(line) || line[g] == '\n' {
		return 0, nil
	}
	return e, line[s:e]
}

// tagged reports whether line opens with a tag right-aligned to the column of the last record that
// opened with one (see tagColumn): such a line is a record of its own when its tag is a level in
// capitals, a test's result ("PASS", "FAIL", as Jest and Pest write them), or the last tag again
// (FastAPI's "server"). Another word at that place is a left-aligned list's next item ("  build
// …", "  clean …") or a continuation's ("   ON  b.id = a.id" under a query).
func (s *Stream) tagged(line []byte) bool {
	w, word := tagColumn(line)
	if w == 0 || w != s.tagCol {
		return false
	}
	if string(word) == string(s.tagWord) {
		return true
	}
	switch string(word) {
	case "PASS", "FAIL", "SKIP", "RUNS", "PASSED", "FAILED", "SKIPPED":
		return true
	}
	_, ok := ParseLevel(word)
	return ok && isUpperWord(word)
}

// sameAlignedLevel reports whether the pending record opens with a level in capitals right-aligned
// to width columns, as the line after it does: SSHKit's pretty output pads its levels to six
// ("  INFO [a4c1e0f2] Running …" then " DEBUG [a4c1e0f2] Command: …"), each line a record.
func sameAlignedLevel(pending []byte, width int) bool {
	k := skipBlanks(pending, 0)
	s, e := nextToken(pending, k)
	if k == 0 || k+(e-s) != width || width > 9 || byteAt(pending, e) != ' ' || !isUpperWord(pending[s:e]) {
		return false
	}
	_, ok := ParseLevel(pending[s:e])
	return ok
}

// alignedColonLevel reports whether the indented word line[s:e] is a level in lower case
// and its colon, right-aligned to the column where the pending record's first line ends its own:
// CFEngine's "    info:", "  notice:", " warning:", "   error:", each a message of its own.
func alignedColonLevel(line, pending []byte, s, e int) bool {
	if e-s < 4 || line[e-1] != ':' || !isLowerWord(line[s:e-1]) {
		return false
	}
	if _, ok := ParseLevel(line[s : e-1]); !ok {
		return false
	}
	pk := skipBlanks(pending, 0)
	ps, pe := nextToken(pending, pk)
	if pk == 0 || pe != e || pending[pe-1] != ':' || !isLowerWord(pending[ps:pe-1]) {
		return false
	}
	_, ok := ParseLevel(pending[ps : pe-1])
	return ok
}

// targetArrow reports whether a target and pretty_env_logger's arrow follow line[e]: " shopd::db
// > …", the target padded to its column.
func targetArrow(line []byte, e int) bool {
	_, te := nextToken(line, e)
	a := skipBlanks(line, te)
	return te > e && hasPrefixAt(line, a, "> ")
}

// badgeLevel reports whether an indented line opens with a level in capitals written as a CLI
// tool's badge: a few blanks before it and two after it, as consola (Nuxt, Nitro), React Native's
// Metro and Laravel's console print their lines (" ERROR  Cannot find module", "   INFO  Server
// running", " LOG  Running \"App\""). Such tools write no times, or indent them as they indent
// their badges (Laravel's request lines); under a timed record that opens its line the same shape
// is more likely a table the record printed ("  DEBUG  false"), and the caller keeps it.
func badgeLevel(line []byte) bool {
	k := skipBlanks(line, 0)
	s, e := nextToken(line, k)
	if k == 0 || k > 4 || !hasPrefixAt(line, e, "  ") || byteAt(line, e+2) == ' ' || e+2 >= len(line) || !isUpperWord(line[s:e]) {
		return false
	}
	if string(line[s:e]) == "CONFIG" {
		return false // a setting's name more often than java.util.logging's level
	}
	_, ok := levelToken(line[s:e], true)
	return ok
}

// lowerLevelThenISO reports whether the word at line[s:e] (e < 0: the first word from s) is a
// level in lower case followed by an ISO date and time.
func lowerLevelThenISO(line []byte, s, e int) bool {
	if e < 0 {
		_, e = nextToken(line, s)
	}
	if s >= e || !isLowerWord(line[s:e]) {
		return false
	}
	if _, ok := ParseLevel(line[s:e]); !ok {
		return false
	}
	ts, _ := nextToken(line, e)
	_, _, ok := parseISO(line[ts:], nil)
	return ok
}

// prefixLen is how many bytes before a line's record Parse passes over: colour codes or a
// record separator that a program wrote before it (markPrefix), the "data: " of a server-sent
// event before a JSON object (systemd-journal-gatewayd's /entries as text/event-stream), a
// container's name in brackets before one, a process manager's column (docker compose's, pm2's),
// then a collector's time (see collectorStamp).
func prefixLen(line []byte) int {
	k, _ := prefixSpan(line)
	return k
}

// prefixSpan is prefixLen, and where in the prefix a collector's time starts, or -1.
func prefixSpan(line []byte) (k, stamp int) {
	if !mayHavePrefix(line) {
		return 0, -1
	}
	k = markPrefix(line)
	k += grepPrefix(line[k:])
	k += erasedPrefix(line[k:])
	k += cephStderrPrefix(line[k:])
	if n := credentialBeforePRI(line[k:]); n > 0 {
		return k + n, -1
	}
	if n := eventCounter(line[k:]); n > 0 {
		k += n
	}
	if hasPrefixAt(line, k, "data: {") {
		return k + len("data: "), -1
	}
	if n := rowNumber(line[k:]); n > 0 {
		return k + n, -1
	}
	if n := hostPrompt(line[k:]); n > 0 {
		return k + n, -1
	}
	if n := nodeBeforeJSON(line[k:]); n > 0 {
		return k + n, -1
	}
	if byteAt(line, k) == '[' {
		if n := rankPrefix(line[k:]); n > 0 {
			return k + n, -1
		}
		if n := bracketBeforeJSON(line[k:]); n > 0 {
			return k + n, -1
		}
		if n := namedBracket(line[k:]); n > 0 && (collectorStamp(line[k+n:]) > 0 || hasPrefixAt(line, k, "[pod/")) {
			// kubectl logs --prefix, with --timestamps or not: "[pod/web-1/app] 2026-11-29T07:41:16.2Z {…}",
			// "[pod/redis-0/redis] 1:M 29 Nov 2026 07:41:16.204 * Ready to accept connections".
			k += n
		}
	}
	if n := composePrefix(line[k:]); n > 0 {
		k += n
	} else {
		k += procfileColumn(line[k:])
	}
	k += sternColumns(line[k:])
	k += containerIDColumn(line[k:])
	if n := collectorStamp(line[k:]); n > 0 {
		// docker service logs -t writes the time first, then the task's column.
		return k + n + composePrefix(line[k+n:]), k
	}
	return k, -1
}

// plusDump reports whether raw, a pending record, ends with a line that announces a dump (a colon
// at its end) or one of the dump's own lines, a '+' and a tab before each: DFSR's debug log,
// "… Ldb::Update Updating idRecord:" with "+\tusn  0x68778" under it.
func plusDump(raw []byte) bool {
	last := lastLine(raw)
	return hasPrefixAt(last, 0, "+\t") || string(last) == "+" || bytes.HasSuffix(bytes.TrimRight(last, " "), []byte(":"))
}

// minOutputRule is the shortest rule that opens a program's own output under its log's line.
const minOutputRule = 20

// ruleUnderLine reports whether line is a long rule of dashes right under a timed one-line record
// that is no error (an error's report goes under it) and whose message says something and
// announces nothing (no colon or dash at its end; a logger's header with an empty message, "INFO
// - ", is a banner's first line), in a source whose records are no blocks under rules: a
// program's own output between its log's lines, as
// Spark's console sink frames each batch ("-------…", "Batch: 3", the rule again, a table), is
// a record of its own, no text of the log line before it.
func (s *Stream) ruleUnderLine(line []byte) bool {
	if !s.stamped || s.rec.Time == 0 || ruleWidth(line) < minOutputRule || len(s.blockShape) > 0 || s.noBlocks || bytes.IndexByte(bytes.TrimRight(s.raw, "\n"), '\n') >= 0 {
		return false // (blank lines may come between)
	}
	if _, rule := ruleLine(line); !rule {
		return false
	}
	if s.rec.Level >= Error {
		return false // an error's report under it, as a logger prints an exception's
	}
	msg := bytes.TrimSpace(s.rec.Message.Of(s.raw))
	return len(msg) > 0 && msg[len(msg)-1] != ':' && msg[len(msg)-1] != ']' && msg[len(msg)-1] != '-'
}

// rankLine decides a line behind torchrun's rank prefix (see rankPrefix): another rank's line is
// never the pending record's, and an untimed line of a traceback a rank printed goes on with it.
func (s *Stream) rankLine(line []byte) (join, decided bool) {
	r := rankPrefix(line)
	if r == 0 {
		return false, false
	}
	pr := rankPrefix(s.raw)
	if pr == 0 || !bytes.Equal(bytes.TrimSuffix(line[:r], []byte(" ")), bytes.TrimSuffix(s.raw[:pr], []byte(" "))) {
		return false, true
	}
	if hasPrefixAt(s.raw, pr, traceback) && s.p.Parse(line).Time == 0 {
		return true, true
	}
	return false, false
}

// regroupedTable takes the rule under a table's header that a grouped listing repeats after a
// blank line and the next group's title (PowerShell's Format-Table over "ProviderName: …"
// groups): the last row keeps only its own lines, the group's title and the header become the
// pending entry, and the table's rows go on under the rule. It reports whether it did.
func (s *Stream) regroupedTable(rule []byte, offset int64, b *Batch) bool {
	header := lastLine(s.raw)
	if len(s.tableHeader) == 0 || !bytes.Equal(header, s.tableHeader) || s.table.on {
		return false
	}
	cut := bytes.Index(s.raw, []byte("\n\n"))
	if cut < 0 || cut >= len(s.raw)-len(header)-1 || !s.table.learn(header, rule) {
		return false
	}
	rest := bytes.Clone(s.raw[cut+2:]) // the blank line stays the row's, as a blank line joins a record
	at := s.offset + int64(cut) + 2
	if s.size >= 0 {
		s.size -= int64(len(rest)) + 1
	}
	s.raw = s.raw[:cut+1]
	s.emit(b)
	s.start(rest, at, false, Record{}, false)
	return true
}

// nodeBeforeJSON returns where a JSON record starts behind the name of the node that wrote it
// and a colon, as multi-node tools prefix each line (talosctl logs', pdsh's "talos-cp-1:
// {\"level\":…}"), or 0. The name is a machine's: letters first, a number at its end; or, with a
// blank alone before the object, a full name whose first label has a digit (a logger's
// "com.example.app2", a topic's "orders-v2.created" are none) and whose domain is in lower case.
func nodeBeforeJSON(line []byte) int {
	if !isAlphaAt(line, 0) {
		return 0
	}
	e := 1
	for e < len(line) && e < 64 && (isAlnum(line[e]) || line[e] == '-' || line[e] == '.' || line[e] == '_') {
		e++
	}
	if isDigit(line[e-1]) && hasPrefixAt(line, e, `: {"`) {
		return e + 2
	}
	if !hasPrefixAt(line, e, ` {"`) || !fqdn(line[:e]) {
		return 0
	}
	if first := line[:bytes.IndexByte(line[:e], '.')]; hasDigit(first) && bytes.Count(line[:e], []byte{'.'}) >= 2 && isLowerWord(line[bytes.LastIndexByte(line[:e], '.')+1:e]) {
		return e + 1 // a node's full name and a blank alone: `oc adm node-logs --path`'s "ip-10-0-141-23.ec2.internal {…}"
	}
	return 0
}

// hostPrompt returns the length of the host's name and "> " that `cockroach debug merge-logs`
// writes before each record it merges from several nodes' files ("crdb-node1> I261129 07:41:16.402113
// 412 …"), when a glog-style header follows it, or 0.
func hostPrompt(line []byte) int {
	sp := bytes.IndexByte(line[:min(len(line), 66)], ' ')
	if sp < 3 || line[sp-1] != '>' || !isAlphaAt(line, 0) {
		return 0 // most lines: no "> " ends their first word
	}
	e := sp - 1
	for _, c := range line[1:e] {
		if !isAlnum(c) && c != '-' && c != '.' && c != '_' {
			return 0
		}
	}
	if !hostName(line[:e]) {
		return 0
	}
	g := e + 2
	if c := byteAt(line, g); c != 'I' && c != 'W' && c != 'E' && c != 'F' {
		return 0
	}
	_, d := digitRun(line, g+1)
	if d != 6 || byteAt(line, g+7) != ' ' {
		return 0
	}
	return g
}

// rankPrefix returns the length of the rank torchrun writes before each line of a worker's output
// with --tee or --log-dir and --local-ranks-filter ("[rank3]:[W1129 …", "[rank3]: Traceback …"),
// or 0.
func rankPrefix(line []byte) int {
	if !hasPrefixAt(line, 0, "[rank") {
		return 0
	}
	_, d := digitRun(line, len("[rank"))
	e := len("[rank") + d
	if d == 0 || !hasPrefixAt(line, e, "]:") {
		return 0
	}
	if byteAt(line, e+2) == ' ' {
		return e + 3
	}
	return e + 2
}

// mayHavePrefix is prefixSpan's quick look at a line's first bytes: most lines open with a syslog
// PRI, a JSON object, or a number that is a date, an address or a count, behind which no prefix
// can be. Of the prefixes that open with a digit, a Ceph event's counter is followed by '>', a
// console's row number by ':', pm2's id by '|', and a collector's time is a date with a 'T'.
func mayHavePrefix(line []byte) bool {
	c := byteAt(line, 0)
	if c == '<' || c == '{' {
		return false
	}
	if c >= 'a' && c <= 'z' {
		return !logfmtKeyFirst(line) // a pair's key opens a logfmt line: no prefix names itself so
	}
	if !isDigit(c) {
		return !bsdShaped(line) // a syslog date opens the line: no prefix does
	}
	_, n := digitRun(line, 0)
	next := byteAt(line, n)
	if isAlpha(next) {
		return true // a container's id or a service's key that opens with a digit
	}
	return next == '>' || next == ':' || next == '|' || n == 4 && next == '-' && (byteAt(line, 10) == 'T' || byteAt(line, 10) == '_') || next == '-' && isoDateAt(line, n+1)
}

// logfmtKeyFirst reports whether line opens with a key in lower case and its '=': "ts=…",
// "time=…", "level=…".
func logfmtKeyFirst(line []byte) bool {
	for i := 1; i < len(line) && i < 32; i++ {
		switch c := line[i]; {
		case c == '=':
			return true
		case c >= 'a' && c <= 'z' || c == '_' || c == '.' || isDigit(c):
		default:
			return false
		}
	}
	return false
}

// credentialBeforePRI returns where a syslog datagram starts behind the key a hosted log service
// wants before it, or 0: rsyslog's and syslog-ng's templates for such services write the account's
// key bare or in brackets, a blank and the PRI ("9b2e4f7a…0a1b <38>0 2026-11-29T07:41:16Z web-07
// …", "[uGkDqTzR…] <134>0 …"). The key is one long word of letters, digits, dashes and underscores.
func credentialBeforePRI(line []byte) int {
	const minKey = 20
	if len(line) < minKey+4 {
		return 0
	}
	s := 0
	if line[0] == '[' {
		s = 1
	}
	if !isAlnum(line[s+minKey-1]) || !isAlnum(line[s+minKey/2]) {
		return 0 // most lines: a first word shorter than a key
	}
	e := s
	for e < len(line) && e-s <= 128 && (isAlnum(line[e]) || line[e] == '-' || line[e] == '_') {
		e++
	}
	if e-s < minKey {
		return 0
	}
	if s == 1 {
		if byteAt(line, e) != ']' {
			return 0
		}
		e++
	}
	if byteAt(line, e) != ' ' || byteAt(line, e+1) != '<' || !isDigitAt(line, e+2) {
		return 0
	}
	_, n := digitRun(line, e+2)
	if h := e + 3 + n; n > 3 || byteAt(line, h-1) != '>' || !(isDigitAt(line, h) && byteAt(line, h+1) == ' ') && monthOrWeekday(line, h) != 1 {
		return 0 // a header follows the PRI: RFC 5424's version or RFC 3164's month
	}
	return e + 1
}

// shortIDLen is the length of a container's id as podman and docker shorten it.
const shortIDLen = 12

// containerIDColumn returns where the line goes on behind a container's short id, twelve
// lower-case hexadecimal digits (letters among them) and a blank, as `podman pod logs` and
// `podman logs` over several containers write it before each line ("4c1e9a7f2b3d 2026-11-29T02:41:
// 16.203118000-05:00 1:C …"), or 0. Only a time or a number may follow: a commit's abbreviated
// hash before its subject is no column.
func containerIDColumn(line []byte) int {
	if len(line) < shortIDLen+2 || line[shortIDLen] != ' ' || !isDigit(line[shortIDLen+1]) {
		return 0
	}
	letter := false
	for _, c := range line[:shortIDLen] {
		d := hexDigit(c)
		if d == 255 {
			return 0
		}
		letter = letter || d > 9
	}
	if !letter {
		return 0
	}
	return shortIDLen + 1
}

// sternColumns returns where a collector's time starts behind the pod's and the container's names
// that stern writes before each line it tails ("kube-proxy-8xw2q kube-proxy 2026-11-29T16:41:21.118204331+09:00
// E1129 …" with --timestamps), or behind the one component's name of `doctl apps logs`
// ("shop-api 2026-11-29T07:41:16.998301442Z {…}"), or 0. A pod's generated name holds a dash;
// both are names as Kubernetes spells them, in lower case, and the first is taken to open with a
// letter.
func sternColumns(line []byte) int {
	if c := byteAt(line, 0); c < 'a' || c > 'z' {
		return 0 // most lines: a date, an address, an object, a header (a pod's name opens with a letter)
	}
	pod := kubeNameEnd(line, 0)
	if pod == 0 || byteAt(line, pod) != ' ' {
		return 0
	}
	if isDigit(byteAt(line, pod+1)) {
		if collectorStamp(line[pod+1:]) > 0 {
			return pod + 1
		}
		return 0
	}
	if bytes.IndexByte(line[:pod], '-') < 0 {
		return 0
	}
	container := kubeNameEnd(line, pod+1)
	if container == 0 || byteAt(line, container) != ' ' {
		return 0
	}
	if k := container + 1; shortStamp(line[k:]) {
		// stern --timestamps=short: "MM-DD hh:mm:ss", the local clock; a klog header after it
		// is read with its own time and level, any other line with the stamp.
		if klogHead(line[k+len("11-29 07:41:16 "):]) {
			return k + len("11-29 07:41:16 ")
		}
		return k
	}
	if collectorStamp(line[container+1:]) == 0 {
		return 0
	}
	return container + 1
}

// shortStamp reports whether line opens with stern's short time, "11-29 07:41:16 ".
func shortStamp(line []byte) bool {
	const n = len("11-29 07:41:16 ")
	return len(line) > n && isDigit(line[0]) && isDigit(line[1]) && line[2] == '-' && line[5] == ' ' &&
		line[8] == ':' && line[11] == ':' && line[14] == ' ' && digitsOnly(line[3:5]) && digitsOnly(line[6:8]) &&
		digitsOnly(line[9:11]) && digitsOnly(line[12:14])
}

// kubeNameEnd returns where the Kubernetes object name at line[i:] ends, or 0 when none is there.
func kubeNameEnd(line []byte, i int) int { return lowerNameEnd(line, i, 253, '-') }

// lowerNameEnd returns where the name at line[i:] ends, as programs spell their objects' names
// (a pod's, a Procfile process's): lower-case letters, digits, dashes, dots and the byte extra,
// opening with a letter or a digit, at most most bytes; 0 when none is there.
func lowerNameEnd(line []byte, i, most int, extra byte) int {
	c := byteAt(line, i)
	if !(c >= 'a' && c <= 'z' || isDigit(c)) {
		return 0
	}
	e := i
	for e < len(line) && e-i < most && (line[e] >= 'a' && line[e] <= 'z' || isDigit(line[e]) || line[e] == '-' || line[e] == '.' || line[e] == extra) {
		e++
	}
	return e
}

// eventCounter returns where a log line starts behind the counter Ceph's daemons put before each
// event they replay in their dump of recent events after a crash ("   -12> 2026-11-29T07:41:14.611+0000
// 7f3a9c1e2640  0 …", the last "     0> "), or 0. The line behind it opens with its time.
func eventCounter(line []byte) int {
	i := skipBlanks(line, 0)
	if byteAt(line, i) == '-' {
		i++
	}
	_, n := digitRun(line, i)
	if n == 0 || i+n != 6 || !hasPrefixAt(line, i+n, "> ") || !ownTimeFirst(line[i+n+2:]) {
		return 0 // (Ceph writes it "%6ld> ": a pid before "> " is another program's, Squirrel's "4120> ")
	}
	return i + n + 2
}

// cephStderrPrefix returns where a Ceph daemon's line starts behind the "debug " that Ceph's
// container images put before every line on standard error (log_stderr_prefix), as `kubectl logs`
// shows a Rook or cephadm daemon's ("debug 2026-11-29T07:41:16.212+0000 7f3a8e7c5640 -1 …", "debug
// -27> …" in a crash's dump), or 0. The word is no level: the line behind it writes its own.
func cephStderrPrefix(line []byte) int {
	if !hasPrefixAt(line, 0, "debug ") {
		return 0
	}
	k := skipBlanks(line, len("debug "))
	if eventCounter(line[len("debug "):]) > 0 {
		return len("debug ")
	}
	e := indexByteFrom(line[:min(len(line), k+40)], ' ', k)
	if e < 0 || !zoned(line[k:e]) {
		return 0
	}
	if _, n, ok := parseISO(line[k:e], nil); !ok || n != e-k {
		return 0
	}
	if t, te := nextToken(line, e); te-t != 12 || !hasPrefixAt(line, t, "7f") || !hexWord(line[t:te]) {
		return 0 // Ceph's thread: a pthread's address
	}
	return k
}

// byteOrderMark is U+FEFF in UTF-8, which some writers put before a file's first line.
const byteOrderMark = "\xef\xbb\xbf"

// bracketBeforeJSON returns where a JSON object starts behind the bracketed name a tool puts
// before each line it gathers from several containers (kubectl logs --prefix's "[pod/web-1/app]
// ", tkn's "[fetch-source : clone] "), or 0. A level in the bracket is the line's own.
func bracketBeforeJSON(line []byte) int {
	if len(line) < 6 || line[0] != '[' || line[len(line)-1] != '}' {
		return 0
	}
	if j := namedBracket(line); j > 0 && byteAt(line, j) == '{' && byteAt(line, j+1) == '"' {
		return j
	}
	return 0
}

// namedBracket returns where the text starts behind a name in brackets that opens line and is
// neither a level nor a time, or 0.
func namedBracket(line []byte) int {
	end := indexByteFrom(line[:min(len(line), 96)], ']', 1)
	if end < 2 || line[0] != '[' || indexByteFrom(line[:end], '[', 1) >= 0 {
		return 0
	}
	if _, ok := levelToken(line[:end+1], false); ok {
		return 0
	}
	if _, ok := locate(line[1:end], maxPlausible, &wallClock{}); ok {
		return 0 // the line's time in brackets, before its object: "[2026-11-29 07:41:16] {…}"
	}
	if j := skipBlanks(line, end+1); j > end+1 {
		return j
	}
	return 0
}

// collectorStamp returns where a program's line starts behind the zoned RFC 3339 time a collector
// writes before each line it gathered, or 0: `docker logs -t`'s and `kubectl logs --timestamps`'
// "2026-11-29T07:41:16.123456789Z {"level":…}", the CRI log files' "… stdout F level=info msg=…".
// The line behind it is read as its own format, and its time is the collector's (see Parse). Behind
// a bare time, only a line that is a JSON object, logfmt pairs or opens with a time of its own is
// taken for a program's: any other keeps the time as its own first word.
func collectorStamp(line []byte) int {
	if len(line) < 22 || !isDigit(line[0]) {
		return 0 // most lines, spared the rest
	}
	e := zonedStampEnd(line)
	svlogd := e == 0
	if svlogd {
		e = svlogdStampEnd(line)
	}
	if e == 0 {
		return 0
	}
	if stream, _ := criPiece(line); stream != "" {
		return e + len(" stdout F ") // the CRI log format: the runtime's time, stream and tag before every line
	}
	k := e + 1
	if byteAt(line, k) == '{' && byteAt(line, k+1) == '"' && line[len(trimSpace(line))-1] == '}' || pairsAhead(line[k:]) || ownTimeFirst(line[k:]) || swarmTask(line[k:]) {
		return k
	}
	if (svlogd || fineFraction(line[:e])) && traceText(line[k:]) {
		// A stack trace's line behind `kubectl logs --timestamps`' or `docker logs -t`'s time: no
		// program stamps its frames, so the time is the collector's, and the line the trace's.
		return k
	}
	return 0
}

// svlogdStampLen is the length of the time runit's svlogd writes before each line with -tt
// ("2026-11-29_07:41:20.00431") or -ttt ("2026-11-29T07:41:20.00431"): UTC, with five digits of
// fraction, which no program's own time has.
const svlogdStampLen = len("2026-11-29_07:41:20.00431")

// svlogdStampEnd returns where svlogd's time that opens line ends, before a blank, or 0.
func svlogdStampEnd(line []byte) int {
	const n = svlogdStampLen
	if len(line) <= n || line[n] != ' ' || line[10] != '_' && line[10] != 'T' || line[19] != '.' || !isoDateAt(line, 0) ||
		line[13] != ':' || line[16] != ':' || !digitsOnly(line[11:13]) || !digitsOnly(line[14:16]) || !digitsOnly(line[17:19]) || !digitsOnly(line[20:n]) {
		return 0
	}
	return n
}

// svlogdTime reads svlogd's time at the start of b (see svlogdStampEnd).
func svlogdTime(b []byte) (int64, bool) {
	var iso [svlogdStampLen + 1]byte
	copy(iso[:], b[:svlogdStampLen])
	iso[10], iso[svlogdStampLen] = 'T', 'Z'
	t, n, ok := parseISO(iso[:], nil)
	return t, ok && n == len(iso)
}

// zonedStampEnd returns where the zoned RFC 3339 time that opens line ends, before a blank, or 0.
func zonedStampEnd(line []byte) int {
	if len(line) < 22 || !isDigit(line[0]) || line[4] != '-' || line[10] != 'T' {
		return 0 // most lines, spared the rest
	}
	e := indexByteFrom(line[:min(len(line), 40)], ' ', 19)
	if e < 0 || !zoned(line[:e]) {
		return 0
	}
	if _, n, ok := parseISO(line[:e], nil); !ok || n != e {
		return 0
	}
	return e
}

// indentedBehindStamp reports whether the text behind a line's zoned or svlogd's time is indented.
func indentedBehindStamp(line []byte) bool {
	e := zonedStampEnd(line)
	if e == 0 {
		e = svlogdStampEnd(line)
	}
	return e > 0 && byteAt(line, e+1) == ' '
}

// stampedTraceback reports whether line, behind kubectl's, docker's or svlogd's time, goes on the
// pending traceback: the source line under a frame, the exception's line after the last one, and
// the blank lines and notes between chained tracebacks.
func (s *Stream) stampedTraceback(line []byte) bool {
	e := lineStampEnd(line)
	return e > 0 && bytes.Contains(s.raw, []byte(traceback)) &&
		(byteAt(line, e+1) == ' ' || indentedBehindStamp(lastLine(s.raw)) || e+1 >= len(line) || noteLine(line[e+1:]))
}

// lineStampEnd returns where the time that a collector writes before every line it gathered ends,
// or 0: docker logs -t's and kubectl's, with six digits of fraction or more, or svlogd's.
func lineStampEnd(line []byte) int {
	if e := zonedStampEnd(line); e > 0 && fineFraction(line[:e]) {
		return e
	}
	return svlogdStampEnd(line)
}

// fineFraction reports whether an RFC 3339 time has six digits of fraction or more, as the
// collectors write theirs (a program's own stamps mostly stop at milliseconds).
func fineFraction(t []byte) bool {
	if len(t) < 20 || t[19] != '.' {
		return false
	}
	_, k := digitRun(t, 20)
	return k >= 6
}

// traceText reports whether line is a stack trace's: Python's traceback header, an indented frame
// ("  File "…", line 8, in run", "\tat com.example.Main.run(Main.java:12)", "\t... 12 more"),
// "Caused by: " or an exception's name and its message. (The source line Python prints under a
// frame is indented text like any other: see continues.)
//
// Go's and Ruby's count too: a goroutine's header and its function lines, Ruby's uncaught
// exception and its "from" lines; so do Python's notes between chained tracebacks.
func traceText(line []byte) bool {
	if len(line) == 0 {
		return false
	}
	if hasPrefixAt(line, 0, "Caused by: ") || exceptionHead(line) || noteLine(line) || goroutineHeader(line) || goFrame(line) || rubyUncaught(line) {
		return true
	}
	i := skipBlanks(line, 0)
	return i > 0 && (hasPrefixAt(line, i, "at ") || hasPrefixAt(line, i, "File \"") || hasPrefixAt(line, i, "... ") || hasPrefixAt(line, i, "from ") ||
		byteAt(line, i) == '/' && bytes.Contains(line[i:], []byte(".go:"))) // Go's file line under a function: "\t/srv/app/main.go:12 +0x1d"
}

// swarmTask reports whether line opens with the column `docker service logs` puts before a task's
// line: the service, slot and task id, '@' and the node ("shop_api.1.x7k2m9q1w3e4@worker-01    | ").
func swarmTask(line []byte) bool {
	n := composePrefix(line)
	return n > 0 && bytes.IndexByte(line[:n], '@') > 0
}

// swarmNode is the node's name in the task column of a `docker service logs` line, between from
// and to, as the line's host; none when the column names no node.
func swarmNode(line []byte, from, to int) Span {
	for s, e := nextToken(line[:to], from); s < e; s, e = nextToken(line[:to], e) {
		// The task is "service.slot.id": two dots before the '@' (a pm2 name may hold one).
		if at := bytes.IndexByte(line[s:e], '@'); at > 0 && bytes.Count(line[s:s+at], []byte{'.'}) == 2 && s+at+1 < e && hostLike(line[s+at+1:e]) {
			return Span{int32(s + at + 1), int32(e)}
		}
	}
	return Span{}
}

// pairsAhead reports whether line is a logfmt record: well-formed pairs alone, two at least, one of
// them a level or a message. Sidekiq's "pid=14 tid=2tq INFO: Booted …" and Kill Bill's "lvl='INFO',
// log=…" are layouts with pairs in them, which their own parsers read.
func pairsAhead(line []byte) bool {
	bare, named := false, false
	pairs, ok := scanLogfmt(line, func(kv logfmtPair) bool {
		v := kv.Value.Of(line)
		if !kv.HasValue || !kv.Quoted && len(v) > 0 && (v[len(v)-1] == ',' || bytes.IndexByte(v, ' ') >= 0) {
			bare = true // a word of text, or a layout's pairs with commas between them
			return false
		}
		if role, _ := pairKeyRole(kv.Key.Of(line)); role == roleLevel || role == roleMessage {
			named = true
		}
		return true
	})
	return ok && !bare && named && pairs >= 2
}

// ownTimeFirst reports whether a line behind a collector's time opens with a time of its own: a
// layout's ("2026-11-29 07:41:16,201 INFO …", "[2026-11-29T07:41:20.101Z] "GET …"), or klog's
// "I1129 07:41:20.620499 …".
func ownTimeFirst(line []byte) bool {
	c := byteAt(line, 0)
	if klogHead(line) {
		return true
	}
	if !isDigit(c) && c != '[' {
		return false
	}
	i := 0
	if c == '[' {
		i = 1
	}
	if !isDigitAt(line, i) {
		return false // (readStamp reads from a digit or a name; a bracket alone ends the line)
	}
	var st stamp
	// (A number that reads as an epoch is the text's: "1764402076 bytes written".)
	return readStamp(line, i, maxPlausible, &wallClock{}, &st) && st.kind != stampEpoch
}

// klogHead reports whether line opens as klog's and glog's header, "I1129 07:41:20.620499 ".
func klogHead(line []byte) bool {
	return len(line) > 20 && (line[0] == 'I' || line[0] == 'W' || line[0] == 'E' || line[0] == 'F') &&
		digitsOnly(line[1:5]) && line[5] == ' ' && line[8] == ':' && line[11] == ':'
}

// rowNumber returns where a record of key=value pairs starts behind the row number a device's
// console puts before it (FortiOS's `execute log display`: "1: date=2026-11-29 time=…"), or 0:
// the pairs open with the date.
func rowNumber(line []byte) int {
	n := 0
	for n < len(line) && n < 7 && isDigit(line[n]) {
		n++
	}
	if n == 0 || !hasPrefixAt(line, n, ": ") {
		return 0
	}
	if !hasPrefixAt(line, n+2, "date=") {
		return 0 // a numbered list's "2: field=phone reason=missing" continues what is above it
	}
	return n + 2
}

// markPrefix is the length of the marks before a line's text: ANSI colour and style sequences
// (logcat -v color's "\x1b[38;5;75m", a console captured with its colours), the record
// separator that RFC 7464's JSON text sequences put before each object (journalctl -o json-seq),
// and the byte order mark that opens a file written as UTF-8 by .NET or PowerShell.
// A line of marks alone has none: its marks are its text.
func markPrefix(line []byte) int {
	i := 0
	for i < len(line) && i < 64 {
		switch {
		case line[i] == 0x1e:
			i++
		case i == 0 && hasPrefixAt(line, 0, byteOrderMark):
			i += len(byteOrderMark)
		case line[i] == 0x1b && byteAt(line, i+1) == '[':
			j := i + 2
			for j < len(line) && (isDigit(line[j]) || line[j] == ';' || line[j] == '?') {
				j++
			}
			if j >= len(line) || line[j] < 0x40 || line[j] > 0x7e {
				return 0
			}
			i = j + 1
		default:
			return i
		}
	}
	return 0
}

// erasedPrefix returns where a line's text starts behind what a terminal erased before it was
// written, or 0: a pager's prompt that a session log captured with the backspaces and blanks that
// wiped it (IOS' " --More-- \b\b\b…         \b\b\b…Nov 29 …"). What is left on the screen before the
// text is blank, and the text covers all that was written.
func erasedPrefix(line []byte) int {
	if c := byteAt(line, 0); c != ' ' && c != '-' {
		return 0 // a pager's prompt opens so: " --More-- ", "---(more)---"
	}
	j := bytes.LastIndexByte(line[:min(len(line), 80)], '\b')
	if j < 0 {
		return 0
	}
	var screen [80]byte
	col, widest := 0, 0
	for _, c := range line[:j+1] {
		switch {
		case c == '\b':
			col = max(col-1, 0)
		case c >= 0x20 && c < 0x7f:
			screen[col] = c
			col++
			widest = max(widest, col)
		default:
			return 0
		}
	}
	for _, c := range screen[:col] {
		if c != ' ' {
			return 0
		}
	}
	if len(line)-(j+1) < widest-col {
		return 0 // the text is shorter than what it should hide
	}
	return j + 1
}

// composePrefix returns where a line's own text starts behind Docker Compose's service column
// ("redis-1  | ", Compose v1's "shop_web_1  | "), or 0 when it has none: a container's name ends in
// its replica number, which a level or a time before a pipe ("INFO | …") does not.
func composePrefix(line []byte) int {
	if len(line) > 4 && isDigit(line[0]) && indexByteFrom(line[:5], '|', 1) > 0 {
		return pm2Prefix(line) // pm2's "0|api      | ", "12|worker | "
	}
	if len(line) == 0 || !isAlpha(line[0]) {
		return 0 // most lines, spared the scan of their first word: a JSON object, a PRI, a date, an address
	}
	e := 0
	for e < len(line) && e < 64 && line[e] != ' ' {
		e++
	}
	if e < 3 || e == len(line) {
		return 0
	}
	if !isDigit(line[e-1]) {
		return namedColumn(line, e)
	}
	d := e - 1
	for d > 0 && isDigit(line[d-1]) {
		d--
	}
	if d < 2 || line[d-1] != '-' && line[d-1] != '_' {
		return 0
	}
	k := skipBlanks(line, e)
	if byteAt(line, k) != '|' || byteAt(line, k+1) != ' ' {
		return 0
	}
	return k + 2
}

// namedColumn returns where a line's own text starts behind the column docker compose puts
// before a service's lines when the container has a name of its own ("pihole  | …",
// "authelia  | …"): a name in lower case, two blanks at least and a bar. A level's word in that
// place ("info   | …") is a layout's column, no service's.
func namedColumn(line []byte, e int) int {
	k := skipBlanks(line, e)
	if k == e+1 && (hasPrefixAt(line, k, "stdout | ") || hasPrefixAt(line, k, "stderr | ")) {
		// A supervisord program's stream named after it, as Appsmith's image tails them: "backend
		// stdout | [2026-11-29 07:41:16,320] …", "editor stderr | {…}".
		k += 7
	}
	if k < e+2 || byteAt(line, k) != '|' || byteAt(line, k+1) != ' ' {
		return 0
	}
	name := line[:e]
	for _, c := range name {
		if !(c >= 'a' && c <= 'z' || isDigit(c) || c == '-' || c == '_' || c == '.') {
			return 0
		}
	}
	if _, level := ParseLevel(name); level {
		return 0
	}
	return k + 2
}

// rightAlignedColumn returns where a line's text starts behind a service's name aligned to the
// right of its column, as Dependabot's CLI writes its containers' lines ("  proxy | 2026/11/29 …"
// under "updater | …"), or 0: the name in lower case and one blank before the bar, and a digit
// after it.
func rightAlignedColumn(line []byte) int {
	s := skipBlanks(line, 0)
	e := s
	for e < len(line) && e < s+32 && (line[e] >= 'a' && line[e] <= 'z' || isDigit(line[e]) || line[e] == '-' || line[e] == '_' || line[e] == '.') {
		e++
	}
	if e-s < 2 || s > 32 || !isLowerAt(line, s) || !hasPrefixAt(line, e, " | ") || !isDigitAt(line, e+3) {
		return 0
	}
	return e + 3
}

// besideColumn reports whether line is a service's line behind its name aligned to the right (see
// rightAlignedColumn), its bar in the column of the record's first line's (the names of one run's
// services end where their bars align) and a time right after it, which a continuation line's text
// does not open with. A table's row ("  alpha | 2026-… | ok") under a line of another layout is the
// record's text.
func (s *Stream) besideColumn(line []byte) bool {
	k := rightAlignedColumn(line)
	if k == 0 || !hasPrefixAt(firstLine(s.raw), k-3, " | ") || bytes.Contains(line[k:], []byte(" | ")) {
		return false
	}
	_, ok := locate(line[k:min(len(line), k+40)], maxPlausible, &wallClock{})
	return ok
}

// continuesBehindColumn reports whether line, behind the pending entry's service column (which
// ends at k), goes on that entry as it would without the column: a stack's frame ("at …",
// "... 3 more", a Python frame) or an item of what the entry's first line announced with its
// colon (Pi-hole's list under "  [i] Applying the following caps …:"), indented deeper than
// that first line; a Java exception's cause; the exception line that ends a Python traceback.
// (An init script's "   ...done." under " * Starting cron" is a line of its own.)
func (s *Stream) continuesBehindColumn(line []byte, k int) bool {
	j := composePrefix(s.raw)
	if j == 0 || blankSpan(line, k, len(line)) || !sameService(line, s.raw) {
		return false
	}
	text := skipWS(line, k)
	if s.timeFirst(line[text:]) {
		return false
	}
	if hasPrefixAt(line, text, "Caused by: ") || hasPrefixAt(line, text, "Suppressed: ") {
		return true
	}
	if text-k <= skipWS(s.raw, j)-j {
		if s.inTrace && isAlpha(line[text]) {
			s.inTrace = false // "KeyError: 1" under the traceback's frames
			return true
		}
		return false
	}
	return hasPrefixAt(line, text, "at ") || hasPrefixAt(line, text, "... ") || announces(firstLine(s.raw))
}

// timeField reports whether line is a label and a time alone, "UtcTime: 2026-11-29 07:41:16.482",
// under a label no other than the pending record's own first line opens with: Go's log with a
// prefix writes "myapp: 2026/11/29 07:41:16 auth: enabled" on every line, each a record.
func (s *Stream) timeField(line []byte) bool {
	k := bytes.IndexByte(line, ':')
	if hasPrefixAt(s.raw, 0, string(line[:k+1])) {
		return false
	}
	v := skipBlanks(line, k+1)
	w := s.p.wall // a look, which must not teach the source's clock
	st, ok := locate(line[v:], s.p.nowNano(), &w)
	return ok && st.start == 0 && skipBlanks(line, v+st.end) >= len(bytes.TrimRight(line, " \r"))
}

// announcedFields reports whether the pending record is a line that announces what follows it
// and, if it has taken more lines, labelled fields ("RuleName: …", "ProcessId: 7316"): a field
// under it that holds a time is one of them, not a record's start.
func announcedFields(raw []byte) bool {
	nl := bytes.IndexByte(raw, '\n')
	if nl < 0 {
		return announces(raw)
	}
	return announces(raw[:nl]) && labelled(lastLine(raw))
}

// announces reports whether a line ends with a colon, blanks aside: it announces what follows it.
func announces(line []byte) bool {
	line = bytes.TrimRight(line, " ")
	return len(line) > 0 && line[len(line)-1] == ':'
}

// composeExit reports whether line is docker compose's own note that a service's container
// stopped: "redpanda-1 exited with code 1", "authelia exited with code 137".
func composeExit(line []byte) bool {
	_, e := nextToken(line, 0)
	if !hasPrefixAt(line, e, composeExited) {
		return false
	}
	at := e + len(composeExited)
	_, n := digitRun(line, at)
	return n > 0 && blankSpan(line, at+n, len(line))
}

const composeExited = " exited with code "

// otherService reports whether line and the pending entry's text come from two services under
// docker compose's columns ("influxdb-1  | …" under "telegraf-1  | …"): a record of its own,
// whatever it says.
func otherService(line, pending []byte) bool {
	return composePrefix(line) > 0 && composePrefix(pending) > 0 && !sameService(line, pending)
}

// sameService reports whether two lines open with the same service's name, the first word of
// compose's column.
func sameService(line, pending []byte) bool {
	_, e := nextToken(line, 0)
	return bytes.HasPrefix(pending, line[:e]) && byteAt(pending, e) == ' '
}

// procfileColumn returns where a line's own text starts behind the column a Procfile runner such
// as overmind puts before it, the process's name padded to the longest ("worker | 2026-11-29T07:41:16.204Z
// pid=4121 … INFO: …"), when that text opens with a time of its own or is a JSON object; or 0. A
// level before a bar ("info | 2026-11-29 07:41:16 | …") is a layout's column, not a process.
func procfileColumn(line []byte) int {
	if len(line) == 0 || line[0] < 'a' || line[0] > 'z' {
		return 0
	}
	e := lowerNameEnd(line, 0, 32, '_')
	k := skipBlanks(line, e)
	if k == e || byteAt(line, k) != '|' || byteAt(line, k+1) != ' ' {
		return 0
	}
	if _, ok := ParseLevel(line[:e]); ok {
		return 0
	}
	text := line[k+2:]
	if byteAt(text, 0) == '{' && byteAt(text, 1) == '"' {
		return k + 2
	}
	if ownTimeFirst(text) && !bytes.Contains(text[:min(len(text), 48)], []byte(" | ")) {
		// (A time with bars after it is a layout's column among others: "main | 2026-11-29
		// 07:41:16 | ERROR | db down" names a thread, no process.)
		return k + 2
	}
	return 0
}

// pm2Prefix returns where a line's own text starts behind the column `pm2 logs` puts before it,
// the process's id and name ("0|api      | "), or 0.
func pm2Prefix(line []byte) int {
	n, k := digitRun(line, 0)
	if k == 0 || k > 4 || n < 0 || byteAt(line, k) != '|' || !isAlpha(byteAt(line, k+1)) {
		return 0
	}
	e := k + 1
	for e < len(line) && e < 64 && line[e] != ' ' && line[e] != '|' {
		e++
	}
	j := skipBlanks(line, e)
	if j == e || byteAt(line, j) != '|' || byteAt(line, j+1) != ' ' {
		return 0
	}
	return j + 2
}

// clientFirst reports whether a line opens with an address, with or without a port, behind at
// most one bracketed prefix ("[pod/web-1/nginx] 10.42.1.7 - - […"), as access lines do.
func clientFirst(line []byte) bool {
	s, e := nextToken(line, 0)
	if e-s > 2 && line[s] == '[' && line[e-1] == ']' || e-s >= 16 && hexAndDashes(line[s:e]) {
		s, e = nextToken(line, e) // a bracketed tag, or a request's id (step-ca's access lines: "5f0c2a1e-7b3d-… 10.1.2.3 ca - 2025-…")
	}
	if s == e || e-s > len("[ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff]:65535") || !addressBytes(line[s:e]) {
		return false // most lines: spared the string the parsers take
	}
	word := string(line[s:e])
	if _, err := netip.ParseAddr(word); err == nil {
		return true
	}
	_, err := netip.ParseAddrPort(word)
	return err == nil
}

// hexAndDashes reports whether w is hex digits and dashes only, as a UUID is written.
func hexAndDashes(w []byte) bool {
	for _, c := range w {
		if !isDigit(c) && c != '-' && (c|0x20 < 'a' || c|0x20 > 'f') {
			return false
		}
	}
	return true
}

// addressBytes reports whether w holds only what an address and port are written with.
func addressBytes(w []byte) bool {
	for _, c := range w {
		if !isDigit(c) && c != '.' && c != ':' && c != '[' && c != ']' && (c|0x20 < 'a' || c|0x20 > 'f') {
			return false
		}
	}
	return true
}

// annexLabels are the labels of the lines PostgreSQL writes after a message, each with the
// message's own prefix and time ("[3012] DETAIL:  Key (id)=(7) already exists."): they are part
// of the record above them, which holds the severity. With lc_messages set they are translated,
// the French ones with a blank before the colon ("INSTRUCTION :  "): its Russian, German, French,
// Spanish, Italian, Swedish, Ukrainian, Chinese, Korean, Japanese and Georgian catalogues' words are here too.
var annexLabels = func() (labels []string) {
	for _, word := range []string{"DETAIL", "HINT", "STATEMENT", "CONTEXT", "QUERY", "LOCATION",
		"ПОДРОБНОСТИ", "ПОДСКАЗКА", "ОПЕРАТОР", "КОНТЕКСТ", "ЗАПРОС", "ПОЛОЖЕНИЕ",
		"TIPP", "ANWEISUNG", "ZUSAMMENHANG", "ANFRAGE", "ORT",
		"DÉTAIL", "ASTUCE", "INSTRUCTION", "CONTEXTE", "REQUÊTE", "EMPLACEMENT",
		"DETALLE", "SUGERENCIA", "SENTENCIA", "CONTEXTO", "CONSULTA", "UBICACIÓN",
		"DETTAGLI", "SUGGERIMENTO", "ISTRUZIONE", "DETALJ", "TIPS", "SATS", "ВІДОМОСТІ", "ПІДКАЗКА", "ІНСТРУКЦІЯ",
		"详细信息", "提示", "语句", "상세정보", "힌트", "명령 구문", "詳細", "ヒント", "文", "დეტალები", "ოპერატორი"} {
		labels = append(labels, word+":  ", word+" :  ")
	}
	return labels
}()

// rubyFrame reports whether line is a frame of a Ruby backtrace as Rails and Active Job log it, the
// whole line a file, its line and its method: "app/jobs/sync_stock_job.rb:14:in `perform'", Ruby
// 3.4's "…/adapter.rb:77:in 'Faraday::Adapter#call'", a template's
// "app/views/orders/show.html.erb:7:in `_app_views_orders_show_html_erb__41'".
func rubyFrame(line []byte) bool {
	if len(line) < 10 || line[len(line)-1] != '\'' {
		return false
	}
	k := bytes.Index(line[:min(len(line), 256)], []byte(":in "))
	if k <= 0 || k+6 > len(line) || bytes.IndexByte(line[:k], ' ') >= 0 {
		return false
	}
	c := bytes.LastIndexByte(line[:k], ':')
	if c <= 0 || c+1 == k || !digitsOnly(line[c+1:k]) {
		return false
	}
	dot := bytes.LastIndexByte(line[:c], '.')
	if dot < 0 {
		return false
	}
	switch string(line[dot+1 : c]) {
	case "rb", "erb", "rake", "haml", "slim":
	default:
		return false
	}
	open := line[k+4]
	return open == '`' || open == '\''
}

// underRubyError reports whether a line is one a Ruby backtrace goes on from: a frame, or an
// error's line ending with its class and message and a colon ("… Faraday::TimeoutError (timed
// out):"), the blank lines Rails writes between them passed over by the caller.
func underRubyError(last []byte) bool {
	if rubyFrame(last) {
		return true
	}
	last = bytes.TrimRight(last, " ")
	return len(last) > 2 && last[len(last)-1] == ':' && last[len(last)-2] == ')'
}

// cplError reads the level of a line GDAL's error handler writes, its class and error number before
// a colon: "ERROR 1: COPY statement failed.", "Warning 1: Layer creation options ignored …".
func cplError(line []byte) (Level, bool) {
	var lvl Level
	switch c := byteAt(line, 0); {
	case c == 'E' && hasPrefixAt(line, 0, "ERROR "):
		lvl = Error
	case c == 'W' && hasPrefixAt(line, 0, "Warning "):
		lvl = Warn
	case c == 'F' && hasPrefixAt(line, 0, "FATAL "):
		lvl = Critical
	default:
		return Unknown, false
	}
	_, e := nextToken(line, 0)
	_, n := digitRun(line, e+1)
	if n == 0 || n > 4 || byteAt(line, e+1+n) != ':' || byteAt(line, e+2+n) != ' ' {
		return Unknown, false
	}
	return lvl, true
}

// esxiLineMarker reports whether a line's severity after its time carries ESXi 8's line marker, a
// '+' that says the line goes on the submission above it, and the same program and pid write it
// as the pending record's first line: "2026-…Z Er(163)+ Hostd[2099601]: --> Invalid operation for
// device '0'." under "2026-…Z Er(163) Hostd[2099601]: …" (another daemon's line between them is
// none of its).
func esxiLineMarker(line, pending []byte) bool {
	_, e := nextToken(line, 0)
	s, te := nextToken(line, e)
	tok := line[s:te]
	n := len(tok)
	if n < 6 || tok[n-1] != '+' || tok[n-2] != ')' || tok[2] != '(' || tok[0] < 'A' || tok[0] > 'Z' || tok[1] < 'a' || tok[1] > 'z' || !digitsOnly(tok[3:n-2]) {
		return false
	}
	ps, pe := nextToken(line, te)
	_, qe := nextToken(pending, 0)
	_, qe = nextToken(pending, qe)
	qs, qe := nextToken(pending, qe)
	return pe > ps && string(line[ps:pe]) == string(pending[qs:qe])
}

// annexFirst marks the bytes annexLabels start with. A label is a word and its colon, or the word, a
// blank and the colon; only one of several words ("명령 구문") starts beyond ASCII. Most words of a
// message are ruled out by these looks, before the labels are compared one by one.
var annexFirst = func() (first [256]bool) {
	for _, l := range annexLabels {
		first[l[0]] = true
	}
	return first
}()

// annexLine reports whether the message of a line, past the columns of its prefix, starts with
// one of annexLabels.
func annexLine(line []byte, msg Span) bool {
	i := int(msg.Start)
	for k := 0; k < 6 && i < len(line); k++ {
		s, e := nextToken(line, i)
		if d := bytes.LastIndexByte(line[s:e], '-'); d >= 0 && s+d+1 < e && line[e-1] == ':' {
			s += d + 1 // a prefix glued to the label by a dash: "%t-%c-" writes "UTC-6749a1b2.2f41-DETAIL:"
		}
		if s == e || line[e-1] == ':' && !capitalsWord(line[s:e-1]) && !digitsOnly(line[s:e-1]) && !(e-s > 2 && line[e-2] == ']') {
			// A label before it ends the header, unless it is a pid's ("pid 4131:"), or a prefix
			// that closes with one: "%t:%r:%u@%d:[%p]: " writes "UTC:10.0.0.5(42180):app@shop:[9567]:".
			return false
		}
		if annexFirst[line[s]] && (line[e-1] == ':' || byteAt(line, e+1) == ':' || line[s] >= 0x80) {
			for _, l := range annexLabels {
				if hasPrefixAt(line, s, l) {
					return true
				}
			}
		}
		i = e
	}
	return false
}

// capitalsWord reports whether w is a word in capitals, in any script: "DETAIL", "ПОДРОБНОСТИ",
// "DÉTAIL" (a byte beyond ASCII is taken for a capital's).
func capitalsWord(w []byte) bool {
	if len(w) < 3 {
		return false
	}
	for _, c := range w {
		if (c < 'A' || c > 'Z') && c < 0x80 {
			return false
		}
	}
	return true
}

// criWhole reads the level of a JSON record that the container runtime cut into pieces, once its
// last piece has joined the entry: put back together, the pieces' texts are the line the program
// wrote, which no piece is alone.
func (s *Stream) criWhole(line []byte) {
	if _, tag := criPiece(line); tag != 'F' || s.rec.Level != Unknown || s.truncated {
		return
	}
	buf := s.criLine[:0]
	for rest := s.raw; len(rest) > 0; {
		piece := rest
		if i := bytes.IndexByte(rest, '\n'); i >= 0 {
			piece, rest = rest[:i], rest[i+1:]
		} else {
			rest = nil
		}
		if stream, _ := criPiece(piece); stream == "" {
			return
		}
		_, e := nextToken(piece, 0)
		buf = append(buf, piece[e+len(" stdout P "):]...)
	}
	s.criLine = buf
	var rec Record
	if byteAt(buf, 0) == '{' && s.p.parseJSON(buf, &rec) {
		s.rec.Level = rec.Level
	}
}

// criPiece returns the stream of a line the container runtime (CRI) wrote, " stdout" or
// " stderr", and its tag: P for a piece of a long line that it cut, the next piece following on a
// line of its own, F for a whole line or the last piece ("… stdout P {"msg":"a very long …").
// It returns "" for any other line; most are turned away by their first bytes.
func criPiece(line []byte) (string, byte) {
	if len(line) < 32 || !isDigit(line[0]) || line[4] != '-' {
		return "", 0
	}
	_, e := nextToken(line, 0)
	for _, stream := range [...]string{" stdout ", " stderr "} {
		if tag := byteAt(line, e+8); e >= 20 && hasPrefixAt(line, e, stream) && (tag == 'P' || tag == 'F') && byteAt(line, e+9) == ' ' {
			return stream[:7], tag
		}
	}
	return "", 0
}

// julLevelWord reports whether line opens with one of java.util.logging's level names and its
// colon, as its SimpleFormatter writes the second line of a record.
func julLevelWord(line []byte) bool {
	_, e := nextToken(line, 0)
	if e < 5 || line[e-1] != ':' {
		return false
	}
	switch string(line[:e-1]) {
	case "SEVERE", "WARNING", "INFO", "CONFIG", "FINE", "FINER", "FINEST":
		return true
	}
	return false
}

// levelLine reports whether rec, parsed from the line after a one-line entry without a level, is
// the second half of a two-line record: java.util.logging writes "Nov 29, 2026 7:41:16 AM
// org.example.Main start" and then "INFO: Server startup" with the level but no time.
// The level is in capitals, as that logger writes it, or a warning's or an error's capitalized:
// a library's "Note: …" under another's line is a message of its own (libmpg123's in mpd's log).
func (s *Stream) levelLine(rec Record, line []byte) bool {
	if rec.Format != FormatLayout || rec.Level == Unknown || s.rec.Level != Unknown || indexByteFrom(s.raw, '\n', 0) >= 0 {
		return false
	}
	_, e := nextToken(line, 0)
	if rec.Time != 0 && !s.messageTime(line, e) {
		return false // a time of its own after the level and its columns; JUL's is the message's ("INFO: Snapshot 2026-04-30 …")
	}
	word := line[:e]
	if e > 1 && line[e-1] == ':' {
		word = line[:e-1]
	}
	if tl, ok := translatedWord(word); ok && tl.caps {
		return true // the JDK's translations, in capitals or in scripts without case: "ADVERTÊNCIA: …", "信息: …"
	}
	return len(word) > 1 && (isUpperWord(word) || capitalized(word) && rec.Level >= Warn) // "Error: ENOENT …" under the line that failed
}

// sameAuditEvent reports whether line is another record of the Linux audit event that raw began:
// auditd writes one event as several lines (SYSCALL, EXECVE, CWD, PATH, PROCTITLE) that share
// its "msg=audit(time:serial)".
func sameAuditEvent(raw, line []byte) bool {
	id := auditID(line)
	return id != nil && bytes.Equal(id, auditID(raw))
}

// auditID returns the "time:serial" of an audit record's "msg=audit(…)", or nil.
func auditID(line []byte) []byte {
	if !hasPrefixAt(line, 0, "type=") {
		return nil
	}
	const key = "msg=audit("
	k := bytes.Index(line[:min(len(line), 64)], []byte(key))
	if k < 0 {
		return nil
	}
	start := k + len(key)
	end := indexByteFrom(line, ')', start)
	if end < 0 {
		return nil
	}
	return line[start:end]
}

// opensTraceback reports whether line opens a Python traceback, also behind a compose column.
func opensTraceback(line []byte) bool {
	if hasPrefixAt(line, 0, traceback) {
		return true
	}
	// (Most lines have no bar where a column's would be: the column is looked for only then.)
	return bytes.IndexByte(line[:min(len(line), 72)], '|') > 0 && hasPrefixAt(line, composePrefix(line), traceback)
}

// traceLine notes the start of a Python traceback inside an entry.
func (s *Stream) traceLine(line []byte) {
	if opensTraceback(line) {
		s.inTrace = true
	}
}

// sameNumberColumns reports whether two indented lines open with the same number of
// blank-separated numeric columns ("   412.811  1702  2395 D Tag: …"), one at least, each followed
// by a word that is not a number.
func sameNumberColumns(a, b []byte) bool {
	n := numberColumns(a)
	return n > 0 && n == numberColumns(b)
}

// sameSequence reports whether line goes on the message raw opens because both start with the
// same sequence number and level word, as npm's debug log writes every line of a multi-line
// message: "18 verbose stack HttpErrorGeneral: 404 …", then "18 verbose stack     at …".
func sameSequence(raw, line []byte) bool {
	n, ln := digitRun(line, 0)
	m, lm := digitRun(raw, 0)
	if ln == 0 || ln != lm || n != m || byteAt(line, ln) != ' ' || byteAt(raw, lm) != ' ' {
		return false
	}
	s, e := nextToken(line, ln)
	rs, re := nextToken(raw, lm)
	word := line[s:e]
	if e == s || !isLowerWord(word) || !bytes.Equal(word, raw[rs:re]) {
		return false
	}
	_, level := ParseLevel(word)
	return level || string(word) == "http" // npm's http lines, between info and verbose
}

// blankLine reports whether line holds nothing but blanks, and the byte order mark an editor or
// a Windows program writes before a file's first line.
func blankLine(line []byte) bool {
	return len(bytes.TrimSpace(bytes.TrimPrefix(line, []byte("\xef\xbb\xbf")))) == 0
}

// aptField reports whether line is a field of an apt history stanza: a capitalized name with
// dashes, its colon and a value ("Commandline: …", "Requested-By: …", "Error: …").
func aptField(line []byte) bool {
	c := bytes.IndexByte(line, ':')
	if c < 3 || c > 16 || byteAt(line, c+1) != ' ' || line[0] < 'A' || line[0] > 'Z' {
		return false
	}
	for _, b := range line[1:c] {
		if !isAlpha(b) && b != '-' {
			return false
		}
	}
	return true
}

// closesHeader reports whether the rule line closes a header that a rule of the same characters
// and width opened, the pending entry's first line, with the column names between them: three
// columns at least, set off by two blanks or more. A banner's title between rules ("new log
// file") is no header.
func (s *Stream) closesHeader(rule byte, line []byte) bool {
	first := firstLine(s.raw)
	c, ok := ruleLine(first)
	if !ok || c != rule || len(bytes.TrimRight(first, " \t\r")) != len(bytes.TrimRight(line, " \t\r")) || bytes.Count(s.raw, []byte{'\n'}) != 1 {
		return false
	}
	names := bytes.TrimSpace(lastLine(s.raw))
	return bytes.Count(names, []byte("  ")) >= 2
}

// settingLine reports whether line is one setting, a key in lower case, its '=' and its value, a
// list's "[]" allowed: "lynis_version=3.1.4", "warning[]=SSH-7408|…".
func settingLine(line []byte) bool {
	e := 0
	for e < len(line) && e < 64 && (isLowerAt(line, e) || isDigit(line[e]) || line[e] == '_' || line[e] == '.') {
		e++
	}
	if hasPrefixAt(line, e, "[]") {
		e += 2
	}
	if e == 0 || byteAt(line, e) != '=' || byteAt(line, e+1) == '=' || bytes.HasSuffix(line, []byte(";")) {
		return false // a field of a block (DB2's audit extract closes each with ';')
	}
	for i := e + 1; i < len(line); i++ {
		if line[i] == ' ' && logfmtKeyAt(line, i+1) {
			return false // more pairs: a record's fields (auditd's "type=PATH msg=audit(…)")
		}
	}
	return true
}

// phaseTag reports whether line opens with a step's name in brackets, in lower case with slashes
// and dashes, and a sentence after it: "[upgrade/version] You have chosen …", "[preflight] Running …".
func phaseTag(line []byte) bool {
	e := 1
	for e < len(line) && e <= 40 && (isLowerAt(line, e) || line[e] == '/' || line[e] == '-' || line[e] == '_') {
		e++
	}
	return e > 2 && byteAt(line, e) == ']' && byteAt(line, e+1) == ' ' && isUpperAt(line, e+2) && isAlpha(byteAt(line, e+3))
}

// sameTag reports whether line opens with the bracketed tag and colon the pending entry's first
// line opens with ("[Server@1b2c6ec2]: …").
func sameTag(line, pending []byte) bool {
	_, e := nextToken(line, 0)
	return e > 3 && line[e-2] == ']' && line[e-1] == ':' && bytes.HasPrefix(pending, line[:e]) && byteAt(pending, e) == ' '
}

// zonedHeader reports whether a header's column names give its dates' zone as UTC, as chrony's
// statistics files open theirs: "   Date (UTC) Time     IP Address …". A column named so further
// along names another column's zone.
func zonedHeader(names []byte) bool {
	return hasPrefixAt(names, skipBlanks(names, 0), "Date (UTC) Time ")
}

// continuationText reports whether text, a line's rest after its tag, goes on a record: an
// indented frame, a traceback or an exception's name.
func continuationText(text []byte) bool {
	return len(text) > 0 && (text[0] == ' ' || text[0] == '\t' || hasPrefixAt(text, 0, traceback) || hasPrefixAt(text, 0, "Caused by: ") || exceptionHead(text))
}

// announcesHeaders reports whether line ends announcing the headers dumped under it, as Envoy's
// debug and trace lines do.
func announcesHeaders(line []byte) bool {
	return bytes.HasSuffix(line, []byte(":")) && bytes.Contains(line, []byte("headers"))
}

// quotedHeaderPair reports whether line is a header's name and value in single quotes, as Envoy
// dumps them: "':status', '503'", "'content-type', 'text/plain'".
func quotedHeaderPair(line []byte) bool {
	e := 1
	for e < len(line) && e <= 64 && (isAlnum(line[e]) || line[e] == '-' || line[e] == '_' || line[e] == ':' && e == 1) {
		e++
	}
	return e > 1 && hasPrefixAt(line, e, "', '") && line[len(line)-1] == '\''
}

// hashicorpBanner reports whether line is one of the marked lines HashiCorp's agents write as
// they start and stop ("==> Starting Consul agent...", "==> Log data will now stream in as it
// occurs:", "==> Caught signal: terminated"), not another tool's arrow (Homebrew's "==>
// Downloading …").
func hashicorpBanner(line []byte) bool {
	if !hasPrefixAt(line, 0, "==> ") {
		return false
	}
	for _, w := range [...]string{"Starting ", "Log data will ", "Caught signal", "Consul ", "Nomad ", "Vault ", "Serf ", "Loaded configuration from"} {
		if hasPrefixAt(line, 4, w) {
			return true
		}
	}
	return false
}

// levelLabel reports whether b opens with a level word and its colon, "Error: …", "Warning: …".
func levelLabel(b []byte) bool {
	s, e := nextToken(b, 0)
	if s != 0 || e < 2 || b[e-1] != ':' {
		return false
	}
	_, ok := ParseLevel(b[:e-1])
	return ok
}

// elapsedTab reports whether line opens with the seconds since the program started, padded on the
// left, with six decimals and a tab after them, as NUT's daemons write each line on their debug
// output ("%4.0f.%06ld\t"): a record's first column, not an indent.
func elapsedTab(line []byte) bool {
	i := skipBlanks(line, 0)
	n, f := decimalAt(line, i)
	return n > 0 && f == 6 && byteAt(line, i+n+7) == '\t'
}

// secondsColumn reports whether an indented line's first word is a count of seconds with its
// fraction followed by a blank, as an uptime column is written; a line number (`cat -n`, `nl`)
// has no fraction, and a tab after it.
func secondsColumn(line []byte) bool {
	s, e := nextToken(line, 0)
	return e > s && bytes.IndexByte(line[s:e], '.') > 0 && byteAt(line, e) == ' '
}

// numberColumns counts the blank-separated words of digits (with '.' or ':') that open line
// after its indent, or returns 0 when nothing else follows them.
func numberColumns(line []byte) int {
	n := 0
	for s, e := nextToken(line, 0); s < e; s, e = nextToken(line, e) {
		if w := line[s:e]; !numberWord(w) && !secondsWord(w) {
			return n
		}
		n++
	}
	return 0
}

// secondsWord reports whether w is a count of seconds with its fraction and unit, as tracing's
// uptime timer writes it right-aligned before the level: "0.000412301s", "131.774100211s".
func secondsWord(w []byte) bool {
	n := len(w)
	return n > 3 && w[n-1] == 's' && bytes.IndexByte(w, '.') > 0 && numberWord(w[:n-1])
}

// numberWord reports whether w is digits with dots or colons among them, starting with a digit.
func numberWord(w []byte) bool { return digitsAmong(w, '.', ':') }

// digitsAmong reports whether w is digits with a or b among them, starting with a digit.
func digitsAmong(w []byte, a, b byte) bool {
	for _, c := range w {
		if !isDigit(c) && c != a && c != b {
			return false
		}
	}
	return len(w) > 0 && isDigit(w[0])
}

// javaFrameEnd reports whether line is an indented frame of a Java stack trace, "\tat
// com.example.Billing.charge(Billing.java:40)", or the count of the frames it leaves out, "\t... 5
// more".
func javaFrameEnd(line []byte) bool {
	t := skipWS(line, 0)
	if t == 0 || t > 8 {
		return false
	}
	body := bytes.TrimRight(line[t:], " \r")
	return hasPrefixAt(body, 0, "at ") && len(body) > 4 && body[len(body)-1] == ')' && bytes.IndexByte(body, '(') > 3 ||
		hasPrefixAt(body, 0, "... ") && bytes.HasSuffix(body, []byte(" more"))
}

// failedTest reports whether raw is one line that Maven's Surefire and Failsafe write for a test
// that failed, its exception under it: "com.example.OrderTest.rejects -- Time elapsed: 0.021 s
// <<< FAILURE!" (or ERROR!).
func failedTest(raw []byte) bool {
	return bytes.IndexByte(raw, '\n') < 0 && (bytes.HasSuffix(raw, []byte(" <<< FAILURE!")) || bytes.HasSuffix(raw, []byte(" <<< ERROR!")))
}

// exceptionHead reports whether a line opens with a Java exception's class and then its
// message, as a logged exception's stack trace starts: "java.sql.SQLException: Connection
// refused", "org.example.OrderError", behind "Error: " in Hadoop's task diagnostics. The class
// is a dotted name whose last part is capitalized and ends in Exception or Error, or in Failure
// under a package of two parts or more.
func exceptionHead(line []byte) bool {
	if hasPrefixAt(line, 0, "Error: ") {
		line = line[len("Error: "):] // Hadoop's task diagnostics: "Error: java.io.IOException: Spill failed"
	}
	dots, last := 0, 0
	i := 0
	for ; i < len(line) && i < 200; i++ {
		c := line[i]
		switch {
		case c == '.':
			if i == last {
				return false
			}
			dots++
			last = i + 1
		case isAlnum(c) || c == '_' || c == '$':
		default:
			if c != ':' && c != ' ' {
				return false
			}
			return endsException(line, last, i, dots)
		}
	}
	return i == len(line) && endsException(line, last, i, dots)
}

// endsException reports whether line[s:e], the last part of a dotted name with dots before it,
// is an exception's class name.
func endsException(line []byte, s, e, dots int) bool {
	name := line[s:e]
	return dots > 0 && len(name) > 5 && name[0] >= 'A' && name[0] <= 'Z' &&
		(bytes.HasSuffix(name, []byte("Exception")) || bytes.HasSuffix(name, []byte("Error")) ||
			dots > 1 && bytes.HasSuffix(name, []byte("Failure"))) // Scala's ("…ScalligraphApplicationImpl$InitialisationFailure")
}

// ownElement reports whether a line that parsed as a JSON object is a record of its own: always,
// unless a comma after it makes it an element of an array written one a line, which is a record
// only in an array of records (after the "[" line or another such element), not in a response a
// record dumped under its line ("INFO response:" then "  {…},").
func (s *Stream) ownElement(line []byte) bool {
	t := bytes.TrimRight(line, " \t\r")
	if len(t) == 0 || t[len(t)-1] != ',' {
		return true
	}
	return s.rec.Format == FormatJSON || bytes.Equal(bytes.TrimSpace(s.raw), []byte("["))
}

// introducesTrace reports whether raw, a pending entry's text, ends with a line that announces what
// follows it, closed by a colon ("Exception in thread \"main\":", "During handling of the above
// exception, another exception occurred:"), blank lines aside, or names an error (Django's
// "Internal Server Error: /orders/4120").
func introducesTrace(raw []byte) bool {
	raw = bytes.TrimRight(raw, " \t\r\n")
	if len(raw) == 0 {
		return false
	}
	last := raw[bytes.LastIndexByte(raw, '\n')+1:]
	return raw[len(raw)-1] == ':' || bytes.Contains(last, []byte("rror")) || bytes.Contains(last, []byte("xception"))
}

// noteLine matches unindented lines that only ever continue an entry: Java's "Caused by:" (and
// "Wrapped by:" in logback's root-cause-first order) and "... 5 more", Python's traceback header
// and its chained-exception notes, .NET's "--- End of stack trace from previous location ---".
func noteLine(line []byte) bool {
	switch line[0] {
	case 'C':
		return bytes.HasPrefix(line, []byte("Caused by:"))
	case '.':
		return bytes.HasPrefix(line, []byte("... ")) && bytes.HasSuffix(line, []byte(" more"))
	case '(':
		return bytes.HasPrefix(line, []byte("(Use `node --trace-")) // under Node's first warning of a kind
	case 'T':
		return bytes.HasPrefix(line, []byte(traceback)) || bytes.HasPrefix(line, []byte("The above exception was the direct cause"))
	case 'D':
		return bytes.HasPrefix(line, []byte("During handling of the above exception"))
	case 'S':
		return bytes.HasPrefix(line, []byte("Suppressed: ")) || stackTraceLine(line) // PHP's, above its frames
	case 'W':
		return bytes.HasPrefix(line, []byte("Wrapped by: ")) // logback's %rEx, the root cause first
	case '-':
		// .NET's marks between the parts of one exception's stack.
		return bytes.HasPrefix(line, []byte("--- End of stack trace from previous location")) ||
			bytes.HasPrefix(line, []byte("--- End of inner exception stack trace ---"))
	}
	return false
}

// consoleSign reports whether b opens with one of the signs a CLI puts before its event lines
// (Next.js's ✓ ○ ▲ ⚠ ⨯, log-symbols' ✔ ✖ ℹ ❌, goreleaser's •): not a tree's lines, which list
// one record's details, and a bullet only under a record that opens with a sign too (see
// signedRecords).
func consoleSign(b []byte) bool {
	if _, _, ok := signName(b); ok {
		return true
	}
	for _, sign := range [...]string{"\u2713", "\u2714", "\u25cb", "\u25b2", "\u2022 ", "\u25aa "} {
		if hasPrefixAt(b, 0, sign) {
			return true
		}
	}
	return false
}

// signedRecords reports whether an indented line under an untimed record is a record of its own:
// both open with a console's sign after a few blanks (Next.js's " ✓", goreleaser's "  •" and
// "  ⨯", with "    •" for a step's parts).
func signedRecords(pending, line []byte) bool {
	k, j := skipBlanks(pending, 0), skipBlanks(line, 0)
	return (k > 0 && k <= 8 && consoleSign(pending[k:]) || k == 0 && pictoOpening(pending)) && j > 0 && j <= 8 && consoleSign(line[j:])
}

// paddedDay reports whether line opens with a day of one digit padded by a blank, " 1 Jan …",
// under a record that opens with a day of two, "31 Dec …": the same column of dates.
func paddedDay(line, pending []byte) bool {
	return len(line) > 3 && line[0] == ' ' && isDigit(line[1]) && line[2] == ' ' && isAlpha(line[3]) &&
		len(pending) > 3 && isDigit(pending[0]) && isDigit(pending[1]) && pending[2] == ' ' && isAlpha(pending[3])
}

// oneBlank reports whether line opens with exactly one blank before its text.
func oneBlank(line []byte) bool {
	return len(line) > 1 && line[0] == ' ' && line[1] != ' ' && line[1] != '\t'
}

// numberedFrame reports whether line is a frame of a numbered stack trace, as PHP writes them
// under "Stack trace:": "#0 /srv/app/import.php(120): importRow(Array)", "#1 {main}".
func numberedFrame(line []byte) bool {
	_, n := digitRun(line, 1)
	return len(line) > 0 && line[0] == '#' && n > 0 && byteAt(line, 1+n) == ' '
}

// einaBacktraceHead is the heading EFL's eina_log writes under a logged error, before one line a
// frame: the library, a tab, the frame's address and the library's base ("/usr/lib/libeina.so.1\t
// 0x7f52c1a0bc79 0x7f52c19e9000").
const einaBacktraceHead = "*** Backtrace ***"

// einaBacktrace reports whether line is the heading of eina_log's backtrace under an error's
// record, or one of its frames under the heading.
func (s *Stream) einaBacktrace(line []byte) bool {
	if string(line) == einaBacktraceHead {
		return s.rec.Level >= Error && bytes.IndexByte(s.raw, '\n') < 0
	}
	tab := bytes.IndexByte(line, '\t')
	if tab < 1 || !hasPrefixAt(line, tab+1, " 0x") || bytes.Count(line[tab:], []byte(" 0x")) != 2 {
		return false
	}
	return bytes.Contains(s.raw, []byte("\n"+einaBacktraceHead+"\n")) || bytes.HasSuffix(s.raw, []byte("\n"+einaBacktraceHead))
}

// underFrames reports whether raw ends with "Stack trace:" and the numbered frames under it: the
// next numbered frame goes on the same trace. Numbered lines alone are no trace (BuildKit's steps,
// "#5 [2/4] RUN make").
func underFrames(raw []byte) bool {
	for end := len(raw); ; {
		start := bytes.LastIndexByte(raw[:end], '\n') + 1
		if line := raw[start:end]; stackTraceLine(line) {
			return true
		} else if !numberedFrame(line) || start == 0 {
			return false
		}
		end = start - 1
	}
}

// glogMachine is the line of glog's file header that names the machine.
const glogMachine = "Running on machine: "

// goFuncLine reports whether line is the function of a Go stack's frame: a package's path, then
// its name and the function's, with a receiver perhaps ("main.main",
// "github.com/grafana/dskit/modules.(*Manager).initModule", "main.Map[...].Get"), and no blank.
// strong is true when no file's name reads so: the function is exported or has a receiver.
func goFuncLine(line []byte) (ok, strong bool) {
	if len(line) < 6 || len(line) > 400 || !isAlpha(line[0]) {
		return false, false
	}
	for _, c := range line {
		if c == ' ' || c == '\t' || c == ':' || c == '=' {
			return false, false // most lines stop at their first word
		}
	}
	slash := bytes.LastIndexByte(line, '/')
	for _, c := range line[:slash+1] {
		if !isAlnum(c) && c != '.' && c != '-' && c != '_' && c != '~' && c != '/' {
			return false, false
		}
	}
	fn := line[slash+1:]
	dot := bytes.IndexByte(fn, '.')
	if dot <= 0 || dot+1 == len(fn) || !isLowerWord(fn[:dot]) {
		return false, false
	}
	for _, c := range fn[dot+1:] {
		switch {
		case isAlnum(c) || c == '_' || c == '.' || c == '(' || c == ')' || c == '*' || c == '[' || c == ']':
			if c == '(' || c >= 'A' && c <= 'Z' {
				strong = true
			}
		default:
			return false, false
		}
	}
	last := fn[len(fn)-1]
	return isAlnum(last) || last == ')' || last == ']', strong
}

// goFileLine reports whether line is the file of a Go stack's frame, indented by a tab:
// "\t/srv/app/main.go:45", with the program counter's offset perhaps (" +0x1d").
func goFileLine(line []byte) bool {
	if len(line) < 6 || line[0] != '\t' {
		return false
	}
	line = line[1:]
	if k := bytes.LastIndex(line, []byte(" +0x")); k > 0 {
		line = line[:k]
	}
	c := bytes.LastIndexByte(line, ':')
	if c < 4 || !digitsOnly(line[c+1:]) || c+1 == len(line) {
		return false
	}
	return bytes.HasSuffix(line[:c], []byte(".go")) || bytes.HasSuffix(line[:c], []byte(".s"))
}

// stackTraceLine reports whether line is the heading PHP writes above an exception's numbered
// frames, "Stack trace:" (CakePHP's "Stack Trace:").
func stackTraceLine(line []byte) bool {
	line = bytes.TrimRight(line, " ")
	return string(line) == "Stack trace:" || string(line) == "Stack Trace:"
}

// startsWithTime reports whether a record's time came from the start of its line (as opposed to
// a field inside a JSON or logfmt line, or the middle of an access log line). A located time
// counts among the first few words: after a pid, a file name or a header key ("# Time:").
func (s *Stream) startsWithTime(f Format, line []byte) bool {
	switch f {
	case FormatStamped:
		return s.p.mem.lastToken <= 2 || s.headedTime()
	case FormatLayout:
		line = line[markPrefix(line):]   // behind colour codes: log4js' "\x1b[32m[2026-…] [INFO] …"
		line = line[eventCounter(line):] // and Ceph's counter: "   -12> 2026-11-29T07:41:14.611+0000 …"
		return len(line) > 0 && (isDigit(line[0]) || line[0] == '[' || isAlpha(line[0]))
	case FormatRFC3164, FormatRFC5424, FormatCustom:
		return true
	}
	return false
}

// headedTime reports whether the last stamped line's time came after a few header columns, as a
// record's own time does behind a program's tag and pid: NestJS's "[Nest] 7  - 11/29/2026, 2:05:12
// PM   ERROR …" (see headerPrefix).
func (s *Stream) headedTime() bool {
	return s.p.mem.lastToken <= 4 && s.p.mem.lastAfter
}

// firstLine is raw up to its first newline. An entry is most often one line, so the search runs
// to its end: bytes.IndexByte, which scans many bytes at a time, rather than a loop.
func firstLine(raw []byte) []byte { return raw[:firstLineEnd(raw)] }

// outOfRangeStamp reports whether line opens with an ISO date and time whose year Unix
// nanoseconds cannot hold (before 1678, after 2261) or that a clock never set writes (0000):
// "9999-12-31T23:59:59Z ERROR disk failed" is a record of its own, with its level and no time,
// not the text of the record above it.
func outOfRangeStamp(line []byte) bool {
	year, ok := digits(line, 0, 4)
	if !ok || len(line) < 19 || line[4] != '-' || line[7] != '-' || line[10] != 'T' && line[10] != ' ' || line[13] != ':' || line[16] != ':' {
		return false
	}
	return year < 1678 || year > 2261
}
