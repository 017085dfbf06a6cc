package fnc1

import "github.com/claimtrail/claimtrail"

// Labels reads FNC-1's labels off a trace, as a user reads it: a body is
// related when the trace lists it among its articles, and its stance is
// the article's (claimtrail.TracedArticle.Stance): asserts → agree,
// denies → disagree, discusses → discuss. The map is keyed by the
// article's doc (the Body ID).
func Labels(t *claimtrail.Trace) map[string]Label {
	out := make(map[string]Label, len(t.Articles))
	for _, a := range t.Articles {
		out[a.Doc] = labelOf(a.Stance)
	}
	return out
}

// labelOf is FNC-1's label for an article's stance.
func labelOf(s string) Label {
	switch s {
	case claimtrail.Asserts:
		return Agree
	case claimtrail.Denies:
		return Disagree
	}
	return Discuss
}
