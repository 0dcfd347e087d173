package tail

import (
	"encoding/json"
	"hash/maphash"
	"slices"
	"testing"

	"github.com/trawl-dev/trawl/parse"
)

// A stream's name is its labels as a selector, which parse reads back as the entries' fields;
// detected_level is the level, not part of the name.
func TestLokiLabelSet(t *testing.T) {
	name, level := labelSet(map[string]string{"pod": "a\"b", "app": "api", "detected_level": "warn"})
	if name != `{app="api", pod="a\"b"}` || level != "warn" {
		t.Fatalf("labelSet = %q, %q", name, level)
	}
	if got, want := parse.LabelFields(name), []parse.Field{{Key: "app", Value: "api"}, {Key: "pod", Value: `a"b`}}; !slices.Equal(got, want) {
		t.Errorf("LabelFields(%q) = %v, want %v", name, got, want)
	}
}

// Values come as [ts, line] or, with categorized labels, with the entry's metadata third, whose
// detected_level wins over the stream's; entries come out sorted by time.
func TestLokiFlatten(t *testing.T) {
	var streams []lokiStream
	body := `[{"stream":{"app":"a"},"values":[["30","late"],["10","first",{"structuredMetadata":{"detected_level":"error"}}]]},
		{"stream":{"app":"b","detected_level":"info"},"values":[["20","middle"]]}]`
	if err := json.Unmarshal([]byte(body), &streams); err != nil {
		t.Fatal(err)
	}
	es, err := flatten(streams)
	if err != nil {
		t.Fatal(err)
	}
	want := []lokiEntry{
		{ts: 10, stream: `{app="a"}`, line: "first", level: "error"},
		{ts: 20, stream: `{app="b"}`, line: "middle", level: "info"},
		{ts: 30, stream: `{app="a"}`, line: "late"},
	}
	if !slices.Equal(es, want) {
		t.Errorf("flatten = %+v, want %+v", es, want)
	}
}

// The resume point drops what was delivered at its time, and only that.
func TestLokiResume(t *testing.T) {
	r := resume{seed: maphash.MakeSeed()}
	a := lokiEntry{ts: 5, stream: "{}", line: "a"}
	b := lokiEntry{ts: 5, stream: "{}", line: "b"}
	other := lokiEntry{ts: 5, stream: `{x="1"}`, line: "a"}
	r.advance(a)
	if !r.seen(a) || r.seen(b) || r.seen(other) {
		t.Fatal("seen at the resume time")
	}
	r.advance(lokiEntry{ts: 3, stream: "{}", line: "old"}) // a late entry leaves the point alone
	if !r.seen(a) || r.ts != 5 {
		t.Fatal("a late entry moved the resume point")
	}
	r.advance(lokiEntry{ts: 6, stream: "{}", line: "a"})
	if r.seen(a) || r.ts != 6 {
		t.Fatal("a newer entry did not move the resume point")
	}
}
