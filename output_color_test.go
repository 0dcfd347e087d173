package main

import "testing"

// --color=auto colours a terminal only, and NO_COLOR (any value) turns it off; the flag wins.
func TestColorFollowsNoColor(t *testing.T) {
	env := func(vars ...string) func(string) string {
		return func(k string) string {
			for i := 0; i+1 < len(vars); i += 2 {
				if vars[i] == k {
					return vars[i+1]
				}
			}
			return ""
		}
	}
	for _, c := range []struct {
		color    string
		terminal bool
		env      func(string) string
		want     bool
	}{
		{"auto", true, env("TERM", "xterm-256color"), true},
		{"auto", false, env("TERM", "xterm-256color"), false},
		{"auto", true, env("TERM", "xterm-256color", "NO_COLOR", "1"), false},
		{"auto", true, env("TERM", "dumb"), false},
		{"auto", true, env(), false}, // no TERM: no type of terminal that trawl knows colours of
		{"always", false, env("NO_COLOR", "1"), true},
		{"never", true, env(), false},
	} {
		if got := (config{color: c.color}).colored(c.terminal, c.env); got != c.want {
			t.Errorf("--color=%s, terminal %v: colored %v, want %v", c.color, c.terminal, got, c.want)
		}
	}
}
