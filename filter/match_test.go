package filter

import (
	"fmt"
	"math/rand/v2"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/sahilm/fuzzy"
	"github.com/trawl-dev/trawl/parse"
	"github.com/trawl-dev/trawl/parse/ring"
)

// table is the fixed ring of the matching table: seq i is table[i] (one source per batch run).
var table = []ent{
	{"app.log", 10, parse.Info, "web1", "GET /api/users 200 in 12ms"},
	{"app.log", 20, parse.Error, "web1", "connection refused to db:5432"},
	{"app.log", 30, parse.Warn, "web2", "Slow query: SELECT * FROM users"},
	{"nginx.log", 15, parse.Info, "edge", "GET /index.html 304"},
	{"nginx.log", 25, parse.Error, "edge", "upstream timed out (110: Connection timed out)"},
	{"worker.log", 40, parse.Critical, "web2", "panic: runtime error\n\tat main.go:12\n\tat worker.go:99"},
	{"worker.log", 50, parse.Unknown, "", "plain line without level"},
	{"worker.log", 60, parse.Debug, "web1", "Kelvin: 300K café ſtop"},
}

func TestMatchTable(t *testing.T) {
	s := newRing(table...).Snapshot()
	all := AllLevels()
	tests := []struct {
		q    Query
		want []uint64 // seqs in arrival order
		why  string
	}{
		{search(""), []uint64{0, 1, 2, 3, 4, 5, 6, 7}, "empty search matches everything"},
		{search("gau"), []uint64{0}, "fuzzy: g..a..u in GET /api/users"},
		{search("cnrf"), []uint64{1}, "fuzzy across words"},
		{search("get"), []uint64{0, 3}, "fuzzy ignores case for a lower-case term"},
		{search("Get"), []uint64{3}, "smart case: Get is case-sensitive (G, e of index, t of html)"},
		{search("'users"), []uint64{0, 2}, "exact substring, any case"},
		{search("'Users"), nil, "exact, case-sensitive"},
		{search("'ussr"), nil, "exact needs the substring"},
		{search("^get"), []uint64{0, 3}, "prefix of the message"},
		{search("^web1"), nil, "prefix applies to the message, not the raw line"},
		{search("304$"), []uint64{3}, "suffix"},
		{search("worker.go:99$"), []uint64{5}, "suffix: the end of the last continuation line"},
		{search("^plain line without level$"), []uint64{6}, "spaces split terms, each matching on its own"},
		{search(`^plain\ line\ without\ level$`), []uint64{6}, "escaped spaces, whole message"},
		{search("main.go"), []uint64{5}, "continuation lines are part of the message"},
		{search("!get"), []uint64{1, 2, 4, 5, 6, 7}, "exclusion"},
		{search("!^get !'timed"), []uint64{1, 2, 5, 6, 7}, "exclusions AND"},
		{search("!'gt"), []uint64{1, 2, 4, 6, 7}, "excluded fuzzy: fzf's !'"},
		{search("304 | refused"), []uint64{1, 3}, "OR"},
		{search("get | refused 200"), []uint64{0}, "OR binds tighter than AND"},
		{search("/\\d+ms$/"), []uint64{0}, "regex"},
		{search("/CONNECTION/"), nil, "regex smart case"},
		{search("/connection/"), []uint64{1, 4}, "regex, lower case ignores case"},
		{search("!/\\d/"), []uint64{2, 6}, "excluded regex"},
		{search("level:error"), []uint64{1, 4}, "level term"},
		{search("level:>=error"), []uint64{1, 4, 5}, "level comparison"},
		{search("level:unknown"), []uint64{6}, "unknown level"},
		{search("!level:info !level:unknown"), []uint64{1, 2, 4, 5, 7}, "excluded levels"},
		{search("level:debug | level:critical"), []uint64{5, 7}, "levels in an OR group"},
		{search("source:nginx"), []uint64{3, 4}, "source substring"},
		{search("source:.log !source:app"), []uint64{3, 4, 5, 6, 7}, "source terms AND"},
		{search("source:worker | get"), []uint64{0, 3, 5, 6, 7}, "a source term in an OR group"},
		{search("host:web2"), []uint64{2, 5}, "host substring"},
		{search("host:WEB"), nil, "host smart case"},
		{search("kelvin 300k"), []uint64{7}, "fuzzy k also finds K"},
		{search("'CAFÉ"), nil, "exact, case-sensitive non-ASCII"},
		{search("'café"), []uint64{7}, "exact non-ASCII"},
		{search("'CAFé"), nil, "a capital makes it case-sensitive"},
		{search("stop"), []uint64{7}, "fuzzy s also finds ſ, as sahilm/fuzzy folds it"},
		{Query{Levels: levels(parse.Error, parse.Warn)}, []uint64{1, 2, 4}, "level toggles"},
		{Query{Levels: levels(parse.Error), Search: "level:warn"}, nil, "toggles and level terms AND"},
		{Query{Levels: all, Sources: []bool{true, false}}, []uint64{0, 1, 2, 5, 6, 7}, "source toggles; a missing index is enabled"},
		{Query{Levels: all, Sources: []bool{false, true, false}, Search: "get"}, []uint64{3}, "source toggles and text"},
	}
	for _, tt := range tests {
		t.Run(tt.q.Search+"/"+tt.why, func(t *testing.T) {
			m := mustCompile(t, tt.q)
			got := matching(m, s, uint64(len(table)))
			if !slices.Equal(got, tt.want) {
				t.Fatalf("matches %v, want %v (%s)", got, tt.want, tt.why)
			}
		})
	}
	if mustCompile(t, search("")).Match(s, 99) {
		t.Fatal("a seq the snapshot does not hold never matches")
	}
}

