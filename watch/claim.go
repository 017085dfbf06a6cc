package watch

import (
	"context"

	"github.com/claimtrail/claimtrail"
)

// SaveClaim saves c to follow from now on: the statements stored already
// are traced once, for the earliest assertion and denial they hold (an
// alert older than those is a new earliest), and none of them alerts.
// The claim follows the articles stored after it is (CreateClaim); one
// stored during the trace neither alerts nor counts as earliest.
func SaveClaim(ctx context.Context, store claimtrail.WatchStore, tracer claimtrail.Tracer, c *claimtrail.SavedClaim) error {
	if err := c.Validate(); err != nil {
		return err
	}
	tr, err := tracer.Trace(ctx, c.Text, claimtrail.TraceOptions{MinMatch: c.MinMatch, NoNarration: true})
	if err != nil {
		return err
	}
	c.EarliestAssertion = firstDay(tr, tr.EarliestAssertion)
	c.EarliestDenial = firstDay(tr, tr.EarliestDenial)
	return store.CreateClaim(ctx, c)
}

// firstDay is the first day of the traced statement ref points to.
func firstDay(tr *claimtrail.Trace, ref *claimtrail.StatementRef) string {
	if ref == nil {
		return ""
	}
	for i := range tr.Statements {
		if st := &tr.Statements[i]; st.ID == ref.StatementID {
			if d, _, ok := st.FirstDay(); ok {
				return d.Format("2006-01-02")
			}
		}
	}
	return ""
}
