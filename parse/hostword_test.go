package parse

import (
	"fmt"
	"strings"
	"testing"
)

// TestStreamLearnsWhetherAWordIsAHost: a BSD-stamped line with a plain word and no tag after the
// time names a host when the word repeats (a device that names itself so), and begins a sentence
// when the source's lines open with a new word each time (a program that stamps its own lines).
func TestStreamLearnsWhetherAWordIsAHost(t *testing.T) {
	type want struct{ host, msg string }
	for _, c := range []struct {
		name  string
		lines []string
		want  []want
	}{{
		name: "a program's sentences",
		lines: []string{
			"Nov 29 07:41:16 Guardian is launching an instance",
			"Nov 29 07:41:16 Loading '/usr/lib/backend.so'",
			"Nov 29 07:41:17 Listening on controlsocket",
			"Nov 29 07:41:17 Done launching threads, ready to distribute questions",
		},
		want: []want{{"", "Guardian is launching an instance"}, {"", "Loading '/usr/lib/backend.so'"},
			{"", "Listening on controlsocket"}, {"", "Done launching threads, ready to distribute questions"}},
	}, {
		name: "a device that names itself with a plain word",
		lines: []string{
			"Nov 29 07:41:16 NAS started backup job 12",
			"Nov 29 07:41:18 NAS disk 2 temperature high",
			"Nov 29 07:42:01 NAS finished backup job 12",
		},
		want: []want{{"NAS", "started backup job 12"}, {"NAS", "disk 2 temperature high"}, {"NAS", "finished backup job 12"}},
	}, {
		name: "tagged lines keep their host among sentences",
		lines: []string{
			"Nov 29 07:41:16 Starting the resolver",
			"Nov 29 07:41:16 Gateway kernel: eth0 link up",
			"Nov 29 07:41:17 Reading the zone files",
			"Nov 29 07:41:17 Serving 12 zones",
			"Nov 29 07:41:18 Gateway kernel: eth1 link up",
		},
		want: []want{{"", "Starting the resolver"}, {"Gateway", "eth0 link up"}, {"", "Reading the zone files"},
			{"", "Serving 12 zones"}, {"Gateway", "eth1 link up"}},
	}, {
		name: "a collector's devices named in lower case",
		lines: []string{
			"Nov 29 07:41:16 gateway Link up on eth0",
			"Nov 29 07:41:17 printer Paper jam in tray 2",
			"Nov 29 07:41:18 camera Motion detected",
		},
		want: []want{{"gateway", "Link up on eth0"}, {"printer", "Paper jam in tray 2"}, {"camera", "Motion detected"}},
	}, {
		name: "a sentence's opening repeated now and then",
		lines: []string{
			"Nov 29 07:41:16 Guardian is launching an instance",
			"Nov 29 07:41:16 Listening on controlsocket",
			"Nov 29 07:41:16 Listening for UDP queries on 0.0.0.0:53",
			"Nov 29 07:41:16 Listening for TCP queries on 0.0.0.0:53",
			"Nov 29 07:41:17 Creating backend connection for TCP",
			"Nov 29 07:41:17 Done launching threads",
		},
		want: []want{{"", "Guardian is launching an instance"}, {"", "Listening on controlsocket"},
			{"", "Listening for UDP queries on 0.0.0.0:53"}, {"", "Listening for TCP queries on 0.0.0.0:53"},
			{"", "Creating backend connection for TCP"}, {"", "Done launching threads"}},
	}, {
		name: "routers named like words, their topics after the name",
		lines: []string{
			"Nov 30 07:41:00 HomeAP system,info,account user admin logged in from 10.0.0.2 via winbox",
			"Nov 30 07:41:01 CoreRouter dhcp,info defconf assigned 192.168.88.10",
			"Nov 30 07:41:02 Garage wireless,info 4C:11:22:33:44:55@wlan1: connected",
		},
		want: []want{{"HomeAP", "system,info,account user admin logged in from 10.0.0.2 via winbox"},
			{"CoreRouter", "dhcp,info defconf assigned 192.168.88.10"}, {"Garage", "wireless,info 4C:11:22:33:44:55@wlan1: connected"}},
	}, {
		name: "a verdict stands: lines of one shape read alike throughout",
		lines: []string{
			"Nov 30 07:41:16 Connected to peer 0",
			"Nov 30 07:41:17 Disconnected from peer 1",
			"Nov 30 07:41:18 Connected to peer 2",
			"Nov 30 07:41:19 Connected to peer 3",
			"Nov 30 07:41:20 Connected to peer 4",
		},
		want: []want{{"", "Connected to peer 0"}, {"", "Disconnected from peer 1"}, {"", "Connected to peer 2"},
			{"", "Connected to peer 3"}, {"", "Connected to peer 4"}},
	}, {
		name: "a word before a list that names no severity is no router",
		lines: []string{
			"Nov 30 07:41:16 Users alice,bob logged in",
			"Nov 30 07:41:17 Removed pkgs,libs done",
		},
		want: []want{{"", "Users alice,bob logged in"}, {"", "Removed pkgs,libs done"}},
	}, {
		name: "names with digits, dashes or dots are hosts however they vary",
		lines: []string{
			"Nov 29 07:41:16 sw-1 port 3 down",
			"Nov 29 07:41:16 ap2 client joined",
			"Nov 29 07:41:17 nas.lan backup started",
		},
		want: []want{{"sw-1", "port 3 down"}, {"ap2", "client joined"}, {"nas.lan", "backup started"}},
	}, {
		name: "a sender on the wire wrote a host by the RFC",
		lines: []string{
			"<13>Nov 29 07:41:16 Gateway link up",
			"<13>Nov 29 07:41:16 Printer out of paper",
			"<13>Nov 29 07:41:17 Camera motion detected",
		},
		want: []want{{"Gateway", "link up"}, {"Printer", "out of paper"}, {"Camera", "motion detected"}},
	}} {
		t.Run(c.name, func(t *testing.T) {
			got := feed(t, StreamOptions{}, strings.Join(c.lines, "\n")+"\n")
			if len(got) != len(c.want) {
				t.Fatalf("%d entries, want %d", len(got), len(c.want))
			}
			for i, w := range c.want {
				if got[i].Host != w.host || got[i].Message != w.msg || got[i].Format != FormatRFC3164 {
					t.Errorf("%q: host %q, message %q, format %v; want %q, %q, RFC 3164", c.lines[i], got[i].Host, got[i].Message, got[i].Format, w.host, w.msg)
				}
			}
		})
	}
}

