//go:build race

package pos

// raceEnabled: the race detector's instrumentation allocates, so the
// allocation counts are not checked under it.
const raceEnabled = true