func levels(ls ...parse.Level) [parse.NumLevels]bool {
	var set [parse.NumLevels]bool
	for _, l := range ls {
		set[l] = true
	}
	return set
}

// The fuzzy match condition is exactly sahilm/fuzzy's, Unicode case folding included.
func TestFuzzyConditionEqualsSahilm(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	alphabet := []rune("abcKkSsſ-_ .:/éÉ0K")
	word := func(n int) string {
		r := make([]rune, n)
		for i := range r {
			r[i] = alphabet[rng.IntN(len(alphabet))]
		}
		return string(r)
	}
	for range 20000 {
		text, pat := word(rng.IntN(30)), strings.ToLower(word(1+rng.IntN(4)))
		want := len(fuzzy.Find(pat, []string{text})) == 1
		if got := subsequence([]byte(text), newChars(pat, true)); got != want {
			t.Fatalf("pattern %q in %q: got %v, sahilm says %v", pat, text, got, want)
		}
	}
}

// The short scan of char.index and the word-at-a-time scan of subsequence find what the vector
// searches alone find, over texts longer than either scan, with multi-byte forms, other
// non-ASCII bytes, invalid UTF-8 and NUL bytes.
func TestWordScansEqualSearch(t *testing.T) {
	rng := rand.New(rand.NewPCG(11, 12))
	common := []string{"a", "A", "k", "S", "t", "\u212a", "\u017f"}
	rare := []string{"K", "s", "z", "0", "-", "`", "@", " ", "é", "\xc5", "\xe2\x84", "\xff", "\x00"}
	runes := []rune("aAkKsStz0-`@ ſé\u212a\x00")
	for range 50000 {
		var b strings.Builder
		for n := rng.IntN(300); b.Len() < n; {
			if rng.IntN(4) == 0 {
				b.WriteString(rare[rng.IntN(len(rare))])
			} else {
				b.WriteString(common[rng.IntN(len(common))])
			}
		}
		text := []byte(b.String())
		pat := make([]rune, 1+rng.IntN(5))
		for i := range pat {
			pat[i] = runes[rng.IntN(len(runes))]
		}
		chars := newChars(string(pat), rng.IntN(2) == 0)
		from := rng.IntN(len(text) + 1)
		gi, gn := chars[0].index(text[from:])
		wi, wn := chars[0].search(text[from:])
		if gi != wi || (wi >= 0 && gn != wn) {
			t.Fatalf("%q in %q: index gives %d,%d, search %d,%d", pat[0], text[from:], gi, gn, wi, wn)
		}
		if got, want := subsequence(text, chars), searchSubsequence(text, chars); got != want {
			t.Fatalf("%q in %q: subsequence gives %v, search %v", string(pat), text, got, want)
		}
	}
}

// searchSubsequence is subsequence done with the vector searches only.
func searchSubsequence(s []byte, chars []char) bool {
	pos := 0
	for i := range chars {
		j, n := chars[i].search(s[pos:])
		if j < 0 {
			return false
		}
		pos += j + n
	}
	return true
}

