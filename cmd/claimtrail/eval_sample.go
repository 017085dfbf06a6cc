package main

import (
	"fmt"
	"io"
	"math/rand/v2"
	"slices"
	"strings"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/extract"
	"github.com/claimtrail/claimtrail/segment"
	"github.com/claimtrail/claimtrail/token"
	"github.com/spf13/cobra"
)

func (a *app) evalSampleCmd() *cobra.Command {
	var in inputFlags
	var n int
	var seed uint64
	cmd := &cobra.Command{
		Use:   "sample [flags] INPUT...",
		Short: "Print statements drawn at random from extract's output, with their text, for a human judge",
		Long: `Extracts every input as claimtrail extract does, draws --n statements at
random (the same ones for the same inputs and --seed) and prints each for a
reader to judge against its article: the document, the sentence before, the
sentence(s) of the statement with the cue marked ⟦ ⟧ and the sentence after, then the fields
(speaker name, mention, type, role, affiliation; cue; content; via; polarity;
said_on). The precision audit of issue 14 reads 100 of them.`,
		Example: `  claimtrail eval sample --n 100 --seed 1 --published 2005-01-01 ../shared/data/bbc`,
		RunE: func(cmd *cobra.Command, args []string) error {
			x, err := extract.New(extract.Options{})
			if err != nil {
				return err
			}
			var all []sampled
			texts := map[int]string{}
			names := map[int]string{}
			docs := 0
			err = a.readInputs(cmd.Context(), args, &in, func(d *claimtrail.Document) error {
				sts := x.Extract(d)
				if len(sts) > 0 {
					texts[docs], names[docs] = d.Text, docName(d)
				}
				for i := range sts {
					all = append(all, sampled{doc: docs, st: sts[i]})
				}
				docs++
				return nil
			})
			if err != nil {
				return err
			}
			sz, err := newSentencer()
			if err != nil {
				return err
			}
			pick := drawSample(len(all), n, seed)
			fmt.Fprintf(a.stdout, "%d statements drawn (seed %d) from %d in %d documents\n", len(pick), seed, len(all), docs)
			for k, i := range pick {
				s := all[i]
				writeSampled(a.stdout, sz, k+1, names[s.doc], texts[s.doc], &s.st)
			}
			return nil
		},
	}
	in.register(cmd)
	cmd.Flags().IntVar(&n, "n", 100, "how many statements to draw")
	cmd.Flags().Uint64Var(&seed, "seed", 1, "random seed: the same seed draws the same statements")
	return cmd
}

// sampled is one statement and the index of its document.
type sampled struct {
	doc int
	st  claimtrail.Statement
}

// drawSample returns n distinct indices below total drawn with seed, in
// ascending order (statements of one document come together).
func drawSample(total, n int, seed uint64) []int {
	rng := rand.New(rand.NewPCG(seed, 0x5eed))
	pick := rng.Perm(total)[:min(n, total)]
	slices.Sort(pick)
	return pick
}

// docName names a document for a reader: where it was read from, else
// its id.
func docName(d *claimtrail.Document) string {
	if d.Origin != "" {
		return d.Origin
	}
	return d.ID
}

// sentencer splits a text into sentences as extract does, for display.
type sentencer struct {
	seg *segment.Segmenter
	tz  *token.Tokenizer
}

func newSentencer() (*sentencer, error) {
	seg, err := segment.New("en")
	if err != nil {
		return nil, err
	}
	return &sentencer{seg: seg, tz: token.New(seg.Abbrev())}, nil
}

// around returns the sentence before span, the sentences span touches,
// and the sentence after it (empty spans where there are none).
func (sz *sentencer) around(text string, span claimtrail.Span) (before, at, after claimtrail.Span) {
	sents := sz.seg.Split(nil, text, sz.tz.Tokenize(nil, text))
	first, last := -1, -1
	for i, s := range sents {
		if s.End > span.Start && s.Start < max(span.End, span.Start+1) {
			if first < 0 {
				first = i
			}
			last = i
		}
	}
	if first < 0 {
		return before, span, after
	}
	at = sents[first].Span.Join(sents[last].Span)
	if first > 0 {
		before = sents[first-1].Span
	}
	if last+1 < len(sents) {
		after = sents[last+1].Span
	}
	return before, at, after
}

func writeSampled(w io.Writer, sz *sentencer, k int, doc, text string, st *claimtrail.Statement) {
	fmt.Fprintf(w, "\n── %d. %s  (statement %d)\n", k, doc, st.N)
	before, at, after := sz.around(text, st.Span)
	if !before.Empty() {
		fmt.Fprintf(w, "  before: %s\n", oneLine(before.Text(text)))
	}
	if cue := st.Cue.Span; at.Contains(cue) {
		fmt.Fprintf(w, "  text:   %s ⟦%s⟧ %s\n", oneLine(text[at.Start:cue.Start]), text[cue.Start:cue.End], oneLine(text[cue.End:at.End]))
	} else {
		fmt.Fprintf(w, "  text:   %s\n", oneLine(at.Text(text)))
	}
	if !after.Empty() {
		fmt.Fprintf(w, "  after:  %s\n", oneLine(after.Text(text)))
	}
	sp := st.Speaker
	fmt.Fprintf(w, "  speaker: %q (%s)  mention %q  role %q  affiliation %q\n", sp.Name, sp.Type, sp.Mention, sp.Role, sp.Affiliation)
	fmt.Fprintf(w, "  cue:     %q (%s)\n", st.Cue.Text, st.Cue.Lemma)
	fmt.Fprintf(w, "  content: %q\n", oneLine(st.Content.Text))
	var via []string
	for _, v := range st.Via {
		via = append(via, v.Name)
	}
	said := "null"
	if st.SaidOn != nil {
		said = fmt.Sprintf("%s (%s, %q)", st.SaidOn.Value, st.SaidOn.Basis, st.SaidOn.Text)
	}
	fmt.Fprintf(w, "  via: %q  polarity: %s  hedged: %v  said_on: %s\n", via, st.Polarity, st.Hedged, said)
}

func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}
