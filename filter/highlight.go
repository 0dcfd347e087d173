package filter

import (
	"slices"
	"unicode/utf8"

	"github.com/sahilm/fuzzy"
)

// maxHighlights bounds the positions reported for one text, so that a regular expression such
// as /./ over a megabyte-long stack trace costs no more than a screen needs.
const maxHighlights = 4096

// Highlights returns the byte offsets of the characters in text (an entry's message) that the
// search's positive text terms match, sorted and without duplicates; each offset is the first
// byte of a character. Fuzzy terms mark the characters sahilm/fuzzy chooses (the best-scoring
// placement, not merely the leftmost); exact terms and regular expressions mark every
// non-overlapping occurrence; prefix and suffix terms mark the matched start or end. Excluding
// terms and field terms mark nothing.
func (m *Matcher) Highlights(text []byte) []int {
	var out []int
	for _, g := range m.groups {
		for i := range g {
			if len(out) >= maxHighlights {
				break
			}
			if !g[i].neg {
				out = g[i].highlight(text, out)
			}
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// highlight appends the positions term t matches in text.
func (t *term) highlight(text []byte, out []int) []int {
	switch t.kind {
	case kindFuzzy:
		return append(out, t.fuzzyPositions(text)...)
	case kindRegex:
		return appendRanges(out, text, t.re.FindAllIndex(text, maxHighlights))
	case kindExact, kindPrefix, kindSuffix, kindEqual:
	default:
		return out
	}
	if t.re != nil {
		return appendRanges(out, text, t.re.FindAllIndex(text, maxHighlights))
	}
	n := len(t.sub.needle)
	switch t.kind {
	case kindPrefix, kindEqual:
		if t.matchText(text) {
			return appendRange(out, text, 0, n)
		}
	case kindSuffix:
		if t.sub.suffixOf(text) {
			return appendRange(out, text, len(text)-n, len(text))
		}
	case kindExact:
		for off := 0; off <= len(text) && len(out) < maxHighlights; {
			i := t.sub.index(text[off:])
			if i < 0 {
				break
			}
			out = appendRange(out, text, off+i, off+i+n)
			off += i + max(n, 1)
		}
	}
	return out
}

// fuzzyPositions places a fuzzy term with sahilm/fuzzy's scoring. That library always ignores
// case and stops at a NUL byte; when its placement does not satisfy a case-sensitive term, or it
// finds none, the leftmost placement is used.
func (t *term) fuzzyPositions(text []byte) []int {
	ms := fuzzy.Find(t.text, []string{string(text)})
	if len(ms) == 1 && len(ms[0].MatchedIndexes) == len(t.chars) {
		ok := true
		for i, at := range ms[0].MatchedIndexes {
			if j, _ := t.chars[i].index(text[at:]); j != 0 {
				ok = false
				break
			}
		}
		if ok {
			return ms[0].MatchedIndexes
		}
	}
	return subsequencePositions(text, t.chars)
}

func appendRanges(out []int, text []byte, ranges [][]int) []int {
	for _, r := range ranges {
		out = appendRange(out, text, r[0], r[1])
	}
	return out
}

// appendRange appends the start offset of every character in text[start:end].
func appendRange(out []int, text []byte, start, end int) []int {
	for i := start; i < end && len(out) < maxHighlights; {
		out = append(out, i)
		_, n := utf8.DecodeRune(text[i:])
		i += n
	}
	return out
}
