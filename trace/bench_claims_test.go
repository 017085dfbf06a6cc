package trace_test

import (
	"context"
	"fmt"
	"os"
	"testing"
	"time"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/storetest"
	"github.com/claimtrail/claimtrail/trace"
)

// BenchmarkTrace1MByClaim traces each of BenchmarkTrace1M's five claims
// in turn (one op is one round of five) and prints each claim's CPU and
// time a trace: Trace1M's p95 is its slowest claim's, and this says which
// one to profile.
func BenchmarkTrace1MByClaim(b *testing.B) {
	st := benchStore(b)
	tr, err := trace.New(st, trace.Options{})
	if err != nil {
		b.Fatal(err)
	}
	claims := []string{
		"Iran supplies drones to Russia",
		"China sells weapons to Russia",
		"the U.S. funds Ukraine",
		"Israel attacked Iran",
		"the government raised taxes",
	}
	ctx := context.Background()
	for _, c := range claims { // warm the page cache, as BenchmarkTrace1M does
		if _, err := tr.Trace(ctx, c, claimtrail.TraceOptions{}); err != nil {
			b.Fatal(err)
		}
	}
	cpu := make([]time.Duration, len(claims))
	wall := make([]time.Duration, len(claims))
	rounds := 0
	for b.Loop() {
		for i, c := range claims {
			cpu0, t0 := storetest.CPUTime(), time.Now()
			if _, err := tr.Trace(ctx, c, claimtrail.TraceOptions{}); err != nil {
				b.Fatal(err)
			}
			cpu[i] += storetest.CPUTime() - cpu0
			wall[i] += time.Since(t0)
		}
		rounds++
	}
	for i, c := range claims {
		fmt.Fprintf(os.Stderr, "%-32s CPU %6.1f ms, time %6.1f ms a trace (%d traces)\n", c,
			float64(cpu[i].Microseconds())/1000/float64(rounds), float64(wall[i].Microseconds())/1000/float64(rounds), rounds)
	}
}
