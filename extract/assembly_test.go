package extract_test

import (
	"strings"
	"testing"

	"github.com/claimtrail/claimtrail"
)

// assemblyCases are sentences TestAssemblyRules extracts, by the rule each
// is written for.
var assemblyCases = []struct {
	rule, text                 string
	mention, cue, content, via string
	anonymous                  bool
}{
	{"whole cue phrase", "Mayor Ilsa Varn went on to criticise the budget cuts planned for the harbour.",
		"Mayor Ilsa Varn", "went on to criticise", "the budget cuts planned for the harbour", "", false},
	{"an adverb before the cue's head is read past", "Ilsa Varn has since said that the vote was fair.",
		"Ilsa Varn", "has since said", "that the vote was fair", "", false},
	{"a passive belief raised over a verb of saying", "The bank is believed to have told investors that it needs more capital.",
		"The bank", "is believed to have told", "that it needs more capital", "", false},
	{"channel cut off the cue", "Brightwater Bank said in a statement that it would close four branches.",
		"Brightwater Bank", "said", "that it would close four branches", "", false},
	{"post-posed source, content before", "Tolvane Corp is preparing to cut 300 jobs at its plant, sources said.",
		"sources", "said", "Tolvane Corp is preparing to cut 300 jobs at its plant", "", true},
	{"post-posed clause, nested cue", "The council called for the bridge to be closed to lorries, a source said.",
		"a source", "said", "The council called for the bridge to be closed to lorries", "", true},
	{"colon ending its paragraph, the next paragraph unquoted", "In a post on his website, Councillor Ben Orrin wrote:\n\nThe harbour deal is dead and everyone in this town knows it.",
		"Councillor Ben Orrin", "wrote", "The harbour deal is dead and everyone in this town knows it", "", false},
	{"colon, quotation as the next paragraph", "Senator Ada Quill continued:\n\n\"The harbour deal is dead and everyone in this town knows it.\"",
		"Senator Ada Quill", "continued", "The harbour deal is dead and everyone in this town knows it.", "", false},
	{"via: according to closing the sentence", "The minister denied the report, according to state media.",
		"The minister", "denied", "the report", "state media", false},
	{"according to opening the sentence", "According to Dorn Kessler, the plant will close in June.",
		"Dorn Kessler", "According to", "the plant will close in June", "", false},
	{"according to opening the sentence, a relative clause after the source", "According to the mayor, whose office wants a new bridge, the old one will close in May.",
		"the mayor", "According to", "the old one will close in May", "", false},
	{"according to opening the sentence, the tagger's source run into the clause's subject", "According to the Gazette, the mayor's aides looked into what would happen if she withdrew.",
		"the Gazette", "According to", "the mayor's aides looked into what would happen if she withdrew", "", false},
	{"a that-clause after a channel phrase goes to the verb of saying", "Ada Quill wrote in her 1990 autobiography that she had been named the most honest student in her class.",
		"Ada Quill", "wrote", "that she had been named the most honest student in her class", "", false},
	{"post-posed as-clause, the clause before is the content", "The numbers changed over the summer, as the mayor has sometimes acknowledged.",
		"the mayor", "has sometimes acknowledged", "The numbers changed over the summer", "", false},
	{"according to inside the speaker's clause", "Petra Voss said that, according to the latest figures, unemployment had fallen.",
		"Petra Voss", "said", "that, according to the latest figures, unemployment had fallen", "latest figures", false},
	{"content stops at the closing quotation mark", "Ilsa Varn said the election \"will come when it comes. We are ready.\" It is widely expected to be in May.",
		"Ilsa Varn", "said", "the election \"will come when it comes. We are ready.\"", "", false},
	{"a paraphrase ends with its sentence", "Councillor Ilsa Varn questioned what would be exempted from the ban. The council will vote on the plan in March.",
		"Councillor Ilsa Varn", "questioned", "what would be exempted from the ban", "", false},
	{"X quoted Y as saying", "The Daily Ledger quoted Mara Ellison as saying the talks had failed.",
		"Mara Ellison", "as saying", "the talks had failed", "Daily Ledger", false},
	{"a reporting noun's clause ends at the main verb", "Dorn Kessler's claim that the vote was rigged has not been proven.",
		"Dorn Kessler's", "claim", "that the vote was rigged", "", false},
	{"a time expression is no part of the name, but of the span as printed (TimedEnd)", "The prime minister on Sunday said the harbour tax would be scrapped.",
		"The prime minister on Sunday", "said", "the harbour tax would be scrapped", "", false},
	{"anonymous: two people familiar", "Brightwater Bank is in talks to buy a rival, two people familiar with the matter said.",
		"two people familiar with the matter", "said", "", "", true},
	{"anonymous: the source added", "The police overruled that request, the source added.",
		"the source", "added", "The police overruled that request", "", true},
	{"anonymous: a relative clause in the source", "The singer has cancelled the tour, a spokesperson who declined to be named said.",
		"a spokesperson who declined to be named", "said", "The singer has cancelled the tour", "", true},
	{"anonymous: a senior banker", "\"They have no money left,\" a senior banker said.",
		"a senior banker", "said", "They have no money left", "", true},
	{"nested: the inner statement", "Officials said the ministry had denied the report.",
		"the ministry", "denied", "the report", "", false},
	{"nested: the inner statement past an addressee", "Mara Ellison said Dorn Kessler had told her the deal was dead.",
		"Dorn Kessler", "told", "the deal was dead", "", false},
	{"nested: a gerund clause", "The mayor said residents had reported hearing a loud bang near the harbour.",
		"residents", "reported", "hearing a loud bang near the harbour", "", false},
	{"nested: the outer statement keeps its content", "Mara Ellison said Dorn Kessler had told her the deal was dead.",
		"Mara Ellison", "said", "Dorn Kessler had told her the deal was dead", "", false},
	{"post-posed clause after a nested one", "He understood that \"the vote would be fair\", Mr Blair told the Ledger newspaper.",
		"Mr Blair", "told", "He understood that \"the vote would be fair\"", "", false},
	{"post-posed clause, a time after the cue", "The bridge will reopen in March, the city council said on Tuesday.",
		"the city council", "said", "The bridge will reopen in March", "", false},
	{"post-posed clause, an appositive before the source", "The museum will charge for entry from next year, its director, Kasimir Oduya, said.",
		"", "said", "The museum will charge for entry from next year", "", false},
	{"parenthetical reporting clause", "During his years in office, Mr Obama said, a majority of voters have come to trust him.",
		"Mr Obama", "said", "During his years in office … a majority of voters have come to trust him", "", false},
	{"according to inside another statement", "She said competition between online services, of which there are now 230 according to recent figures, could drive prices down.",
		"She", "said", "", "recent figures", false},
	{"a reporting noun's that opens no content", "Mara Ellison repeated her claim that the budget would balance.",
		"Mara Ellison", "repeated", "the budget would balance", "", false},
	{"a clause the tagger left after the cue and its addressee", "Dorn Kessler told Reuters the merger was off.",
		"Dorn Kessler", "told", "the merger was off", "", false},
	{"a denial's noun-phrase object is its content", "Ilse Varga denied negligence.",
		"Ilse Varga", "denied", "negligence", "", false},
	{"a verb of saying run on over a reporting noun", "Ada Quill repeated her claim that the count was flawed.",
		"Ada Quill", "repeated", "the count was flawed", "", false},
	{"a relative clause after a name is part of the mention (the name stays Tomas Adler: relays.golden)", "Tomas Adler, who chairs the harbour board, said the port would reopen.",
		"Tomas Adler, who chairs the harbour board", "said", "the port would reopen", "", false},
	{"headline", "Ellison says budget will balance\n\nThe finance minister spoke in Northgate.",
		"Ellison", "says", "budget will balance", "", false},
	{"inverted source after a quotation", "\"It is a way to take part without backing the mayor,\" says a source involved in the fund's creation.",
		"a source involved in the fund's creation", "says", "It is a way to take part without backing the mayor", "", true},
	{"inverted source after a quotation, a relative clause after it", "\"The harbour plan is dead and everyone in Northgate knows it,\" said one official close to the talks, who asked not to be named.",
		"one official close to the talks", "said", "The harbour plan is dead and everyone in Northgate knows it", "", true},
	{"post-posed clause after a subordinate one", "Because the vote fell on a holiday, the council rushed the harbour plan through, according to a council official.",
		"a council official", "according to", "Because the vote fell on a holiday, the council rushed the harbour plan through", "", true},
	{"post-posed clause, a relative clause after the source", "The ferry sank within minutes of hitting the rocks, according to a report by the Tolvane Institute, which tracks shipping.",
		"", "according to", "The ferry sank within minutes of hitting the rocks", "", false},
	{"according to around a cue of no saying", "Mayor Ilsa Varn drew strong support among farmers and fishermen, according to exit polls.",
		"exit polls", "according to", "Mayor Ilsa Varn drew strong support among farmers and fishermen", "", false},
	{"a coordinated verb of saying shares the clause's subject", "Brightwater Bank keeps its own accounts secret but says its business has tripled.",
		"Brightwater Bank", "says", "its business has tripled", "", false},
	{"a dropped clause lends its subject to a participle of saying", "Ada Quill tied the better scores to the reform, saying it had helped thousands of pupils.",
		"Ada Quill", "saying", "it had helped thousands of pupils", "", false},
	{"a participle of saying opening the sentence", "Noting that the harbour had lost money for years, Mayor Ilsa Varn called for a new board.",
		"Mayor Ilsa Varn", "Noting", "that the harbour had lost money for years", "", false},
	{"a that-clause goes to the verb before it", "Ada Quill said in an interview with the Northgate Ledger last week that the harbour deal was dead and predicted that the mayor would resign.",
		"Ada Quill", "said", "that the harbour deal was dead", "", false},
	{"post-posed clause, a conjoined verb after it is a statement of its own", "The freight market is improving, Tolvane Rail said, but warned that it was not benefiting.",
		"Tolvane Rail", "said", "The freight market is improving", "", false},
	{"post-posed clause, a participle after it is a statement of its own", "The strike will cost the plant up to 3,000 cars, the carmaker said, adding that it could make up the numbers later.",
		"the carmaker", "said", "The strike will cost the plant up to 3,000 cars", "", false},
	{"post-posed clause, a time phrase after its frame", "Ilsa Varn won the harbour vote, the agency declared on Thursday, two days after the polls closed.",
		"the agency", "declared", "Ilsa Varn won the harbour vote", "", false},
	{"a parenthetical clause keeps both sides", "The new levy will hurt small farmers, Mayor Ilsa Varn believes, and will cut the harbour trade.",
		"Mayor Ilsa Varn", "believes", "The new levy will hurt small farmers … and will cut the harbour trade", "", false},
	{"a parenthetical clause is no shared subject", "The freight market is improving, Tolvane Rail said, but warned that it was not benefiting.",
		"Tolvane Rail", "warned", "that it was not benefiting", "", false},
}

