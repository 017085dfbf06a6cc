package main

// STAND-IN, to be deleted at merge: the real newTracer lives in trace.go on
// main (package trace/). This one only lets `claimtrail serve` run on the
// serve branch: it finds statements by full text (all the claim's words,
// else any of its longer words), takes polarity as stance, and reports the
// earliest assertion and denial. No origins, date conflicts or citations.

import (
	"context"
	"sort"
	"strings"

	"github.com/claimtrail/claimtrail"
)

func newTracer(st claimtrail.Store) (claimtrail.Tracer, error) { return stubTracer{st}, nil }

type stubTracer struct{ st claimtrail.Store }

func (t stubTracer) Trace(ctx context.Context, claim string, opt claimtrail.TraceOptions) (*claimtrail.Trace, error) {
	if strings.TrimSpace(claim) == "" {
		return nil, claimtrail.Errorf(claimtrail.EINVALID, "empty claim")
	}
	limit := opt.Limit
	if limit <= 0 {
		limit = 200
	}
	f := claimtrail.StatementFilter{Query: claim, From: opt.From, To: opt.To, Latest: true, Limit: limit}
	found, _, err := t.st.FindStatements(ctx, f)
	if err != nil {
		return nil, err
	}
	if len(found) == 0 { // any of the longer words
		seen := map[int64]bool{}
		for _, w := range strings.Fields(claim) {
			if len(w) < 5 {
				continue
			}
			f.Query = w
			more, _, err := t.st.FindStatements(ctx, f)
			if err != nil {
				return nil, err
			}
			for _, s := range more {
				if !seen[s.ID] && len(found) < limit {
					seen[s.ID] = true
					found = append(found, s)
				}
			}
		}
	}
	tr := &claimtrail.Trace{Claim: claim, Statements: []claimtrail.TracedStatement{},
		Origins: []claimtrail.Origin{}, DateConflicts: []claimtrail.DateConflict{}, Citations: []claimtrail.Citation{}}
	for _, s := range found {
		stance := claimtrail.Asserts
		if s.Polarity == claimtrail.Deny {
			stance = claimtrail.Denies
		}
		tr.Statements = append(tr.Statements, claimtrail.TracedStatement{StoredStatement: *s, Stance: stance, StanceConfidence: 0.5, Match: 0.5})
	}
	day := func(s *claimtrail.TracedStatement) string {
		if s.SaidOn != nil && len(s.SaidOn.Value) >= 4 && s.SaidOn.Value[0] != 'X' {
			return s.SaidOn.Value
		}
		return claimtrail.FormatDate(s.Published)
	}
	sort.SliceStable(tr.Statements, func(i, j int) bool { return day(&tr.Statements[i]) < day(&tr.Statements[j]) })
	for i := range tr.Statements {
		s := &tr.Statements[i]
		ref := &claimtrail.StatementRef{Doc: s.Doc, N: s.N, ArticleID: s.ArticleID, Speaker: s.Speaker.Name,
			Published: claimtrail.FormatDate(s.Published), URL: s.URL, Source: s.Source, StatementID: s.ID}
		if s.SaidOn != nil {
			ref.SaidOn = s.SaidOn.Value
		}
		if s.Stance == claimtrail.Asserts && tr.EarliestAssertion == nil {
			tr.EarliestAssertion = ref
		}
		if s.Stance == claimtrail.Denies && tr.EarliestDenial == nil {
			tr.EarliestDenial = ref
		}
	}
	return tr, nil
}
