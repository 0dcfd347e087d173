package filter

import (
	"bytes"
	"regexp/syntax"
	"strings"
)

// prefilter is a literal that every match of a regular expression contains. Searching for it
// with the SIMD-backed substring search first skips most entries without running the (much
// slower) regexp engine.
type prefilter struct {
	lit substr
	// odd is set when the literal, folded, also matches the non-ASCII Kelvin sign or long s,
	// which the ASCII search would miss: entries containing either always go to the regexp.
	odd bool
}

var oddFolds = [][]byte{[]byte("\u212a"), []byte("\u017f")}

// newPrefilter finds the longest literal the pattern requires, or returns nil.
func newPrefilter(expr string) *prefilter {
	re, err := syntax.Parse(expr, syntax.Perl)
	if err != nil {
		return nil
	}
	var best string
	var fold bool
	var walk func(n *syntax.Regexp)
	walk = func(n *syntax.Regexp) {
		switch n.Op {
		case syntax.OpLiteral:
			if lit := string(n.Rune); len(lit) > len(best) {
				best, fold = lit, n.Flags&syntax.FoldCase != 0
			}
		case syntax.OpCapture, syntax.OpPlus:
			walk(n.Sub[0])
		case syntax.OpRepeat:
			if n.Min >= 1 {
				walk(n.Sub[0])
			}
		case syntax.OpConcat:
			for _, sub := range n.Sub {
				walk(sub)
			}
		}
	}
	walk(re.Simplify())
	if best == "" || (fold && !isASCII(best)) {
		return nil
	}
	return &prefilter{lit: newSubstr(best, fold), odd: fold && strings.ContainsAny(best, "ksKS")}
}

// maybe reports whether text may match: false means it certainly does not.
func (p *prefilter) maybe(text []byte) bool {
	if p.lit.index(text) >= 0 {
		return true
	}
	return p.odd && (bytes.Contains(text, oddFolds[0]) || bytes.Contains(text, oddFolds[1]))
}
