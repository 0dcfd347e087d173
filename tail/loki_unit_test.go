package tail

import (
	"context"
	"encoding/json"
	"fmt"
	"hash/maphash"
	"net/http"
	"net/http/httptest"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/coder/websocket"
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

// The check window keeps what a read of the store or a late stream can return again, and
// forgets the rest: it stays bounded however long the tail runs.
func TestLokiCheckWindowForgets(t *testing.T) {
	entry := func(ts int64) lokiEntry { return lokiEntry{ts: ts, stream: "{}", line: strconv.FormatInt(ts, 10)} }
	sec := int64(time.Second)

	// Entries 10 s apart: the window keeps those since the check before the last.
	r := resume{seed: maphash.MakeSeed()}
	r.open()
	for i := int64(1); i <= 20; i++ {
		r.advance(entry(i * 10 * sec))
		if i%10 == 0 {
			r.checked(i * 10 * sec)
		}
	}
	if len(r.sent) != 11 || r.seen(entry(90*sec)) || !r.seen(entry(100*sec)) || !r.seen(entry(150*sec)) {
		t.Errorf("window of %d entries from %ds; want the 11 from the check before the last (100 s)", len(r.sent), r.floor/sec)
	}
	if r.pending() {
		t.Error("pending right after a check")
	}
	r.advance(entry(201 * sec))
	if !r.pending() || r.unchecked != 1 {
		t.Errorf("pending %v with %d unchecked after one more entry", r.pending(), r.unchecked)
	}

	// Entries a second apart: those within lokiLate of the cursor stay, a late stream's too.
	r = resume{seed: maphash.MakeSeed()}
	r.open()
	for i := int64(1); i <= 60; i++ {
		r.advance(entry(i * sec))
		if i%10 == 0 {
			r.checked(i * sec)
		}
	}
	if want := int(lokiLate/time.Second) + 1; len(r.sent) != want || !r.seen(entry(30*sec)) || r.seen(entry(29*sec)) {
		t.Errorf("window of %d entries from %ds; want the %d within lokiLate of the cursor", len(r.sent), r.floor/sec, want)
	}

	// More entries than the window holds: it keeps those since the last check but one only.
	r = resume{seed: maphash.MakeSeed()}
	r.open()
	n := int64(lokiWindowKeys + 1000)
	for i := int64(1); i <= n; i++ {
		r.advance(entry(i))
		if i == n/2 || i == n {
			r.checked(i)
		}
	}
	if len(r.sent) > lokiWindowKeys {
		t.Errorf("window of %d entries, over its bound of %d", len(r.sent), lokiWindowKeys)
	}

	// What the store returned itself needs no check: the window starts again at the cursor.
	r.advance(entry(n + 1))
	r.confirmed()
	if len(r.sent) != 1 || r.pending() || !r.seen(entry(n+1)) {
		t.Errorf("after a read of the store: window of %d entries, pending %v", len(r.sent), r.pending())
	}
}

// fakeLoki answers query_range from the entries it holds and hands each tail websocket to the
// test, which writes what Loki would: a Loki whose tail repeats and leaves out entries at will.
type fakeLoki struct {
	url   string
	mu    sync.Mutex
	held  []lokiEntry
	tails chan *fakeTail
}

// fakeTail is one open tail websocket and the start it was asked for.
type fakeTail struct {
	t     *testing.T
	start int64
	conn  *websocket.Conn
}

func newFakeLoki(t *testing.T) *fakeLoki {
	f := &fakeLoki{tails: make(chan *fakeTail, 4)}
	mux := http.NewServeMux()
	mux.HandleFunc("/loki/api/v1/query_range", func(w http.ResponseWriter, r *http.Request) {
		q := r.URL.Query()
		start, _ := strconv.ParseInt(q.Get("start"), 10, 64)
		end, _ := strconv.ParseInt(q.Get("end"), 10, 64)
		limit, _ := strconv.Atoi(q.Get("limit"))
		if q.Get("direction") != "forward" {
			http.Error(w, "the fake reads forward only", http.StatusBadRequest)
			return
		}
		f.mu.Lock()
		var es []lokiEntry
		for _, e := range f.held {
			if e.ts >= start && e.ts < end && len(es) < limit {
				es = append(es, e)
			}
		}
		f.mu.Unlock()
		json.NewEncoder(w).Encode(map[string]any{"status": "success", "data": map[string]any{"resultType": "streams", "result": fakeStreams(es)}})
	})
	mux.HandleFunc("/loki/api/v1/tail", func(w http.ResponseWriter, r *http.Request) {
		start, _ := strconv.ParseInt(r.URL.Query().Get("start"), 10, 64)
		conn, err := websocket.Accept(w, r, nil)
		if err != nil {
			return
		}
		ctx := conn.CloseRead(context.Background()) // answers pings; done when the connection is
		f.tails <- &fakeTail{t: t, start: start, conn: conn}
		<-ctx.Done()
	})
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	f.url = srv.URL
	return f
}

// fakeStreams writes entries as Loki does, a stream of its own for each ({app="api"} holds
// app=api).
func fakeStreams(es []lokiEntry) []map[string]any {
	out := []map[string]any{}
	for _, e := range es {
		app := strings.TrimSuffix(strings.TrimPrefix(e.stream, `{app="`), `"}`)
		out = append(out, map[string]any{"stream": map[string]string{"app": app}, "values": [][2]string{{strconv.FormatInt(e.ts, 10), e.line}}})
	}
	return out
}

func (f *fakeLoki) hold(es ...lokiEntry) {
	f.mu.Lock()
	f.held = append(f.held, es...)
	f.mu.Unlock()
}

func (f *fakeLoki) nextTail(t *testing.T) *fakeTail {
	t.Helper()
	select {
	case tl := <-f.tails:
		return tl
	case <-time.After(20 * time.Second):
		t.Fatal("no tail opened")
		return nil
	}
}

// send writes one tail message.
func (tl *fakeTail) send(es ...lokiEntry) {
	tl.t.Helper()
	b, _ := json.Marshal(map[string]any{"streams": fakeStreams(es)})
	if err := tl.conn.Write(context.Background(), websocket.MessageText, b); err != nil {
		tl.t.Fatal(err)
	}
}

// The connect window of a tail: an entry that the tail's history held and that comes again live
// after newer ones is delivered once, and one that the tail left out is read again, when the
// tail has settled or, when it dropped before, on reconnect. At the resume point, the entries
// delivered at its nanosecond are dropped and the others at it delivered.
func TestLokiTailConnectWindow(t *testing.T) {
	for _, tc := range []struct {
		name   string
		settle time.Duration
	}{{"settles", 50 * time.Millisecond}, {"drops first", time.Hour}} {
		t.Run(tc.name, func(t *testing.T) {
			f := newFakeLoki(t)
			g, src := lokiGroup(t, f.url, Options{Lines: -1, Follow: true})
			src.first, src.settle = 10*time.Millisecond, tc.settle
			sink := &entrySink{}
			runInto(t, g, sink)

			tl := f.nextTail(t)
			at := func(d int64, app, line string) lokiEntry {
				return lokiEntry{ts: tl.start + d, stream: `{app="` + app + `"}`, line: line}
			}
			one, gap, two, three := at(1, "api", "one"), at(2, "api", "gap"), at(2, "web", "two"), at(3, "api", "three")
			f.hold(one, gap, two, three)
			tl.send(one, two) // the history, which left gap out
			tl.send(three)
			tl.send(one) // the history's first entry again, live
			if tc.settle < time.Second {
				sink.waitEntries(t, "the left-out entry", func(es []parse.Entry) bool { return len(es) >= 4 })
			} else {
				sink.waitEntries(t, "the tail's entries", func(es []parse.Entry) bool { return len(es) >= 3 })
			}

			// Down: another entry at the resume point's nanosecond, and a newer one.
			threeToo, four := at(3, "web", "three too"), at(4, "api", "four")
			f.hold(threeToo, four)
			tl.conn.CloseNow()
			tl2 := f.nextTail(t)
			if tl2.start != four.ts {
				t.Errorf("the tail resumed at %d, want %d, the newest entry", tl2.start-tl.start, four.ts-tl.start)
			}
			five := at(5, "web", "five")
			f.hold(five)
			tl2.send(four, five)
			tl2.send(four)

			sink.waitEntries(t, "every entry", func(es []parse.Entry) bool { return len(es) >= 7 })
			time.Sleep(100 * time.Millisecond) // a duplicate would come within this
			count := map[string]int{}
			for _, e := range sink.snapshot() {
				count[e.Raw]++
			}
			for _, line := range []string{"one", "gap", "two", "three", "three too", "four", "five"} {
				if count[line] != 1 {
					t.Errorf("%q delivered %d times, want once (all: %v)", line, count[line], count)
				}
			}
			if len(count) != 7 {
				t.Errorf("delivered %v, want 7 lines", count)
			}
		})
	}
}

// Loki's live tail can leave an entry out long after it opened, without a word: an ingester whose
// queue to the querier is full drops it, and the querier does not pass that on. The store is
// asked again at every settle interval while entries come, behind the cursor too: the entry left
// out arrives, each entry once. Before, only the tail's first moments were read again, and an
// entry left out later, behind newer ones, was lost for good (a flaky 876 of 900 under load).
func TestLokiTailLeavesOutLater(t *testing.T) {
	f := newFakeLoki(t)
	g, src := lokiGroup(t, f.url, Options{Lines: -1, Follow: true})
	src.first, src.settle = 10*time.Millisecond, 50*time.Millisecond
	sink := &entrySink{}
	runInto(t, g, sink)

	tl := f.nextTail(t)
	at := func(d int64, app, line string) lokiEntry {
		return lokiEntry{ts: tl.start + d, stream: `{app="` + app + `"}`, line: line}
	}
	one := at(1, "api", "one")
	f.hold(one)
	tl.send(one)
	sink.waitEntries(t, "the first entry", func(es []parse.Entry) bool { return len(es) >= 1 })
	time.Sleep(5 * src.settle) // the connect window has long been read again

	two, left, three, four := at(2, "api", "two"), at(3, "web", "left out"), at(4, "api", "three"), at(5, "web", "four")
	f.hold(two, left, three, four)
	tl.send(two, three)
	tl.send(four)
	sink.waitEntries(t, "the entry the tail left out", func(es []parse.Entry) bool { return len(es) >= 5 })
	tl.send(three) // and one sent twice
	time.Sleep(5 * src.settle)
	count := map[string]int{}
	for _, e := range sink.snapshot() {
		count[e.Raw]++
	}
	if len(count) != 5 || count["one"] != 1 || count["two"] != 1 || count["left out"] != 1 || count["three"] != 1 || count["four"] != 1 {
		t.Errorf("delivered %v, want each of the five once", count)
	}
}

// TestLokiCutLine feeds a Loki line longer than the entry cap whose cut falls inside a UTF-8
// character: the entry ends before that character and keeps the line's length before the cut.
func TestLokiCutLine(t *testing.T) {
	s := newSource("loki:x", "loki:x", "", kindLoki)
	sink := &entrySink{}
	out := sinkOutput{mu: new(syncMutex), sink: sink}
	realStreams := func(name string, written func(int64) time.Time) lineSink {
		return parse.NewStream(name, parse.StreamOptions{MaxEntryBytes: 16, Written: written})
	}
	r := newLokiReader(s, Options{MaxEntryBytes: 16, Now: time.Now}, realStreams, out)
	line := "level=info msg=é" + strings.Repeat("é", 20) // the 16th byte is inside an é
	r.add([]lokiEntry{{ts: 1, stream: `{app="a"}`, line: line}})
	r.deliver()
	got := sink.snapshot()
	if len(got) != 1 {
		t.Fatalf("%d entries", len(got))
	}
	e := got[0]
	if !e.Truncated || e.Size != int64(len(line)) || !utf8.ValidString(e.Raw) || e.Raw != "level=info msg=" {
		t.Errorf("entry %q truncated %v size %d, want the first 15 bytes of a %d-byte line", e.Raw, e.Truncated, e.Size, len(line))
	}
}

// A tail that stays open but sends nothing while Loki stores new entries (after a restart, Loki
// can keep a tail no ingester feeds) is noticed by asking the store: the entries come each once,
// and the tail is opened again after them.
func TestLokiSilentTail(t *testing.T) {
	f := newFakeLoki(t)
	g, src := lokiGroup(t, f.url, Options{Lines: -1, Follow: true})
	// The connect window is not read again within the test: the quiet check alone finds them.
	src.first, src.settle, src.silent = 10*time.Millisecond, time.Hour, 100*time.Millisecond
	sink := &entrySink{}
	runInto(t, g, sink)

	tl := f.nextTail(t)
	at := func(d int64, line string) lokiEntry {
		return lokiEntry{ts: tl.start + d, stream: `{app="api"}`, line: line}
	}
	one, two, three := at(1, "one"), at(2, "two"), at(3, "three")
	f.hold(one)
	tl.send(one)
	sink.waitEntries(t, "the tail's entry", func(es []parse.Entry) bool { return len(es) >= 1 })
	f.hold(two, three) // stored, never sent by this tail
	tl2 := f.nextTail(t)
	if tl2.start != three.ts {
		t.Errorf("the tail was opened again at %d, want %d, after the entries the store held", tl2.start-tl.start, three.ts-tl.start)
	}
	sink.waitEntries(t, "the stored entries", func(es []parse.Entry) bool { return len(es) >= 3 })
	time.Sleep(50 * time.Millisecond)
	count := map[string]int{}
	for _, e := range sink.snapshot() {
		count[e.Raw]++
	}
	if len(count) != 3 || count["one"] != 1 || count["two"] != 1 || count["three"] != 1 {
		t.Errorf("delivered %v, want one, two and three once each", count)
	}
}

// An answer of query_range larger than the client holds (long lines) is asked for again in
// smaller pages: every entry arrives, once and in order, and no answer read is over the bound.
// Before, the whole answer was read however large: a page of 5,000 lines of 256 KiB is 1.3 GB.
func TestLokiLargeAnswerInSmallerPages(t *testing.T) {
	f := newFakeLoki(t)
	g, src := lokiGroup(t, f.url, Options{All: true})
	src.client.maxAnswer = 1 << 20
	base := time.Now().Add(-time.Minute).UnixNano()
	var want []string
	for i := range 7 {
		line := fmt.Sprintf("level=info n=%d pad=%s", i, strings.Repeat("x", 300<<10))
		f.hold(lokiEntry{ts: base + int64(i), stream: `{app="api"}`, line: line})
		want = append(want, line[:len("level=info n=0")])
	}
	sink := &entrySink{}
	if err := g.Run(context.Background(), sink); err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range sink.snapshot() {
		got = append(got, e.Raw[:min(len(e.Raw), len("level=info n=0"))])
	}
	if !slices.Equal(got, want) {
		t.Fatalf("entries %q, want %q", got, want)
	}
	if src.page > 3 {
		t.Errorf("pages of %d entries kept, want at most 3 of these 300 KiB lines under 1 MiB", src.page)
	}
}
