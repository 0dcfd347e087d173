package parse

import "bytes"

// A command's listing, as an operator pastes it: a heading of column names and one row a line
// under it, each row a record of its own. The heading is names in capitals (squeue's "JOBID
// PARTITION NAME USER ST TIME NODES NODELIST(REASON)", condor_q's, sinfo's), or any names over a
// rule of dashes or equals signs (qstat's, mmgetstate's, beegfs-df's). A row that starts with a
// blank (a right-aligned first column) is still a row, where a line indented under an untimed
// line would otherwise go on it; a column the heading names for a moment (TIMESTAMP, SUBMITTED)
// gives the row its time, read there and only as a date with its clock (squeue's TIME is how
// long a job has run). The listing ends at a blank line or at a line that starts with a time.
// A heading printed inside a timed record is that record's text and opens none. (A table whose
// rule's groups of dashes name a time, a host or a level is read by dashtable.go instead.)

// listing is a source's listing, once its heading was seen.
type listing struct {
	on               bool
	timeFrom, timeTo int32 // the span of the heading's first name for a moment; timeTo 0: none
	hostFrom, hostTo int32 // the span of its name for the row's machine (Host, CSName); hostTo 0: none
}

// minListingNames is how many names a heading of capitals holds at least.
const minListingNames = 3

// maxTimeName and maxTimeValue bound a time column's name and the value read under it (a date, a
// clock with its fraction and a zone), which bounds the work a row takes.
const maxTimeName, maxTimeValue = 24, 40

// learnListing looks at line under the pending entry, and turns the listing on when the entry
// is a heading alone and line its rule or, under a heading of capitals, its first row. It
// reports whether line is that first row, to be taken as one.
func (s *Stream) learnListing(line []byte) (row bool) {
	if s.stamped || s.rec.Time != 0 || bytes.IndexByte(s.raw, '\n') >= 0 {
		return false
	}
	first := byteAt(line, skipBlanks(line, 0))
	if first == 0 || !isUpperAt(s.raw, skipBlanks(s.raw, 0)) && first != '-' && first != '=' {
		return false // most lines: no rule, under no heading of capitals
	}
	if listingRule(line) {
		if columnGaps(s.raw) >= 2 && namesOnly(s.raw) {
			s.listing = listing{on: true}
			s.listing.learnColumns(s.raw)
		}
		return false // the rule itself is read as before
	}
	if capitalHeading(s.raw) && columnGaps(line) >= 1 && !s.timeFirst(line) {
		s.listing = listing{on: true}
		s.listing.learnColumns(s.raw)
		return true
	}
	if columnGaps(line) >= 1 && columnGaps(s.raw) >= 1 && namesOnly(s.raw) && !s.timeFirst(line) && (plainNames(s.raw) >= 3 || namedPair(s.raw)) {
		// A heading in any case ("Binary  Host  Zone  Status  State  Updated_At", wmic's "CSName
		// LastBootUpTime") is one when it names the rows' time or machine with three names at
		// least, none a label with its colon: two are a key and its value ("Host  bastion",
		// "Hostname    web01"), and "Host lookup failed.  Time to retry: 5s" is prose, unless
		// both are the names of a machine's and a time's column.
		var l listing
		if l.learnColumns(s.raw); l.timeTo > 0 || l.hostTo > 0 {
			l.on = true
			s.listing = l
			return true
		}
	}
	return false
}

// listingRow takes a line under a listing's heading: a row, a record of its own. A blank line or
// one with no columns (a traceback's frame, a sentence) ends the listing and is left to the
// caller. So does one that opens as a log's record does, which is a record of its own too: the
// source's log goes on, and the last row is not the header of its block.
func (s *Stream) listingRow(line []byte, offset int64, truncated bool, b *Batch) bool {
	if blankLine(line) {
		s.listing.on = false
		return false
	}
	opening := s.recordOpening(line)
	if opening && s.listing.timeTo > 0 {
		_, under := s.listing.rowTime(line, s.p.nowNano(), &s.p.wall)
		opening = !under // a time under the heading's name for it is a row's, whatever column it is
	}
	if opening || columnGaps(line) == 0 {
		s.listing.on = false
		if !opening {
			return false
		}
	}
	s.startOwn(line, offset, truncated, Record{}, false, b)
	if s.rec.Time == 0 && s.listing.timeTo > 0 {
		if t, ok := s.listing.rowTime(s.raw, s.p.nowNano(), &s.p.wall); ok {
			s.rec.Time = t
		}
	}
	if s.listing.on && s.rec.Host.End == 0 && s.listing.hostTo > 0 { // (a log's record that ended the listing names its own)
		if h, ok := s.listing.rowHost(s.raw); ok {
			s.rec.Host = h
		}
	}
	return true
}

