package parse

import (
	"bytes"
	"fmt"
	"testing"
)

// fullParser is a parser that learns no shape: every line takes the full parse.
func fullParser() *Parser {
	p := NewParser(fixedNow)
	p.shapes.strikes = shapeStrikes
	return p
}

// shapedReads parses lines with a parser that learns shapes and with one that does not, and
// returns the lines' records that differ and how many lines a trusted shape read alone.
func shapedReads(lines []string) (diffs []string, used int) {
	p, full := NewParser(fixedNow), fullParser()
	for _, l := range lines {
		got, want := p.Parse([]byte(l)), full.Parse([]byte(l))
		if !sameParse(got, want) {
			diffs = append(diffs, fmt.Sprintf("%q:\n got %+v\nwant %+v", l, got, want))
		}
	}
	used = p.shapes.used
	return diffs, used
}

func sameParse(a, b Record) bool {
	return a.Time == b.Time && a.Level == b.Level && a.Format == b.Format && a.Host == b.Host &&
		a.Message == b.Message && a.Whole == b.Whole && bytes.Equal(a.Unescaped, b.Unescaped)
}

// Every family of the tables and rules, its lines repeated until shapes are learned and used,
// is read by the shapes as the full parse reads it.
func TestLineShapesReadAsTheFullParse(t *testing.T) {
	lines, used := 0, 0
	for _, c := range everyFamily() {
		ls := familyLines(c, 24)
		diffs, n := shapedReads(ls)
		lines, used = lines+len(ls), used+n
		for _, d := range diffs[:min(len(diffs), 2)] {
			t.Errorf("%s: %s", c.name, d)
		}
	}
	t.Logf("%d of %d lines read by a shape alone", used, lines)
	if used < lines/20 {
		t.Errorf("only %d of %d lines were read by a shape", used, lines)
	}
}
