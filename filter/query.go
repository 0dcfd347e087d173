// Package filter owns trawl's query language and its evaluation: it compiles a Query into a
// Matcher, evaluates a Matcher over a ring snapshot into a View (the matching entries in timeline
// order), keeps a View current as the ring grows and evicts, and reports match positions for
// highlighting. It renders nothing and holds no UI state.
//
// Guarantees:
//   - A View is immutable once returned: its methods return new Views, and a reader holding one
//     may use it from any goroutine while newer Views are derived from it.
//   - Evaluate uses every processor (runtime.GOMAXPROCS) and gives the same View whatever their
//     number; it looks at its context before every block of entries and every entry it tests, and
//     returns ctx.Err() promptly when cancelled.
//   - Evaluate's progress callback first receives the newest matches (a suffix of the final
//     result), so a UI that follows the end of the log can draw a screen before the scan finishes.
//   - Update costs work proportional to the entries that arrived or were evicted, not to the
//     size of the View.
//   - Nothing panics on any query text or any log content.
//
// # Query language
//
// The search text follows fzf's extended search syntax, with quoted phrases. Space-separated
// terms are ANDed; a lone "|" between terms ORs its neighbours ("a | b c" is (a OR b) AND c). A
// backslash before a space makes it part of the term (see Escape). Text terms match the entry's
// message only (continuation lines of multi-line entries included), not its source name, host or
// timestamp; use the field terms for those.
//
//	abc       fuzzy: the characters a, b, c in this order, anywhere in the message
//	'abc      exact: the substring "abc"
//	'a b c'   a phrase: the substring "a b c", spaces included, up to the closing quote at a
//	          word's end; without it, 'a b c is the exact a and the fuzzy b and c, as in fzf
//	"a b"     a phrase, to the closing double quote (or the end, while typed); !"a b" excludes it
//	^abc      prefix: the message starts with "abc"
//	abc$      suffix: the message ends with "abc" (the end of its last line)
//	^abc$     the whole message is "abc"
//	!abc      excludes messages containing "abc" (also !^abc, !abc$ and !/re/)
//	!'abc     excludes fuzzy matches of abc, as in fzf (the quote flips exactness)
//	/re/      a Go (RE2) regular expression; slashes inside are written \/
//	level:error, level:>=warn, level:warn,error    by severity (names, aliases, unique prefixes)
//	source:nginx   the source name contains "nginx"
//	host:web1      the entry's host contains "web1"
//	key:value      a parsed field named key (any case) whose value contains value
//
// Case is smart, per term, as in fzf: a term with no upper-case letter ignores case, a term with
// one respects it. Regular expressions follow the same rule (an escape such as \S does not count
// as upper case); (?i) and (?-i) inside the pattern override it. A field term applies to every
// entry; to search message text that looks like one (say "http://x"), quote it: 'http://x.
//
// Terms that are still being typed match everything rather than nothing: an empty term ("!", "^",
// "level:"), a trailing "|", and a "/re" without its closing slash (which is plain text).
package filter

import (
	"fmt"
	"strings"

	"github.com/trawl-dev/trawl/parse"
)

// Query is everything that selects entries: the level and source toggles and the search text.
type Query struct {
	Levels  [parse.NumLevels]bool // enabled levels, indexed by parse.Level; AllLevels() enables every one
	Sources []bool                // enabled sources by ring SourceID; a missing index means enabled
	Search  string                // the search text (fzf extended syntax + field terms + /regex/)
	Formats parse.Defined         // the run's formats defined without code: their entries' fields
}

// Escape returns text as the operand of one term, so that "source:"+Escape(name) selects the
// sources whose name contains name, spaces included: a backslash before a space or a tab keeps the
// term from being split there (see tokenize). A backslash anywhere else is already plain text.
func Escape(text string) string {
	if !strings.ContainsAny(text, " \t") {
		return text
	}
	var b strings.Builder
	for i := 0; i < len(text); i++ {
		if isSpace(text[i]) {
			b.WriteByte('\\')
		}
		b.WriteByte(text[i])
	}
	return b.String()
}

// AllLevels enables every level, Unknown included.
func AllLevels() [parse.NumLevels]bool {
	var l [parse.NumLevels]bool
	for i := range l {
		l[i] = true
	}
	return l
}

// SyntaxError reports a search text that cannot be compiled. Pos is the byte offset in
// Query.Search where the offending term starts; Err, when set, is the underlying cause (such as
// a *regexp/syntax.Error).
type SyntaxError struct {
	Pos int
	Col int // the column Pos is at, counted in characters from 1; 0 when unknown
	Msg string
	Err error
}

func (e *SyntaxError) Error() string {
	col := e.Col
	if col == 0 {
		col = e.Pos + 1
	}
	return fmt.Sprintf("search: %s at column %d", e.Msg, col)
}

func (e *SyntaxError) Unwrap() error { return e.Err }
