package filter

import (
	"unsafe"

	"github.com/trawl-dev/trawl/parse"
)

// MatchEntry is Match for an entry that is not in a ring, such as one streaming through the
// headless merge. Query.Sources selects by ring source ID and so does not apply here; a source:
// term does. It allocates nothing for level and text terms.
func (m *Matcher) MatchEntry(e *parse.Entry) bool {
	if !m.levels[e.Level] {
		return false
	}
	for i := range m.sources {
		if m.sources[i].containsIn(readOnly(e.Source)) == m.sources[i].neg {
			return false
		}
	}
	for _, g := range m.rest {
		if !matchEntryGroup(g, e) {
			return false
		}
	}
	return true
}

func matchEntryGroup(g group, e *parse.Entry) bool {
	for i := range g {
		t := &g[i]
		var ok bool
		switch t.kind {
		case kindLevel:
			ok = t.levels[e.Level]
		case kindSource:
			ok = t.containsIn(readOnly(e.Source))
		case kindHost:
			ok = t.containsIn(readOnly(e.Host))
		case kindField:
			ok = t.fieldMatch(e.Format, e.Source, readOnly(e.Raw)) || t.labelMatch(e.Source)
		default:
			ok = t.matchText(readOnly(e.Shown()))
		}
		if ok != t.neg {
			return true
		}
	}
	return false
}

// readOnly views a string's bytes without copying; matchers only read them.
func readOnly(s string) []byte {
	if s == "" {
		return nil
	}
	return unsafe.Slice(unsafe.StringData(s), len(s))
}
