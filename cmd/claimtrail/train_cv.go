package main

import (
	"fmt"
	"io"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/attrib"
	"github.com/claimtrail/claimtrail/extract"
	"github.com/claimtrail/claimtrail/internal/polnear"
)

// trainConfig is what one training of the attribution tagger is given.
type trainConfig struct {
	epochs, seeds, folds, bags int
	minCount                   int
	seed                       uint64
	prune                      float64
	// oPenalty lowers the O label's score at every token of the last
	// pass (seqtag.Model.Penalize): recall for precision.
	oPenalty float64
	// missCost is seqtag.TrainOptions.MissCost.
	missCost float64
}

// defaultTrainConfig is the configuration of the committed model,
// extract/model/attrib.bin (its O penalty chosen by cross-validation on
// train, docs/evaluation.md).
func defaultTrainConfig() trainConfig {
	return trainConfig{epochs: 15, seeds: 3, folds: 5, bags: 5, minCount: 2, seed: 1, prune: 16, oPenalty: 0}
}

// train trains the tagger on docs by c, pruned, its last pass penalized.
func (c trainConfig) train(docs []attrib.LabeledDoc, log io.Writer) (*attrib.Models, error) {
	ms, err := c.trainUnpenalized(docs, log)
	if err != nil {
		return nil, err
	}
	return penalized(ms, c.oPenalty), nil
}

// trainUnpenalized trains the tagger on docs by c, pruned.
func (c trainConfig) trainUnpenalized(docs []attrib.LabeledDoc, log io.Writer) (*attrib.Models, error) {
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

// penalized returns ms with the O label of its last pass penalized by
// pen: the second pass when there is one (the first pass's labels are
// what the second was trained to read), else the first.
func penalized(ms *attrib.Models, pen float64) *attrib.Models {
	if pen == 0 {
		return ms
	}
	if ms.Second != nil {
		return &attrib.Models{First: ms.First, Second: ms.Second.Penalize(attrib.LabelO, float32(pen))}
	}
	return &attrib.Models{First: ms.First.Penalize(attrib.LabelO, float32(pen))}
}

// cvScores are the held-out scores of one configuration: the tagger
// alone, and the statements claimtrail extract prints with it.
type cvScores struct {
	tagger     polnear.Scorer
	statements polnear.StatementScorer
}

// crossValidate scores configuration c by k-fold cross-validation on
// docs (PolNeAR train: dev is never read to choose a configuration):
// document i is held out in fold i%k, and the tagger trained on the other
// folds labels it. The held-out documents of all folds are scored
// together, once per O penalty of pens (the trainings are shared).
func crossValidate(docs []polnear.Doc, c trainConfig, k int, pens []float64, log io.Writer) ([]*cvScores, error) {
	scs := make([]*cvScores, len(pens))
	for i := range scs {
		scs[i] = new(cvScores)
	}
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
		ms, err := c.trainUnpenalized(train, nil)
		if err != nil {
			return nil, err
		}
		fmt.Fprintf(log, "fold %d of %d: %d held-out documents\n", f+1, k, len(held))
		for i, pen := range pens {
			if err := scs[i].add(held, penalized(ms, pen)); err != nil {
				return nil, err
			}
		}
	}
	return scs, nil
}

// add scores the tagger ms and the statements extracted with it on docs.
func (cs *cvScores) add(docs []polnear.Doc, ms *attrib.Models) error {
	tg, err := extract.NewTagger(ms)
	if err != nil {
		return err
	}
	x, err := extract.New(extract.Options{Model: ms})
	if err != nil {
		return err
	}
	for i := range docs {
		d := &docs[i]
		var gold [polnear.NumRoles][]claimtrail.Span
		for r := polnear.Role(0); r < polnear.NumRoles; r++ {
			gold[r] = d.Spans(r)
		}
		cs.tagger.Add(d.Text, gold, tg.Tag(d.Text))
		cs.statements.Add(d, x.Extract(&claimtrail.Document{ID: d.Name, Text: d.Text}))
	}
	return nil
}
