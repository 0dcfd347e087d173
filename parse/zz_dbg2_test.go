package parse

import (
	"fmt"
	"os"
	"strings"
	"testing"
	"time"
)

func TestZZDbg2(t *testing.T) {
	raw := os.Getenv("DBG_LINES")
	if raw == "" {
		t.Skip()
	}
	s := NewStream("dbg", StreamOptions{Now: func() time.Time { return worldNow }, Location: time.UTC})
	b := &Batch{}
	var off int64
	for _, l := range strings.Split(raw, "\n") {
		s.Line([]byte(l), off, false, b)
		off += int64(len(l)) + 1
	}
	s.Flush(b)
	for i := 0; i < b.Len(); i++ {
		e := b.Entry(i)
		tm := ""
		if e.Time != 0 {
			tm = time.Unix(0, e.Time).UTC().Format(time.RFC3339Nano)
		}
		fmt.Printf("%d lvl=%s t=%s host=%q fmt=%v msg=%q\n   raw=%q\n", e.Offset, e.Level, tm, e.Host, e.Format, e.Message, e.Raw)
	}
}
