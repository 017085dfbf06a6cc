package pos

import (
	"fmt"
	"sort"
	"strings"
)

// EvalMode says how Eval feeds sentences to the tagger.
type EvalMode uint8

// Eval modes.
const (
	// BySentence tags each silver sentence alone.
	BySentence EvalMode = iota
	// ByDocument tags each document's tokens in one call, so the tagger's
	// own sentence-start rule decides where context is cut.
	ByDocument
)

// Score is an evaluation result.
type Score struct {
	Tokens, Correct int // labelled tokens, correctly tagged (POS)
	// Per entity type and "ALL": gold, predicted and matching entities
	// (exact token span and type).
	Gold, Pred, Match map[string]int
}

// Accuracy is the share of labelled tokens tagged right.
func (s Score) Accuracy() float64 { return ratio(s.Correct, s.Tokens) }

// F1 returns precision, recall and F1 of entity type typ ("ALL" for all).
func (s Score) F1(typ string) (p, r, f float64) {
	p, r = ratio(s.Match[typ], s.Pred[typ]), ratio(s.Match[typ], s.Gold[typ])
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

func (s Score) String() string {
	var b strings.Builder
	if s.Tokens > 0 {
		fmt.Fprintf(&b, "accuracy %.2f%% (%d/%d)", 100*s.Accuracy(), s.Correct, s.Tokens)
	}
	var types []string
	for t := range s.Gold {
		if t != "ALL" {
			types = append(types, t)
		}
	}
	sort.Strings(types)
	for _, t := range append(types, "ALL") {
		p, r, f := s.F1(t)
		fmt.Fprintf(&b, "\n  %-12s P %.2f R %.2f F1 %.2f (gold %d, pred %d)", t, 100*p, 100*r, 100*f, s.Gold[t], s.Pred[t])
	}
	return b.String()
}

// Eval tags sents with t and scores the target labels: token accuracy
// over labelled tokens, and for BIO tag sets exact-span entity counts.
func Eval(t *Tagger, sents []Sentence, target Target, mode EvalMode) Score {
	sc := Score{Gold: map[string]int{}, Pred: map[string]int{}, Match: map[string]int{}}
	var tags []uint8
	var units []Sentence
	if mode == ByDocument {
		for i := 0; i < len(sents); {
			j := i + 1
			for j < len(sents) && sents[j].Text == sents[i].Text {
				j++
			}
			d := Sentence{Text: sents[i].Text}
			for _, s := range sents[i:j] {
				d.Toks = append(d.Toks, s.Toks...)
				d.POS = append(d.POS, s.POS...)
				d.NER = append(d.NER, s.NER...)
			}
			units = append(units, d)
			i = j
		}
	} else {
		units = sents
	}
	for i := range units {
		s := &units[i]
		labels := target.labels(s)
		tags = t.Tag(tags[:0], s.Text, s.Toks)
		for k, l := range labels {
			if l == "" {
				continue
			}
			sc.Tokens++
			if t.TagName(tags[k]) == l {
				sc.Correct++
			}
		}
		if target != TargetNER {
			continue
		}
		gold := map[[2]int]string{}
		for _, e := range spansOf(labels) {
			gold[[2]int{e.First, e.Last}] = e.Type
			sc.Gold[e.Type]++
			sc.Gold["ALL"]++
		}
		for _, e := range t.Entities(nil, s.Toks, tags) {
			sc.Pred[e.Type]++
			sc.Pred["ALL"]++
			if gold[[2]int{e.First, e.Last}] == e.Type {
				sc.Match[e.Type]++
				sc.Match["ALL"]++
			}
		}
	}
	return sc
}

// spansOf decodes BIO labels as Entities does.
func spansOf(labels []string) []Entity {
	var out []Entity
	open := false
	for i, l := range labels {
		switch {
		case len(l) < 2 || l[1] != '-':
			open = false
		case l[0] == 'I' && open && out[len(out)-1].Type == l[2:] && out[len(out)-1].Last == i-1:
			out[len(out)-1].Last = i
		default:
			out = append(out, Entity{Type: l[2:], First: i, Last: i})
			open = true
		}
	}
	return out
}
