package parse

import "hash/maphash"

// A host learned per source. A stored RFC 3164 line names its host in the word after the time,
// but a program that stamps its own lines in the BSD spelling writes none there: "Nov 30
// 07:34:57 Unable to open …" (PowerDNS in the foreground) begins a sentence. On one line a plain
// word with no tag after it cannot be told from a device that names itself so ("NAS started
// backup job", MikroTik's "Router system,error …"); over a source's lines it can: a host is a name
// that repeats, and a sentence's first word is a new one on most lines. Rejecting such lines as
// syslog instead would change the format the source is read as, and its tagged lines would lose
// their program and pid.

const (
	// hostWordsMin is how many weak lines a source shows before its verdict: three sentences in
	// a row open with three different words more often than three devices write untagged lines.
	hostWordsMin = 3
	// hostWordsMax is how many distinct words are remembered; the verdict is fixed once a source
	// has shown that many weak lines, so a long run of sentences stays sentences.
	hostWordsMax = 16
)

var hostWordSeed = maphash.MakeSeed()

// hostWords is one source's evidence on its weak host words (see weakHost).
type hostWords struct {
	lines    int // weak lines seen, up to hostWordsMax
	distinct int
	words    [hostWordsMax]uint64 // hashes of the distinct words
	from     int64                // the offset of the first weak line
	prose    bool                 // the verdict: the word is a sentence's, not a host
}

// observe counts a weak line's word and reports whether the verdict turned to prose with it.
func (h *hostWords) observe(word []byte, offset int64) (turned bool) {
	if h.lines >= hostWordsMax {
		return false
	}
	if h.lines == 0 {
		h.from = offset
	}
	h.lines++
	sum := maphash.Bytes(hostWordSeed, word)
	known := false
	for _, w := range h.words[:h.distinct] {
		known = known || w == sum
	}
	if !known {
		h.words[h.distinct] = sum
		h.distinct++
	}
	was := h.prose
	h.prose = h.lines >= hostWordsMin && h.distinct*4 >= h.lines*3
	return h.prose && !was
}

// weakHost reports whether rec, read from raw, names its host only by a plain word with no tag
// after it, in a stored line (no PRI: a sender on the wire writes a host by the RFC), and returns
// the word.
func weakHost(raw []byte, rec *Record) ([]byte, bool) {
	if rec.Format != FormatRFC3164 || rec.Host.End == 0 || rec.Unescaped != nil {
		return nil, false
	}
	w := rec.Host.Of(raw)
	if len(w) == 0 || !isAlpha(w[0]) || hostName(w) {
		return nil, false
	}
	msg := int(rec.Message.Start)
	if msg != skipBlanks(raw, int(rec.Host.End)) || byteAt(raw, msg) == '%' {
		return nil, false // a tag, a facility or a message id followed: a header
	}
	if pri, _ := syslogPRI(raw); pri >= 0 {
		return nil, false
	}
	return w, true
}

// asProse makes a weak host word the first word of the message.
func asProse(host, msg *Span) {
	msg.Start, *host = host.Start, Span{}
}

// learnHost shows the learner the pending record and applies the source's verdict to it; when the
// verdict turns to prose, the source's weak entries of the batch since its first weak line are
// read again.
func (s *Stream) learnHost(rec *Record, b *Batch) {
	word, weak := weakHost(s.raw, rec)
	if !weak {
		return
	}
	if s.hosts.observe(word, s.offset) && b.Source == s.source {
		from := s.hosts.from
		for i := len(b.Items) - 1; i >= 0 && b.Items[i].Offset >= from; i-- {
			it := &b.Items[i]
			raw := it.Raw.Of(b.Data)
			if it.Message.Start < it.Raw.Start || it.Message.End > it.Raw.End {
				continue // a decoded message, stored after the text
			}
			base := it.Raw.Start
			r := Record{Format: it.Format, Host: Span{it.Host.Start - base, it.Host.End - base}, Message: Span{it.Message.Start - base, it.Message.End - base}}
			if _, ok := weakHost(raw, &r); ok {
				asProse(&it.Host, &it.Message)
			}
		}
	}
	if s.hosts.prose {
		asProse(&rec.Host, &rec.Message)
	}
}