// recordOpening reports whether line opens as a log's record, not a listing's row: with a time
// in its first two words (bracketed, behind a PRI, Ruby's "E, [2026-…"), a level word (log4j's
// "WARN  2026-…", Python's "WARNING:root:…"), glog's header ("E1129 10:00:00.123456") or a
// compose column.
func (s *Stream) recordOpening(line []byte) bool {
	if s.timeFirst(line) || composePrefix(line) > 0 {
		return true
	}
	if st, ok := locate(line, s.p.nowNano(), &s.p.wall); ok && st.token <= 1 && st.kind == stampDate {
		return true
	}
	_, e := nextToken(line, 0)
	word := bytes.TrimRight(line[:e], ":")
	if _, ok := ParseLevel(word); ok && isUpperWord(word) {
		return true
	}
	if k := bytes.IndexByte(word, ':'); k > 0 {
		if _, ok := ParseLevel(word[:k]); ok && isUpperWord(word[:k]) {
			return true // Python's "WARNING:root:…"
		}
	}
	_, _, _, ok := parseGlog(line, s.p.nowNano(), &s.p.wall)
	return ok
}

// learnColumns finds the first of the heading's names that names a moment, and the first that
// names the machine a row is of.
func (l *listing) learnColumns(heading []byte) {
	for i := 0; i < len(heading); {
		s, e := nextToken(heading, i)
		if s >= len(heading) {
			return
		}
		name := heading[s:e]
		if k := bytes.IndexByte(name, '/'); k > 0 {
			name = name[:k] // qstat's "submit/start at"
		}
		switch {
		case l.timeTo == 0 && len(name) <= maxTimeName && (timeColumn(name) || namedAs(name, "Submitted", "Submit", "Completed", "Started", "Start", "Created", "Ended", "End", "Finished") || momentSuffix(name) || eventTimeName(name)):
			l.timeFrom, l.timeTo = int32(s), int32(e)
		case l.hostTo == 0 && (hostColumn(name) || namedAs(name, "CSName", "DNSHostName") || namedAs(name, "Node") && !nameGoesOn(heading, e)):
			l.hostFrom, l.hostTo = int32(s), int32(e)
		}
		i = e
	}
}

// nameGoesOn reports whether the heading's name ending at e goes on in a second word after one
// blank: Nomad's "Node Pool" and "Node ID" name no machine.
func nameGoesOn(heading []byte, e int) bool {
	return byteAt(heading, e) == ' ' && isAlphaAt(heading, e+1)
}

// plainNames counts heading's names when each opens with a letter and none ends with a label's
// colon, and returns 0 otherwise.
func plainNames(heading []byte) int {
	n := 0
	for i := 0; i < len(heading); {
		s, e := nextToken(heading, i)
		if s >= len(heading) {
			break
		}
		if !isAlpha(heading[s]) || heading[e-1] == ':' {
			return 0
		}
		n++
		i = e
	}
	return n
}

// namedPair reports whether heading is two names, one for a machine's column and one for a
// time's: wmic's "CSName   LastBootUpTime".
func namedPair(heading []byte) bool {
	s1, e1 := nextToken(heading, 0)
	s2, e2 := nextToken(heading, e1)
	if s3, _ := nextToken(heading, e2); s1 != 0 || s2 == e2 || s3 < len(heading) {
		return false
	}
	var l listing
	l.learnColumns(heading)
	return l.timeTo > 0 && l.hostTo > 0
}

// rowHost reads the row's machine under the heading's name for it: the word that starts where the
// name does, a machine's name with a letter and a digit, a dash or a dot in it (no address and
// port, a client's; no plain word, a key's; no localhost, a session list's client; no version,
// "v18.19.0").
func (l *listing) rowHost(row []byte) (Span, bool) {
	at := int(l.hostFrom)
	if at >= len(row) || row[at] == ' ' || at > 0 && row[at-1] != ' ' {
		return Span{}, false
	}
	_, e := nextToken(row, at)
	if w := row[at:e]; !hostLike(w) || !hasLetter(w) || !hostName(w) || bytes.IndexByte(w, ':') >= 0 || string(w) == "localhost" || w[0] == 'v' && isDigitAt(w, 1) {
		return Span{}, false
	}
	return Span{int32(at), int32(e)}, true
}

