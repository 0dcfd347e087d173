package filter

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/trawl-dev/trawl/parse"
)

// Deciding by an entry's sketch never changes what matches: every query gives the same answer
// with and without the letters and pairs tests and the groups it decides alone, over messages with
// both cases, the Kelvin sign, the long s and other non-ASCII text.
func TestLettersRuleOutOnlyNonMatches(t *testing.T) {
	rng := rand.New(rand.NewPCG(13, 14))
	pieces := []string{"a", "K", "k", "s", "S", "t", "O", "o", "u", "m", "\u212a", "\u017f", "é", " ", "5", "=", "\xff"}
	text := func(n int) string {
		var b strings.Builder
		for range n {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		return b.String()
	}
	var ents []ent
	for i := range 400 {
		ents = append(ents, ent{src: "a.log", sort: int64(i), level: parse.Info, host: "h", msg: text(rng.IntN(16))})
	}
	s := newRing(ents...).Snapshot()
	ops := []string{"", "'", "^", "!", "'", ""}
	for range 2000 {
		var terms []string
		for range 1 + rng.IntN(3) {
			word := strings.ReplaceAll(strings.ReplaceAll(text(1+rng.IntN(5)), " ", ""), "\xff", "")
			if word == "" {
				continue
			}
			switch rng.IntN(5) {
			case 0:
				terms = append(terms, "/"+word+"/")
			case 1:
				terms = append(terms, word+" | "+text(1))
			default:
				terms = append(terms, ops[rng.IntN(len(ops))]+word+[]string{"", "$"}[rng.IntN(2)])
			}
		}
		m, err := Compile(search(strings.Join(terms, " ")))
		if err != nil {
			continue
		}
		all := *m
		all.need, all.needAny, all.needPairs, all.unsketched = 0, 0, 0, all.rest
		for seq := s.First(); seq < s.Next(); seq++ {
			if got, want := m.Match(s, seq), all.Match(s, seq); got != want {
				msg, _ := s.Entry(seq)
				t.Fatalf("query %q on %q: %v with the sketch, %v without", m.q.Search, msg.Message, got, want)
			}
		}
	}
}
