package parse

import "bytes"

// A PowerShell transcript (Start-Transcript, or the policy that turns transcription on) is a
// session's record: a header block between rules of asterisks with the session's start time and
// machine, each command after its prompt ("PS C:\> Get-Service") with the output under it, a
// block with each command's start time above its prompt when invocation headers are on, and an
// end block. Its times are compact ("Start time: 20261129074116", the machine's local time), and
// a command's output takes any shape (tables, errors, blank lines, another log's lines): every
// line under a prompt is that command's, and only a prompt, a block or the transcript's own notes
// start a record.
//
// A source becomes a transcript at its header or an invocation header, and stops being one at its
// end block, at a header with no start time, at a line that is neither a command's nor the
// transcript's own (an untimed line under a log's record is that record's), or at a tool's note
// between files ("==> app.log <=="); a line that opens with a time of its own is a log's record,
// in a command's output too. Lines a program wrote as a transcript's never hide the records of
// the log after them.

// transcriptRule is the rule of asterisks that opens and closes a transcript's blocks.
const transcriptRule = "**********************"

// The blocks of a transcript.
const (
	blockUnknown = iota // a rule opened it; the line under it says which
	blockHeader         // the session's start: "PowerShell transcript start"
	blockCommand        // an invocation header: "Command start time: …"
	blockEnd            // the session's end: "PowerShell transcript end"
)

// transcript is what a Stream knows of a transcript it reads.
type transcript struct {
	on     bool // the source is a PowerShell transcript
	block  bool // the pending record is a block between rules, open until its closing rule
	kind   int  // the pending record's block
	prompt bool // the pending record is a command typed at a prompt, and its output
	logged bool // the pending record is a log's line with a time of its own, among a command's output

	// A rule under a command's output is held in it until the next line says whether it opens
	// a block or is the output's own.
	held     bool
	heldAt   int    // the pending text's length before the rule
	heldFrom int64  // the rule's offset
	heldSize int64  // the pending entry's size before the rule
	heldRec  Record // the pending record before the rule
}

// transcriptStart reports whether line, under first, the pending record's only line, opens a
// transcript: its header's first line under a rule, or an invocation header's (a transcript read
// from its middle).
func transcriptStart(first, line []byte) bool {
	first = bytes.TrimPrefix(first, []byte(byteOrderMark)) // Windows PowerShell 5.1 writes one
	return string(first) == transcriptRule && blockOf(line) != blockUnknown && blockOf(line) != blockEnd
}

// blockOf says which block a line under a rule opens, or blockUnknown.
func blockOf(line []byte) int {
	switch string(line) {
	case "PowerShell transcript start", "Windows PowerShell transcript start":
		return blockHeader
	case "PowerShell transcript end", "Windows PowerShell transcript end":
		return blockEnd
	}
	if hasPrefixAt(line, 0, "Command start time: ") {
		if _, ok := compactTime(line[len("Command start time: "):]); ok {
			return blockCommand
		}
	}
	return blockUnknown
}

// transcriptLine takes a line of a transcript. It reports false, and the source is no longer read
// as one, for a line the transcript does not take.
func (s *Stream) transcriptLine(line []byte, offset int64, truncated bool, b *Batch) bool {
	if len(line) > 0 && toolNote(line) {
		s.tr = transcript{}
		return false
	}
	if s.tr.held {
		s.tr.held = false
		if kind := blockOf(line); kind != blockUnknown && s.pending {
			// The rule opened a block: it leaves the command's output for a record of its own.
			s.raw, s.size, s.rec = s.raw[:s.tr.heldAt], s.tr.heldSize, s.tr.heldRec
			s.emit(b)
			s.start([]byte(transcriptRule), s.tr.heldFrom, false, untimedText(len(transcriptRule)), true)
			s.tr.block, s.tr.kind, s.tr.prompt = true, kind, false
			s.transcriptJoin(line, offset, truncated, b)
			return true
		}
	}
	switch {
	case string(line) == transcriptRule && s.tr.block && s.pending:
		s.join(line, truncated) // the block's closing rule
		s.tr.block = false
		if s.tr.kind == blockEnd || s.tr.kind == blockHeader && s.rec.Time == 0 {
			s.tr = transcript{} // the session ended, or its header was none
		}
	case string(line) == transcriptRule && s.tr.prompt && s.pending:
		s.tr.held, s.tr.heldAt, s.tr.heldFrom, s.tr.heldSize, s.tr.heldRec = true, len(s.raw), offset, s.size, s.rec
		s.join(line, truncated) // the output's, unless the next line opens a block
	case string(line) == transcriptRule:
		s.startOwn(line, offset, truncated, untimedText(len(line)), true, b)
		s.tr.block, s.tr.kind, s.tr.prompt, s.tr.logged = true, blockUnknown, false, false
	case s.tr.block && s.tr.kind == blockUnknown:
		if s.tr.kind = blockOf(line); s.tr.kind == blockUnknown {
			s.tr = transcript{}
			return false // a rule, and no block's line under it
		}
		s.transcriptJoin(line, offset, truncated, b)
	case s.tr.block:
		s.transcriptJoin(line, offset, truncated, b)
	case transcriptPrompt(line) && s.tr.kind == blockCommand && !s.tr.prompt && s.pending:
		s.join(line, truncated) // the command its invocation header is for
		s.tr.prompt = true
	case transcriptPrompt(line):
		s.startOwn(line, offset, truncated, untimedText(len(line)), true, b)
		s.tr.prompt, s.tr.logged, s.tr.kind = true, false, blockUnknown
	case hasPrefixAt(line, 0, "Transcript started, output file is ") || hasPrefixAt(line, 0, "Transcript stopped, output file is "):
		s.startOwn(line, offset, truncated, untimedText(len(line)), true, b)
		s.tr.prompt, s.tr.logged, s.tr.kind = false, false, blockUnknown
	case (s.tr.prompt || s.tr.logged) && byteAt(line, 0) > ' ' && s.ownRecord(line):
		// A line with a time of its own is a log's record, a command's output or not (Get-Content
		// of a log): it is read as one, and an untimed line under it as its continuation, as
		// outside a transcript.
		s.startOwn(line, offset, truncated, Record{}, false, b)
		s.tr.prompt, s.tr.logged, s.tr.kind = false, true, blockUnknown
	case s.tr.prompt || s.tr.logged && blankLine(line):
		s.transcriptJoin(line, offset, truncated, b) // a command's output, whatever its shape
	default:
		s.tr = transcript{}
		return false // neither a command's line nor the transcript's own
	}
	return true
}

