package attrib

import "github.com/claimtrail/claimtrail/layer"

// A participle of a reporting verb between an article and a noun
// describes the noun (session 15, the BBC readers' "should not exist"):
// "ahead of [an expected] May election", "following [a reported]
// high-speed car chase", "the [proposed] hunting ban". The tagger may
// take the article into the cue run, or run the cue on from another
// verb ("was sued following a reported"), and read the noun phrase and
// the sentence's verb after it as a clause; the real statement, when
// there is one, is the sentence's own cue ("…, he added"), which keeps
// the whole sentence. adjectiveCue (a one-word cue with the article as
// its only source, before a common noun) came first; this reads every
// reporting word of the run, before any noun phrase.

// attributiveRun reports whether every word of the cue lexicon in cue
// run r is an attributive participle (attributiveParticiple), and there
// is one.
func attributiveRun(d *layer.Doc, r Run) bool {
	if d.POS == nil {
		return false
	}
	found := false
	for k := r.First; k < r.Last; k++ {
		if d.Cue[k].Class == 0 {
			continue
		}
		if !attributiveParticiple(d, k) {
			return false
		}
		found = true
	}
	return found
}

// attributiveParticiple reports whether token k is a past participle
// (or a past form or adjective, as the tagger may read it) right after
// an article and right before a word that opens or goes on with a noun
// phrase (a noun, a name, an adjective, a number, a modifying "-ing"
// word) that is no reporting
// word itself: "an [expected] May election", "the [expected] 5 May
// election". A demonstrative is no article: "That [suggested] growth
// would slow" has its subject.
func attributiveParticiple(d *layer.Doc, k int) bool {
	s := d.Sents[d.Sent[k]]
	if k == s.First || k+1 >= s.Last || !layer.IsArticle(d.Low[k-1]) {
		return false
	}
	switch d.POSNames[d.POS[k]] {
	case "VBN", "VBD", "JJ":
	default:
		return false
	}
	if d.Cue[k+1].Class != 0 {
		return false // "the reported claims that …": the noun is the cue
	}
	switch d.POSNames[d.POS[k+1]] {
	case "NN", "NNS", "NNP", "NNPS", "JJ", "CD", "VBG": // "the proposed [hunting] ban"
		return true
	}
	return false
}
