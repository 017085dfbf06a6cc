//go:build !unix

package storetest

import "time"

// CPUTime is not measured here; the benchmarks then skip the metric.
func CPUTime() time.Duration { return 0 }
