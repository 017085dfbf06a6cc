package main

import (
	"encoding/json"
	"fmt"
	"io"
	"path/filepath"
	"sort"
	"strings"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/extract"
	"github.com/claimtrail/claimtrail/internal/polnear"
	"github.com/spf13/cobra"
)

func (a *app) evalCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "eval",
		Short: "Score an extraction stage on the shared dev data",
	}
	cmd.AddCommand(a.evalPolnearCmd(), a.evalSeedCmd(), a.evalTempevalCmd(), a.evalEmergentCmd(), a.evalCuesCmd(),
		a.evalPatternsCmd(), a.evalSampleCmd(), a.evalFNC1Cmd())
	return cmd
}

func (a *app) evalPolnearCmd() *cobra.Command {
	var data string
	var verbose, asJSON, taggerMisses bool
	var roleFilter string
	var sample int
	cmd := &cobra.Command{
		Use:   "polnear",
		Short: "Exact-match and overlap P/R/F1 per role (source, cue, content) on PolNeAR dev",
		Long: `Scores, first, what users get: the statements claimtrail extract prints,
against the gold attributions of a PolNeAR split. Per role, each fragment:
the speaker span where the statement has a mention, the cue span, each
fragment of the content; "content whole" counts a discontinuous content as
one unit that must match all its fragments. Quotation marks and edge
punctuation are trimmed on both sides. Exact match needs identical trimmed
spans; overlap needs one shared byte.

Then, as a diagnostic, the attribution tagger alone (its runs before
grouping and rules), and the same on the CofeNet-format sentences
(cofenet/valid.txt) when present beside the split, to compare with the
published table.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			docs, err := polnear.Load(data, filepath.Join(data, "..", "metadata.tsv"))
			if err != nil {
				return err
			}
			ss, err := scoreStatements(docs)
			if err != nil {
				return err
			}
			tg, err := extract.NewTagger(nil)
			if err != nil {
				return err
			}
			var tagMisses strings.Builder
			var missesTo io.Writer // nil: the misses are not listed
			if taggerMisses {
				missesTo = &tagMisses
			}
			sc := scoreTaggerRuns(tg, docs, missesTo, roleFilter)
			// the same on the CofeNet-format sentences, when present
			var cs polnear.Scorer
			cofe := filepath.Join(data, "..", "cofenet", "valid.txt")
			sents, cerr := polnear.LoadCofenet(cofe)
			if cerr == nil {
				for _, s := range sents {
					cs.Add(s.Text, s.Gold, tg.Tag(s.Text))
				}
			}
			if asJSON {
				out := map[string]any{"documents": scoreJSON(sc), "statements": statementJSON(ss)}
				if cerr == nil {
					out["cofenet_sentences"] = scoreJSON(&cs)
				}
				return json.NewEncoder(a.stdout).Encode(out)
			}
			split := filepath.Base(data)
			fmt.Fprintf(a.stdout, "PolNeAR %s: %d documents, scored on the statements claimtrail extract prints\n", split, ss.Docs)
			ss.Write(a.stdout)
			if verbose {
				ss.WriteMisses(a.stdout, docTexts(docs), sample, roleFilter)
			}
			fmt.Fprintf(a.stdout, "\nDiagnostic: the attribution tagger alone, before statements are assembled\n\n")
			fmt.Fprintf(a.stdout, "PolNeAR %s: %d documents\n", split, sc.Docs)
			sc.Write(a.stdout)
			if cerr == nil {
				fmt.Fprintf(a.stdout, "\nCofeNet-format sentences (%s): %d sentences, each tagged alone\n", cofe, cs.Docs)
				cs.Write(a.stdout)
			} else {
				fmt.Fprintf(a.stdout, "\n(CofeNet-format sentences not scored: %v)\n", cerr)
			}
			io.WriteString(a.stdout, tagMisses.String())
			return nil
		},
	}
	cmd.Flags().StringVar(&data, "data", filepath.Join("..", "shared", "data", "polnear", "dev"), "PolNeAR split folder")
	cmd.Flags().BoolVarP(&verbose, "verbose", "v", false, "list a sample of the statements' misses and false alarms per role")
	cmd.Flags().IntVar(&sample, "sample", 25, "with -v: how many misses and false alarms to list per role")
	cmd.Flags().BoolVar(&taggerMisses, "tagger-misses", false, "list every miss of the tagger alone")
	cmd.Flags().StringVar(&roleFilter, "role", "", "with -v or --tagger-misses: only this role (source, cue, content, whole)")
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the scores as JSON")
	return cmd
}

// scoreTaggerRuns scores the tagger's runs on docs and, when misses is not
// nil, writes there every miss of the role only names ("" for all).
func scoreTaggerRuns(tg *extract.Tagger, docs []polnear.Doc, misses io.Writer, only string) *polnear.Scorer {
	var sc polnear.Scorer
	for _, d := range docs {
		var gold [polnear.NumRoles][]claimtrail.Span
		for r := polnear.Role(0); r < polnear.NumRoles; r++ {
			gold[r] = d.Spans(r)
		}
		pred := tg.Tag(d.Text)
		sc.Add(d.Text, gold, pred)
		if misses != nil {
			writeMisses(misses, d, gold, pred, only)
		}
	}
	return &sc
}

func scoreJSON(sc *polnear.Scorer) map[string]any {
	out := map[string]any{"docs": sc.Docs}
	for r := polnear.Role(0); r < polnear.NumRoles; r++ {
		c := sc.Roles[r]
		e, o := c.Exact(), c.Overlap()
		out[r.String()] = map[string]any{
			"gold": c.Gold, "pred": c.Pred,
			"exact":   map[string]float64{"p": e.P, "r": e.R, "f1": e.F},
			"overlap": map[string]float64{"p": o.P, "r": o.R, "f1": o.F},
		}
	}
	return out
}

func writeMisses(w io.Writer, d polnear.Doc, gold, pred [polnear.NumRoles][]claimtrail.Span, only string) {
	for r := polnear.Role(0); r < polnear.NumRoles; r++ {
		if only != "" && only != r.String() {
			continue
		}
		g := map[claimtrail.Span]bool{}
		for _, s := range gold[r] {
			if t := polnear.Trim(d.Text, s); !t.Empty() {
				g[t] = true
			}
		}
		p := map[claimtrail.Span]bool{}
		for _, s := range pred[r] {
			if t := polnear.Trim(d.Text, s); !t.Empty() {
				p[t] = true
			}
		}
		var lines []string
		for s := range g {
			if !p[s] {
				lines = append(lines, fmt.Sprintf("%s %s miss %s %q", d.Name, r, s, clip(s.Text(d.Text))))
			}
		}
		for s := range p {
			if !g[s] {
				lines = append(lines, fmt.Sprintf("%s %s extra %s %q", d.Name, r, s, clip(s.Text(d.Text))))
			}
		}
		sort.Strings(lines)
		for _, l := range lines {
			fmt.Fprintln(w, l)
		}
	}
}

func clip(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if len(s) > 140 {
		return s[:70] + " … " + s[len(s)-60:]
	}
	return s
}
