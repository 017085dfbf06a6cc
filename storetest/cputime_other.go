//go:build !unix

package storetest

import "time"

// cpuTime is not measured here; the benchmarks then skip the metric.
func cpuTime() time.Duration { return 0 }
