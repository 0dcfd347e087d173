package parse

import (
	"os"
	"strings"
	"testing"
)

func TestZZEmb(t *testing.T) {
	data, _ := os.ReadFile(os.Getenv("ZZF"))
	p := NewParser(fixedNow)
	for _, l := range strings.Split(strings.TrimSpace(string(data)), "\n") {
		r := p.Parse([]byte(l))
		t.Logf("%.30s %v t=%d lvl=%v host=%q msg=%q", l, r.Format, r.Time, r.Level, r.Host.Of([]byte(l)), r.Message.Of([]byte(l)))
	}
}
