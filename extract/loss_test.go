package extract

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/attrib"
	"github.com/claimtrail/claimtrail/internal/polnear"
	"github.com/claimtrail/claimtrail/layer"
)

var (
	lossSplit = flag.String("assembly-loss", "", "PolNeAR split folder: list what assembly loses of the tagger's right spans (TestAssemblyLoss)")
	lossWhy   = flag.String("loss-why", "", "with -assembly-loss: print the spans this step lost")
)

// TestAssemblyLoss is a diagnostic, run by hand on PolNeAR train:
//
//	go test ./extract -run AssemblyLoss -assembly-loss ../../shared/data/polnear/train [-loss-why passive-subject]
//
// For each role it counts the gold spans the tagger found exactly that
// no statement prints, by the step that lost them (the rule that
// dropped their group, "extract" when the group reached extraction,
// "changed" when a rule moved the span, "ungrouped" when no cue took
// the run), against the tagger's wrong spans each step removed.
func TestAssemblyLoss(t *testing.T) {
	if *lossSplit == "" {
		t.Skip("diagnostic: pass -assembly-loss SPLIT_FOLDER")
	}
	docs, err := polnear.Load(*lossSplit, filepath.Join(*lossSplit, "..", "metadata.tsv"))
	if err != nil {
		t.Skip("no PolNeAR split:", err)
	}
	x, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	p := x.get()
	var tally lossTally
	for i := range docs {
		tally.add(x, p, &docs[i])
	}
	tally.write(os.Stdout, *lossWhy)
}

type lossKey struct {
	role  polnear.Role
	why   string
	right bool
}

type lossTally struct {
	n        map[lossKey]int
	examples map[string][]string
}

// fate is what became of a tagger run: the step that dropped its group
// ("grouped" when no rule dropped it but one changed the run).
type fate struct {
	why  string
	kept bool
	late bool // dropped in extraction, after the tagger kept the group
}

// rank orders what may be said of one run: a drop in extraction over
// a group kept, over a rule's drop, over the run merely grouped.
func (f fate) rank() int {
	switch {
	case f.late:
		return 3
	case f.kept:
		return 2
	case f.why != "grouped":
		return 1
	}
	return 0
}

func (lt *lossTally) add(x *Extractor, p *pipeline, pd *polnear.Doc) {
	if lt.n == nil {
		lt.n, lt.examples = map[lossKey]int{}, map[string][]string{}
	}
	d := p.layers.Build(pd.Text, time.Time{})
	tagged := attrib.RoleSpans(d, p.tagger.Label(d))
	marked := markRoles(pd.Text, tagged)
	fates := map[[2]int]fate{} // by role and trimmed span start… end
	key := func(r polnear.Role, run attrib.Run) (polnear.Role, claimtrail.Span) {
		return r, polnear.Trim(pd.Text, claimtrail.Span{Start: d.Toks[run.First].Start, End: d.Toks[run.Last-1].End})
	}
	spanKey := func(r polnear.Role, s claimtrail.Span) [2]int { return [2]int{int(r)<<28 | s.Start, s.End} }
	note := func(g attrib.Group, f fate) {
		for _, run := range append(append([]attrib.Run{g.Cue}, g.Sources...), g.Contents...) {
			r, s := key(polnear.Role(run.Role), run)
			if old, seen := fates[spanKey(r, s)]; !seen || f.rank() >= old.rank() {
				fates[spanKey(r, s)] = f
			}
		}
	}
	p.tagTrace = func(why string, g attrib.Group) { note(g, fate{why: why}) }
	p.trace = func(why string, g *attrib.Group) { note(*g, fate{why: why, late: true}) }
	for _, g := range p.tagger.Tag(d) {
		note(g, fate{kept: true})
	}
	p.tagTrace = nil
	sts := x.extractDoc(p, d, nil, &claimtrail.Document{ID: pd.Name, Text: pd.Text})
	p.trace = nil
	printed := map[[2]int]bool{}
	pred := polnear.Fragments(sts)
	for r := polnear.Role(0); r < polnear.NumRoles; r++ {
		for _, s := range pred[r] {
			printed[spanKey(r, polnear.Trim(pd.Text, s))] = true
		}
	}
	for r := polnear.Role(0); r < polnear.NumRoles; r++ {
		gold := map[[2]int]bool{}
		for _, s := range pd.Spans(r) {
			gold[spanKey(r, polnear.Trim(pd.Text, s))] = true
		}
		for _, s := range tagged[r] {
			s = polnear.Trim(pd.Text, s)
			k := spanKey(r, s)
			if s.Empty() || printed[k] {
				continue
			}
			f, ok := fates[k]
			why := f.why
			switch {
			case !ok:
				why = "ungrouped"
			case f.kept:
				why = "printed-changed"
			case why == "grouped":
				why = "changed-by-rule"
			}
			lk := lossKey{role: r, why: why, right: gold[k]}
			lt.n[lk]++
			if gold[k] {
				lt.examples[why] = append(lt.examples[why], fmt.Sprintf("%s %s %q printed %s in %s", pd.Name, r, s.Text(pd.Text), overlapping(pd.Text, pred[r], s), marked(sentenceOf(d, s))))
			}
		}
	}
}

// overlapping quotes the printed fragments that overlap span s: what
// the run became.
func overlapping(text string, printed []claimtrail.Span, s claimtrail.Span) string {
	var out []string
	for _, p := range printed {
		if p = polnear.Trim(text, p); p.Start < s.End && s.Start < p.End {
			out = append(out, fmt.Sprintf("%q", p.Text(text)))
		}
	}
	return "[" + strings.Join(out, " | ") + "]"
}

// sentenceOf returns the span of the sentence around span s.
func sentenceOf(d *layer.Doc, s claimtrail.Span) claimtrail.Span {
	k := d.TokenAt(s.Start)
	if k >= len(d.Toks) {
		return s
	}
	st := d.Sents[d.Sent[k]]
	return claimtrail.Span{Start: d.Toks[st.First].Start, End: d.Toks[st.Last-1].End}
}

// markRoles returns a function that writes a span of text with the
// tagger's runs bracketed: [S source] [C cue] [Q content].
func markRoles(text string, tagged [3][]claimtrail.Span) func(claimtrail.Span) string {
	open, shut := map[int]string{}, map[int]string{}
	for r, spans := range tagged {
		for _, s := range spans {
			open[s.Start] += "[" + "SCQ"[r:r+1] + " "
			shut[s.End] += "]"
		}
	}
	return func(s claimtrail.Span) string {
		var b strings.Builder
		for i := s.Start; i < s.End; i++ {
			b.WriteString(shut[i])
			b.WriteString(open[i])
			b.WriteByte(text[i])
		}
		b.WriteString(shut[s.End])
		return strings.Join(strings.Fields(b.String()), " ")
	}
}

func (lt *lossTally) write(w *os.File, why string) {
	var keys []lossKey
	for k := range lt.n {
		if k.right {
			keys = append(keys, k)
		}
	}
	sort.Slice(keys, func(i, j int) bool {
		if keys[i].role != keys[j].role {
			return keys[i].role < keys[j].role
		}
		return lt.n[keys[i]] > lt.n[keys[j]]
	})
	fmt.Fprintf(w, "%-8s %-24s %6s %6s\n", "role", "step", "right", "wrong")
	for _, k := range keys {
		wrong := k
		wrong.right = false
		fmt.Fprintf(w, "%-8s %-24s %6d %6d\n", k.role, k.why, lt.n[k], lt.n[wrong])
	}
	for _, e := range lt.examples[why] {
		fmt.Fprintln(w, e)
	}
}
