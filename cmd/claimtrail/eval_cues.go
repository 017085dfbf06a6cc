package main

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/claimtrail/claimtrail/attrib"
	"github.com/claimtrail/claimtrail/internal/polnear"
	"github.com/claimtrail/claimtrail/lang"
	"github.com/claimtrail/claimtrail/layer"
	"github.com/spf13/cobra"
)

func (a *app) evalCuesCmd() *cobra.Command {
	var data string
	var top int
	var writeHeads string
	cmd := &cobra.Command{
		Use:   "cues",
		Short: "Check the cue lexicon against the cue statistics of PolNeAR train",
		Long: `Counts how many gold cue fragments of a PolNeAR split hold at least one word
of the cue lexicon (lang/data/en/cues.tsv, with generated inflections), and
lists the most frequent cue words the lexicon lacks.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			docs, err := polnear.Load(data, "")
			if err != nil {
				return err
			}
			if writeHeads != "" {
				return writeCueHeads(docs, writeHeads)
			}
			cues, err := lang.Cues("en")
			if err != nil {
				return err
			}
			covered, total := 0, 0
			missing := map[string]int{}
			for _, d := range docs {
				for _, sp := range d.Spans(polnear.Cue) {
					words := strings.Fields(strings.ToLower(strings.Trim(sp.Text(d.Text), " \t\n.,:;\"“”")))
					if len(words) == 0 {
						continue
					}
					total++
					hit := false
					phrase := strings.Join(words, " ")
					if _, ok := cues[phrase]; ok {
						hit = true
					}
					for _, w := range words {
						if _, ok := cues[w]; ok {
							hit = true
						}
					}
					if hit {
						covered++
						continue
					}
					missing[words[len(words)-1]]++
				}
			}
			fmt.Fprintf(a.stdout, "cue lexicon: %d forms; PolNeAR %s: %d of %d gold cues (%.1f%%) hold a lexicon word\n",
				len(cues), filepath.Base(data), covered, total, 100*float64(covered)/float64(max(total, 1)))
			type kv struct {
				w string
				n int
			}
			var ms []kv
			for w, n := range missing {
				ms = append(ms, kv{w, n})
			}
			sort.Slice(ms, func(i, j int) bool { return ms[i].n > ms[j].n || ms[i].n == ms[j].n && ms[i].w < ms[j].w })
			fmt.Fprintf(a.stdout, "most frequent cue words the lexicon lacks:\n")
			for i := 0; i < len(ms) && i < top; i++ {
				fmt.Fprintf(a.stdout, "  %-16s %d\n", ms[i].w, ms[i].n)
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&data, "data", filepath.Join("..", "shared", "data", "polnear", "train"), "PolNeAR split folder")
	cmd.Flags().IntVar(&top, "top", 25, "how many missing words to list")
	cmd.Flags().StringVar(&writeHeads, "write-heads", "", "write cue-heads.tsv (how often each word heads a cue of the split, per complement) to this file instead")
	return cmd
}

// writeCueHeads counts how often each word of docs heads a gold cue, in
// all and per complement, and writes cue-heads.tsv (attrib.CueStats).
func writeCueHeads(docs []polnear.Doc, path string) error {
	lb, err := layer.New("en", layer.Options{})
	if err != nil {
		return err
	}
	tg, err := attrib.NewTagger("en", nil)
	if err != nil {
		return err
	}
	st := attrib.CueStats{}
	for _, d := range docs {
		tg.CountCues(lb.Build(d.Text, d.Published), d.Spans(polnear.Cue), st)
	}
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	if err := tg.WriteHeads(f, st); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}
