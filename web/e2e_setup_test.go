package web_test

import (
	"context"
	"net/http"
	"testing"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/web"
)

// e2eServer returns the handler the browser test opens, the claim whose
// trace page it checks, and how many statements that trace has. This
// branch uses the fixture corpus and the fake tracer; at merge it is
// rewritten to serve the demo corpus through the real tracer.
func e2eServer(t *testing.T) (handler http.Handler, claim string, statements int) {
	t.Helper()
	st := mustStoreOf(t, fixtures()[:3]) // the Orvan story, without the hostile article
	tr := fakeTracer{st}
	trace, err := tr.Trace(context.Background(), testClaim, claimtrail.TraceOptions{})
	if err != nil {
		t.Fatal(err)
	}
	return web.New(st, tr, web.Options{}), testClaim, len(trace.Statements)
}
