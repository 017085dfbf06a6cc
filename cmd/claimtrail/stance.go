package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/claimtrail/claimtrail/stance"
	"github.com/claimtrail/claimtrail/stance/emergent"
	"github.com/spf13/cobra"
)

func (a *app) stanceCmd() *cobra.Command {
	var claim, jsonl string
	cmd := &cobra.Command{
		Use:   "stance (--claim CLAIM TEXT... | --jsonl FILE|-)",
		Short: "Stance of a text toward a claim: asserts, denies or neutral",
		Long: `With --claim, prints the stance of TEXT toward CLAIM and its confidence.
With --jsonl, reads records {"id", "claim", "text"} and writes {"id", "stance",
"confidence"} per line; a bad line is reported with its number and skipped.`,
		Example: `  claimtrail stance --claim "Iran supplies drones to Russia" "Tehran denies sending drones to Moscow"
  claimtrail stance --jsonl headlines.jsonl`,
		RunE: func(cmd *cobra.Command, args []string) error {
			c, err := stance.New("en")
			if err != nil {
				return err
			}
			if jsonl == "" {
				if claim == "" || len(args) == 0 {
					return fmt.Errorf("give --claim and a text, or --jsonl")
				}
				s, conf := c.Of(claim, strings.Join(args, " "))
				fmt.Fprintf(a.stdout, "%s\t%.2f\n", s, conf)
				return nil
			}
			var r io.Reader = a.stdin
			if jsonl != "-" {
				f, err := os.Open(jsonl)
				if err != nil {
					return err
				}
				defer f.Close()
				r = f
			}
			sc := bufio.NewScanner(r)
			sc.Buffer(make([]byte, 0, 64<<10), 16<<20)
			enc := json.NewEncoder(a.stdout)
			enc.SetEscapeHTML(false)
			failed, line := 0, 0
			for sc.Scan() {
				line++
				var rec struct{ ID, Claim, Text string }
				if err := json.Unmarshal(sc.Bytes(), &rec); err != nil || rec.Claim == "" {
					failed++
					fmt.Fprintf(a.stderr, "error: %s:%d: want a JSON record with claim and text\n", jsonl, line)
					continue
				}
				s, conf := c.Of(rec.Claim, rec.Text)
				if err := enc.Encode(map[string]any{"id": rec.ID, "stance": s, "confidence": conf}); err != nil {
					return err
				}
			}
			if err := sc.Err(); err != nil {
				return fmt.Errorf("%s: %w", jsonl, err)
			}
			if failed > 0 {
				return fmt.Errorf("%d record(s) failed: %w", failed, errPartial)
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&claim, "claim", "", "the claim")
	cmd.Flags().StringVar(&jsonl, "jsonl", "", "JSON Lines records {id, claim, text}, or - for stdin")
	return cmd
}

func (a *app) evalEmergentCmd() *cobra.Command {
	var data string
	var folds int
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "emergent",
		Short: "Stance accuracy and per-class F1 on Emergent train headlines, cross-validated by claim",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			rep, err := emergent.Evaluate(data, folds)
			if err != nil {
				return err
			}
			if asJSON {
				return json.NewEncoder(a.stdout).Encode(rep)
			}
			return rep.Write(a.stdout)
		},
	}
	cmd.Flags().StringVar(&data, "data", filepath.Join("..", "shared", "data", "emergent", "train.csv"), "Emergent CSV")
	cmd.Flags().IntVar(&folds, "folds", 10, "cross-validation folds by claim (the learned model is retrained per fold); 1 scores the embedded model in-sample")
	cmd.Flags().BoolVar(&asJSON, "json", false, "print JSON")
	return cmd
}
