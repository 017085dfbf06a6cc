package storetest

import (
	"testing"

	"github.com/claimtrail/claimtrail"
)

// speakerArticle is an invented article of one statement by sp (name,
// link key, type).
func speakerArticle(id, name, key, typ string) claimtrail.ArticleInput {
	text := name + " said the ferry would run."
	doc := &claimtrail.Document{ID: id, URL: "https://ferry.example/" + id, Source: "ferry.example", Title: id, Text: text}
	return claimtrail.ArticleInput{Doc: doc, Hash: "hash-" + id, Statements: []claimtrail.Statement{{
		Doc: id, N: 1,
		Speaker: claimtrail.Speaker{Name: name, Mention: name, Span: spanAt(text, name), Type: typ, Key: key},
		Cue:     claimtrail.Cue{Text: "said", Span: at(text, "said"), Lemma: "say"},
		Content: claimtrail.Content{Text: "the ferry would run", Spans: []claimtrail.Span{at(text, "the ferry would run")}},
		Form:    claimtrail.FormIndirect, Polarity: claimtrail.Affirm,
		Channel: claimtrail.Channel{Kind: claimtrail.ChannelUnknown},
		Span:    claimtrail.Span{Start: 0, End: len(text) - 1},
	}}}
}

// testSpeakerIDs checks how PutArticles links statements to speakers
// (storecodec.Linker): one id per person or organisation across
// articles, a surname joining the one full name with it, two full names
// with one surname keeping their surname apart unless one has three
// times the statements of the other, a description ("a spokesman") its
// article's own. Articles put one by one
// (testSpeakerIDs) and in one batch (testSpeakerIDsBatch) group alike.
func testSpeakerIDs(t *testing.T, s claimtrail.Store)      { checkSpeakerIDs(t, s, false) }
func testSpeakerIDsBatch(t *testing.T, s claimtrail.Store) { checkSpeakerIDs(t, s, true) }

func checkSpeakerIDs(t *testing.T, s claimtrail.Store, batch bool) {
	in := []claimtrail.ArticleInput{
		speakerArticle("a-mr-vell", "Mr Vell", "vell", claimtrail.SpeakerPerson), // before any full name
		speakerArticle("b-ravi-vell", "Ravi Vell", "ravi vell", claimtrail.SpeakerPerson),
		speakerArticle("c-vell", "Vell", "vell", claimtrail.SpeakerUnknown),
		speakerArticle("d-corp", "Tolvane Corp", "tolvane corp", claimtrail.SpeakerOrganization),
		speakerArticle("e-corp", "TOLVANE CORP", "", claimtrail.SpeakerOrganization), // no key: the folded name
		speakerArticle("f-orla-vell", "Orla Vell", "orla vell", claimtrail.SpeakerPerson),
		speakerArticle("f2-orla-vell", "Orla Vell", "orla vell", claimtrail.SpeakerPerson),
		speakerArticle("g-mrs-vell", "Mrs Vell", "vell", claimtrail.SpeakerPerson), // now ambiguous: 3 to 2
		speakerArticle("h-ravi", "Prof Ravi Vell", "ravi vell", claimtrail.SpeakerPerson),
		speakerArticle("i-nobody", "", "", claimtrail.SpeakerUnknown),
		speakerArticle("j1-ada-kess", "Ada Kess", "ada kess", claimtrail.SpeakerPerson),
		speakerArticle("j2-ada-kess", "Ada Kess", "ada kess", claimtrail.SpeakerPerson),
		speakerArticle("j3-ada-kess", "Ada Kess", "ada kess", claimtrail.SpeakerPerson),
		speakerArticle("k-bo-kess", "Bo Kess", "bo kess", claimtrail.SpeakerPerson),
		speakerArticle("l-kess", "Kess", "kess", claimtrail.SpeakerPerson),                          // Ada leads 3 to 1
		speakerArticle("m-friends", "friends of Lund", "friends of lund", claimtrail.SpeakerPerson), // no personal name
		speakerArticle("n-lund", "Lund", "lund", claimtrail.SpeakerPerson),                          // no full name with it
		speakerArticle("o-spokesman", "a spokesman", "~a spokesman", claimtrail.SpeakerPerson),      // a description: its article's own
		speakerArticle("p-spokesman", "a spokesman", "~a spokesman", claimtrail.SpeakerPerson),
	}
	if batch {
		MustPut(t, s, in...)
	} else {
		for _, a := range in {
			MustPut(t, s, a)
		}
	}
	got, _ := MustFindStatements(t, s, claimtrail.StatementFilter{})
	id := map[string]int64{}
	for _, st := range got {
		id[st.Doc] = st.Speaker.ID
	}
	same := [][]string{{"a-mr-vell", "b-ravi-vell", "c-vell", "h-ravi"}, {"d-corp", "e-corp"}, {"f-orla-vell", "f2-orla-vell"},
		{"g-mrs-vell"}, {"j1-ada-kess", "j2-ada-kess", "j3-ada-kess", "l-kess"}, {"k-bo-kess"}, {"m-friends"}, {"n-lund"},
		{"o-spokesman"}, {"p-spokesman"}}
	seen := map[int64]bool{}
	for _, g := range same {
		if id[g[0]] == 0 || seen[id[g[0]]] {
			t.Errorf("batch %v: %s has speaker %d, want one of its own", batch, g[0], id[g[0]])
		}
		seen[id[g[0]]] = true
		for _, d := range g[1:] {
			if id[d] != id[g[0]] {
				t.Errorf("batch %v: %s has speaker %d, want %s's %d", batch, d, id[d], g[0], id[g[0]])
			}
		}
	}
	if id["i-nobody"] != 0 {
		t.Errorf("batch %v: a statement without a name has speaker %d", batch, id["i-nobody"])
	}
	// search by id, and by any name the speaker's statements carry
	ravi := id["b-ravi-vell"]
	if sts, n := MustFindStatements(t, s, claimtrail.StatementFilter{SpeakerID: &ravi}); n != 4 || len(sts) != 4 {
		t.Errorf("batch %v: speaker %d has %d statements, want 4", batch, ravi, n)
	}
	if _, n := MustFindStatements(t, s, claimtrail.StatementFilter{Speaker: str("mr VELL")}); n != 4 {
		t.Errorf("batch %v: --speaker \"mr VELL\" finds %d statements, want Ravi Vell's 4", batch, n)
	}
}
