package parse

import (
	"fmt"
	"strings"
	"testing"
)

// xapiLine is a line of XenServer's xapi in a collector's file, its level w padded in a column.
func xapiLine(stamp, w string, i int) string {
	return fmt.Sprintf("%sxcp01 xapi: [%5s||%d HTTPS 10.20.0.5->:::80|session.login D:1f2e%d|xapi_session] step %d\n", stamp, w, 400+i, i, i)
}

// A collector's file where one program in three keeps its level in a column of its own among other
// programs' lines: the source's column is never learned over them all, the program's column is, and
// gives that program's lines their levels, the first ones included, and no level to the others.
func TestProgramColumnInACollectorsFile(t *testing.T) {
	words := []string{"info", "debug", "warn", "error"}
	others := []string{
		"web01 sshd[812]: Accepted publickey for deploy from 10.0.0.7 port 50122 ssh2",
		"web01 CRON[4120]: (root) CMD (run-parts /etc/cron.hourly)",
		"nas02 smbd[2210]: connect to service data initially as user alice",
		"web01 systemd[1]: Started Daily apt download activities.",
	}
	var sb strings.Builder
	var want []Level
	for i := 0; i < 90; i++ {
		stamp := fmt.Sprintf("Nov 29 07:%02d:%02d ", i/60, i%60)
		if i%3 != 0 {
			sb.WriteString(stamp + others[i%4] + "\n")
			want = append(want, Unknown)
			continue
		}
		w := words[(i/3)%4]
		sb.WriteString(xapiLine(stamp, w, i))
		lvl, _ := ParseLevel([]byte(w))
		want = append(want, lvl)
	}
	got := feed(t, StreamOptions{}, sb.String())
	if len(got) != len(want) {
		t.Fatalf("%d entries, want %d", len(got), len(want))
	}
	for i, e := range got {
		if e.Level != want[i] {
			t.Errorf("entry %d: level %v, want %v\n\tline: %s", i, e.Level, want[i], e.Raw)
		}
	}
}

// A line's level from its program's column does not depend on the line after it: a next line of
// the same program that makes the column be given up does not take the level back.
func TestProgramColumnReadBeforeTheNextLine(t *testing.T) {
	words := []string{"info", "debug", "warn", "error"}
	var head strings.Builder
	for i := 0; i < 240; i++ {
		stamp := fmt.Sprintf("Nov 29 07:%02d:%02d ", i/60%60, i%60)
		switch i % 3 {
		case 0:
			head.WriteString(xapiLine(stamp, words[(i/3)%4], i))
		case 1:
			head.WriteString(stamp + "web01 CRON[4120]: (root) CMD (run-parts /etc/cron.hourly)\n")
		default:
			head.WriteString(stamp + "nas02 smbd[2210]: connect to service data initially as user alice\n")
		}
	}
	target := xapiLine("Nov 29 08:01:20 ", "debug", 480)
	for _, next := range []string{
		"Nov 29 08:01:21 web01 sshd[812]: Accepted publickey for deploy from 10.0.0.7 port 50122 ssh2\n",
		"Nov 29 08:01:21 xcp01 xapi: [    E||481 HTTPS 10.20.0.5->:::80|session.login D:1f2e481|xapi_session] step 481\n",
	} {
		got := feed(t, StreamOptions{}, head.String()+target+next)
		if e := got[240]; e.Level != Debug {
			t.Errorf("with %q after it: level %v, want debug\n\tline: %s", next, e.Level, e.Raw)
		}
	}
}

// A program's status word in the same place on a few lines ("state: ERROR", "state: INFO") is no
// level column yet: a program's column is read only once it has held over a screenful of lines.
func TestProgramColumnNotFromAFewLines(t *testing.T) {
	lines := []string{
		"Nov 29 07:41:10 sched01 jobd[311]: job nightly-backup: state: INFO",
		"Nov 29 07:41:10 web01 sshd[812]: Accepted publickey for deploy from 10.0.0.4 port 51234 ssh2",
		"Nov 29 07:41:11 sched01 jobd[311]: job db-vacuum: state: ERROR",
		"Nov 29 07:41:12 web01 CRON[2201]: (root) CMD (run-parts /etc/cron.hourly)",
		"Nov 29 07:41:13 sched01 jobd[311]: job report-mail: state: WARN",
		"Nov 29 07:41:14 sched01 jobd[311]: job cleanup: state: DEBUG",
	}
	for _, e := range feed(t, StreamOptions{}, strings.Join(lines, "\n")+"\n") {
		if e.Level != Unknown {
			t.Errorf("level %v, want none\n\tline: %s", e.Level, e.Raw)
		}
	}
}
