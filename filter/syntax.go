package filter

import (
	"errors"
	"fmt"
	"regexp"
	"regexp/syntax"
	"strings"
	"unicode/utf8"

	"github.com/trawl-dev/trawl/parse"
)

// kind is what a term tests.
type kind uint8

const (
	kindFuzzy  kind = iota // characters in order in the message
	kindExact              // substring of the message
	kindPrefix             // the message starts with it
	kindSuffix             // the message ends with it
	kindEqual              // the message is it
	kindRegex              // RE2 match in the message
	kindLevel              // level in a set
	kindSource             // substring of the source name
	kindHost               // substring of the host
	kindField              // substring of a parsed field's value
)

// term is one compiled search term.
type term struct {
	kind kind
	neg  bool
	text string // the operand as typed, operators stripped
	fold bool   // case is ignored
	pos  int    // byte offset of the term in Query.Search

	chars  []char         // kindFuzzy
	sub    substr         // exact, prefix, suffix, equal, source, host, field value
	re     *regexp.Regexp // kindRegex, or a Unicode-folding stand-in for a substr
	pre    *prefilter     // kindRegex: a literal every match contains, or nil
	levels [parse.NumLevels]bool
	key    string // kindField: the field name, lower case
	// defined gives kindField the fields of entries that formats defined without code read.
	defined parse.Defined
}

// group is an OR of terms; a search is an AND of groups.
type group []term

// token is one space-separated piece of the search text.
type token struct {
	text   string
	pos    int
	regex  bool // text is "/re/" or "!/re/", already delimited
	phrase bool // text is a quoted phrase, quotes removed; it may hold spaces
	neg    bool // the phrase was written !"…"
}

func isSpace(c byte) bool { return c == ' ' || c == '\t' }

// tokenize splits the search text at unescaped spaces. A token that starts with "/" (or "!/")
// and has a closing "/" followed by a space or the end is a regular expression and may contain
// spaces; any other unescaped "/" before that makes it plain text.
func tokenize(s string) []token {
	var toks []token
	for i := 0; i < len(s); {
		if isSpace(s[i]) {
			i++
			continue
		}
		if end, ok := regexEnd(s, i); ok {
			toks = append(toks, token{text: s[i:end], pos: i, regex: true})
			i = end
			continue
		}
		if tok, end, ok := phrase(s, i); ok {
			toks = append(toks, tok)
			i = end
			continue
		}
		var b strings.Builder
		start := i
		for i < len(s) && !isSpace(s[i]) {
			if s[i] == '\\' && i+1 < len(s) && isSpace(s[i+1]) {
				i++
			}
			b.WriteByte(s[i])
			i++
		}
		toks = append(toks, token{text: b.String(), pos: start})
	}
	return toks
}

// regexEnd returns the end of a /regex/ token starting at i.
func regexEnd(s string, i int) (int, bool) {
	if s[i] == '!' {
		i++
	}
	if i >= len(s) || s[i] != '/' {
		return 0, false
	}
	for j := i + 1; j < len(s); j++ {
		switch s[j] {
		case '\\':
			j++
		case '/':
			if j == i+1 || (j+1 < len(s) && !isSpace(s[j+1])) {
				return 0, false
			}
			return j + 1, true
		}
	}
	return 0, false
}

