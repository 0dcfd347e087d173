package tail

import (
	"sync"
	"testing"

	"github.com/trawl-dev/trawl/parse"
)

// BenchmarkJournalReader measures turning journalctl's JSON output into batches, which runs
// beside journalctl itself: it must stay well below journalctl's own cost per entry.
func BenchmarkJournalReader(b *testing.B) {
	line := []byte(`{"__CURSOR":"s=eca1ac62bc80459985008a402089ea74;i=1;b=0123456789abcdef0123456789abcdef;m=3e8;t=60a24181e4000;x=d814ee1981277bbe","__REALTIME_TIMESTAMP":"1700000000000000","__MONOTONIC_TIMESTAMP":"1000","_BOOT_ID":"0123456789abcdef0123456789abcdef","_MACHINE_ID":"fedcba9876543210fedcba9876543210","_HOSTNAME":"web1","PRIORITY":"6","SYSLOG_FACILITY":"3","SYSLOG_IDENTIFIER":"nginx","_PID":"1234","_UID":"0","_GID":"0","_COMM":"nginx","_EXE":"/usr/sbin/nginx","_SYSTEMD_UNIT":"nginx.service","_TRANSPORT":"syslog","MESSAGE":"request 1 handled in 12 ms from 10.0.0.1 user=alice status=200"}` + "\n")
	data := make([]byte, 0, 64<<10)
	for len(data)+len(line) <= cap(data) {
		data = append(data, line...)
	}
	s := newSource("journal", "journal", "", kindJournal)
	out := sinkOutput{mu: new(sync.Mutex), sink: discardSink{}}
	r := newJournalReader(s, Options{}.withDefaults(), out)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		r.feed(data)
	}
	b.ReportMetric(float64(b.N)*float64(len(data)/len(line))/b.Elapsed().Seconds(), "entries/s")
}

type discardSink struct{}

func (discardSink) Append(*parse.Batch) {}
