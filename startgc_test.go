package main

import (
	"context"
	"os"
	"runtime"
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

// TestCollectAfterLoad: one collection follows the end of the initial read, and none before it.
func TestCollectAfterLoad(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	loaded := make(chan struct{})
	done := make(chan struct{})
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	go func() {
		collectAfterLoad(ctx, loaded)
		close(done)
	}()
	select {
	case <-done:
		t.Fatal("collectAfterLoad returned before the load was over")
	case <-time.After(2 * startGCSettle):
	}
	close(loaded)
	<-done
	runtime.ReadMemStats(&after)
	if after.NumForcedGC <= before.NumForcedGC {
		t.Fatalf("forced collections %d -> %d: none after the load", before.NumForcedGC, after.NumForcedGC)
	}
}
