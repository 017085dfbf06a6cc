package attrib

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"math"
	"sort"
	"strconv"
	"strings"

	"github.com/claimtrail/claimtrail/layer"
	"github.com/claimtrail/claimtrail/token"
)

// The learned statement filter (issue 14). The hand rules of cue.go and
// frames.go decide which of the tagger's groups make a statement; on
// PolNeAR they drop many right cues (a head PolNeAR's annotators seldom
// marked: "head-share") and keep many wrong ones. A logistic regression
// over each group the tagger proposes, trained by `claimtrail train
// filter` on PolNeAR train (extract/model/filter.tsv), reads the hand
// rules' verdicts as features with the cue's head, its complement, its
// source and contents, and may (a) re-admit a group that only the
// head-share test dropped when it is confident the cue is right, and (b)
// drop a group the rules keep when it is confident the cue is wrong. The
// deliberate classes stay dropped whatever it scores: an intention or an
// expectation ("plans to", "reports-with"), an act read as a cue
// ("act-frame"), a mere possibility, the writer's inference, a noun's
// infinitive, a compound's noun.

// Filter is a learned statement filter: feature weights and the two
// probability thresholds of its decisions.
type Filter struct {
	Weights map[string]float64
	// Keep re-admits a group whose cue only the head-share test dropped
	// when the probability that its cue is right is at least Keep.
	Keep float64
	// Drop drops a group the rules keep when that probability is below
	// Drop.
	Drop float64
}

// readmittable reports whether a cue dropped by hand rule why may be
// re-admitted by the filter: only a verb (not a noun: "Dara Quist's
// promise that …" is nested.go's) of saying (speech, denial, assertion)
// with a clause or a quotation after it that PolNeAR's
// annotators seldom marked ("head-share": "the rule states that …"); a
// belief is heldClause's to judge, an intention is none. On BBC text the readers called most of the other
// heads PolNeAR marks now and then acts, not statements ("held talks
// with", "returned their attention to", "also includes").
func readmittable(why string) bool { return why == "head-share" }

// Prob returns the probability the filter gives that a group with
// features feats has a right cue.
func (f *Filter) Prob(feats []string) float64 {
	z := 0.0
	for _, ft := range feats {
		z += f.Weights[ft]
	}
	return 1 / (1 + math.Exp(-z))
}

// decide returns the reason to drop a group with features feats and
// the hand rules' verdicts v (the hand rules' why, or "filter"), "" to
// keep it.
func (f *Filter) decide(feats *features, v Verdicts) string {
	return decideAt(f.prob(feats), f.Keep, f.Drop, v)
}

// Verdicts are what the hand rules say of a group: the name of the cue
// rule that drops it (cueVerdict), of the first other rule that does
// (otherRule), and whether its cue is a verb of saying with a clause or
// a quotation, which the filter never drops ("the WTO emphasised that
// …", "…, adding there was no …": on BBC text the readers call them
// statements whatever PolNeAR's annotators marked).
type Verdicts struct {
	CueWhy, Other string
	Saying        bool
}

// Hand returns the hand rules' verdict: "" when they keep the group.
func (v Verdicts) Hand() string {
	if v.CueWhy != "" {
		return "cue"
	}
	return v.Other
}

// decideAt is decide for a group of probability p under thresholds keep
// and drop.
func decideAt(p, keep, drop float64, v Verdicts) string {
	switch {
	case v.CueWhy == "" && v.Other == "":
		if p < drop && !v.Saying {
			return "filter"
		}
		return ""
	case v.CueWhy != "" && v.Other == "" && readmittable(v.CueWhy) && p >= keep:
		return ""
	}
	return v.Hand()
}

// WriteTo writes f as the filter table: the thresholds, then each
// weight, features in byte order, weights rounded to 4 decimals.
func (f *Filter) WriteTo(w io.Writer) (int64, error) {
	var b bytes.Buffer
	b.WriteString("# the learned statement filter (attrib/filter.go), written by `claimtrail train filter`\n")
	fmt.Fprintf(&b, "keep\t%s\ndrop\t%s\n", fmtWeight(f.Keep), fmtWeight(f.Drop))
	names := make([]string, 0, len(f.Weights))
	for k := range f.Weights {
		names = append(names, k)
	}
	sort.Strings(names)
	for _, k := range names {
		fmt.Fprintf(&b, "w\t%s\t%s\n", k, fmtWeight(f.Weights[k]))
	}
	n, err := w.Write(b.Bytes())
	return int64(n), err
}

