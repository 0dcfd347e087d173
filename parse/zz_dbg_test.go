package parse

import (
	"fmt"
	"os"
	"strings"
	"testing"
)

func TestZZDbg(t *testing.T) {
	for _, l := range strings.Split(os.Getenv("DBGLINE"), "\n") {
		p := NewParser(fixedNow)
		r := p.Parse([]byte(l))
		fmt.Printf("%v|%v|%v|%q|%q\n", r.Format, r.Level, r.Time, r.Host.Of([]byte(l)), r.Message.Of([]byte(l)))
	}
}
