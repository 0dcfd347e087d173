package parse

import (
	"fmt"
	"os"
	"strings"
	"testing"
	"time"
)

func TestZZDbg(t *testing.T) {
	b, err := os.ReadFile(os.Getenv("DBGFILE"))
	if err != nil {
		t.Skip()
	}
	s := NewStream("dbg", StreamOptions{Now: func() time.Time { return worldNow }, Location: time.UTC})
	bt := &Batch{}
	var off int64
	for _, l := range strings.Split(strings.TrimRight(string(b), "\n"), "\n") {
		s.Line([]byte(l), off, false, bt)
		off += int64(len(l)) + 1
	}
	s.Flush(bt)
	for i := 0; i < bt.Len(); i++ {
		e := bt.Entry(i)
		ts := ""
		if e.Time != 0 {
			ts = time.Unix(0, e.Time).UTC().Format(time.RFC3339Nano)
		}
		fmt.Printf("%s|%s|%s|%v| %.100q\n", ts, e.Level, e.Host, e.Format, e.Raw)
	}
}
