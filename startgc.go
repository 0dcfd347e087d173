package main

import (
	"context"
	"os"
	"runtime"
	"runtime/debug"
	"time"
)

// The garbage collector while the interface starts.
const (
	// startGCPercent is GOGC until the first screen is up. At the default 100 the collector
	// first runs at a heap of 4 MiB, which the start passes at once (Bubble Tea's screen buffers,
	// the first batches): one collection before the first frame for a one-line file, three for
	// seven files of 1,000 lines, with their pauses and write barriers. At 800 the first comes at
	// 32 MiB, after the first frame.
	startGCPercent = 800
	// startGCSettle is how long after the initial read the collector waits to go back to its
	// setting, so that the collection it then starts does not compete with the first frame's.
	startGCSettle = 100 * time.Millisecond
	// startGCMost bounds the time at startGCPercent: a long initial read (--all of a large file)
	// goes back to the usual setting early, so its heap is not let grow to eight times its live
	// size (--max-memory bounds it still).
	startGCMost = 500 * time.Millisecond
)

// relaxGCWhileStarting holds the collector back until the sources' initial read is over (loaded),
// plus startGCSettle, for at most startGCMost, then restores the setting. GOGC wins. Once the
// read is over it collects once (collectAfterLoad).
func relaxGCWhileStarting(ctx context.Context, loaded <-chan struct{}) {
	go collectAfterLoad(ctx, loaded)
	if os.Getenv("GOGC") != "" {
		return
	}
	old := debug.SetGCPercent(startGCPercent)
	go func() {
		settleAfterLoad(ctx, loaded, startGCSettle, startGCMost)
		debug.SetGCPercent(old)
	}()
}

// settleAfterLoad returns settle after loaded is closed, or most after it was called if that is
// sooner, or when ctx is done.
func settleAfterLoad(ctx context.Context, loaded <-chan struct{}, settle, most time.Duration) {
	mostTimer := time.NewTimer(most)
	defer mostTimer.Stop()
	select {
	case <-loaded:
		settleTimer := time.NewTimer(settle)
		defer settleTimer.Stop()
		select {
		case <-settleTimer.C:
		case <-mostTimer.C:
		case <-ctx.Done():
		}
	case <-mostTimer.C:
	case <-ctx.Done():
	}
}

// collectAfterLoad runs one collection startGCSettle after the initial read is over. The read
// leaves its garbage (read buffers, parsed batches) in pages the process has touched; until a
// collection frees them, every new allocation, such as a search's view of a million entries, takes
// fresh pages, and the first touch of each is a page fault: about 9 µs apiece in a virtual
// machine, 4,481 faults and about 40 ms on top of a 13 ms search over a million entries.
// Collected, those pages are used again. The collection marks the ring, whose entries hold few
// pointers: its mark phase took 5-17 ms for a heap of 300 MB (GODEBUG=gctrace=1).
func collectAfterLoad(ctx context.Context, loaded <-chan struct{}) {
	select {
	case <-loaded:
	case <-ctx.Done():
		return
	}
	settle := time.NewTimer(startGCSettle)
	defer settle.Stop()
	select {
	case <-settle.C:
		runtime.GC()
	case <-ctx.Done():
	}
}
