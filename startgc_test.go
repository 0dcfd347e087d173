package main

import (
	"context"
	"os"
	"runtime/debug"
	"runtime/metrics"
	"testing"
	"time"
)

func gcPercent() int64 {
	s := []metrics.Sample{{Name: "/gc/gogc:percent"}}
	metrics.Read(s)
	return int64(s[0].Value.Uint64())
}

// TestRelaxGCWhileStarting: the collector is held back while the sources load, and its setting
// is back once they are loaded.
func TestRelaxGCWhileStarting(t *testing.T) {
	if os.Getenv("GOGC") != "" {
		t.Skip("GOGC is set")
	}
	defer debug.SetGCPercent(debug.SetGCPercent(100))
	loaded := make(chan struct{})
	relaxGCWhileStarting(context.Background(), loaded)
	if got := gcPercent(); got != startGCPercent {
		t.Fatalf("GOGC while loading = %d, want %d", got, startGCPercent)
	}
	close(loaded)
	for deadline := time.Now().Add(5 * time.Second); gcPercent() != 100; time.Sleep(10 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatalf("GOGC still %d after the load", gcPercent())
		}
	}
}
