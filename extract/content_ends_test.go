package extract_test

import (
	"testing"

	"github.com/claimtrail/claimtrail"
)

// TestExtract_ContentEnds checks where contents start and end around
// quotation marks, brackets and inverted reporting clauses (issue 14):
// one sentence or paragraph each, the statement of the cue named.
func TestExtract_ContentEnds(t *testing.T) {
	x := mustExtractor(t)
	tests := []struct {
		name, text, cue  string
		speaker, content string
	}{
		{"paragraphs run into one line after a quote",
			`"The tariff rules are wrong," Dana Kirwan said. "There is no sense in a rule that charges growers twice. "And with prices this low, nobody can pay it." The council meets on Monday to vote on the rules.`,
			"said", "Dana Kirwan",
			"The tariff rules are wrong … There is no sense in a rule that charges growers twice. … And with prices this low, nobody can pay it."},
		{"a paraphrase ends with its sentence: the quotation after it stands free",
			`Dana Kirwan criticised the tariff rules. "There is no sense in a rule that charges growers twice. "And with prices this low, nobody can pay it." The council meets on Monday to vote on the rules.`,
			"criticised", "Dana Kirwan",
			"the tariff rules"},
		{"a quotation after a quoting statement's participle clause is the statement's",
			`"The rules are wrong," said Dana Kirwan, speaking of the tariff. "Nobody can pay it."`,
			"said", "Dana Kirwan",
			"The rules are wrong … Nobody can pay it."},
		{"a clause before a cue that ends its sentence",
			`The costs of the flood were tied to the old drains, she added. "At least $40m (£22m) is needed to rebuild them. "Nothing less will do." The mayor did not reply.`,
			"added", "she",
			`The costs of the flood were tied to the old drains … At least $40m (£22m) is needed to rebuild them. … Nothing less will do.`},
		{"a colon cue keeps the quotation that continues after a sentence end",
			`Ada Rusk said: "The plan came too late. "What the towns needed was a road." Replying to the letter, the minister said: "We are building it."`,
			"said", "Ada Rusk",
			"The plan came too late. … What the towns needed was a road."},
		{"the continuing quotation stays with its cue, not the next one",
			`He said: "The market was a mess. Your money was wasted. "What traders needed was a council which said no to the developers." Responding to the claims council leader Ada Rusk said: "We listen."`,
			"said", "He",
			"The market was a mess. Your money was wasted. … What traders needed was a council which said no to the developers."},
		{"a quotation carried over a paragraph break is the same speaker's",
			"Tolvane denied it. \"It is a front for someone,\" said Ivo Marsh, an analyst at Brill. \"We do not know who owns this firm.\n\n\"We tried to find out, but we could not.\" The sale has bought time for the bank, traders said.",
			"said", "Ivo Marsh, an analyst at Brill",
			"It is a front for someone … We do not know who owns this firm. … We tried to find out, but we could not."},
		{"the reporter's sentence after a carried quotation keeps its own cue",
			"Tolvane denied it. \"It is a front for someone,\" said Ivo Marsh, an analyst at Brill. \"We do not know who owns this firm.\n\n\"We tried to find out, but we could not.\" The sale has bought time for the bank, traders told the paper.",
			"told", "traders",
			"The sale has bought time for the bank"},
		{"a quotation reopened on the next paragraph with a cue of its own is not carried",
			"Mara Ellison said: \"The port will close in May.\n\n\"The ferries will stop too,\" she added. The council meets on Monday.",
			"said", "Mara Ellison",
			"The port will close in May"},
		{"a quotation carried over two paragraph breaks",
			"Mara Ellison said: \"The port will close in May.\n\n\"The ferries will stop too.\n\n\"Nobody asked the town.\" The council meets on Monday.",
			"said", "Mara Ellison",
			"The port will close in May … The ferries will stop too. … Nobody asked the town."},
		{"a quotation opening the paragraph after a quoted statement goes on with it",
			"The port closed. \"We need the ferry now,\" Ada Rusk said.\n\n\"The town is with us. It always was.\" The council meets on Monday.",
			"said", "Ada Rusk",
			"We need the ferry now … The town is with us. It always was."},
		{"a quotation opening the next paragraph with a cue of its own stays its own",
			"The port closed. \"We need the ferry now,\" Ada Rusk said.\n\n\"The town is with us,\" she added.",
			"said", "Ada Rusk",
			"We need the ferry now"},
		{"a quotation opened after the resumed one closed stands free",
			`"The ferry is late again," Ada Rusk said. "The town is angry about it." "We will vote on the harbour on Monday."`,
			"said", "Ada Rusk",
			"The ferry is late again … The town is angry about it."},
		{"a quotation opened after the colon's quotation closed stands free",
			`Ada Rusk said: "The port will close in May." "Nobody asked the town about it."`,
			"said", "Ada Rusk",
			"The port will close in May."},
		{"a quotation reopened on the next paragraph after one closed stands free",
			"\"We need the ferry now,\" Ada Rusk said. \"The town is with us.\"\n\n\"We will win the vote.\" The council meets on Monday.",
			"said", "Ada Rusk",
			"We need the ferry now … The town is with us."},
		{"a quotation after a programme's title closed after the cue resumes the statement's",
			`"We need the ferry now, and the town is with us on that," Ada Rusk said on DRN's "This Hour With Ida Brandt." "Nobody else will build it."`,
			"said", "Ada Rusk",
			"We need the ferry now, and the town is with us on that … Nobody else will build it."},
		{"a quotation reopened after a nested one closed inside it goes on",
			`Ada Rusk said: "They told us: 'The ferry is safe'. "We believed them for years."`,
			"said", "Ada Rusk",
			"They told us: 'The ferry is safe'. … We believed them for years."},
		{"a quotation closed by a comma ends before the reporter's participle",
			`Ferry captain Ola Brandt shouted: "Harbour masters, you are being unfair to every crew on this coast," drawing loud cheers from the dock.`,
			"shouted", "Ferry captain Ola Brandt",
			"Harbour masters, you are being unfair to every crew on this coast"},
		{"a partial quotation closed by a comma inside a paraphrase stays",
			`Lena Holt said that despite this "shabby trick," the ferry bill had no chance of passing.`,
			"said", "Lena Holt",
			`that despite this "shabby trick," the ferry bill had no chance of passing`},
		{"a quotation left open and reopened goes on",
			`"The ferry is late again," Ada Rusk said. "The town is angry about it. "We will vote on the harbour on Monday."`,
			"said", "Ada Rusk",
			"The ferry is late again … The town is angry about it. … We will vote on the harbour on Monday."},
		{"a quotation after a sentence of the reporter's stands free",
			`"We cannot wait for the ferry," said Ada Rusk. The vote on the harbour is close. "The town is with us. "We will win."`,
			"said", "Ada Rusk",
			"We cannot wait for the ferry"},
		{"a conversion in brackets inside the clause",
			"The brewer said it would build a $2.1bn (£1.1bn) bottling plant near the river port of Hallin.",
			"said", "The brewer",
			"it would build a $2.1bn (£1.1bn) bottling plant near the river port of Hallin"},
		{"a content cut at a separator inside a conversion runs on past the bracket, its time too",
			"The Dorn group said it made net profits of 1.33bn Kell dollars ($1bn; £550m) in 2004, up from 246m the year before.",
			"said", "The Dorn group",
			"it made net profits of 1.33bn Kell dollars ($1bn; £550m) in 2004, up from 246m the year before"},
		{"a conversion in brackets before a comma",
			"The mill said it made a loss of $12.4m (£6.6m), its first in a decade.",
			"said", "The mill",
			"it made a loss of $12.4m (£6.6m), its first in a decade"},
		{"a free-standing quotation is not glued to the next statement",
			`"We cannot wait for ever. The town needs the money." The fishermen met on Tuesday. Lena Holt said the council would vote next week.`,
			"said", "Lena Holt",
			"the council would vote next week"},
		{"a quotation inside the content keeps its closing mark",
			`Petra Voss said the new targets were "reasonably impressive".`,
			"said", "Petra Voss",
			`the new targets were "reasonably impressive"`},
		{"a quotation opening the content keeps its opening mark",
			`"Fare cards" will help people pay for the ferry, Petra Voss said.`,
			"said", "Petra Voss",
			`"Fare cards" will help people pay for the ferry`},
		{"an inverted reporting clause after a list",
			"Demand for the new tiles was highest in dry regions, in particular Orlen, Tasca and Vire, said the survey.",
			"said", "the survey",
			"Demand for the new tiles was highest in dry regions, in particular Orlen, Tasca and Vire"},
		{"a paraphrase whose comma sits inside the quotation mark before a parenthetical cue",
			`The new tax on landfill means "a heavier bill for every household," Ms Ruiz says, "and the councils know it."`,
			"says", "Ms Ruiz",
			`The new tax on landfill means "a heavier bill for every household," … and the councils know it.`},
		{"a content ends at a comma before a contrast",
			"The council also favours an early start to the works, but there is doubt among residents.",
			"also favours", "The council",
			"an early start to the works"},
		{"a contrast the content draws itself stays",
			"Analysts expect a modest rise in exports, but not a full recovery.",
			"expect", "Analysts",
			"a modest rise in exports, but not a full recovery"},
		{"a list's last item after a comma and a conjunction stays",
			"Officials warned of cuts in housing, transport, libraries, and small shops.",
			"warned of", "Officials",
			"cuts in housing, transport, libraries, and small shops"},
		{"a content in a fronted clause ends at its comma: the main clause is another statement",
			"After he gave a long answer about pensions, Ms Ruiz said he had her vote.",
			"gave a long answer", "he",
			"about pensions"},
		{"a content before a post-posed reporting clause does not run on over it",
			"Officials at the port are talking about the threat of strikes, Ms Ruiz said.",
			"are talking about", "Officials at the port",
			"the threat of strikes"},
		{"a content cut short by a participle clause between commas resumes at its verb",
			"The council said the new rules, published in a report on Monday, would cut fares.",
			"said", "The council",
			"the new rules … would cut fares"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sts := x.Extract(&claimtrail.Document{ID: "t", Text: tt.text})
			for _, s := range sts {
				if s.Cue.Text != tt.cue {
					continue
				}
				if s.Speaker.Mention != tt.speaker || s.Content.Text != tt.content {
					t.Errorf("cue %q: speaker %q content %q\nwant speaker %q content %q", tt.cue, s.Speaker.Mention, s.Content.Text, tt.speaker, tt.content)
				}
				return
			}
			t.Errorf("no statement with cue %q in %q: %+v", tt.cue, tt.text, sts)
		})
	}
}
