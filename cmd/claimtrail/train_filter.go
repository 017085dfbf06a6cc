package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/attrib"
	"github.com/claimtrail/claimtrail/extract"
	"github.com/claimtrail/claimtrail/internal/polnear"
	"github.com/spf13/cobra"
)

// `claimtrail train filter` trains the learned statement filter
// (attrib/filter.go) on PolNeAR train: the groups the embedded tagger
// proposes in each document are its samples, k-fold cross-validation by
// document chooses the two thresholds (the F1 of the cues kept against
// the gold cues), and the weights are fit on all of train. It reads no
// dev document. It writes extract/model/filter.tsv and, beside it,
// filter.inputs (the digest of the samples, the configuration, the
// digest of the file), which TestFilterRecord checks.

// filterFolds is the cross-validation of the committed filter.
const filterFolds = 5

func (a *app) trainFilterCmd() *cobra.Command {
	var data, out string
	var statements bool
	var dump string
	var keep, drop float64
	c := attrib.DefaultFilterConfig()
	cmd := &cobra.Command{
		Use:   "filter",
		Short: "Train the learned statement filter on PolNeAR train (thresholds by cross-validation), writing extract/model/filter.tsv",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			start := time.Now()
			docs, err := polnear.Load(filepath.Join(data, "train"), filepath.Join(data, "metadata.tsv"))
			if err != nil {
				return err
			}
			per, err := filterSamples(docs)
			if err != nil {
				return err
			}
			if dump != "" {
				if err := dumpSamples(dump, per); err != nil {
					return err
				}
			}
			f, cv := trainFilter(per, c, filterFolds)
			if cmd.Flags().Changed("keep") || cmd.Flags().Changed("drop") {
				f.Keep, f.Drop = keep, drop // to study other thresholds: the record says so
				if !cmd.Flags().Changed("keep") || !cmd.Flags().Changed("drop") {
					return fmt.Errorf("--keep and --drop go together")
				}
			}
			cv.write(a.stdout, f)
			if statements {
				if err := a.writeFilterStatementsCV(docs, per, f, c); err != nil {
					return err
				}
			}
			if err := writeFilter(out, f, per, c); err != nil {
				return err
			}
			fmt.Fprintf(a.stderr, "done in %s\n", time.Since(start).Round(time.Second))
			return nil
		},
	}
	cmd.Flags().StringVar(&data, "data", filepath.Join("..", "shared", "data", "polnear"), "PolNeAR folder (with train/ and metadata.tsv)")
	cmd.Flags().StringVar(&out, "out", filepath.Join("extract", "model", "filter.tsv"), "filter table to write")
	cmd.Flags().IntVar(&c.Iterations, "iterations", c.Iterations, "gradient steps")
	cmd.Flags().Float64Var(&c.L2, "l2", c.L2, "weight penalty (per sample)")
	cmd.Flags().IntVar(&c.MinCount, "min-count", c.MinCount, "leave out features seen in fewer samples")
	cmd.Flags().Float64Var(&keep, "keep", 1, "with --drop: these thresholds instead of those cross-validation chooses (to study: TestFilterRecord fails on a file so written)")
	cmd.Flags().Float64Var(&drop, "drop", 0, "with --keep: see --keep")
	cmd.Flags().StringVar(&dump, "dump", "", "write each sample (right, the hand rules' verdicts, features) to this file, to study")
	cmd.Flags().BoolVar(&statements, "cv-statements", false, "also score the statements claimtrail extract prints on each held-out fold, without and with the fold's filter")
	return cmd
}

// filterSamples returns each document's samples, tagged by the embedded
// tagger with the hand rules alone.
func filterSamples(docs []polnear.Doc) ([][]attrib.FilterSample, error) {
	tg, err := extract.NewTagger(nil)
	if err != nil {
		return nil, err
	}
	per := make([][]attrib.FilterSample, len(docs))
	for i := range docs {
		per[i] = tg.FilterSamples(docs[i].Text, docs[i].Spans(polnear.Cue))
	}
	return per, nil
}

// filterCV is what cross-validation found: the held-out probability of
// every sample, the gold cues, and the counts kept without and with the
// filter at the chosen thresholds.
type filterCV struct {
	samples     []attrib.FilterSample
	probs       []float64
	gold        int
	hand, model attrib.FilterCounts
}

// trainFilter cross-validates c by k folds of documents (document i is
// held out in fold i%k), chooses the thresholds on the held-out
// probabilities, and fits the filter on all samples.
func trainFilter(per [][]attrib.FilterSample, c attrib.FilterConfig, k int) (*attrib.Filter, filterCV) {
	var cv filterCV
	for f := 0; f < k; f++ {
		var train, held []attrib.FilterSample
		for i, s := range per {
			if i%k == f {
				held = append(held, s...)
			} else {
				train = append(train, s...)
			}
		}
		m := attrib.TrainFilter(train, c)
		for _, s := range held {
			cv.samples = append(cv.samples, s)
			cv.probs = append(cv.probs, m.Prob(s.Feats))
		}
	}
	cv.gold = goldCueEstimate(cv.samples)
	f := attrib.TrainFilter(flatten(per), c)
	f.Keep, f.Drop = attrib.ChooseThresholds(cv.samples, cv.probs, cv.gold)
	cv.hand = attrib.Apply(cv.samples, cv.probs, 2, 0)
	cv.model = attrib.Apply(cv.samples, cv.probs, f.Keep, f.Drop)
	return f, cv
}

