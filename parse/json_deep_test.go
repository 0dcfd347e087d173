package parse

import (
	"strings"
	"testing"
)

// A field nested past maxJSONDepth is read past, not taken apart: the record keeps its own level
// and time (whoever writes one field of a JSON log must not hide its errors from the level
// filters that way), and a line whose deep part breaks JSON's grammar is still no JSON.
func TestDeepFieldKeepsTheRecord(t *testing.T) {
	deep := strings.Repeat(`{"a":[`, 400) + `1` + strings.Repeat("]}", 400)
	p := NewParser(fixedNow)
	rec := p.Parse([]byte(`{"time":"2026-11-29T10:00:00Z","level":"error","msg":"boom","x":` + deep + `}`))
	if rec.Format != FormatJSON || rec.Level != Error || fmtTime(rec.Time) != "2026-11-29T10:00:00Z" {
		t.Fatalf("deep field: format %v level %v time %s, want JSON, error, its time", rec.Format, rec.Level, fmtTime(rec.Time))
	}
	for _, empty := range []string{"[]", "{}", `{"b":{}}`, "[[]]"} {
		// An empty container right at the depth taken apart, alone or in the value read past.
		for _, n := range []int{254, 255, 256} {
			l := `{"level":"error","a":` + strings.Repeat("[", n) + empty + strings.Repeat("]", n) + `,"z":1}`
			if rec := p.Parse([]byte(l)); rec.Format != FormatJSON || rec.Level != Error {
				t.Fatalf("%d deep around %s: format %v level %v, want JSON and error", n, empty, rec.Format, rec.Level)
			}
		}
	}
	broken := strings.Repeat(`{"a":[`, 400) + `1` + strings.Repeat("]}", 399) + "]"
	if rec := p.Parse([]byte(`{"level":"error","x":` + broken + `}`)); rec.Format == FormatJSON {
		t.Fatal("a line whose deep field is not JSON was read as JSON")
	}
}