func fmtWeight(x float64) string { return strconv.FormatFloat(x, 'f', 4, 64) }

// ParseFilter reads a filter table written by WriteTo.
func ParseFilter(src []byte) (*Filter, error) {
	f := &Filter{Weights: map[string]float64{}}
	sc := bufio.NewScanner(bytes.NewReader(src))
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		fs := strings.Split(line, "\t")
		x, err := strconv.ParseFloat(fs[len(fs)-1], 64)
		switch {
		case err != nil:
			return nil, fmt.Errorf("filter table line %d: %v", n, err)
		case fs[0] == "keep" && len(fs) == 2:
			f.Keep = x
		case fs[0] == "drop" && len(fs) == 2:
			f.Drop = x
		case fs[0] == "w" && len(fs) == 3:
			f.Weights[fs[1]] = x
		default:
			return nil, fmt.Errorf("filter table line %d: %q", n, line)
		}
	}
	return f, sc.Err()
}

// features holds a group's features, written one after another into a
// buffer the tagger reuses: scoring them looks each up in the weights
// without building a string (extraction speed).
type features struct {
	b    []byte
	ends []int
}

// add appends one feature, the concatenation of parts.
func (f *features) add(parts ...string) {
	for _, p := range parts {
		f.b = append(f.b, p...)
	}
	f.ends = append(f.ends, len(f.b))
}

// addBand appends the feature prefix and the band of n among the upper
// bounds bs: "<=2", or ">5" above the last.
func (f *features) addBand(prefix string, n int, bs ...int) {
	f.b = append(f.b, prefix...)
	last := bs[len(bs)-1]
	for _, b := range bs {
		if n <= b {
			last = -1
			f.b = strconv.AppendInt(append(f.b, "<="...), int64(b), 10)
			break
		}
	}
	if last >= 0 {
		f.b = strconv.AppendInt(append(f.b, '>'), int64(last), 10)
	}
	f.ends = append(f.ends, len(f.b))
}

// strings returns the features as strings (for training).
func (f *features) strings() []string {
	out := make([]string, len(f.ends))
	start := 0
	for i, e := range f.ends {
		out[i] = string(f.b[start:e])
		start = e
	}
	return out
}

// prob is Prob of the features in f.
func (fl *Filter) prob(f *features) float64 {
	z, start := 0.0, 0
	for _, e := range f.ends {
		z += fl.Weights[string(f.b[start:e])]
		start = e
	}
	return 1 / (1 + math.Exp(-z))
}

// filterFeatures writes into f, emptied first, the features of group g
// for the filter: the hand rules' verdicts v, the cue's head word and
// lemma with its complement, the head-share band, the lexicon class,
// negation, a modal, a passive, the cue's place, the source's kind and
// side, the contents' length, verb and quotation.
func (t *Tagger) filterFeatures(d *layer.Doc, g *Group, v Verdicts, f *features) {
	f.b, f.ends = f.b[:0], f.ends[:0]
	f.add("bias")
	f.add("cue-why=", orOK(v.CueWhy))
	f.add("rule=", orOK(v.Other))
	k, negated := t.cueHead(d, g.Cue.First, g.Cue.Last)
	if k < 0 {
		f.add("head=colon")
		return
	}
	k = t.sayingAfterFrame(d, g.Cue, k)
	comp := Complement(d, k)
	c := CompNames[comp]
	lemma := d.Cue[k].Lemma
	if lemma == "" {
		lemma = d.Low[k]
	}
	cls := layer.CueClasses[d.Cue[k].Class]
	f.add("lemma=", lemma)
	f.add("lemma-comp=", lemma, "/", c)
	f.add("comp=", c)
	f.add("class=", cls)
	f.add("class-comp=", cls, "/", c)
	f.add("run-class=", d.CueClass(g.Cue.First, g.Cue.Last))
	f.add("share=", t.shareBand(d, k, comp))
	f.addBand("cue-len=", g.Cue.Last-g.Cue.First, 1, 2, 3, 5)
	if negated {
		f.add("negated")
	}
	if d.POS != nil {
		f.add("head-pos=", d.POSNames[d.POS[k]])
		if j := g.Cue.First - 1; j >= 0 && d.Sent[j] == d.Sent[k] {
			f.add("prev-pos=", d.POSNames[d.POS[j]])
		} else {
			f.add("prev-pos=start")
		}
		if underModal(d, g.Cue, k) || g.Cue.First > 0 && d.POSNames[d.POS[g.Cue.First-1]] == "MD" {
			f.add("modal")
		}
	}
	if t.passiveCue(d, g.Cue) {
		f.add("passive")
	}
	if d.Quote[k] >= 0 {
		f.add("in-quote")
	}
	contextFeatures(d, k, f)
	sourceFeatures(d, g, f)
	contentFeatures(d, g, f)
}

