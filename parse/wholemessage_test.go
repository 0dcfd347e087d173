package parse

import (
	"strings"
	"testing"
)

// A record whose message is a field on a later line (rsyslog's debug template, the journal's
// export format) keeps it whole, colour codes and other control bytes included, without reading
// its text from the first line: an ESC in that field once cut the message past its first line
// and stopped the source's tailer with a slice out of range.
func TestWholeMessageOnALaterLineWithControlBytes(t *testing.T) {
	for name, text := range map[string]string{
		"rsyslog debug": "Debug line with all properties:\n" +
			"FROMHOST: 'x\x1b[31m', fromhost-ip: '10.0.0.9', HOSTNAME: 'web01', PRI: 11,\n" +
			"TIMESTAMP: 'Nov 29 07:41:16', STRUCTURED-DATA: '-',\n" +
			"msg: '\x1b]0;title\x07 disk \x1b[2J full'\n\n",
		"journal export": "__CURSOR=s=1;i=2\n__REALTIME_TIMESTAMP=1795938076000000\nPRIORITY=3\n_HOSTNAME=web01\nMESSAGE=\x1b[31mdisk full\x1b[0m\n\n",
	} {
		t.Run(name, func(t *testing.T) {
			got := feed(t, StreamOptions{}, text)
			if len(got) != 1 {
				t.Fatalf("%d entries, want 1", len(got))
			}
			if e := got[0]; !strings.Contains(e.Message, "disk") || e.Level != Error || e.Host != "web01" {
				t.Fatalf("entry %+v: want the field's message, level error, host web01", e)
			}
		})
	}
}
