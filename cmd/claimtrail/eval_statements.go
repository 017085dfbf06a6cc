package main

import (
	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/extract"
	"github.com/claimtrail/claimtrail/internal/polnear"
)

// scoreStatements extracts each document as claimtrail extract does for
// its text file (the id is the file name, no publication date: the split
// has no NAME.meta.json) and scores the statements against the gold.
func scoreStatements(docs []polnear.Doc) (*polnear.StatementScorer, error) {
	x, err := extract.New(extract.Options{})
	if err != nil {
		return nil, err
	}
	var ss polnear.StatementScorer
	for i := range docs {
		d := &docs[i]
		sts := x.Extract(&claimtrail.Document{ID: d.Name, Text: d.Text})
		ss.Add(d, sts)
	}
	return &ss, nil
}

func statementJSON(ss *polnear.StatementScorer) map[string]any {
	out := scoreJSON(&ss.Scorer)
	e, o := ss.Whole.Exact(), ss.Whole.Overlap()
	out["content_whole"] = map[string]any{
		"gold": ss.Whole.Gold, "pred": ss.Whole.Pred,
		"exact":   map[string]float64{"p": e.P, "r": e.R, "f1": e.F},
		"overlap": map[string]float64{"p": o.P, "r": o.R, "f1": o.F},
	}
	return out
}

func docTexts(docs []polnear.Doc) map[string]string {
	out := make(map[string]string, len(docs))
	for _, d := range docs {
		out[d.Name] = d.Text
	}
	return out
}
