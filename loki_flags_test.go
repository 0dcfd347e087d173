package main

import (
	"io"
	"testing"

	"github.com/trawl-dev/trawl/tail"
)

// Loki is addressed as logcli users already do: the LOKI_* environment, which the flags override;
// the secrets come only from the environment.
func TestLokiEnv(t *testing.T) {
	env := map[string]string{
		"LOKI_ADDR": "https://logs.example:3100", "LOKI_ORG_ID": "team-a", "LOKI_USERNAME": "bob",
		"LOKI_PASSWORD": "pw", "LOKI_BEARER_TOKEN": "tok", "LOKI_TLS_SKIP_VERIFY": "true",
	}
	got := lokiEnv(tail.Loki{OrgID: "team-b"}, func(k string) string { return env[k] })
	want := tail.Loki{Addr: "https://logs.example:3100", OrgID: "team-b", Username: "bob", Password: "pw", BearerToken: "tok", TLSSkipVerify: true}
	if got != want {
		t.Errorf("lokiEnv = %+v, want %+v", got, want)
	}
	if got := lokiEnv(tail.Loki{}, func(string) string { return "" }); got != (tail.Loki{}) {
		t.Errorf("empty environment: %+v", got)
	}

	t.Setenv("LOKI_ADDR", "http://from-env:3100")
	cfg, err := parseArgs([]string{"--loki-addr", "http://from-flag:3100", "--loki-tls-skip-verify", `loki:{app="api"}`}, io.Discard)
	if err != nil {
		t.Fatal(err)
	}
	if o := cfg.tailOptions().Loki; o.Addr != "http://from-flag:3100" || !o.TLSSkipVerify {
		t.Errorf("options %+v, want the flags", o)
	}
	if len(cfg.paths) != 1 || cfg.paths[0] != `loki:{app="api"}` {
		t.Errorf("paths %q", cfg.paths)
	}
}