// TestAssemblyRules checks the statement-assembly rules of issue 14 on
// sentences written for them: each wants one statement with this
// speaker mention, cue and content ("" for a field not checked).
func TestAssemblyRules(t *testing.T) {
	x := mustExtractor(t)
	for _, tt := range assemblyCases {
		t.Run(tt.rule, func(t *testing.T) {
			sts := x.Extract(&claimtrail.Document{ID: "t", Text: tt.text})
			for _, st := range sts {
				if tt.cue != "" && st.Cue.Text != tt.cue {
					continue
				}
				if tt.mention != "" && st.Speaker.Mention != tt.mention || tt.content != "" && st.Content.Text != tt.content {
					t.Errorf("got %q — %q — %q", st.Speaker.Mention, st.Cue.Text, st.Content.Text)
				}
				if anon := st.Speaker.Type == claimtrail.SpeakerAnonymous; anon != tt.anonymous || anon && st.Speaker.Name != tt.mention {
					t.Errorf("speaker %q (%s), anonymous %v wanted", st.Speaker.Name, st.Speaker.Type, tt.anonymous)
				}
				if tt.via != "" && (len(st.Via) == 0 || !strings.EqualFold(st.Via[0].Name, tt.via)) {
					t.Errorf("via %v, want %q", st.Via, tt.via)
				}
				return
			}
			t.Errorf("no statement with cue %q in %d", tt.cue, len(sts))
			for _, st := range sts {
				t.Logf("  %q — %q — %q", st.Speaker.Mention, st.Cue.Text, st.Content.Text)
			}
		})
	}
}

