package main

import (
	"io"
	"testing"

	"github.com/trawl-dev/trawl/filter"
	"github.com/trawl-dev/trawl/parse"
)

// --source 'my app' selects the source whose name holds "my app", not "my" and a fuzzy "app".
func TestSourceFlagWithSpace(t *testing.T) {
	cfg, err := parseArgs([]string{"--source", "my app", "x.log"}, io.Discard)
	if err != nil {
		t.Fatal(err)
	}
	m, err := filter.Compile(filter.Query{Levels: filter.AllLevels(), Search: cfg.search()})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		source, msg string
		want        bool
	}{
		{"/var/log/my app.log", "started", true},
		{"/var/log/my.log", "app started", false},
	} {
		e := parse.Entry{Source: c.source, Message: c.msg, Raw: c.msg, Level: parse.Info}
		if got := m.MatchEntry(&e); got != c.want {
			t.Errorf("search %q on source %q, message %q: %v, want %v", cfg.search(), c.source, c.msg, got, c.want)
		}
	}
}
