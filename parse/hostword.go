package parse

import (
	"bytes"
	"hash/maphash"
)

// A host learned per source. A stored RFC 3164 line names its host in the word after the time,
// but a program that stamps its own lines in the BSD spelling writes none there: "Nov 30
// 07:34:57 Unable to open …" (PowerDNS in the foreground) begins a sentence. On one line a
// capitalized word with no tag after it cannot be told from a device that names itself so ("NAS
// started backup job", MikroTik's "Router system,error …"); over a source's lines it can: a host
// is a name that repeats, and a sentence opens with a new word on most lines, none of them
// opening most. A word in lower case is a host's name ("gateway link up"), never a
// sentence's opening. Rejecting such lines as syslog instead would change the format the source
// is read as, and its tagged lines would lose their program and pid.

const (
	// hostWordsMin is how many different words a source's weak lines show before its verdict.
	// Two devices named like words that write untagged lines lose their names for it, which is
	// better than a sentence's first word printed as a host.
	hostWordsMin = 2
	// hostWordsMax is how many distinct words are counted; the verdict is fixed once a source
	// has shown hostWordsFixed weak lines.
	hostWordsMax   = 16
	hostWordsFixed = 64
)

var hostWordSeed = maphash.MakeSeed()

// hostWords is one source's evidence on its weak host words (see weakHost).
type hostWords struct {
	lines    int // weak lines seen, up to hostWordsFixed
	distinct int
	words    [hostWordsMax]uint64 // hashes of the distinct words
	counts   [hostWordsMax]int    // how many lines opened with each
	from     int64                // the offset of the first weak line
	prose    bool                 // the verdict: the word is a sentence's, not a host
	capitals bool                 // a line opening with capitals has been seen (see capitalsOpening)
	capsFrom int64                // the offset of the first such line
}

// observe counts a weak line's word and reports whether the verdict turned to prose with it.
// The verdict is prose when two words or more have been seen and none opened two lines in
// three; once given it stands, so that lines of one shape read alike throughout the source.
func (h *hostWords) observe(word []byte, offset int64) (turned bool) {
	if h.lines >= hostWordsFixed || h.prose {
		return false
	}
	if h.lines == 0 {
		h.from = offset
	}
	h.lines++
	sum := maphash.Bytes(hostWordSeed, word)
	k := 0
	for k < h.distinct && h.words[k] != sum {
		k++
	}
	if k == h.distinct && h.distinct < hostWordsMax {
		h.words[k] = sum
		h.distinct++
	}
	top := 0
	if k < h.distinct {
		h.counts[k]++
	}
	for _, c := range h.counts[:h.distinct] {
		top = max(top, c)
	}
	h.prose = h.distinct >= hostWordsMin && top*3 < h.lines*2
	return h.prose
}

// weakHost reports whether rec, read from raw, names its host only by a word that may open a
// sentence, with no tag after it, in a stored line (no PRI: a sender on the wire writes a host by
// the RFC), and returns the word.
func weakHost(raw []byte, rec *Record) ([]byte, bool) {
	if rec.Format != FormatRFC3164 || rec.Host.End <= rec.Host.Start || rec.Unescaped != nil {
		return nil, false
	}
	w := rec.Host.Of(raw)
	if !sentenceOpening(w) {
		return nil, false // a name in lower case or in capitals, a name with digits, dashes or dots
	}
	msg := int(rec.Message.Start)
	if msg != skipBlanks(raw, int(rec.Host.End)) || byteAt(raw, msg) == '%' || topics(raw, msg) {
		return nil, false // a tag, a facility, a message id or RouterOS's topics followed: a header
	}
	if pri, _ := syslogPRI(raw); pri >= 0 {
		return nil, false
	}
	return w, true
}

// sentenceOpening reports whether w may open a sentence: letters, the first a capital, and a
// lower-case one among the rest ("Unable", "PowerDNS"), not "NAS" or "gateway".
func sentenceOpening(w []byte) bool {
	if len(w) < 2 || w[0] < 'A' || w[0] > 'Z' || !isAlphaWord(w) {
		return false
	}
	return hasLower(w)
}

// topics reports whether the word at raw[i:] is RouterOS's list of topics ("system,info,account"):
// lower-case words joined by commas, which follow the router's name.
func topics(raw []byte, i int) bool {
	s, e := nextToken(raw, i)
	w := raw[s:e]
	if bytes.IndexByte(w, ',') <= 0 {
		return false
	}
	level := false
	for len(w) > 0 {
		part, rest, _ := bytes.Cut(w, []byte{','})
		if !isLowerWord(part) {
			return false
		}
		_, isLevel := ParseLevel(part)
		level, w = level || isLevel, rest
	}
	return level // RouterOS always names a severity among them: "Users alice,bob …" is prose
}

// asProse makes a weak host word the first word of the message.
func asProse(host, msg *Span) {
	msg.Start, *host = host.Start, Span{}
}

// learnHost shows the learner the pending record and applies the source's verdict to it; when the
// verdict turns to prose, the source's weak entries of the batch since its first weak line (or
// its first line opening with capitals, see capitalsOpening) are read again.
func (s *Stream) learnHost(rec *Record, b *Batch) {
	if capitalsOpening(s.raw, rec) {
		if s.hosts.prose {
			asProse(&rec.Host, &rec.Message)
		} else if !s.hosts.capitals {
			s.hosts.capitals, s.hosts.capsFrom = true, s.offset
		}
		return
	}
	word, weak := weakHost(s.raw, rec)
	if !weak {
		return
	}
	if s.hosts.observe(word, s.offset) && b.Source == s.source {
		from := s.hosts.from
		if s.hosts.capitals {
			from = min(from, s.hosts.capsFrom)
		}
		for i := len(b.Items) - 1; i >= 0 && b.Items[i].Offset >= from; i-- {
			it := &b.Items[i]
			if it.Host.End <= it.Host.Start || it.Message.Start < it.Raw.Start || it.Message.End > it.Raw.End {
				continue // no host (read as prose already), or a decoded message stored after the text
			}
			base := it.Raw.Start
			r := Record{Format: it.Format, Host: Span{it.Host.Start - base, it.Host.End - base}, Message: Span{it.Message.Start - base, it.Message.End - base}}
			if _, ok := weakHost(it.Raw.Of(b.Data), &r); ok || capitalsOpening(it.Raw.Of(b.Data), &r) {
				asProse(&it.Host, &it.Message)
			}
		}
	}
	if s.hosts.prose {
		asProse(&rec.Host, &rec.Message)
	}
}

// capitalsOpening reports whether rec, read from raw, names its host only by a word in capitals
// with a word in lower case after it and no tag, in a stored line: PowerDNS's "Nov 30 07:34:57
// UDP server bound to 127.0.0.1:53". The verdict is not learned from such lines (a device may
// name itself so, "NAS started backup job"), but in a source whose untagged lines open sentences
// they open one too. Before a capitalized word capitals stay a device's name ("GATEWAY Link up").
func capitalsOpening(raw []byte, rec *Record) bool {
	if rec.Format != FormatRFC3164 || rec.Host.End <= rec.Host.Start || rec.Unescaped != nil {
		return false
	}
	w := rec.Host.Of(raw)
	msg := int(rec.Message.Start)
	if !isAlphaWord(w) || !isUpperWord(w) || msg != skipBlanks(raw, int(rec.Host.End)) {
		return false // a tag or anything else followed: a header
	}
	ws, we := nextToken(raw, msg)
	if we == ws || !isLowerWord(raw[ws:we]) {
		return false
	}
	pri, _ := syslogPRI(raw)
	return pri < 0
}
