package filter

import (
	"testing"

	"github.com/trawl-dev/trawl/parse"
)

func TestMatchEntry(t *testing.T) {
	e := parse.Entry{
		Level: parse.Error, Source: "/var/log/nginx/access.log", Host: "web1", Format: parse.FormatLogfmt,
		Message: "payment gateway timeout", Raw: `level=error msg="payment gateway timeout" user=alice`,
	}
	cases := []struct {
		search string
		want   bool
	}{
		{"", true},
		{"gateway", true},
		{"gtwtmo", true},
		{"'gateway !timeout", false},
		{"^payment timeout$", true},
		{"source:nginx host:web1", true},
		{"source:app", false},
		{"level:>=warn", true},
		{"level:critical", false},
		{"user:alice", true},
		{"user:bob | 'payment", true},
		{"/time(out)?$/", true},
	}
	for _, c := range cases {
		m, err := Compile(Query{Levels: AllLevels(), Search: c.search})
		if err != nil {
			t.Fatalf("%q: %v", c.search, err)
		}
		if got := m.MatchEntry(&e); got != c.want {
			t.Errorf("MatchEntry(%q) = %v, want %v", c.search, got, c.want)
		}
	}
	levels := AllLevels()
	levels[parse.Error] = false
	m, _ := Compile(Query{Levels: levels})
	if m.MatchEntry(&e) {
		t.Error("a disabled level matched")
	}
}

func TestMatchEntryAllocatesNothing(t *testing.T) {
	e := parse.Entry{Level: parse.Info, Source: "app.log", Message: "request served in 12ms"}
	m, _ := Compile(Query{Levels: AllLevels(), Search: "served 'ms !error"})
	if n := testing.AllocsPerRun(100, func() { m.MatchEntry(&e) }); n != 0 {
		t.Errorf("MatchEntry allocates %v times per call", n)
	}
}

// Headless, a search for a syslog line's program finds it, as the timeline does: its text is the
// message with the program's tag before it (parse.Entry.Shown).
func TestMatchEntryFindsTheProgram(t *testing.T) {
	raw := "Mar  1 12:00:02 vm sshd[812]: Accepted publickey for deploy"
	e := parse.Entry{Format: parse.FormatRFC3164, Raw: raw, Message: "Accepted publickey for deploy", Level: parse.Info}
	for q, want := range map[string]bool{"'sshd": true, "'sshd[812]": true, "'deploy": true, "'vm sshd": false} {
		m, err := Compile(Query{Levels: AllLevels(), Search: q})
		if err != nil {
			t.Fatal(err)
		}
		if got := m.MatchEntry(&e); got != want {
			t.Errorf("%s: match %v, want %v", q, got, want)
		}
	}
}
