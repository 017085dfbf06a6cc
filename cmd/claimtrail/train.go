package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"time"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/attrib"
	"github.com/claimtrail/claimtrail/extract"
	"github.com/claimtrail/claimtrail/internal/polnear"
	"github.com/claimtrail/claimtrail/internal/seqtag"
	"github.com/claimtrail/claimtrail/pos"
	"github.com/spf13/cobra"
	"golang.org/x/sync/errgroup"
)

func (a *app) trainCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "train",
		Short: "Retrain the embedded models from ../shared/data (reproducible): pos, then attrib",
	}
	cmd.AddCommand(a.trainPOSCmd(), a.trainClustersCmd(), a.trainAttribCmd(), a.trainFilterCmd(), a.trainConvertCmd())
	return cmd
}

func (a *app) trainPOSCmd() *cobra.Command {
	var data, out string
	cmd := &cobra.Command{
		Use:   "pos",
		Short: "Train the part-of-speech and entity taggers on the PolNeAR silver parses (retrain attrib after)",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			return pos.TrainAll(data, out, a.stderr)
		},
	}
	cmd.Flags().StringVar(&data, "data", filepath.Join("..", "shared", "data", "polnear"), "PolNeAR folder (with silver/ and the texts)")
	cmd.Flags().StringVar(&out, "out", filepath.Join("pos", "model"), "folder for pos.bin and ner.bin")
	return cmd
}

func (a *app) trainAttribCmd() *cobra.Command {
	var data, out string
	var c trainConfig
	var cv int
	var cvPenalties []float64
	cmd := &cobra.Command{
		Use:   "attrib",
		Short: "Train the attribution tagger on PolNeAR train, reporting dev scores (or --cv: cross-validation on train)",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			meta := filepath.Join(data, "metadata.tsv")
			start := time.Now()
			train, err := polnear.Load(filepath.Join(data, "train"), meta)
			if err != nil {
				return err
			}
			if cv > 1 {
				return a.writeCV(train, c, cv, cvPenalties, start)
			}
			dev, err := polnear.Load(filepath.Join(data, "dev"), meta)
			if err != nil {
				return err
			}
			fmt.Fprintf(a.stderr, "loaded %d train and %d dev documents in %s\n", len(train), len(dev), time.Since(start).Round(time.Millisecond))
			docs := labeled(train)
			ms, err := c.train(docs, a.stderr)
			if err != nil {
				return err
			}
			if err := a.writeDevScores(dev, ms); err != nil {
				return err
			}
			if err := writeTagger(out, ms.First, ms.Second); err != nil {
				return err
			}
			rec, err := newTrainRecord(docs, c, out)
			if err != nil {
				return err
			}
			if err := rec.write(recordPath(out)); err != nil {
				return err
			}
			fmt.Fprintf(a.stderr, "done in %s\n", time.Since(start).Round(time.Second))
			return nil
		},
	}
	cmd.Flags().StringVar(&data, "data", filepath.Join("..", "shared", "data", "polnear"), "PolNeAR folder (with train/, dev/, metadata.tsv)")
	cmd.Flags().StringVar(&out, "out", filepath.Join("extract", "model", "attrib.bin"), "model file to write (both passes)")
	d := defaultTrainConfig()
	cmd.Flags().IntVar(&c.epochs, "epochs", d.epochs, "training passes over the data")
	cmd.Flags().IntVar(&c.bags, "bags", d.bags, "second-pass models averaged (trained on different shuffles)")
	cmd.Flags().Float64Var(&c.prune, "prune", d.prune, "drop features whose largest absolute weight is below this")
	cmd.Flags().Uint64Var(&c.seed, "seed", d.seed, "shuffling seed (other seeds show how much a score owes to the order of training)")
	cmd.Flags().IntVar(&c.seeds, "seeds", d.seeds, "train with this many seeds from --seed on and average the models (less owed to one shuffle)")
	cmd.Flags().IntVar(&c.folds, "folds", d.folds, "jackknife folds for the second (stacked) pass; 0 trains one pass")
	cmd.Flags().IntVar(&c.minCount, "min-count", d.minCount, "drop features seen fewer times in the training data")
	cmd.Flags().IntVar(&cv, "cv", 0, "score the configuration by this many folds of cross-validation on train instead (writes no model, reads no dev)")
	cmd.Flags().Float64Var(&c.oPenalty, "o-penalty", d.oPenalty, "lower the O (outside) label's score at every token of the last pass by this much: more recall, less precision")
	cmd.Flags().Float64Var(&c.missCost, "miss-cost", d.missCost, "train to win the tokens of a source, cue or content by this margin over O (cost-augmented decoding): more recall")
	cmd.Flags().Float64SliceVar(&cvPenalties, "cv-penalties", nil, "with --cv: score each of these O penalties from the same trainings (none given: --o-penalty alone)")
	return cmd
}