// momentSuffix reports whether a heading's name is one word that ends in TIME or DATE and names
// a moment: Viptela's DOWNTIME, a STARTTIME, a LASTUPDATEDATE. How long something took or ran
// (UPTIME, RUNTIME, CPUTIME) is no moment, and its value no date with a clock anyway.
func momentSuffix(name []byte) bool {
	n := len(name)
	if n < 7 || !isAlphaWord(name) {
		return false
	}
	suffix := name[n-4:]
	if !bytes.EqualFold(suffix, []byte("time")) && !bytes.EqualFold(suffix, []byte("date")) {
		return false
	}
	return !namedAs(name, "Uptime", "Runtime", "CPUTime", "WallTime", "ElapsedTime", "RealTime", "UserTime", "SysTime", "WaitTime", "IdleTime",
		"ResponseTime", "LeadTime", "ExecTime", "ExecutionTime", "TotalTime", "MeanTime", "ProcessTime", "ProcessingTime", "QueryTime", "LockTime", "SetupTime")
}

// rowTime reads the row's value under the heading's time name: a date with its clock that
// starts at a word and reaches under the name, left-aligned (sinfo's) or right-aligned to it
// (condor_q's "11/29 06:58" under SUBMITTED, sacct's nineteen bytes under Start).
func (l *listing) rowTime(row []byte, now int64, w *wallClock) (int64, bool) {
	from, to := int(l.timeFrom), int(l.timeTo)
	for ws := max(0, to-maxTimeValue); ws < min(to, len(row)); ws++ {
		if row[ws] == ' ' || ws > 0 && row[ws-1] != ' ' {
			continue
		}
		st, ok := locate(row[ws:], now, w)
		if ok && st.start == 0 && st.kind == stampDate && ws+st.end > from && plausible(st.t, now) {
			return st.t, true
		}
	}
	return 0, false
}

// listingRule reports whether line is a rule under a heading: dashes or equals signs, in one
// run or in groups between blanks (beegfs-df's "========   =========   =====").
func listingRule(line []byte) bool {
	line = bytes.TrimRight(line, " \t")
	i := skipBlanks(line, 0)
	if len(line)-i < minRule || line[i] != '-' && line[i] != '=' {
		return false
	}
	c := line[i]
	for _, b := range line[i:] {
		if b != c && b != ' ' {
			return false
		}
	}
	return true
}

// columnGaps counts the gaps of two blanks or more between a line's words: the columns of a
// heading or of a row, past the first.
func columnGaps(line []byte) int {
	gaps := 0
	i := skipBlanks(line, 0)
	for i < len(line) {
		if line[i] == ' ' && byteAt(line, i+1) == ' ' {
			i = skipBlanks(line, i)
			if i < len(line) {
				gaps++
			}
			continue
		}
		i++
	}
	return gaps
}

// namesOnly reports whether each of a heading's words has a letter in it, or is a % or a #: a
// row of values ("1 | head | Linear | 5.1 K") is none.
func namesOnly(line []byte) bool {
	for i := 0; i < len(line); {
		s, e := nextToken(line, i)
		if s >= len(line) {
			break
		}
		if w := line[s:e]; !hasLetter(w) && string(w) != "%" && string(w) != "#" {
			return false
		}
		i = e
	}
	return true
}

// capitalHeading reports whether line is a heading of names in capitals: three at least, each
// of capitals, digits and _ ( ) / % . - with a letter, two letters in one of them, and a gap
// of two blanks between two of them (a sentence in capitals has none, a mainframe's message
// id and its stamp, "IEF032I STEP/STEP1   /STOP  2026333.0741", hold a number).
func capitalHeading(line []byte) bool {
	names, letters := 0, false
	for i := 0; i < len(line); {
		s, e := nextToken(line, i)
		if s >= len(line) {
			break
		}
		n := 0
		for _, c := range line[s:e] {
			switch {
			case c >= 'A' && c <= 'Z':
				n++
			case isDigit(c) || c == '_' || c == '(' || c == ')' || c == '/' || c == '%' || c == '.' || c == '-':
			default:
				return false
			}
		}
		letters = letters || n >= 2
		names++
		i = e
	}
	return names >= minListingNames && letters && columnGaps(line) >= 1 && namesOnly(line)
}
