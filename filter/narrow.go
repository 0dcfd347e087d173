package filter

import (
	"slices"
	"strings"

	"github.com/trawl-dev/trawl/parse"
)

// Narrows reports whether every entry m matches is also matched by prev, so that prev's result
// can be refined instead of recomputed. It is conservative: true means certainly, false means
// not known. Typing more characters into the last term, adding terms, and turning levels or
// sources off all narrow.
func (m *Matcher) Narrows(prev *Matcher) bool {
	if prev == nil {
		return false
	}
	for l := range parse.NumLevels {
		if m.q.Levels[l] && !prev.q.Levels[l] {
			return false
		}
	}
	for id := range max(len(m.q.Sources), len(prev.q.Sources)) {
		if enabled(m.q.Sources, id) && !enabled(prev.q.Sources, id) {
			return false
		}
	}
	// Each of prev's groups must be implied by one of m's.
	for _, pg := range prev.groups {
		implied := false
		for _, g := range m.groups {
			if g.implies(pg) {
				implied = true
				break
			}
		}
		if !implied {
			return false
		}
	}
	return true
}

func enabled(sources []bool, id int) bool { return id >= len(sources) || sources[id] }

// implies reports whether an entry matching g certainly matches p: every alternative of g
// implies some alternative of p.
func (g group) implies(p group) bool {
	for i := range g {
		ok := false
		for j := range p {
			if g[i].implies(&p[j]) {
				ok = true
				break
			}
		}
		if !ok {
			return false
		}
	}
	return true
}

// implies reports whether a match of t certainly is a match of p.
func (t *term) implies(p *term) bool {
	switch {
	case t.neg || p.neg || t.kind == kindRegex || p.kind == kindRegex:
		return t.same(p)
	case t.kind == kindLevel || p.kind == kindLevel:
		return t.kind == p.kind && subset(t.levels, p.levels)
	case t.fold && !p.fold:
		// A case-sensitive match is also a case-insensitive one, not the reverse.
		return false
	}
	a, b := t.text, p.text
	if p.fold {
		a, b = strings.ToLower(a), strings.ToLower(b)
	}
	if t.kind > kindRegex || p.kind > kindRegex {
		// Source, host and field terms narrow when the same attribute's needle grows.
		return t.kind == p.kind && t.key == p.key && strings.Contains(a, b)
	}
	switch p.kind {
	case kindFuzzy:
		return isSubsequence(b, a)
	case kindExact:
		return t.kind != kindFuzzy && strings.Contains(a, b)
	case kindPrefix:
		return (t.kind == kindPrefix || t.kind == kindEqual) && strings.HasPrefix(a, b)
	case kindSuffix:
		return (t.kind == kindSuffix || t.kind == kindEqual) && strings.HasSuffix(a, b)
	case kindEqual:
		return t.kind == kindEqual && a == b
	}
	return false
}

func subset(a, b [parse.NumLevels]bool) bool {
	for l := range a {
		if a[l] && !b[l] {
			return false
		}
	}
	return true
}

// same reports whether two terms test the same thing.
func (t *term) same(p *term) bool {
	return t.kind == p.kind && t.neg == p.neg && t.text == p.text && t.fold == p.fold &&
		t.key == p.key && t.levels == p.levels
}

// isSubsequence reports whether the runes of sub occur in s in order. Invalid UTF-8 decodes to
// U+FFFD on both sides, as it does when matching.
func isSubsequence(sub, s string) bool {
	rs := []rune(s)
	for _, r := range sub {
		i := slices.Index(rs, r)
		if i < 0 {
			return false
		}
		rs = rs[i+1:]
	}
	return true
}
