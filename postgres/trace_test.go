package postgres_test

import (
	"context"
	"testing"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/examples"
	"github.com/claimtrail/claimtrail/internal/tracetest"
	"github.com/claimtrail/claimtrail/trace"
)

// TestTrace_Demo traces the demo claim over PostgreSQL: the same reading
// as over SQLite (trace.TestTrace_Demo).
func TestTrace_Demo(t *testing.T) {
	st := MustOpenDB(t)
	tracetest.LoadDemo(t, st)
	tr, err := trace.New(st, trace.Options{})
	if err != nil {
		t.Fatal(err)
	}
	got, err := tr.Trace(context.Background(), examples.DemoClaim, claimtrail.TraceOptions{})
	if err != nil {
		t.Fatal(err)
	}
	tracetest.CheckDemo(t, got)
}
