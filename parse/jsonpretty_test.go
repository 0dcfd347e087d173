package parse

import (
	"encoding/json"
	"strings"
	"testing"
	"time"
)

// The shape jq, gcloud logging read --format=json and ConvertTo-Json write: each element's brace
// on its own line, indented under the array's.
func TestJSONArrayOfPrettyObjects(t *testing.T) {
	text := "[\n" +
		"  {\n" +
		"    \"insertId\": \"4f1c2a\",\n" +
		"    \"resource\": {\n" +
		"      \"labels\": {\"instance_id\": \"412\"},\n" +
		"      \"type\": \"gce_instance\"\n" +
		"    },\n" +
		"    \"severity\": \"ERROR\",\n" +
		"    \"textPayload\": \"payment gateway unreachable\",\n" +
		"    \"timestamp\": \"2026-11-29T07:41:16.412Z\"\n" +
		"  },\n" +
		"  {\n" +
		"    \"severity\": \"INFO\",\n" +
		"    \"textPayload\": \"retry {ok}\",\n" +
		"    \"timestamp\": \"2026-11-29T07:41:17Z\"\n" +
		"  }\n" +
		"]\n"
	got := feed(t, StreamOptions{Now: func() time.Time { return locateNow }}, text)
	wantElements(t, got,
		"2026-11-29T07:41:16.412Z error payment gateway unreachable",
		"2026-11-29T07:41:17Z info retry {ok}")
	if len(got) != 4 || got[0].Raw != "[" || !strings.HasPrefix(got[1].Raw, "  {") || !strings.HasSuffix(got[2].Raw, "  }") || got[3].Raw != "]" {
		t.Errorf("got %d entries: want the array's brackets as lines of their own, each element from its brace to its closing one", len(got))
	}
}

// macOS's log show --style json opens each object on the line that closes the one before.
func TestJSONArrayJoinedObjects(t *testing.T) {
	text := "[{\n" +
		"  \"eventMessage\" : \"sync started for account 4\",\n" +
		"  \"backtrace\" : {\n" +
		"    \"frames\" : [\n" +
		"      {\n" +
		"        \"imageOffset\" : 41207\n" +
		"      }\n" +
		"    ]\n" +
		"  },\n" +
		"  \"timestamp\" : \"2026-11-29 08:41:16.412345+0100\",\n" +
		"  \"messageType\" : \"Default\"\n" +
		"},{\n" +
		"  \"eventMessage\" : \"the store is gone\",\n" +
		"  \"timestamp\" : \"2026-11-29 08:41:18.000000+0100\",\n" +
		"  \"messageType\" : \"Fault\"\n" +
		"}]\n"
	got := feed(t, StreamOptions{Now: func() time.Time { return locateNow }}, text)
	wantElements(t, got,
		"2026-11-29T07:41:16.412345Z notice sync started for account 4",
		"2026-11-29T07:41:18Z critical the store is gone")
}

// PowerShell 5's ConvertTo-Json: four blanks, CRLF, and .NET's "\/Date(…)\/" for a time.
func TestJSONArrayFromConvertToJSON(t *testing.T) {
	text := "[\r\n" +
		"    {\r\n" +
		"        \"Id\":  4625,\r\n" +
		"        \"LevelDisplayName\":  \"Error\",\r\n" +
		"        \"Message\":  \"An account failed to log on.\",\r\n" +
		"        \"TimeCreated\":  \"\\/Date(1795938076412)\\/\",\r\n" +
		"        \"MachineName\":  \"WS-0412.contoso.local\"\r\n" +
		"    }\r\n" +
		"]\r\n"
	got := feed(t, StreamOptions{Now: func() time.Time { return locateNow }}, text)
	wantElements(t, got, "2026-11-29T07:41:16.412Z error An account failed to log on.")
	if got := withoutBrackets(got); got[0].Host != "WS-0412.contoso.local" {
		t.Errorf("host %q, want the MachineName", got[0].Host)
	}
}

// A read that begins inside the array (the newest lines of a large export) learns its shape
// from the file's head, and the part of an element it begins in stays text.
func TestJSONArrayFromHead(t *testing.T) {
	head := "[\n  {\n    \"severity\": \"INFO\",\n"
	s := NewStream("export.json", StreamOptions{Now: func() time.Time { return locateNow }})
	s.Head([]byte(head))
	b := &Batch{}
	lines := []string{
		`    "timestamp": "2026-11-29T07:41:15Z"`,
		`  },`,
		`  {`,
		`    "severity": "WARNING",`,
		`    "timestamp": "2026-11-29T07:41:16Z"`,
		`  }`,
		`]`,
	}
	var off int64 = 4120
	for _, l := range lines {
		s.Line([]byte(l), off, false, b)
		off += int64(len(l)) + 1
	}
	s.Flush(b)
	if b.Len() != 3 || string(b.Entry(2).Raw) != "]" {
		t.Fatalf("got %d entries, want the part read of one element, the next one whole and the closing bracket", b.Len())
	}
	if e := b.Entry(1); e.Level != Warn || fmtTime(e.Time) != "2026-11-29T07:41:16Z" {
		t.Errorf("second entry: level %v, time %s; want the element's warning at 07:41:16", e.Level, fmtTime(e.Time))
	}
}

