package attrib

import (
	"testing"

	"github.com/claimtrail/claimtrail/layer"
)

// clauseGroup returns the group of cue run r in d with, for its source,
// the noun phrase right before the cue, and for its content the words
// after it up to the sentence's last token (no source or content when
// there are no such words).
func clauseGroup(d *layer.Doc, r Run) Group {
	g := Group{Cue: r}
	s := d.Sents[d.Sent[r.First]]
	first := r.First
	for first > s.First && (isNominal(d.POSNames[d.POS[first-1]]) || d.POSNames[d.POS[first-1]] == "VBG") {
		first--
	}
	if first < r.First {
		g.Sources = []Run{{Role: 0, First: first, Last: r.First}}
	}
	if r.Last < s.Last-1 {
		g.Contents = []Run{{Role: 2, First: r.Last, Last: s.Last - 1}}
	}
	return g
}

// TestNonspeech checks the group rules of nonspeech.go: each sentence's
// bracketed cue, its words before for the source and after for the
// content, is dropped by the named rule or ("") by none of them.
func TestNonspeech(t *testing.T) {
	lb, tg := newTestTagger(t)
	tests := []struct{ text, want string }{
		{"If you [believe] the ferry timetable, the boats are never late.", "reader"},
		{"So what you [are saying is] that the pier must close.", "reader"},
		{"\"If you [believe] the timetable, you will wait,\" said Ilsa Varn.", ""},
		{"We [believe] the ferry timetable is wrong.", ""},
		{"Ilsa Varn [believes] the ferry timetable is wrong.", ""},
		{"Fares rose faster than [expected], while ferry use fell.", "bare-participle"},
		{"As [predicted], the harbour froze over in January.", "bare-participle"},
		{"As [reported] by the Dorn Herald, the harbour froze.", ""},
		{"The ferry carried twice the number [expected], while rivals lost trade.", "bare-participle"},
		{"Two ferrymen [accused of] smuggling were released on Monday.", "bare-participle"},
		{"Lawsuits against two ferrymen [alleged] to have smuggled wine were filed on Monday.", "bare-participle"},
		{"The ferrymen [vowed] to fight the closure of the pier.", ""},
		{"The big ferry trend [predicted for] this year is the return of night crossings.", "bare-participle"},
		{"A report by the harbour committee [called for] the pier to be closed unless fares fell.", ""},
		{"Harbour ministers [called for] calm as the pier was closed.", ""},
		{"Harbour ministers [called for] calm on Monday.", ""},
		{"Ferry firms [reported] on Monday the harbour had frozen.", ""},
		{"As the Dorn Herald [noted], the harbour froze in January.", ""},
		{"This rising trend [explains] the fall in ferry fares.", "causal-thing"},
		{"Higher tides [meant] that the ferries ran late.", "causal-thing"},
		{"The harbour minister [meant] that the ferries ran late.", ""},
		{"The spokesman [explained] the fall in fares.", ""},
		{"Mayor Ilsa Varn [explained] the fall in fares.", ""},
		{"This rising trend [explains] why fares fell.", ""},
		{"Modern ferry lines [support] high cargo speeds.", "causal-thing"},
		{"Harbour ministers [support] a lower fare.", ""},
		{"The results [cast doubt on] the ferry plan.", "causal-thing"},
		{"Downbeat harbour data [has cast doubt over] the ferry plan.", "causal-thing"},
		{"Some media reports [have cast doubt on] the ferry plan.", ""},
		{"Analysts [cast doubt on] the ferry firm's plan.", ""},
		{"Next week's ferry chart [will reveal] who has the busiest route.", "future-display"},
		{"The tests [will show] whether the pier is safe.", "future-display"},
		{"Ilsa Varn [will show] that the pier is safe.", ""},
		{"The minister [will reveal] the new fares on Monday.", ""},
		{"The ferry chart [revealed] who has the busiest route.", ""},
	}
	for _, tt := range tests {
		checkFirstRule(t, tg, lb, tt.text, tt.want, []namedRule{
			{"reader", tg.readerAddressed}, {"bare-participle", tg.bareParticiple},
			{"causal-thing", tg.causalThing}, {"future-display", tg.futureDisplay}})
	}
}

// TestConditionalCue checks conditionalCue: a cue in a condition or a
// counterfactual reports nothing; a granted "even if", a causative
// "had", a question's "if" after its own verb are read as written.
func TestConditionalCue(t *testing.T) {
	lb, tg := newTestTagger(t)
	tests := []struct {
		text string
		want bool
	}{
		{"If the harbour board [agrees on] the draft, the pier will reopen.", true},
		{"The pier could reopen if Ilsa Varn [repeats] that in Dorn.", true},
		{"The ferry will stop unless the mayor [confirms] the fares.", true},
		{"His term would have been longer had he [denied] the charge.", true},
		{"If [confirmed], that would be the best result in a decade.", true},
		{"Fares rose, even if Ilsa Varn [admitted] the pier was poor.", false},
		{"The film had many critics [thinking] the pier was real.", false},
		{"Ilsa Varn [said] the pier would close if fares fell.", false},
		{"The mayor [said] that the pier was safe.", false},
	}
	for _, tt := range tests {
		d, r := bracketed(t, lb, tt.text)
		g := clauseGroup(d, r)
		if got := tg.conditionalCue(d, &g); got != tt.want {
			t.Errorf("%q: %v, want %v (sources %v)", tt.text, got, tt.want, g.Sources)
		}
	}
}

// namedRule is a rule that drops a group, with the name a test expects.
type namedRule struct {
	name  string
	fires func(*layer.Doc, *Group) bool
}

// checkFirstRule checks that the first of rules that fires on the
// clause group of text's bracketed cue is the one named want ("" for
// none).
func checkFirstRule(t *testing.T, tg *Tagger, lb *layer.Builder, text, want string, rules []namedRule) {
	t.Helper()
	d, r := bracketed(t, lb, text)
	g := clauseGroup(d, r)
	got := ""
	for _, rule := range rules {
		if rule.fires(d, &g) {
			got = rule.name
			break
		}
	}
	if got != want {
		k, _ := tg.cueHead(d, r.First, r.Last)
		t.Errorf("%q: rule %q, want %q (head %q/%s, complement %s)", text, got, want, d.Low[k], d.POSNames[d.POS[k]], CompNames[Complement(d, k)])
	}
}
