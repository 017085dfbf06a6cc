package attrib

import (
	"testing"
)

// TestAttributiveAndActs checks the cue verdicts of session 15 on
// sentences written for them: a reporting participle between an article
// and a noun ("attributive-participle"), an event, a search, a reply or
// a look with no clause (cue-frames rows: "act-frame"), talk or writing
// about a topic with no clause ("talk-topic"), or ("") none of them (another rule may judge the cue: "It emerged that …" is a
// rare head).
func TestAttributiveAndActs(t *testing.T) {
	lb, tg := newTestTagger(t)
	tests := []struct{ text, want string }{
		{"Any fare rise ahead of [an expected] June vote would not hurt the party, she added.", "attributive-participle"},
		{"Fares rose before [the expected] 5 June vote in Dorn.", "attributive-participle"},
		{"Ilsa Varn [was sued following a reported] late-night car chase with reporters.", "attributive-participle"},
		{"The court ruled that [the proposed] fishing ban was lawful.", "attributive-participle"},
		{"The pier closed after [a reported] rise in silt.", "attributive-participle"},
		{"That [suggested] ferry use would fall.", ""},
		{"A spokesman [said] the expected result was a loss.", ""},
		{"Dorn Freight [emerged as] the winner of the harbour tender.", "act-frame"},
		{"The ferry firms [are looking for] some revenue from their new routes.", "act-frame"},
		{"Ilsa Varn [will answer] questions sent by voters via e-mail.", "act-frame"},
		{"Tom Brell [answered] his critics by winning the race.", "act-frame"},
		{"Ferry fares [declined by] 3% in the spring.", "act-frame"},
		{"The referee [declined] the chance to consult the linesman.", "act-frame"},
		{"Passengers spend an hour on board, [viewing] an average of 40 pages.", "act-frame"},
		{"It [emerged] that the council had sold the pier.", ""},
		{"The spokesman [declined to say] whether the mayor backed the plan.", ""},
		{"The mayor [views] the ferry plan as a mistake.", ""},
		{"The manager [does not view] the match against Dorn - a side from the coast - on Sunday as important.", ""},
		{"Dorn beat Kessel 2-0 in a game which [included] goals from Brell and Quill.", "act-frame"},
		{"The judge [pushed back] a hearing on the harbour sale.", "act-frame"},
		{"The council report [included] a warning that the pier would close.", ""},
		{"In one post, Ada Quill [wrote about] a ferryman who was rowing home when the storm hit.", "talk-topic"},
		{"Tom Brell [talked about] escaping over the harbour wall to go dancing.", "talk-topic"},
		{"The council [has yet to comment on] the matter.", "talk-topic"},
		{"Ada Quill [talked about] how she fell in love with the harbour.", ""},
		{"Ada Quill [talked about] the fact that the firm had lied.", ""},
		{"Ada Quill [has spoken of] her love for the harbour.", ""},
		{"Ada Quill [wrote on her blog] that the firm had lied.", ""},
		{"The mayor [talked about] a \"harbour plan for all\".", ""},
		{"She carried a note [written on a napkin that said] the pier would close.", ""},
	}
	for _, tt := range tests {
		d, r := bracketed(t, lb, tt.text)
		got := tg.cueVerdict(d, r)
		if got != "attributive-participle" && got != "act-frame" && got != "talk-topic" {
			got = ""
		}
		if got != tt.want {
			k, _ := tg.cueHead(d, r.First, r.Last)
			t.Errorf("%q: %q, want %q (head %q/%s, complement %s)", tt.text, got, tt.want, d.Low[k], d.POSNames[d.POS[k]], CompNames[Complement(d, k)])
		}
	}
}

// TestExistentialFeeling checks that a feeling or a wish after an
// existential "there" is dropped with no speaker, while words spread by
// someone ("reports", "speculation") keep "there" as their source.
func TestExistentialFeeling(t *testing.T) {
	lb, tg := newTestTagger(t)
	tests := []struct {
		text string
		want bool
	}{
		{"There [are fears] that the harbour will silt up.", true},
		{"But there [are also fears about] the cost of the new pier.", true},
		{"There [are hopes] that the ferry talks will succeed.", true},
		{"There [were reports] that the mayor had resigned.", false},
		{"There [is speculation] that the ferry firm may be sold.", false},
	}
	for _, tt := range tests {
		d, r := bracketed(t, lb, tt.text)
		g := Group{Cue: r, Contents: []Run{{Role: 2, First: r.Last, Last: d.Sents[d.Sent[r.First]].Last - 1}}}
		tg.existentialSource(d, &g)
		if got := existentialFeeling(d, &g); got != tt.want {
			t.Errorf("%q: existentialFeeling %v, want %v (sources %v)", tt.text, got, tt.want, g.Sources)
		}
		if !tt.want && len(g.Sources) == 0 {
			t.Errorf("%q: no source, want \"there\"", tt.text)
		}
	}
}
