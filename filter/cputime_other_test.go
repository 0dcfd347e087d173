//go:build !unix

package filter

import "time"

// processCPU is not measured here; benchmarks then report a CPU time of 0.
func processCPU() time.Duration { return 0 }
