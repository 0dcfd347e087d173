package parse

import (
	"testing"
	"time"
)

// TestCEFExtension: a CEF record without a syslog header takes its time from rt= (or end=,
// start=) and its device from dvchost= (or dvc=), with values that hold blanks and escapes; its
// header's severity is no level.
func TestCEFExtension(t *testing.T) {
	for _, c := range []struct {
		line, time, host string
	}{
		{`CEF:0|Acme|Firewall|6.6|0|Generic|0|deviceExternalId=Master FW node 1 dvc=10.1.1.40 dvchost=fw-1.example.net msg=log server connection established rt=Nov 29 2026 07:41:16`,
			"2026-11-29T07:41:16Z", "fw-1.example.net"},
		{`CEF:0|Acme|WAF|15.1|Sig|a\|b|High|act=block src=203.0.113.45 rt=1795938076123 dvc=10.20.0.7`,
			"2026-11-29T07:41:16.123Z", "10.20.0.7"},
		{`<14>CEF:0|Acme|WAF|15.1|Login|User admin logged in|High|suser=admin end=Nov 29 2026 07:41:18 cat=SystemEvent`,
			"2026-11-29T07:41:18Z", ""},
		{`CEF:0|Acme|WAF|15.1|Login|no extension`, "", ""},
		{`CEF:0|V|P|1|2|N|3|cnt=1 start=12 dvc=10.0.0.1`, "", "10.0.0.1"},
		{`CEF:0|V|P|1|2|N|3|start=1795938076000 end=5 dvc=10.0.0.1`, "2026-11-29T07:41:16Z", "10.0.0.1"},
		{`CEF:0|Acme|WAF|15.1|Login|x|3|msg=a\=b rt=not a time my_dvc=10.0.0.9`, "", ""},
	} {
		rec := NewParser(func() time.Time { return worldNow }).Parse([]byte(c.line))
		if got := worldFmt(rec.Time); got != c.time && !(c.time == "" && rec.Time == 0) {
			t.Errorf("%q: time %s, want %q", c.line, got, c.time)
		}
		if got := string(rec.Host.Of([]byte(c.line))); got != c.host {
			t.Errorf("%q: host %q, want %q", c.line, got, c.host)
		}
		if rec.Level != Unknown && c.line[0] != '<' {
			t.Errorf("%q: level %v from the CEF severity, want none", c.line, rec.Level)
		}
	}
}

// TestCEFExtensionAllocatesNothing: reading a CEF record is on Parse's path, which allocates
// nothing per line.
func TestCEFExtensionAllocatesNothing(t *testing.T) {
	if raceEnabled {
		t.Skip("the race detector allocates")
	}
	line := []byte(`CEF:0|Acme|WAF|15.1|Sig|name|High|act=block src=203.0.113.45 rt=1795938076123 dvchost=waf-1`)
	p := NewParser(func() time.Time { return worldNow })
	if n := testing.AllocsPerRun(100, func() { p.Parse(line) }); n != 0 {
		t.Errorf("%v allocations per line, want 0", n)
	}
}