// writeCV prints the cross-validated scores of configuration c on train,
// one table per O penalty.
func (a *app) writeCV(train []polnear.Doc, c trainConfig, cv int, pens []float64, start time.Time) error {
	if len(pens) == 0 {
		pens = []float64{c.oPenalty}
	}
	for _, p := range pens {
		if p < 0 {
			return fmt.Errorf("--cv-penalties %g: want 0 or more", p)
		}
	}
	scs, err := crossValidate(train, c, cv, pens, a.stderr)
	if err != nil {
		return err
	}
	passes := "both passes"
	if c.folds < 2 {
		passes = "first pass alone"
	}
	for i, sc := range scs {
		fmt.Fprintf(a.stdout, "%d-fold cross-validation on PolNeAR train (%d documents), %s, O penalty %g\n", cv, len(train), passes, pens[i])
		fmt.Fprintf(a.stdout, "the statements claimtrail extract prints:\n")
		sc.statements.Write(a.stdout)
		fmt.Fprintf(a.stdout, "the tagger alone:\n")
		sc.tagger.Write(a.stdout)
	}
	fmt.Fprintf(a.stderr, "done in %s\n", time.Since(start).Round(time.Second))
	return nil
}

// writeDevScores prints the dev scores of the first pass alone and of
// both passes.
func (a *app) writeDevScores(dev []polnear.Doc, ms *extract.Models) error {
	for _, v := range []struct {
		name string
		m    *extract.Models
	}{{"first pass alone", &extract.Models{First: ms.First}}, {"both passes", ms}} {
		if v.m.First == nil || v.name == "both passes" && ms.Second == nil {
			continue
		}
		sc, err := scoreTagger(dev, v.m)
		if err != nil {
			return err
		}
		fmt.Fprintf(a.stderr, "%s on dev:\n", v.name)
		sc.Write(a.stderr)
	}
	return nil
}

// trainSeeds trains the tagger with n seeds from seed on, one per core at a time,
// and returns the average of the models (the models themselves when n is
// 1). Only the first seed's training is logged.
func trainSeeds(docs []attrib.LabeledDoc, c trainConfig, log io.Writer) (*extract.Models, error) {
	n := max(c.seeds, 1)
	ms := make([]*extract.Models, n)
	var g errgroup.Group
	g.SetLimit(runtime.GOMAXPROCS(0))
	for i := range n {
		opt := seqtag.TrainOptions{Epochs: c.epochs, Seed: c.seed + uint64(i), MinCount: c.minCount, MissCost: float32(c.missCost)}
		if i == 0 {
			opt.Log = log
		}
		g.Go(func() (err error) {
			ms[i], err = attrib.TrainTagger(docs, opt, c.folds, c.bags)
			return err
		})
	}
	if err := g.Wait(); err != nil {
		return nil, err
	}
	return attrib.AverageModels(ms...), nil
}

func labeled(docs []polnear.Doc) []attrib.LabeledDoc {
	out := make([]attrib.LabeledDoc, len(docs))
	for i, d := range docs {
		out[i].Text = d.Text
		for r := polnear.Role(0); r < polnear.NumRoles; r++ {
			out[i].Roles[r] = d.Spans(r)
		}
	}
	return out
}

// writeTagger writes the attribution tagger's passes (second may be nil)
// as one tagger file, laid out to be used in place.
func writeTagger(path string, first, second *seqtag.Model) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	if err := seqtag.WriteTagger(f, first, second); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

func scoreTagger(docs []polnear.Doc, m *extract.Models) (*polnear.Scorer, error) {
	var sc polnear.Scorer
	tg, err := extract.NewTagger(m)
	if err != nil {
		return nil, err
	}
	for _, d := range docs {
		var gold [polnear.NumRoles][]claimtrail.Span
		for r := polnear.Role(0); r < polnear.NumRoles; r++ {
			gold[r] = d.Spans(r)
		}
		sc.Add(d.Text, gold, tg.Tag(d.Text))
	}
	return &sc, nil
}
