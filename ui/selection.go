package ui

import (
	"slices"

	"github.com/trawl-dev/trawl/filter"
	"github.com/trawl-dev/trawl/parse"
)

// selection is what the user chose to see, shared by every viewer: the levels, the sources
// switched off, the search, and whether the search filters or only highlights.
//
// Sources are chosen by name, the one id of a source that never shifts: a checklist row moves as
// sources come and go, and a ring id does not exist before the source's first entry. hidden is
// sorted and replaced whole on every change, never written in place, since model copies share it.
type selection struct {
	levels   [parse.NumLevels]bool
	minLevel parse.Level // Unknown when no minimum is set
	// beforeErrors holds the levels chosen before "errors only", which its second press gives
	// back; nil when it is not on.
	beforeErrors  *[parse.NumLevels]bool
	hidden        []string
	search        string
	highlightOnly bool
}

func newSelection(search string) selection {
	return selection{levels: filter.AllLevels(), search: search}
}

// isHidden reports whether the source called name is switched off.
func (s selection) isHidden(name string) bool {
	_, found := slices.BinarySearch(s.hidden, name)
	return found
}

// toggleSource switches the source called name off, or on again.
func (s selection) toggleSource(name string) selection {
	i, found := slices.BinarySearch(s.hidden, name)
	if found {
		s.hidden = slices.Delete(slices.Clone(s.hidden), i, i+1)
	} else {
		s.hidden = slices.Insert(slices.Clone(s.hidden), i, name)
	}
	return s
}

// query is the filter query of a viewer over the ring's source names: every source that is not
// switched off, or only the one called only when it is set. The search filters unless it only
// highlights. Sources past the end of the mask count as on, so the mask stops at its last source
// that is off; a source that arrives later needs a new query (see Model.onSourcesChanged).
func (s selection) query(names []string, only string, formats parse.Defined) filter.Query {
	q := filter.Query{Levels: s.levels, Formats: formats}
	if !s.highlightOnly {
		q.Search = s.search
	}
	if len(s.hidden) == 0 && only == "" {
		return q
	}
	last := -1
	mask := make([]bool, len(names))
	for id, name := range names {
		mask[id] = !s.isHidden(name) && (only == "" || name == only)
		if !mask[id] {
			last = id
		}
	}
	if last >= 0 {
		q.Sources = mask[:last+1]
	}
	return q
}

// highlighter compiles the search alone, for highlighting matches and for n and N; nil without a
// search. Its error is the search's, shown in the status bar.
func (s selection) highlighter(formats parse.Defined) (*filter.Matcher, error) {
	if s.search == "" {
		return nil, nil
	}
	return filter.Compile(filter.Query{Levels: filter.AllLevels(), Search: s.search, Formats: formats})
}

// filtersNothing reports whether the selection lets every entry of a source that is on through:
// no search that filters, every level on.
func (s selection) filtersNothing() bool {
	return (s.search == "" || s.highlightOnly) && s.levels == filter.AllLevels()
}

// onlyErrors shows the errors and worse, or, when it does already, the levels chosen before.
func (s selection) onlyErrors() selection {
	if s.minLevel == parse.Error && s.beforeErrors != nil {
		s.levels, s.minLevel, s.beforeErrors = *s.beforeErrors, parse.Unknown, nil
		return s
	}
	if s.minLevel == parse.Error {
		return s.setMinLevel(parse.Unknown)
	}
	before := s.levels
	s = s.setMinLevel(parse.Error)
	s.beforeErrors = &before
	return s
}

// setMinLevel enables exactly the levels at or above min; Unknown enables every level.
func (s selection) setMinLevel(min parse.Level) selection {
	s.minLevel, s.beforeErrors = min, nil
	for l := range s.levels {
		s.levels[l] = min == parse.Unknown || (l != int(parse.Unknown) && l >= int(min))
	}
	return s
}

// toggleLevel switches one level; the minimum level is then the one the set describes, if any
// (toggled off and on again, a level leaves it as it was).
func (s selection) toggleLevel(l int) selection {
	s.levels[l] = !s.levels[l]
	s.minLevel, s.beforeErrors = parse.Unknown, nil
	for _, m := range minLevelCycle[1:] {
		if s.setMinLevel(m).levels == s.levels {
			s.minLevel = m
		}
	}
	return s
}
