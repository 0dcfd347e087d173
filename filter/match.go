package filter

import (
	"cmp"
	"slices"

	"github.com/trawl-dev/trawl/parse"
	"github.com/trawl-dev/trawl/parse/ring"
)

// Matcher is a compiled Query. It is immutable and safe for concurrent use.
type Matcher struct {
	q      Query
	groups []group // every group of the search, as typed (for Narrows)
	// levels is Query.Levels narrowed by the search's own level terms that stand alone (not in an
	// OR group), so that most level terms cost one table lookup per entry.
	levels [parse.NumLevels]bool
	// sources are the stand-alone source terms, applied per snapshot as a table by source ID.
	sources []term
	// rest are the remaining groups, cheapest first.
	rest []group
	// need is the set of letters (see ring.Sketch) that the message of an ASCII entry must
	// contain to match; needAny is the same for any entry (see group.letters). needPairs are the
	// pairs of neighbouring letters an ASCII entry's message must hold (see group.pairs).
	need, needAny, needPairs uint32
	// unsketched are the groups of rest that an entry's sketch does not decide alone;
	// readsMessage is set when one of their terms reads the message.
	unsketched   []group
	readsMessage bool
}

// Compile parses the query's search text. The error is a *SyntaxError.
func Compile(q Query) (*Matcher, error) {
	groups, err := parseSearch(q.Search)
	if err != nil {
		return nil, err
	}
	q.Sources = slices.Clone(q.Sources)
	m := &Matcher{q: q, groups: groups, levels: q.Levels}
	for _, g := range groups {
		for i := range g {
			g[i].defined = q.Formats
		}
	}
	for _, g := range groups {
		switch {
		case len(g) == 1 && g[0].kind == kindLevel:
			for l := range m.levels {
				m.levels[l] = m.levels[l] && g[0].levels[l] != g[0].neg
			}
		case len(g) == 1 && g[0].kind == kindSource:
			m.sources = append(m.sources, g[0])
		default:
			m.rest = append(m.rest, g)
			ascii, any := g.letters()
			m.need, m.needAny, m.needPairs = m.need|ascii, m.needAny|any, m.needPairs|g.pairs()
		}
	}
	slices.SortStableFunc(m.rest, func(a, b group) int { return cmp.Compare(a.cost(), b.cost()) })
	for _, g := range m.rest {
		if !g.sketched() {
			m.unsketched = append(m.unsketched, g)
			m.readsMessage = m.readsMessage || g.readsMessage()
		}
	}
	return m, nil
}

// Query returns the query the matcher was compiled from.
func (m *Matcher) Query() Query {
	q := m.q
	q.Sources = slices.Clone(q.Sources)
	return q
}

// cost ranks a group by how expensive its most expensive term is to test.
func (g group) cost() int {
	c := 0
	for i := range g {
		tc := 0
		switch g[i].kind {
		case kindLevel, kindSource, kindHost:
			tc = 0
		case kindExact, kindPrefix, kindSuffix, kindEqual:
			tc = 1
		case kindFuzzy:
			tc = 2 + len(g[i].chars)/4
		case kindRegex:
			tc = 10
		case kindField:
			tc = 20
		}
		c = max(c, tc)
	}
	return c
}

// Match reports whether the entry seq of s matches. It is meant for single entries; Evaluate
// and Update are the fast paths for many.
func (m *Matcher) Match(s *ring.Snapshot, seq uint64) bool {
	if !s.Has(seq) {
		return false
	}
	return m.plan(s).match(seq)
}

// plan is a matcher bound to one snapshot: what depends on the snapshot's sources is computed
// once per evaluation instead of once per entry.
type plan struct {
	m     *Matcher
	s     *ring.Snapshot
	srcOK []bool // by source ID; nil when every source passes
}

