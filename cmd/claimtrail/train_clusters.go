package main

import (
	"encoding/csv"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/claimtrail/claimtrail/internal/cluster"
	"github.com/claimtrail/claimtrail/segment"
	"github.com/claimtrail/claimtrail/token"
	"github.com/spf13/cobra"
)

// clusterOptions are the word classes' settings, the header of the table
// they are written to says them.
var clusterOptions = cluster.Options{MinCount: 5, MaxWords: 20000, Context: 500, Levels: []int{256, 64, 16}, Iters: 20}

func (a *app) trainClustersCmd() *cobra.Command {
	var data, out string
	cmd := &cobra.Command{
		Use:   "clusters",
		Short: "Learn word classes from unlabelled text (BBC, FNC-1 bodies, PolNeAR train) as a table, for tagger experiments",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			texts, err := clusterTexts(data)
			if err != nil {
				return err
			}
			seg, err := segment.New("en")
			if err != nil {
				return err
			}
			tz := token.New(seg.Abbrev())
			c := cluster.NewCounter()
			var toks []token.Token
			var words []string
			for _, text := range texts {
				for _, line := range strings.Split(text, "\n") {
					toks = tz.Tokenize(toks[:0], line)
					words = words[:0]
					for _, tk := range toks {
						words = append(words, cluster.Form(tk.Text(line)))
					}
					c.Add(words)
				}
			}
			cl := c.Learn(clusterOptions)
			fmt.Fprintf(a.stderr, "%d texts, %d words classed\n", len(texts), len(cl.Words))
			f, err := os.Create(out)
			if err != nil {
				return err
			}
			o := clusterOptions
			header := fmt.Sprintf("word classes (claimtrail train clusters; internal/cluster):\n"+
				"a lower-cased word (digits as 0) seen %d times or more in BBC, the FNC-1 bodies and PolNeAR train,\n"+
				"the %d most frequent; its class among %v (finest first), by spherical k-means over its\n"+
				"neighbours among the %d most frequent words", o.MinCount, o.MaxWords, o.Levels, o.Context)
			if err := cl.WriteTSV(f, header); err != nil {
				f.Close()
				return err
			}
			return f.Close()
		},
	}
	cmd.Flags().StringVar(&data, "data", filepath.Join("..", "shared", "data"), "folder holding bbc/, fnc1/ and polnear/")
	cmd.Flags().StringVar(&out, "out", "word-clusters.tsv", "table to write (the shipped tagger reads none: see docs/evaluation.md)")
	return cmd
}

// clusterTexts reads the unlabelled texts the classes are learnt from:
// the BBC articles, the FNC-1 bodies and PolNeAR's train split (never
// dev or test), in a fixed order.
func clusterTexts(data string) ([]string, error) {
	var paths []string
	for _, glob := range []string{"bbc/*/*.txt", "polnear/train/text/*.txt"} {
		m, err := filepath.Glob(filepath.Join(data, glob))
		if err != nil {
			return nil, err
		}
		sort.Strings(m)
		paths = append(paths, m...)
	}
	var texts []string
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			return nil, err
		}
		texts = append(texts, string(b))
	}
	bodies, err := fnc1Bodies(filepath.Join(data, "fnc1", "bodies.csv"))
	if err != nil {
		return nil, err
	}
	return append(texts, bodies...), nil
}

// fnc1Bodies reads the article bodies of the FNC-1 bodies file.
func fnc1Bodies(path string) ([]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	r := csv.NewReader(f)
	var out []string
	for first := true; ; first = false {
		rec, err := r.Read()
		if err == io.EOF {
			return out, nil
		}
		if err != nil {
			return nil, fmt.Errorf("read %s: %w", path, err)
		}
		if !first && len(rec) >= 2 {
			out = append(out, rec[1])
		}
	}
}