// TestStreamHostVerdictAcrossBatches: a source read in small batches, as a live tailer hands its
// lines over, applies the verdict to every line after the one that made it.
func TestStreamHostVerdictAcrossBatches(t *testing.T) {
	s := NewStream("pdns.log", StreamOptions{Now: fixedNow})
	lines := []string{
		"Nov 29 07:41:16 Guardian is launching an instance",
		"Nov 29 07:41:16 Loading the backend",
		"Nov 29 07:41:17 Creating backend connection for TCP",
		"Nov 29 07:41:17 About to create 3 backend threads",
		"Nov 29 07:41:18 Polling backends for fresh data",
	}
	var hosts []string
	var off int64
	for _, l := range lines {
		b := &Batch{}
		s.Line([]byte(l), off, false, b)
		off += int64(len(l)) + 1
		for i := range b.Items {
			hosts = append(hosts, b.Entry(i).Host)
		}
	}
	b := &Batch{}
	s.Flush(b)
	for i := range b.Items {
		hosts = append(hosts, b.Entry(i).Host)
	}
	if len(hosts) != len(lines) {
		t.Fatalf("%d entries, want %d", len(hosts), len(lines))
	}
	for i, h := range hosts[2:] {
		if h != "" {
			t.Errorf("%q: host %q after the verdict, want none", lines[i+2], h)
		}
	}
}

// TestStreamHostVerdictTurnsTwice: a verdict that turns to prose, back, and to prose again reads
// the batch's entries again without touching the ones read as prose already.
func TestStreamHostVerdictTurnsTwice(t *testing.T) {
	var text string
	for i, w := range []string{"Alpha", "Alpha", "Beta", "Gamma", "Alpha", "Delta", "Epsilon", "Zeta", "Eta", "Theta"} {
		text += fmt.Sprintf("Nov 30 07:41:%02d %s line %d\n", 16+i, w, i)
	}
	got := feed(t, StreamOptions{}, text)
	if len(got) != 10 {
		t.Fatalf("%d entries, want 10", len(got))
	}
	for _, e := range got[6:] {
		if e.Host != "" {
			t.Errorf("%q: host %q after the verdict, want none", e.Raw, e.Host)
		}
	}
}
