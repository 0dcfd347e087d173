package filter

import (
	"errors"
	"regexp/syntax"
	"strings"
	"testing"
)

func TestParseSearch(t *testing.T) {
	tests := []struct {
		in, want, why string
	}{
		{"", "", "empty search matches everything"},
		{"abc", "fuzzy:abc", "plain terms are fuzzy"},
		{"Abc", "fuzzy/case:Abc", "smart case: an upper-case letter makes a term case-sensitive"},
		{"'abc", "exact:abc", "quote: exact substring"},
		{"^abc", "prefix:abc", "caret: prefix"},
		{"abc$", "suffix:abc", "dollar: suffix"},
		{"^abc$", "equal:abc", "both anchors: the whole message"},
		{"'abc$", "exact:abc", "fzf: the quote wins over a dollar"},
		{"!abc", "!exact:abc", "bang: excludes an exact substring"},
		{"!^abc", "!prefix:abc", "excluded prefix"},
		{"!abc$", "!suffix:abc", "excluded suffix"},
		{"!'abc", "!fuzzy:abc", "fzf: the quote flips an excluded term to fuzzy"},
		{"a b  c", "fuzzy:a & fuzzy:b & fuzzy:c", "spaces AND terms"},
		{"a | b c", "fuzzy:a | fuzzy:b & fuzzy:c", "a pipe ORs its neighbours"},
		{"a | ^b | c$", "fuzzy:a | prefix:b | suffix:c", "OR chains"},
		{"a |", "fuzzy:a", "a trailing pipe is still being typed"},
		{"| a", "fuzzy:| & fuzzy:a", "a leading pipe is text, as in fzf"},
		{`a\ b`, "fuzzy:a b", "an escaped space is part of the term"},
		{"! ^ ' $", "fuzzy:$", "empty terms are ignored; a lone dollar is text"},
		{"/a.c/", "regex:a.c", "slashes: regular expression"},
		{"/a c/ d", "regex:a c & fuzzy:d", "a regex may hold spaces"},
		{"!/x+/", "!regex:x+", "excluded regex"},
		{"/A.c/", "regex/case:A.c", "smart case applies to regexes"},
		{`/\S+/`, `regex:\S+`, "escapes do not count as upper case"},
		{`/a\/b/`, `regex:a\/b`, "an escaped slash stays inside"},
		{"/var/log", "fuzzy:/var/log", "a path is text: no closing slash at a word end"},
		{"/var/log/", "fuzzy:/var/log/", "an inner unescaped slash makes it text too"},
		{"//", "fuzzy://", "an empty regex is text"},
		{"level:error", "level:error", "level by name"},
		{"level:ERR", "level:error", "level aliases, any case"},
		{"level:wa", "level:warn", "a unique prefix while typing"},
		{"level:>=warn", "level:warn,error,critical,alert,emergency", "at least"},
		{"level:<info", "level:trace,debug", "below, never unknown"},
		{"level:warn,error", "level:warn,error", "a list"},
		{"level:unknown", "level:unknown", "the unknown level by name"},
		{"!level:debug", "!level:debug", "excluded level"},
		{"level: level:>= level:,", "", "incomplete level terms are ignored"},
		{"source:nginx", "source:nginx", "source name"},
		{"host:Web1", "host/case:Web1", "host, smart case"},
		{"user.id:42", "field:user.id=42", "parsed field"},
		{"Status:500", "field:status=500", "field names ignore case"},
		{"12:30", "fuzzy:12:30", "a colon after a digit is text"},
		{"main.go:12$", "suffix:main.go:12", "field terms take no anchors"},
		{"'http://x", "exact:http://x", "a quote makes a field-like term text"},
		{"level:error | source:db", "level:error | source:db", "field terms in OR groups"},
		{"'Failed password", "exact/case:Failed & fuzzy:password", "a quote marks one word exact, as in fzf"},
		{"'GET 502", "exact/case:GET & fuzzy:502", "fzf's exact term and a fuzzy one: never fewer matches than fzf's users expect"},
		{"'Failed password'", "exact/case:Failed password", "a closing quote makes a phrase"},
		{`"Failed password"`, "exact/case:Failed password", "double quotes hold a phrase"},
		{`"Failed password`, "exact/case:Failed password", "an unclosed double quote runs to the end while typed"},
		{`!"no route to"`, "!exact:no route to", "an excluded phrase"},
		{"'Failed password !root", "exact/case:Failed & fuzzy:password & !exact:root", "no closing quote before a term of its own: no phrase"},
		{"'no route' level:error", "exact:no route & level:error", "a field term after a phrase"},
		{"'no route' | refused", "exact:no route | fuzzy:refused", "a phrase in an OR group"},
		{"'no route'  x", "exact:no route & fuzzy:x", "a closing quote ends the phrase"},
		{"'abc 'def", "exact:abc & exact:def", "two quoted words are two exact terms, as in fzf"},
		{"'don't stop'", "exact:don't stop", "a quote inside a word does not close the phrase"},
		{`"" x`, "fuzzy:x", "an empty phrase is ignored"},
		{"source:" + Escape("my app"), "source:my app", "Escape keeps a name with a space one operand"},
		{"source:" + Escape(`a\ b`), `source:a\ b`, "Escape keeps a backslash before a space"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			groups, err := parseSearch(tt.in)
			if err != nil {
				t.Fatalf("error %v (%s)", err, tt.why)
			}
			if got := describe(groups); got != tt.want {
				t.Fatalf("got %q, want %q (%s)", got, tt.want, tt.why)
			}
		})
	}
}