// contextFeatures describe the cue's place: a capitalised head inside
// its sentence (a title: "They Think It's All Over"), a headline.
func contextFeatures(d *layer.Doc, k int, f *features) {
	s := d.Sents[d.Sent[k]]
	if k > s.First && d.Low[k] != d.Text[d.Toks[k].Start:d.Toks[k].End] {
		f.add("head-cap")
	}
	if s.Headline() {
		f.add("headline")
	}
}

func orOK(why string) string {
	if why == "" {
		return "ok"
	}
	return why
}

// shareBands name the bands of a head share, by their upper bounds.
var (
	shareBounds = []float64{0.02, 0.05, 0.1, 0.2, 0.4, 0.7}
	shareBands  = []string{"<0.02", "<0.05", "<0.1", "<0.2", "<0.4", "<0.7", ">=0.7"}
)

// shareBand names the band of the head-share of the word at k with
// complement c: "unseen" when cue-heads.tsv has no row for it, "rare"
// when PolNeAR train has it too seldom to judge.
func (t *Tagger) shareBand(d *layer.Doc, k int, c Comp) string {
	hc := t.headStats[d.Low[k]]
	switch {
	case hc == nil:
		return "unseen"
	case hc.Seen < minSeen:
		return "rare"
	}
	s := headShare(hc, c)
	for i, b := range shareBounds {
		if s < b {
			return shareBands[i]
		}
	}
	return shareBands[len(shareBounds)]
}

// sourceFeatures describes g's nearest source: none, or its kind (a
// pronoun, a name, a common noun), its side of the cue and its length.
func sourceFeatures(d *layer.Doc, g *Group, f *features) {
	if len(g.Sources) == 0 {
		f.add("src=none")
		return
	}
	src := nearest(g.Sources, g.Cue)
	kind := "other"
	if d.POS != nil {
		for m := src.First; m < src.Last; m++ {
			switch tag := d.POSNames[d.POS[m]]; {
			case tag == "PRP" || tag == "WP":
				kind = "pron"
			case tag == "NNP" || tag == "NNPS":
				kind = "name"
			case (tag == "NN" || tag == "NNS") && kind != "name":
				kind = "noun"
			}
		}
	}
	side := "before"
	if src.First >= g.Cue.Last {
		side = "after"
	}
	f.add("src=", kind)
	f.add("src-side=", side)
	f.add("src-kind-side=", kind, "/", side)
	f.addBand("src-len=", src.Last-src.First, 1, 2, 4, 8)
}

// contentFeatures describes g's contents: how many, their words, a
// finite verb among them, whether one is quoted, whether one comes
// before the cue.
func contentFeatures(d *layer.Doc, g *Group, f *features) {
	words, quotedOne, before := 0, false, false
	for _, c := range g.Contents {
		for k := c.First; k < c.Last; k++ {
			if d.Toks[k].Kind == token.Word {
				words++
			}
		}
		quotedOne = quotedOne || quoted(d, c)
		before = before || c.Last <= g.Cue.First
	}
	f.addBand("contents=", len(g.Contents), 0, 1, 2)
	f.addBand("content-words=", words, 0, 2, 5, 10, 20, 40)
	if finiteVerbIn(d, g.Contents) {
		f.add("content-verb") // a proposition, not a noun phrase
	}
	if quotedOne {
		f.add("content-quoted")
	}
	if before {
		f.add("content-before")
	}
}

// finiteVerbIn reports whether a finite verb stands in one of runs.
func finiteVerbIn(d *layer.Doc, runs []Run) bool {
	for _, c := range runs {
		for k := c.First; k < c.Last; k++ {
			if d.POS != nil && d.FiniteVerb(k) {
				return true
			}
		}
	}
	return false
}

// sayingWithClause reports whether cue run r's head is a verb of saying
// (speech, denial, assertion) with a clause or a quotation after it.
func (t *Tagger) sayingWithClause(d *layer.Doc, r Run) bool {
	k, _ := t.cueHead(d, r.First, r.Last)
	if k < 0 || d.POS == nil {
		return false
	}
	k = t.sayingAfterFrame(d, r, k)
	return saysSomething(d.Cue[k].Class) && isVerb(d, k) && proposition(Complement(d, k))
}
