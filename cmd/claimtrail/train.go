package main

import (
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/extract"
	"github.com/claimtrail/claimtrail/internal/polnear"
	"github.com/claimtrail/claimtrail/internal/seqtag"
	"github.com/spf13/cobra"
)

func (a *app) trainCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "train",
		Short: "Retrain the embedded models from ../shared/data (reproducible)",
	}
	cmd.AddCommand(a.trainAttribCmd())
	return cmd
}

func (a *app) trainAttribCmd() *cobra.Command {
	var data, out string
	var epochs int
	var prune float64
	var sweep bool
	cmd := &cobra.Command{
		Use:   "attrib",
		Short: "Train the attribution tagger on PolNeAR train, reporting dev scores per epoch",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			meta := filepath.Join(data, "metadata.tsv")
			start := time.Now()
			train, err := polnear.Load(filepath.Join(data, "train"), meta)
			if err != nil {
				return err
			}
			dev, err := polnear.Load(filepath.Join(data, "dev"), meta)
			if err != nil {
				return err
			}
			fmt.Fprintf(a.stderr, "loaded %d train and %d dev documents in %s\n", len(train), len(dev), time.Since(start).Round(time.Millisecond))
			m, err := extract.TrainTagger(labeled(train), seqtag.TrainOptions{
				Epochs: epochs, Seed: 1, Log: a.stderr,
				Eval: func(ep int, m *seqtag.Model) {
					sc := scoreTagger(dev, m)
					sc.Write(a.stderr)
				},
			})
			if err != nil {
				return err
			}
			if sweep {
				for _, tau := range []float32{0.5, 1, 2, 4, 8, 16} {
					pm := m.Prune(tau)
					fmt.Fprintf(a.stderr, "prune %.1f: %d features\n", tau, pm.NumFeatures())
					scoreTagger(dev, pm).Write(a.stderr)
				}
			}
			if prune > 0 {
				m = m.Prune(float32(prune))
			}
			f, err := os.Create(out)
			if err != nil {
				return err
			}
			if _, err := m.WriteTo(f); err != nil {
				f.Close()
				return err
			}
			if err := f.Close(); err != nil {
				return err
			}
			st, _ := os.Stat(out)
			fmt.Fprintf(a.stderr, "wrote %s (%d features, %d bytes) in %s\n", out, m.NumFeatures(), st.Size(), time.Since(start).Round(time.Second))
			return nil
		},
	}
	cmd.Flags().StringVar(&data, "data", filepath.Join("..", "shared", "data", "polnear"), "PolNeAR folder (with train/, dev/, metadata.tsv)")
	cmd.Flags().StringVar(&out, "out", filepath.Join("extract", "model", "attrib.bin.gz"), "model file to write")
	cmd.Flags().IntVar(&epochs, "epochs", 8, "training passes")
	cmd.Flags().Float64Var(&prune, "prune", 0, "drop features whose largest absolute weight is below this")
	cmd.Flags().BoolVar(&sweep, "prune-sweep", false, "report dev scores for several pruning thresholds")
	return cmd
}

func labeled(docs []polnear.Doc) []extract.LabeledDoc {
	out := make([]extract.LabeledDoc, len(docs))
	for i, d := range docs {
		out[i].Text = d.Text
		for r := polnear.Role(0); r < polnear.NumRoles; r++ {
			out[i].Roles[r] = d.Spans(r)
		}
	}
	return out
}

func scoreTagger(docs []polnear.Doc, m *seqtag.Model) *polnear.Scorer {
	var sc polnear.Scorer
	tg, err := extract.NewTagger(m)
	if err != nil {
		panic(err)
	}
	for _, d := range docs {
		var gold [polnear.NumRoles][]claimtrail.Span
		for r := polnear.Role(0); r < polnear.NumRoles; r++ {
			gold[r] = d.Spans(r)
		}
		sc.Add(d.Text, gold, tg.Tag(d.Text))
	}
	return &sc
}
