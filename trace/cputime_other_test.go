//go:build !unix

package trace_test

import "time"

// cpuTime is not measured here; the benchmark then skips the metric.
func cpuTime() time.Duration { return 0 }