// The folding substring search agrees with lower-casing both sides.
func TestExactFoldEqualsLowerContains(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	alphabet := "aAbBzZqQ 09.:-"
	word := func(n int) string {
		b := make([]byte, n)
		for i := range b {
			b[i] = alphabet[rng.IntN(len(alphabet))]
		}
		return string(b)
	}
	for range 20000 {
		text, needle := word(rng.IntN(40)), strings.ToLower(word(1+rng.IntN(4)))
		sub := newSubstr(needle, true)
		want := strings.Index(strings.ToLower(text), needle)
		if got := sub.index([]byte(text)); got != want {
			t.Fatalf("%q in %q: got %d, want %d", needle, text, got, want)
		}
	}
}

func TestHighlights(t *testing.T) {
	tests := []struct {
		search, text string
		want         []int
	}{
		{"gau", "GET /api/users", []int{0, 5, 9}},
		{"'api", "GET /api/API", []int{5, 6, 7, 9, 10, 11}},
		{"'API", "GET /api/API", []int{9, 10, 11}},
		{"^get", "GET /get", []int{0, 1, 2}},
		{"get$", "GET /get", []int{5, 6, 7}},
		{"^get$", "get", []int{0, 1, 2}},
		{"/\\d+/", "a 12 b 3", []int{2, 3, 7}},
		{"'é", "café É", []int{3, 6}},
		{"!get level:error source:x host:y", "get", nil},
		{"xyz", "GET", nil},
		{"aB", "ab aB", []int{0, 4}},
		{"get 'api | zzz", "GET /api", []int{0, 1, 2, 5, 6, 7}},
	}
	for _, tt := range tests {
		t.Run(tt.search, func(t *testing.T) {
			got := mustCompile(t, search(tt.search)).Highlights([]byte(tt.text))
			if !slices.Equal(got, tt.want) {
				t.Fatalf("Highlights(%q) = %v, want %v", tt.text, got, tt.want)
			}
		})
	}
}

func TestNarrows(t *testing.T) {
	tests := []struct {
		prev, next string
		want       bool
	}{
		{"", "a", true},
		{"ab", "abc", true},
		{"abc", "ab", false},
		{"ac", "abc", true},
		{"ab", "ab c", true},
		{"ab c", "ab", false},
		{"ab", "Abc", true},
		{"Ab", "abc", false},
		{"'ab", "'abc", true},
		{"'ab", "abc", false},
		{"ab", "'abc", true},
		{"^ab", "^abc", true},
		{"ab$", "zab$", true},
		{"!ab", "!abc", false},
		{"!ab", "!ab x", true},
		{"/a+/", "/a+/ b", true},
		{"/a+/", "/a+b/", false},
		{"level:>=warn", "level:error", true},
		{"level:error", "level:>=warn", false},
		{"source:ng", "source:nginx", true},
		{"a | b", "a", true},
		{"a", "a | b", false},
		{"a | b", "ax | b", true},
	}
	for _, tt := range tests {
		t.Run(fmt.Sprintf("%q→%q", tt.prev, tt.next), func(t *testing.T) {
			prev, next := mustCompile(t, search(tt.prev)), mustCompile(t, search(tt.next))
			if got := next.Narrows(prev); got != tt.want {
				t.Fatalf("Narrows = %v, want %v", got, tt.want)
			}
		})
	}
	base := mustCompile(t, Query{Levels: levels(parse.Info, parse.Warn), Sources: []bool{true, true}})
	fewer := mustCompile(t, Query{Levels: levels(parse.Warn), Sources: []bool{true, false}})
	more := mustCompile(t, Query{Levels: levels(parse.Info, parse.Warn), Sources: []bool{true, true, false}})
	if !fewer.Narrows(base) || base.Narrows(fewer) || more.Narrows(base) == false || base.Narrows(more) {
		t.Fatal("levels and sources: turning off narrows, turning on does not")
	}
	if base.Narrows(nil) {
		t.Fatal("nothing narrows a nil matcher")
	}
}