// ownRecord reports whether a line of a command's output is a log's record: it has a time of
// its own, at its start or in its format's place (a JSON line's key, an access line's bracket).
func (s *Stream) ownRecord(line []byte) bool {
	if s.timeFirst(line) {
		return true
	}
	return s.p.Parse(line).Time != 0
}

// transcriptJoin joins a line to the pending record and reads it as a field of its block; with no
// record pending (one was released while the session paused) or no room left in it, the line
// starts a record of its own.
func (s *Stream) transcriptJoin(line []byte, offset int64, truncated bool, b *Batch) {
	if !s.pending || len(s.raw)+1+len(line) > s.max {
		s.startOwn(line, offset, truncated, untimedText(len(line)), true, b)
		if s.tr.block {
			s.transcriptField(line, 0)
		}
		return
	}
	if at, whole := s.joinWhole(line, truncated); whole && s.tr.block {
		s.transcriptField(line, at)
	}
}

// untimedText is the record of a line read as text alone: no time, level or host.
func untimedText(n int) Record { return Record{Format: FormatText, Message: Span{0, int32(n)}} }

// transcriptPrompt reports whether line opens with PowerShell's prompt: "PS C:\Users\ops> ",
// "PS /root> ", a remote session's "[web01]: PS C:\Users\ops\Documents> ".
func transcriptPrompt(line []byte) bool {
	if byteAt(line, 0) == '[' {
		k := bytes.Index(line[:min(len(line), 80)], []byte("]: "))
		if k < 2 {
			return false
		}
		line = line[k+3:]
	}
	if !hasPrefixAt(line, 0, "PS ") {
		return false
	}
	k := bytes.IndexByte(line, '>')
	return k > 3 && (k+1 == len(line) || line[k+1] == ' ')
}

// transcriptField gives the pending block the time or the machine one of its lines names, at
// offset at of its text: the header's "Start time: 20261129074116" and "Machine: WS-0412
// (Microsoft Windows NT 10.0.19045.0)", an invocation header's "Command start time: …", the end
// block's "End time: …" (the machine's local time).
func (s *Stream) transcriptField(line []byte, at int) {
	label := ""
	switch s.tr.kind {
	case blockHeader:
		label = "Start time: "
		if hasPrefixAt(line, 0, "Machine: ") && s.rec.Host.End == 0 {
			if hs, he := nextToken(line, len("Machine: ")); he > hs && hostLike(line[hs:he]) {
				s.rec.Host = Span{int32(at + hs), int32(at + he)}
			}
			return
		}
	case blockCommand:
		label = "Command start time: "
	case blockEnd:
		label = "End time: "
	}
	if label != "" && s.rec.Time == 0 && hasPrefixAt(line, 0, label) {
		if t, ok := compactTime(line[len(label):]); ok {
			s.rec.Time = s.p.wall.utc(t)
		}
	}
}

// compactTime reads a time written as yyyyMMddHHmmss and nothing after it, as if it were UTC.
func compactTime(b []byte) (int64, bool) {
	if len(b) != 14 || digitsEnd(b, 0) != 14 {
		return 0, false
	}
	n := func(i, w int) int {
		v := 0
		for _, c := range b[i : i+w] {
			v = v*10 + int(c-'0')
		}
		return v
	}
	y, mo, d, h, mi, sec := n(0, 4), n(4, 2), n(6, 2), n(8, 2), n(10, 2), n(12, 2)
	if y < 1970 || mo < 1 || mo > 12 || d < 1 || d > daysIn(y, mo) || h > 23 || mi > 59 || sec > 60 {
		return 0, false
	}
	return (daysFromCivil(y, mo, d)*secPerDay + int64(h*3600+mi*60+sec)) * nsPerSec, true
}
