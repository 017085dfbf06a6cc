package main

import (
	"fmt"
	"io"

	"github.com/claimtrail/claimtrail/attrib"
	"github.com/claimtrail/claimtrail/internal/polnear"
)

// trainConfig is what one training of the attribution tagger is given.
type trainConfig struct {
	epochs, seeds, folds, bags int
	minCount                   int
	seed                       uint64
	prune                      float64
}

// train trains the tagger on docs by c, pruned.
func (c trainConfig) train(docs []attrib.LabeledDoc, log io.Writer) (*attrib.Models, error) {
	ms, err := trainSeeds(docs, c, log)
	if err != nil {
		return nil, err
	}
	if c.prune > 0 {
		ms.First = ms.First.Prune(float32(c.prune))
		if ms.Second != nil {
			ms.Second = ms.Second.Prune(float32(c.prune))
		}
	}
	return ms, nil
}

// crossValidate scores configuration c by k-fold cross-validation on
// docs (PolNeAR train: dev is never read to choose a configuration):
// document i is held out in fold i%k, and the tagger trained on the other
// folds labels it. The held-out labels of all folds are scored together.
func crossValidate(docs []polnear.Doc, c trainConfig, k int, log io.Writer) (*polnear.Scorer, error) {
	var sc polnear.Scorer
	all := labeled(docs)
	for f := 0; f < k; f++ {
		var train []attrib.LabeledDoc
		var held []polnear.Doc
		for i := range docs {
			if i%k == f {
				held = append(held, docs[i])
			} else {
				train = append(train, all[i])
			}
		}
		ms, err := c.train(train, nil)
		if err != nil {
			return nil, err
		}
		fs, err := scoreTagger(held, ms)
		if err != nil {
			return nil, err
		}
		fmt.Fprintf(log, "fold %d of %d: %d held-out documents\n", f+1, k, len(held))
		for r := range sc.Roles {
			c, h := &sc.Roles[r], fs.Roles[r]
			c.Gold += h.Gold
			c.Pred += h.Pred
			c.ExactTP += h.ExactTP
			c.OverlapTPPred += h.OverlapTPPred
			c.OverlapTPGold += h.OverlapTPGold
		}
		sc.Docs += fs.Docs
	}
	return &sc, nil
}
