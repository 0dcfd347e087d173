package parse

import "bytes"

// A PowerShell transcript (Start-Transcript, or the policy that turns transcription on) is a
// session's record: a header block between rules of asterisks with the session's start time and
// machine, each command after its prompt ("PS C:\> Get-Service") with the output under it, a
// block with each command's start time above its prompt when invocation headers are on, and an
// end block. Its times are
// compact ("Start time: 20261129074116", the machine's local time), and a command's output takes
// any shape (tables, errors, blank lines): every line under a prompt is that command's, and only
// a prompt, a rule or the transcript's own notes start a record.

// transcriptRule is the rule of asterisks that opens and closes a transcript's blocks.
const transcriptRule = "**********************"

// transcript is what a Stream knows of a transcript it reads.
type transcript struct {
	on      bool // the source is a PowerShell transcript
	block   bool // the pending record is a block between rules, open until its closing rule
	command bool // the pending record is a command's invocation header, closed: its prompt comes under it
}

// transcriptOpens reports whether line, under a rule that is the pending record, opens a
// transcript's block: its start, its end, or a command's invocation header.
func transcriptOpens(rule, line []byte) bool {
	return string(rule) == transcriptRule && (bytes.HasSuffix(line, []byte("PowerShell transcript start")) ||
		bytes.HasSuffix(line, []byte("PowerShell transcript end")) || hasPrefixAt(line, 0, "Command start time: "))
}

// transcriptLine takes a line of a transcript: it reports false for a line the transcript does
// not take (the source's lines are of another shape after all).
func (s *Stream) transcriptLine(line []byte, offset int64, truncated bool, b *Batch) bool {
	if !s.pending {
		s.tr = transcript{}
		return false
	}
	untimed := Record{Format: FormatText, Message: Span{0, int32(len(line))}}
	switch {
	case string(line) == transcriptRule && s.tr.block && hasPrefixAt(s.raw, 0, transcriptRule):
		s.join(line, truncated) // the block's closing rule
		s.tr.block = false
		s.tr.command = hasPrefixAt(s.raw, len(transcriptRule)+1, "Command start time: ")
	case string(line) == transcriptRule:
		s.startOwn(line, offset, truncated, untimed, true, b)
		s.tr.block, s.tr.command = true, false
	case s.tr.block:
		if at, whole := s.joinWhole(line, truncated); whole {
			s.transcriptField(line, at)
		}
	case s.tr.command && transcriptPrompt(line):
		s.join(line, truncated) // the command its invocation header is for
		s.tr.command = false
	case transcriptPrompt(line) || hasPrefixAt(line, 0, "Transcript started, output file is ") || hasPrefixAt(line, 0, "Transcript stopped, output file is "):
		s.startOwn(line, offset, truncated, untimed, true, b) // a command typed, or the transcript's own note
		s.tr.command = false
	default:
		s.join(line, truncated) // a command's output, whatever its shape
	}
	return true
}

// transcriptPrompt reports whether line opens with PowerShell's prompt: "PS C:\Users\ops> ",
// "PS /root> ".
func transcriptPrompt(line []byte) bool {
	if !hasPrefixAt(line, 0, "PS ") {
		return false
	}
	k := bytes.IndexByte(line, '>')
	return k > 3 && (k+1 == len(line) || line[k+1] == ' ')
}

// transcriptField gives the pending block the time or the machine one of its lines names:
// "Start time: 20261129074116", "End time: …", "Command start time: …" (the machine's local
// time), "Machine: WS-0412 (Microsoft Windows NT 10.0.19045.0)".
func (s *Stream) transcriptField(line []byte, at int) {
	if k := bytes.Index(line, []byte("time: ")); k >= 0 && s.rec.Time == 0 {
		if t, ok := compactTime(line[k+len("time: "):]); ok {
			s.rec.Time = s.p.wall.utc(t)
		}
		return
	}
	if hasPrefixAt(line, 0, "Machine: ") && s.rec.Host.End == 0 {
		hs, he := nextToken(line, len("Machine: "))
		if he > hs && hostLike(line[hs:he]) {
			s.rec.Host = Span{int32(at + hs), int32(at + he)}
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
	if y < 1970 || mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || sec > 60 {
		return 0, false
	}
	return (daysFromCivil(y, mo, d)*secPerDay + int64(h*3600+mi*60+sec)) * nsPerSec, true
}