// An array is over at its closing bracket, or at a line no element can hold: what follows is read
// as it would be without it, and a second array is read as the first.
func TestJSONArrayEnds(t *testing.T) {
	element := func(at, text string) string {
		return "  {\n    \"timestamp\": \"" + at + "\",\n    \"textPayload\": \"" + text + "\"\n  }"
	}
	text := "[\n" + element("2026-11-29T07:41:16.412Z", "run1 a") + ",\n" + element("2026-11-29T07:41:17Z", "run1 b") + "\n]\n" +
		"[\n" + element("2026-11-29T08:41:16Z", "run2 a") + "\n]\n" +
		"2026-11-29 08:42:00 INFO service restarted\n" +
		"[\n" +
		"  {\n" +
		"2026-11-29 08:42:01 ERROR still failing\n"
	got := feed(t, StreamOptions{Now: func() time.Time { return locateNow }}, text)
	wantElements(t, got,
		"2026-11-29T07:41:16.412Z  run1 a",
		"2026-11-29T07:41:17Z  run1 b",
		"2026-11-29T08:41:16Z  run2 a",
		"2026-11-29T08:42:00Z info service restarted\n[",
		"    {", // an element cut off, a line of its own
		"2026-11-29T08:42:01Z error still failing")
}

// An array cut off before its bracket (a file rotated while it was written) is followed by the
// next one, read as an array too.
func TestJSONArrayCutOff(t *testing.T) {
	text := "[\n  {\n    \"timestamp\": \"2026-11-29T07:41:16Z\",\n    \"textPayload\": \"a\"\n  },\n" +
		"[\n  {\n    \"timestamp\": \"2026-11-29T07:41:17Z\",\n    \"textPayload\": \"b\"\n  }\n]\n"
	got := feed(t, StreamOptions{Now: func() time.Time { return locateNow }}, text)
	wantElements(t, got, "2026-11-29T07:41:16Z  a", "2026-11-29T07:41:17Z  b")
}

// A file that only starts with "[" is no array of records unless its next line opens one.
func TestJSONArrayNeedsAnElement(t *testing.T) {
	text := "[\n" +
		"2026-11-29 07:41:16 INFO started\n" +
		"  {\n" +
		"2026-11-29 07:41:17 INFO ready\n"
	got := feed(t, StreamOptions{Now: func() time.Time { return locateNow }}, text)
	if len(got) != 3 {
		t.Fatalf("got %d entries, want 3: the bracket, then two timed lines", len(got))
	}
}

// An object written over lines exports its members as its fields, whichever way it was opened and
// closed, and the fast writer agrees with the slow one.
func TestPrettyObjectFields(t *testing.T) {
	texts := map[string]string{
		"journalctl -o json-pretty": "{\n  \"MESSAGE\" : \"hello\",\n  \"PRIORITY\" : \"3\",\n  \"_BOOT\" : {\"n\": 1}\n}",
		"the first element":         "[\n  {\n    \"MESSAGE\": \"hello\",\n    \"PRIORITY\": \"3\",\n    \"_BOOT\": {\"n\": 1}\n  },",
		"an element closed below":   "},{\n  \"MESSAGE\" : \"hello\",\n  \"PRIORITY\" : \"3\",\n  \"_BOOT\" : {\n    \"n\" : 1\n  }",
		"the last element":          "},{\n  \"MESSAGE\" : \"hello\",\n  \"PRIORITY\" : \"3\",\n  \"_BOOT\" : {\"n\" : 1}\n}]",
	}
	for name, raw := range texts {
		e := Entry{Format: FormatJSON, Source: "a.json", Message: "hello", Raw: raw}
		var out struct{ Fields map[string]any }
		if err := json.Unmarshal(AppendJSON(nil, e), &out); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if out.Fields["PRIORITY"] != "3" || out.Fields["_BOOT"] == nil {
			t.Errorf("%s: fields %v, want the object's members", name, out.Fields)
		}
		checkEquivalent(t, raw)
	}
}

// wantElements checks each entry's time, level and message, written "time level message".
func wantElements(t *testing.T, got []Entry, want ...string) {
	t.Helper()
	got = withoutBrackets(got)
	if len(got) != len(want) {
		t.Fatalf("got %d entries, want %d", len(got), len(want))
	}
	for i, e := range got {
		if have := fmtTime(e.Time) + " " + e.Level.Name() + " " + e.Message; have != want[i] {
			t.Errorf("entry %d: %q, want %q", i, have, want[i])
		}
	}
}

// withoutBrackets leaves out the entries that are an array's bracket alone, "[" or "]": lines of
// their own, no element's.
func withoutBrackets(got []Entry) []Entry {
	var kept []Entry
	for _, e := range got {
		if raw := strings.TrimSpace(e.Raw); raw != "[" && raw != "]" {
			kept = append(kept, e)
		}
	}
	return kept
}