func TestParseSearchErrors(t *testing.T) {
	tests := []struct {
		in  string
		pos int
		why string
	}{
		{"/a(b/", 0, "unbalanced parenthesis"},
		{"ok /x**/", 3, "the position of the regex term"},
		{"a !/[z-a]/", 2, "bad range in an excluded regex"},
		{"level:bogus", 6, "unknown level name points at the name"},
		{"x level:>=nope", 10, "after an operator"},
		{"level:warn,nope", 11, "in a list"},
		{"level:e", -1, "e is the alias of error, not ambiguous"},
		{"level:c", -1, "c is the alias of critical"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			_, err := Compile(search(tt.in))
			if tt.pos < 0 {
				if err != nil {
					t.Fatalf("unexpected error %v (%s)", err, tt.why)
				}
				return
			}
			var se *SyntaxError
			if !errors.As(err, &se) {
				t.Fatalf("error %v is not a *SyntaxError (%s)", err, tt.why)
			}
			if se.Pos != tt.pos {
				t.Fatalf("position %d, want %d: %v (%s)", se.Pos, tt.pos, err, tt.why)
			}
		})
	}
	// The column is counted in characters, as the prompt shows the query: after six CJK
	// characters (18 bytes) a bad regular expression starts at column 8.
	_, err := Compile(search("日本語日本語 /a(/"))
	if want := "at column 8"; err == nil || !strings.Contains(err.Error(), want) {
		t.Fatalf("error %v: want %q", err, want)
	}
	_, err = Compile(search("/a(/"))
	var re *syntax.Error
	if !errors.As(err, &re) {
		t.Fatalf("a bad regex error should wrap *syntax.Error, got %v", err)
	}
}

// Compiling and highlighting never panic, whatever the search and the text.
func FuzzCompile(f *testing.F) {
	for _, s := range []string{"a | b", "!'x$", "/a(/", "level:>=wa", "user.id:4", `a\ b`, "/x/ | !/y/", "^$", "'é"} {
		f.Add(s, "some text é K")
	}
	f.Fuzz(func(t *testing.T, search, text string) {
		m, err := Compile(Query{Levels: AllLevels(), Search: search})
		if err != nil {
			return
		}
		hs := m.Highlights([]byte(text))
		for i, h := range hs {
			if h < 0 || h >= len(text) || (i > 0 && hs[i-1] >= h) {
				t.Fatalf("highlights %v out of order or range for %q", hs, text)
			}
		}
		m.Narrows(m)
	})
}

// A query past its bounds is refused with a reason before it runs: a long paste, a wall of |
// alternatives, a regular expression that compiles to a huge program.
func TestQueryBounds(t *testing.T) {
	alts := strings.Repeat("a | ", 100) + "a"
	for _, c := range []struct{ search, want string }{
		{strings.Repeat("x", MaxQueryBytes+1), "query longer than"},
		{alts, "more than 64 terms"},
		{"/(a?){1000}/", "regular expression too large"},
		{"/(ab?c?){900}/", "regular expression too large"},
	} {
		_, err := Compile(Query{Search: c.search})
		var se *SyntaxError
		if !errors.As(err, &se) || !strings.Contains(err.Error(), c.want) {
			t.Errorf("Compile(%.40q) = %v, want a syntax error saying %q", c.search, err, c.want)
		}
	}
	for _, ok := range []string{"/\\d{1,3}(\\.\\d{1,3}){3}/", "timeout | refused | reset", "'Failed password !root"} {
		if _, err := Compile(Query{Search: ok}); err != nil {
			t.Errorf("Compile(%q) = %v, want it accepted", ok, err)
		}
	}
}