// TestNoStatementOnNonCues checks that words the tagger may read as cues
// but that report nothing make no statement.
func TestNoStatementOnNonCues(t *testing.T) {
	x := mustExtractor(t)
	for _, text := range []string{
		"The striker suffered a knee injury in the second half of the match against Dornfeld.",
		"Shares in Tolvane Corp slumped to a five-year low after the profit warning.",
		"The programme about the harbour deal was broadcast on Sunday evening.",
		"A Tolvane spokesman declined to comment on the report.",
		"The embassy did not immediately respond to a request for comment.",
		"The harbour poll is believed to be the first to ask the question the council has chosen.",
		"Tolvane Corp plans to cut 300 jobs at its plant in Northgate.",
		"The council wants a referendum on the harbour deal before the summer.",
		"The new line is expected to open in March after years of delay.",
		"Tolvane Corp aims to double its sales within five years.",
		"But we should not see these new phones simply as toys for the rich.",
		"I do not think the harbour deal will survive the winter.",
		"Ada Quill did not say when the talks would resume.",
		"Dr Fox refused to comment on reports that the party had repaid the money.",
		"Flights were delayed for an hour, double the time that had been expected.",
		"Having said that, the harbour deal is not dead yet.",
		"The club did not reply to an email asking for comment.",
		"The harbour board did not answer two messages seeking comment.",
		"Mayor Ilsa Varn refused to answer further questions on the harbour deal.",
		"Data showing a fall in harbour traffic were released by the council on Monday.",
		"The minister is said to have discussed the idea with the mayor during the visit.",
		"The news calmed worries about winter shortages of gas in the north.",
		"The finance ministers will meet in Brussels on Monday for talks to discuss a debt moratorium for the poorest nations.",
		"As part of his budget the chancellor has announced:\n\n- Duty cuts on fishing boats and nets",
	} {
		for _, st := range x.Extract(&claimtrail.Document{ID: "t", Text: text}) {
			t.Errorf("%q: got %q — %q — %q", text, st.Speaker.Mention, st.Cue.Text, st.Content.Text)
		}
	}
}