// goldCueEstimate is the number of gold cues the thresholds are chosen
// against: the right cues among the samples, not all of PolNeAR's gold
// cues (the tagger proposes about 78 % of them). Against the smaller
// number the F1 is higher and its best threshold drops more groups:
// it leans to precision, as the BBC readers ask.
func goldCueEstimate(samples []attrib.FilterSample) int {
	n := 0
	for _, s := range samples {
		if s.Right {
			n++
		}
	}
	return n
}

// write prints the cross-validated counts of the cues kept.
func (cv filterCV) write(w io.Writer, f *attrib.Filter) {
	fmt.Fprintf(w, "%d-fold cross-validation on PolNeAR train: %d groups proposed, %d with a right cue\n", filterFolds, len(cv.samples), cv.gold)
	fmt.Fprintf(w, "thresholds chosen: keep >= %.2f (re-admit a head-share drop), drop < %.2f\n", f.Keep, f.Drop)
	row := func(name string, c attrib.FilterCounts) {
		p := 100 * float64(c.Right) / float64(max(c.Kept, 1))
		r := 100 * float64(c.Right) / float64(max(cv.gold, 1))
		fmt.Fprintf(w, "%-12s kept %5d right %5d  P %5.1f  R(of proposed right) %5.1f  F1 %5.1f\n", name, c.Kept, c.Right, p, r, 2*p*r/max(p+r, 1e-9))
	}
	row("hand rules", cv.hand)
	row("filter", cv.model)
	row("drops only", attrib.Apply(cv.samples, cv.probs, 2, f.Drop))
	row("re-admits only", attrib.Apply(cv.samples, cv.probs, f.Keep, 0))
}

// writeFilterStatementsCV scores the statements extract prints on each
// held-out fold of docs, without a filter and with the one trained on
// the other folds (thresholds of f): the figures that count.
func (a *app) writeFilterStatementsCV(docs []polnear.Doc, per [][]attrib.FilterSample, f *attrib.Filter, c attrib.FilterConfig) error {
	base, err := extract.DefaultModel()
	if err != nil {
		return err
	}
	var hand, learned polnear.StatementScorer
	for k := 0; k < filterFolds; k++ {
		var train []attrib.FilterSample
		for i, s := range per {
			if i%filterFolds != k {
				train = append(train, s...)
			}
		}
		m := attrib.TrainFilter(train, c)
		m.Keep, m.Drop = f.Keep, f.Drop
		for _, sc := range []struct {
			s *polnear.StatementScorer
			f *attrib.Filter
		}{{&hand, nil}, {&learned, m}} {
			x, err := extract.New(extract.Options{Model: &attrib.Models{First: base.First, Second: base.Second, Filter: sc.f}})
			if err != nil {
				return err
			}
			for i := k; i < len(docs); i += filterFolds {
				d := &docs[i]
				sc.s.Add(d, x.Extract(&claimtrail.Document{ID: d.Name, Text: d.Text}))
			}
		}
	}
	fmt.Fprintln(a.stdout, "statements on held-out train folds, hand rules alone:")
	hand.Write(a.stdout)
	fmt.Fprintln(a.stdout, "statements on held-out train folds, with each fold's filter:")
	learned.Write(a.stdout)
	return nil
}

// writeFilter writes f to out and its record beside it.
func writeFilter(out string, f *attrib.Filter, per [][]attrib.FilterSample, c attrib.FilterConfig) error {
	var b bytes.Buffer
	if _, err := f.WriteTo(&b); err != nil {
		return err
	}
	if err := os.WriteFile(out, b.Bytes(), 0o644); err != nil {
		return err
	}
	model, err := fileDigest(out)
	if err != nil {
		return err
	}
	rec := trainRecord{inputs: attrib.FilterInputsDigest(flatten(per)), config: filterConfigLine(c), model: model}
	return rec.writeAs(filterRecordPath(out), "claimtrail train filter")
}

// filterConfigLine is the configuration a filter record holds.
func filterConfigLine(c attrib.FilterConfig) string {
	return fmt.Sprintf("%s folds=%d", c, filterFolds)
}

// filterRecordPath returns the record's path for filter table out.
func filterRecordPath(out string) string { return strings.TrimSuffix(out, ".tsv") + ".inputs" }

func flatten(per [][]attrib.FilterSample) []attrib.FilterSample {
	var all []attrib.FilterSample
	for _, s := range per {
		all = append(all, s...)
	}
	return all
}

// dumpSamples writes one line per sample: the document, whether its cue
// is right, the hand rules' verdicts and the features.
func dumpSamples(path string, per [][]attrib.FilterSample) error {
	var b bytes.Buffer
	for i, ss := range per {
		for _, s := range ss {
			fmt.Fprintf(&b, "%d\t%t\t%s\t%s\t%s\n", i, s.Right, orDash(s.CueWhy), orDash(s.Other), strings.Join(s.Feats, " "))
		}
	}
	return os.WriteFile(path, b.Bytes(), 0o644)
}
