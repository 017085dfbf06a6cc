package trace

import (
	"runtime"
	"sync"
	"sync/atomic"
)

// inParallel calls fn(i) for each i in [0, n) on up to GOMAXPROCS
// goroutines and returns when all calls have. fn must write only what
// belongs to its i: the caller reads the results by index, so the output
// does not depend on the order the calls ran in.
//
// Why: reading the articles' bodies is about a third of a trace's work,
// and a trace on an idle machine would otherwise use one core of several.
func inParallel(n int, fn func(i int)) {
	workers := min(runtime.GOMAXPROCS(0), n)
	if workers <= 1 {
		for i := range n {
			fn(i)
		}
		return
	}
	var next atomic.Int64
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := int(next.Add(1) - 1); i < n; i = int(next.Add(1) - 1) {
				fn(i)
			}
		}()
	}
	wg.Wait()
}