// phrase reads a quoted phrase at i, as people type one with a space in it. "…" (or !"…" to
// exclude it) runs to the closing double quote at a word's end or, still being typed, to the end
// of the text. '… is a phrase only when a single quote closes a later word before a word that is
// a term of its own (see startsTerm): 'no route' x. Otherwise a single quote marks one word exact,
// as in fzf ('GET 502 is the exact GET and the fuzzy 502), left to parseTerm, so that what
// fzf's users type never finds less than they expect.
func phrase(s string, i int) (tok token, end int, ok bool) {
	tok.pos = i
	open := i
	if s[i] == '!' && i+1 < len(s) && s[i+1] == '"' {
		tok.neg, open = true, i+1
	}
	q := s[open]
	if (q != '"' && q != '\'') || open+1 >= len(s) || isSpace(s[open+1]) {
		return token{}, 0, false
	}
	start, words := open+1, 0
	for j := start; j < len(s); {
		w := j
		for j < len(s) && !isSpace(s[j]) {
			j++
		}
		if q == '\'' && words > 0 && startsTerm(s[w:j]) {
			return token{}, 0, false
		}
		words++
		if s[j-1] == q {
			tok.text, tok.phrase = s[start:j-1], true
			return tok, j, true
		}
		for j < len(s) && isSpace(s[j]) {
			j++
		}
	}
	if q == '"' {
		tok.text, tok.phrase = strings.TrimRight(s[start:], " \t"), true
		return tok, len(s), true
	}
	return token{}, 0, false
}

// startsTerm reports whether a word is a search term of its own rather than one more word of a
// phrase: it starts with an operator (' " ! ^ /), is a lone |, ends with $, or is a field term.
func startsTerm(w string) bool {
	if w == "|" || strings.ContainsAny(w[:1], "'\"!^/") || (len(w) > 1 && strings.HasSuffix(w, "$")) {
		return true
	}
	_, _, field := splitField(w)
	return field
}

// parseSearch compiles the search text into groups. A syntax error names its column in
// characters, as the prompt shows them.
func parseSearch(s string) ([]group, error) {
	groups, err := parseTerms(s)
	if se := (*SyntaxError)(nil); errors.As(err, &se) {
		se.Col = utf8.RuneCountInString(s[:min(se.Pos, len(s))]) + 1
	}
	return groups, err
}

// parseTerms is parseSearch's work.
func parseTerms(s string) ([]group, error) {
	if len(s) > MaxQueryBytes {
		return nil, &SyntaxError{Pos: MaxQueryBytes, Msg: fmt.Sprintf("query longer than %d bytes", MaxQueryBytes)}
	}
	var groups []group
	orNext := false
	terms := 0
	for _, tok := range tokenize(s) {
		if terms++; terms > MaxTerms {
			return nil, &SyntaxError{Pos: tok.pos, Msg: fmt.Sprintf("more than %d terms", MaxTerms)}
		}
		if tok.text == "|" && !tok.regex && len(groups) > 0 {
			orNext = true
			continue
		}
		t, ok, err := parseTerm(tok)
		if err != nil {
			return nil, err
		}
		if !ok {
			continue
		}
		if orNext {
			groups[len(groups)-1] = append(groups[len(groups)-1], t)
		} else {
			groups = append(groups, group{t})
		}
		orNext = false
	}
	return groups, nil
}

// parseTerm compiles one token; ok is false for an empty term, which is ignored.
func parseTerm(tok token) (t term, ok bool, err error) {
	text := tok.text
	t.pos = tok.pos
	if tok.regex {
		return parseRegex(tok)
	}
	if tok.phrase {
		return parsePhrase(tok)
	}
	t.kind = kindFuzzy
	if strings.HasPrefix(text, "!") {
		t.neg, t.kind, text = true, kindExact, text[1:]
	}
	// Field terms take no anchors, so "main.go:12$" stays a suffix term.
	if key, value, isField := splitField(text); isField && !strings.HasSuffix(text, "$") {
		return parseField(t, key, value, tok.pos+len(tok.text)-len(value))
	}
	if text != "$" && strings.HasSuffix(text, "$") {
		t.kind, text = kindSuffix, text[:len(text)-1]
	}
	switch {
	case strings.HasPrefix(text, "'"):
		// The quote flips exactness, as in fzf: exact for a plain term, fuzzy for an excluded one.
		t.kind = kindExact
		if t.neg {
			t.kind = kindFuzzy
		}
		text = text[1:]
	case strings.HasPrefix(text, "^"):
		if t.kind == kindSuffix {
			t.kind = kindEqual
		} else {
			t.kind = kindPrefix
		}
		text = text[1:]
	}
	if text == "" {
		return term{}, false, nil
	}
	t.text = text
	t.fold = !hasUpper(text)
	if t.kind == kindFuzzy {
		t.chars = newChars(text, t.fold)
		return t, true, nil
	}
	t.sub = newSubstr(text, t.fold)
	t.re = unicodeFold(t.kind, text, t.fold)
	return t, true, nil
}

