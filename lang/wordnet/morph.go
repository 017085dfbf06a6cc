package wordnet

import (
	"strings"
	"sync"

	"github.com/claimtrail/claimtrail/lang"
)

// posOrderAll is the order parts of speech are tried in.
var posOrderAll = []POS{Noun, Verb, Adj, Adv}

// normalize lower-cases a word and joins a collocation's words with "_".
func normalize(word string) string {
	return strings.Join(strings.Fields(strings.ToLower(word)), "_")
}

// morphRules are WordNet's detachment rules (morphy), from
// lang/data/en/wordnet-morphy.tsv: per part of speech, suffix → ending.
var morphRules = sync1(func() map[POS][][2]string {
	t := lang.MustLoad("en", "wordnet-morphy")
	out := map[POS][][2]string{}
	for _, key := range t.Order {
		for _, r := range t.Rows[key] {
			suf, rep, _ := strings.Cut(r, ">")
			out[POS(key[0])] = append(out[POS(key[0])], [2]string{suf, rep})
		}
	}
	return out
})

// lemma is a base form in one part of speech.
type lemma struct {
	word string
	pos  POS
}

// lemmasOf reduces an inflected word to the WordNet lemmas it may be an
// inflection of, as morphy does: the word itself when WordNet has it;
// then the exception list's base forms ("took" → "take") or, when the
// word has no exception in that part of speech, the regular detachment
// rules ("biopsies" → "biopsy") — a candidate counts only when WordNet
// has it in that part of speech.
func (d *db) lemmasOf(word string, pos POS) []lemma {
	w := normalize(word)
	var out []lemma
	add := func(l string, p POS) {
		for _, x := range out {
			if x.word == l && x.pos == p {
				return
			}
		}
		if d.has(l, p) {
			out = append(out, lemma{l, p})
		}
	}
	rules := morphRules()
	for _, p := range posOrderAll {
		if !pos.matches(p) {
			continue
		}
		add(w, p)
		excepted := false
		for _, e := range d.exceptions[w] {
			if e.pos == p {
				add(e.base, p)
				excepted = true
			}
		}
		if excepted {
			continue
		}
		for _, r := range rules[p] {
			if strings.HasSuffix(w, r[0]) && len(w) > len(r[0]) {
				add(w[:len(w)-len(r[0])]+r[1], p)
			}
		}
	}
	return out
}

// has reports whether lemma l has a sense in part of speech p.
func (d *db) has(l string, p POS) bool {
	for _, s := range d.index[l] {
		if d.synsets[s.synset()].pos == p {
			return true
		}
	}
	return false
}

// Lemmas returns the WordNet lemmas word may be a form of in pos (Any:
// every part of speech), most likely first: "snapped" → "snap",
// "biopsies" → "biopsy", "took" → "take". None when WordNet lacks it.
func Lemmas(word string, pos POS) []string {
	var out []string
	for _, l := range get().lemmasOf(word, pos) {
		out = appendNew(out, l.word)
	}
	return out
}

func appendNew(list []string, s string) []string {
	for _, x := range list {
		if x == s {
			return list
		}
	}
	return append(list, s)
}

// sync1 returns a function that computes f's value once, on first call.
func sync1[T any](f func() T) func() T {
	var once sync.Once
	var v T
	return func() T {
		once.Do(func() { v = f() })
		return v
	}
}