func (m *Matcher) plan(s *ring.Snapshot) *plan {
	p := &plan{m: m, s: s}
	if !slices.Contains(m.q.Sources, false) && len(m.sources) == 0 {
		return p
	}
	names := s.Sources()
	p.srcOK = make([]bool, len(names))
	for id, name := range names {
		ok := id >= len(m.q.Sources) || m.q.Sources[id]
		for i := 0; ok && i < len(m.sources); i++ {
			ok = m.sources[i].containsIn([]byte(name)) != m.sources[i].neg
		}
		p.srcOK[id] = ok
	}
	return p
}

// entry is one entry under test; its message is read only when a term needs it.
type entry struct {
	s     *ring.Snapshot
	seq   uint64
	level parse.Level
	msg   []byte
	read  bool
}

func (e *entry) message() []byte {
	if !e.read {
		e.msg, e.read = e.s.Shown(e.seq), true
	}
	return e.msg
}

// match tests a held entry: level and letters first from its sketch, then the rest.
func (p *plan) match(seq uint64) bool {
	k := p.s.Sketch(seq)
	return p.admits(k) && p.matchEntry(&entry{s: p.s, seq: seq, level: k.Level()})
}

// admits tests what an entry's sketch tells: its level, and the letters the text terms need.
func (p *plan) admits(k ring.Sketch) bool {
	return p.m.levels[k.Level()] && p.m.mayContain(k)
}

// matchEntry tests an entry its sketch admits: its source (one lookup), then the text terms the
// sketch does not decide.
func (p *plan) matchEntry(e *entry) bool {
	if p.srcOK != nil {
		if id := p.s.SourceID(e.seq); id < 0 || id >= len(p.srcOK) || !p.srcOK[id] {
			return false
		}
	}
	for _, g := range p.m.unsketched {
		if !p.matchGroup(g, e) {
			return false
		}
	}
	return true
}

// mayContain reports whether an entry with sketch k has every letter, and every pair of
// neighbouring letters, the text terms need; when it has not, it cannot match and its text need
// not be read.
func (m *Matcher) mayContain(k ring.Sketch) bool {
	if !k.ASCII() {
		// (Its letters may stand for a non-ASCII form of theirs, the Kelvin sign for k, and its
		// pairs with them.)
		return k.Letters()&m.needAny == m.needAny
	}
	return k.Letters()&m.need == m.need && k.Pairs()&m.needPairs == m.needPairs
}

func (p *plan) matchGroup(g group, e *entry) bool {
	for i := range g {
		if p.matchTerm(&g[i], e) != g[i].neg {
			return true
		}
	}
	return false
}

// matchTerm tests a term, ignoring its negation.
func (p *plan) matchTerm(t *term, e *entry) bool {
	switch t.kind {
	case kindLevel:
		return t.levels[e.level]
	case kindSource:
		id := p.s.SourceID(e.seq)
		names := p.s.Sources()
		return id >= 0 && id < len(names) && t.containsIn([]byte(names[id]))
	case kindHost:
		return t.containsIn(p.s.Host(e.seq))
	case kindField:
		// Entry shares the ring's memory, so this costs no copy; it is the way to the format.
		ent, ok := p.s.Entry(e.seq)
		return ok && (t.fieldMatch(ent.Format, ent.Source, p.s.Raw(e.seq)) || t.labelMatch(ent.Source))
	}
	return t.matchText(e.message())
}

// matchText tests a message term against text.
func (t *term) matchText(msg []byte) bool {
	switch t.kind {
	case kindFuzzy:
		return subsequence(msg, t.chars)
	case kindRegex:
		return (t.pre == nil || t.pre.maybe(msg)) && t.re.Match(msg)
	}
	if t.re != nil {
		return t.re.Match(msg)
	}
	switch t.kind {
	case kindPrefix:
		return t.sub.prefixOf(msg)
	case kindSuffix:
		return t.sub.suffixOf(msg)
	case kindEqual:
		return t.sub.equal(msg)
	}
	return t.sub.index(msg) >= 0
}

// containsIn tests a substring term (exact, source, host, field value) against text.
func (t *term) containsIn(text []byte) bool {
	if t.re != nil {
		return t.re.Match(text)
	}
	return t.sub.index(text) >= 0
}