// unicodeFold returns a case-insensitive regular expression standing in for a substring term
// whose needle has non-ASCII characters, where byte-wise folding would be wrong; nil otherwise.
func unicodeFold(k kind, text string, fold bool) *regexp.Regexp {
	if !fold || isASCII(text) {
		return nil
	}
	expr := regexp.QuoteMeta(text)
	switch k {
	case kindPrefix:
		expr = `\A` + expr
	case kindSuffix:
		expr += `\z`
	case kindEqual:
		expr = `\A` + expr + `\z`
	}
	re, err := regexp.Compile("(?i)" + expr)
	if err != nil {
		// Invalid UTF-8 cannot be a pattern; such a needle is compared byte by byte instead.
		return nil
	}
	return re
}

// parsePhrase compiles a quoted phrase: an exact substring, spaces included, with smart case.
func parsePhrase(tok token) (term, bool, error) {
	if tok.text == "" {
		return term{}, false, nil
	}
	t := term{kind: kindExact, neg: tok.neg, text: tok.text, pos: tok.pos, fold: !hasUpper(tok.text)}
	t.sub = newSubstr(t.text, t.fold)
	t.re = unicodeFold(kindExact, t.text, t.fold)
	return t, true, nil
}

func parseRegex(tok token) (term, bool, error) {
	t := term{kind: kindRegex, pos: tok.pos}
	text := tok.text
	if strings.HasPrefix(text, "!") {
		t.neg, text = true, text[1:]
	}
	t.text = text[1 : len(text)-1]
	t.fold = !regexHasUpper(t.text)
	expr := t.text
	if t.fold {
		expr = "(?i)" + expr
	}
	re, err := regexp.Compile(expr)
	if err != nil {
		return term{}, false, &SyntaxError{Pos: tok.pos, Msg: "bad regular expression " + text, Err: err}
	}
	if n := regexSize(expr); n > MaxRegexInsts {
		return term{}, false, &SyntaxError{Pos: tok.pos, Msg: fmt.Sprintf("regular expression too large (%d steps, at most %d)", n, MaxRegexInsts)}
	}
	t.re = re
	t.pre = newPrefilter(expr)
	return t, true, nil
}

// Bounds of a query. Matching costs at most terms × regex steps × line length per entry, so
// these keep a query's cost bounded (an allowed regular expression can still take milliseconds on
// a long line, which is why evaluation looks for cancellation before every entry): a pasted wall
// of text or /(a?){1000}/ is refused with a reason, not run for half a minute.
const (
	MaxQueryBytes = 1024 // longer than any query typed or pasted on purpose
	MaxTerms      = 64   // terms and | alternatives together
	MaxRegexInsts = 2000 // RE2 program steps; /\d{1,3}(\.\d{1,3}){3}/ takes about 60
)

// regexSize is the size of the RE2 program of a valid expression, in instructions.
func regexSize(expr string) int {
	re, err := syntax.Parse(expr, syntax.Perl)
	if err != nil {
		return 0
	}
	prog, err := syntax.Compile(re.Simplify())
	if err != nil {
		return 0
	}
	return len(prog.Inst)
}

// regexHasUpper is the smart-case test for a pattern: upper-case letters count unless they are
// part of an escape (\S, \W, \D, \B, \P{...}, \Q).
func regexHasUpper(p string) bool {
	for i := 0; i < len(p); {
		if p[i] == '\\' {
			i += 2
			continue
		}
		r, n := utf8.DecodeRuneInString(p[i:])
		if hasUpper(string(r)) {
			return true
		}
		i += n
	}
	return false
}