// The regex prefilter never rejects text the regular expression matches.
func TestRegexPrefilterIsSound(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 8))
	alphabet := []rune("staSTu=5 09kK\u212a\u017fx")
	patterns := []string{`status=5\d`, `(?i)STATUS`, `sta+tus`, `(st)+a`, `x{2,}`, `a(?i:k)s`, `(?i)ks`, `s|t`, `u?s=5`}
	for _, p := range patterns {
		re := regexp.MustCompile(p)
		pre := newPrefilter(p)
		for range 5000 {
			r := make([]rune, rng.IntN(16))
			for i := range r {
				r[i] = alphabet[rng.IntN(len(alphabet))]
			}
			text := []byte(string(r))
			if re.Match(text) && pre != nil && !pre.maybe(text) {
				t.Fatalf("prefilter of %q rejects %q, which matches", p, text)
			}
		}
	}
	if newPrefilter(`s|t`) != nil || newPrefilter(`x*`) != nil {
		t.Fatal("alternations and optional parts require no literal")
	}
}

// Field terms test the fields parse.Fields finds in the entry's raw text.
func TestFieldTerms(t *testing.T) {
	b := &parse.Batch{Source: "app"}
	add := func(raw string, f parse.Format) {
		b.Add([]byte(raw), 0, int64(b.Len()), parse.Record{Format: f, Message: parse.Span{End: int32(len(raw))}}, false)
	}
	add(`level=info user=bob status=500 msg="charge failed"`, parse.FormatLogfmt)
	add(`{"level":"warn","user":{"name":"Alice","id":7},"status":200,"msg":"a \"quoted\" word"}`, parse.FormatJSON)
	add(`user=bob status=200`, parse.FormatText)
	r := ring.New(ring.Options{})
	r.Append(b)
	s := r.Snapshot()
	tests := []struct {
		search string
		want   []uint64
	}{
		{"status:500", []uint64{0}},
		{"status:5", []uint64{0}},
		{"user:bo", []uint64{0}},
		{"USER:bob", []uint64{0}},
		{"user.name:alice", []uint64{1}},
		{"user.name:alice", []uint64{1}},
		{"user.name:Alice", []uint64{1}},
		{"user.name:ALICE", nil},
		{`msg:"quoted"`, []uint64{1}},
		{"!status:500", []uint64{1, 2}},
		{"status:200 | status:500", []uint64{0, 1}},
		{"nope:x", nil},
	}
	for _, tt := range tests {
		m := mustCompile(t, search(tt.search))
		got := matching(m, s, 3)
		if !slices.Equal(got, tt.want) {
			t.Errorf("%q matches %v, want %v", tt.search, got, tt.want)
		}
	}
}

// The labels of a Loki stream, which names its entries' source, are fields of those entries.
func TestLabelTerms(t *testing.T) {
	b := &parse.Batch{Source: `{app="api", pod="api-7d9"}`}
	raw := `level=info status=500 msg="charge failed"`
	b.Add([]byte(raw), 0, 0, parse.Record{Format: parse.FormatLogfmt, Message: parse.Span{End: int32(len(raw))}}, false)
	r := ring.New(ring.Options{})
	r.Append(b)
	b.Source = "app.log"
	b.Reset()
	raw = `app=web pod=x`
	b.Add([]byte(raw), 0, 1, parse.Record{Format: parse.FormatLogfmt, Message: parse.Span{End: int32(len(raw))}}, false)
	r.Append(b)
	s := r.Snapshot()
	for _, tt := range []struct {
		search string
		want   []uint64
	}{
		{"app:api", []uint64{0}},
		{"pod:7d9 status:500", []uint64{0}},
		{"app:web", []uint64{1}},
		{"pod:x", []uint64{1}},
		{"!app:api", []uint64{1}},
	} {
		m := mustCompile(t, search(tt.search))
		got := matching(m, s, 2)
		if !slices.Equal(got, tt.want) {
			t.Errorf("%q matches %v, want %v", tt.search, got, tt.want)
		}
	}
	e := parse.Entry{Source: `{app="api"}`, Format: parse.FormatText, Raw: "x", Message: "x"}
	if m, _ := Compile(Query{Levels: AllLevels(), Search: "app:api"}); !m.MatchEntry(&e) {
		t.Error("MatchEntry misses a label")
	}
}

// matching lists the seqs below n that m matches in s.
func matching(m *Matcher, s *ring.Snapshot, n uint64) []uint64 {
	var got []uint64
	for seq := range n {
		if m.Match(s, seq) {
			got = append(got, seq)
		}
	}
	return got
}
