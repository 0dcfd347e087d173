package parse

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// ausearch -i writes "----" before each event and the event's records under it. A session's events
// repeat the same shapes, and the repetition must not make the separator a block's header that
// takes the next event: each event is one entry, each separator one of its own.
// testdata/ausearch-i.log is ausearch's output for a real auditd on this project's test machine
// (su and sudo sessions with wrong passwords); after 80 entries the separator had begun to open
// each event.
func TestAusearchEventsStayApart(t *testing.T) {
	text, err := os.ReadFile(filepath.Join("testdata", "ausearch-i.log"))
	if err != nil {
		t.Fatal(err)
	}
	got := feed(t, StreamOptions{}, string(text))
	if want := strings.Count(string(text), "----\n") * 2; len(got) != want {
		t.Errorf("%d entries, want %d: the separators and the events apart", len(got), want)
	}
	for i, e := range got {
		lines := strings.Split(e.Raw, "\n")
		if e.Raw == "----" {
			continue
		}
		for _, l := range lines {
			if auditID([]byte(l)) == nil || string(auditID([]byte(l))) != string(auditID([]byte(lines[0]))) {
				t.Fatalf("entry %d holds %q: want one event's records only", i, e.Raw)
			}
		}
	}
}
