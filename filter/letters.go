package filter

import "github.com/trawl-dev/trawl/parse/ring"

// letters returns the ASCII letters (as ring.LetterBit bits) that any message matching the group
// contains: those every one of its terms needs. ascii holds for a message of ASCII bytes alone;
// any holds for every message, and leaves out letters that may also match as a non-ASCII
// character (k as the Kelvin sign, s as the long s, when case is ignored).
func (g group) letters() (ascii, any uint32) {
	if len(g) == 0 {
		return 0, 0
	}
	ascii, any = ^uint32(0), ^uint32(0)
	for i := range g {
		a, n := g[i].letters()
		ascii, any = ascii&a, any&n
	}
	return ascii, any
}

// letters is group.letters for one term. A negated term, or one that does not read the message,
// needs none.
func (t *term) letters() (ascii, any uint32) {
	if t.neg {
		return 0, 0
	}
	switch t.kind {
	case kindFuzzy:
		return charLetters(t.chars)
	case kindExact, kindPrefix, kindSuffix, kindEqual:
		return charLetters(newChars(t.text, t.fold))
	case kindRegex:
		if t.pre != nil {
			return charLetters(newChars(string(t.pre.lit.needle), t.pre.lit.fold))
		}
	}
	return 0, 0
}

// charLetters returns the letters among chars, each of which stands for itself in either case.
func charLetters(chars []char) (ascii, any uint32) {
	for _, c := range chars {
		if !c.ascii {
			continue
		}
		bit := ring.LetterBit(c.lo)
		ascii |= bit
		if c.multi == nil {
			any |= bit
		}
	}
	return ascii, any
}

// sketched reports whether an entry's sketch alone decides the group: a lone fuzzy term of one
// letter, ignoring case, which matches exactly the messages that contain the letter (k and s,
// which may also match as a non-ASCII character, are left to the text).
func (g group) sketched() bool {
	if len(g) != 1 {
		return false
	}
	t := &g[0]
	return t.kind == kindFuzzy && !t.neg && t.fold && len(t.chars) == 1 && t.chars[0].multi == nil &&
		t.chars[0].ascii && ring.LetterBit(t.chars[0].lo) != 0
}

// readsMessage reports whether a term of the group tests the message text.
func (g group) readsMessage() bool {
	for i := range g {
		switch g[i].kind {
		case kindFuzzy, kindExact, kindPrefix, kindSuffix, kindEqual, kindRegex:
			return true
		}
	}
	return false
}

// pairs returns the pairs of letters (as ring.PairBit bits) that stand next to each other in any
// ASCII message matching the group: those every one of its terms needs.
func (g group) pairs() uint32 {
	if len(g) == 0 {
		return 0
	}
	need := ^uint32(0)
	for i := range g {
		need &= g[i].pairs()
	}
	return need
}

// pairs is group.pairs for one term: the neighbouring letters of a text searched as written (a
// fuzzy term's letters may stand apart). A negated term needs none.
func (t *term) pairs() uint32 {
	if t.neg {
		return 0
	}
	switch t.kind {
	case kindExact, kindPrefix, kindSuffix, kindEqual:
		return textPairs(t.text)
	case kindRegex:
		if t.pre != nil {
			return textPairs(string(t.pre.lit.needle))
		}
	}
	return 0
}

// textPairs returns the pairs of ASCII letters that stand next to each other in s.
func textPairs(s string) uint32 {
	var need uint32
	for i := 1; i < len(s); i++ {
		need |= ring.PairBit(s[i-1], s[i])
	}
	return need
}
