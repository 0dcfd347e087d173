package ring

import (
	"testing"

	"github.com/trawl-dev/trawl/parse"
)

// A cut entry keeps its size before the cut through the ring; other entries have none.
func TestRingKeepsTheSizeOfACutEntry(t *testing.T) {
	r := New(Options{})
	b := &parse.Batch{Source: "s"}
	b.Add([]byte("cut text"), 0, 1, parse.Record{Message: parse.Span{End: 8}}, true)
	b.Items[0].Size = 5 << 20
	b.Add([]byte("whole"), 9, 2, parse.Record{Message: parse.Span{End: 5}}, false)
	r.Append(b)
	snap := r.Snapshot()
	cut, _ := snap.Entry(snap.First())
	whole, _ := snap.Entry(snap.Next() - 1)
	if !cut.Truncated || cut.Size != 5<<20 || cut.Raw != "cut text" || whole.Size != 0 || whole.Raw != "whole" {
		t.Fatalf("cut %+v, whole %+v", cut, whole)
	}
}
