//go:build unix

package filter

import (
	"syscall"
	"time"
)

// processCPU is the processor time the process has used on all its threads, the garbage
// collector's included. A benchmark reports it beside the wall time because on a shared machine
// the wall time of a parallel pass depends on what else runs.
func processCPU() time.Duration {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
