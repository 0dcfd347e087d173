package parse

import "testing"

func TestZZX(t *testing.T) {
	l := []byte("2026-12-02 04:23:04,404 p=23347 u=root n=ansible | TASK [warn] ****************************************")
	for k := 24; k < 70; k += 1 {
		var rec Record
		var lx layoutLine
		ok := headerLevel(l, k, &rec, &lx)
		if ok {
			t.Logf("from %d %q: %v", k, l[k:], rec.Level)
			break
		}
	}
	t.Logf("%v", bannerRule(l, 63))
}
