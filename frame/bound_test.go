package frame_test

import (
	"strings"
	"testing"
	"time"

	"github.com/claimtrail/claimtrail/attrib"
	"github.com/claimtrail/claimtrail/frame"
	"github.com/claimtrail/claimtrail/internal/layertest"
	"github.com/claimtrail/claimtrail/layer"
)

// boundCases are sentences TestReader_Bound bounds, with the content each
// should get.
var boundCases = []struct{ text, want string }{
	// whom it was said to is no part of what was said
	{"Tomas Adler told reporters that the port would close.", "that the port would close"},
	{"Tomas Adler told the harbour board the port would close.", "the port would close"},
	{"Tomas Adler told the board there was a danger the port would close.", "there was a danger the port would close"},
	{"Tomas Adler asked the minister whether the port would close.", "whether the port would close"},
	{"Tomas Adler asked the minister if the port would close.", "if the port would close"},
	{"Tomas Adler urged the minister to close the port.", "the minister to close the port"},
	{"Tomas Adler promised the town a new port.", "the town a new port"},
	{"Tomas Adler warned the crews against striking in May.", "against striking in May"},
	{"Tomas Adler reminded them of the promise.", "of the promise"},
	{"Tomas Adler told the story of the old port.", "the story of the old port"},
	{"Tomas Adler warned a committee of pilots.", "a committee of pilots"},
	{"Tomas Adler warned the level of fees would rise.", "the level of fees would rise"},
	{"Tomas Adler warned the pilots about the new fees.", "about the new fees"},
	{"Tomas Adler warned his crews against complacency, saying the port is at risk.", "against complacency"},
	{"Tomas Adler accused the mayor of hiding the accounts.", "the mayor of hiding the accounts"},
	{"Tomas Adler promised reform if the port closed.", "reform if the port closed"},
	// a statement of its own, a comparison, an appositive: the reporter's
	{"Tomas Adler praised the harbour plan, saying it would bring jobs to the town.", "the harbour plan"},
	{"Tomas Adler said the port had lost money, calling the losses a disgrace.", "the port had lost money"},
	{"Tomas Adler said the port handled 40 ships a week, compared with 60 last year.", "the port handled 40 ships a week"},
	{"Tomas Adler said the ferry fleet would shrink by half, a blow to the island towns.", "the ferry fleet would shrink by half"},
	{"Tomas Adler said the ferry fleet would shrink - a blow to the island towns.", "the ferry fleet would shrink"},
	// a clause of the reporter's that reports another statement
	{"Tomas Adler said the port would close but the mayor insisted it would stay open.", "the port would close"},
	{"Tomas Adler said the port would close, and the mayor warned of strikes.", "the port would close"},
	{"Tomas Adler said the port would close, but Mayor Ida Brandt also denied it.", "the port would close"},
	// what was said is the quotation a colon opens after to whom, where or when
	{`Tomas Adler told the harbour board on Monday: "The port will close."`, `"The port will close."`},
	{`Tomas Adler said on the evening news: "The port will close."`, `"The port will close."`},
	{`Tomas Adler said the talks had failed: "The port will close."`, `the talks had failed: "The port will close."`},
	// what was said follows a participle of saying after the object
	{"Tomas Adler attacked the council's policy on ferries saying it would ruin the towns.", "it would ruin the towns"},
	{"Tomas Adler welcomed the plan saying that it would bring jobs.", "that it would bring jobs"},
	// more of what was said
	{"Tomas Adler said he and the mayor agreed on the fees.", "he and the mayor agreed on the fees"},
	{"Tomas Adler said the clerk sent the files, and Ida Brandt and the mayor told the board.", "the clerk sent the files"},
	{"Tomas Adler said the port had closed and he warned of more closures.", "the port had closed"},
	{"Tomas Adler said the port had closed and he feels the town will suffer.", "the port had closed and he feels the town will suffer"},
	{"Tomas Adler said he phoned the mayor and the council planned a vote.", "he phoned the mayor and the council planned a vote"},
	{"Tomas Adler said the fees rose but the older crews mostly backed the plan.", "the fees rose but the older crews mostly backed the plan"},
	{"Tomas Adler said the port would close and the ferries would stop.", "the port would close and the ferries would stop"},
	{"Tomas Adler said the port would close but \"the mayor insisted it would stay open\".", "the port would close but \"the mayor insisted it would stay open\""},
	{"Tomas Adler said the town's success regarding the port came because of the ferries.", "the town's success regarding the port came because of the ferries"},
	{"Tomas Adler opposed the plan saying nothing of the ferries.", "the plan saying nothing of the ferries"},
	{"Tomas Adler said the plan saying nothing of the ferries was wrong.", "the plan saying nothing of the ferries was wrong"},
	{"Tomas Adler said the port, founded in 1850, would close.", "the port, founded in 1850, would close"},
	{"Tomas Adler said the port, saying nothing of the ferries, would close.", "the port, saying nothing of the ferries, would close"},
	{"Tomas Adler said the port handled grain, including wheat from the north.", "the port handled grain, including wheat from the north"},
	{"Tomas Adler said the port would cut its fees, the wait and the paperwork.", "the port would cut its fees, the wait and the paperwork"},
	{"Tomas Adler said the port had hired Ida Brandt, a former pilot.", "the port had hired Ida Brandt, a former pilot"},
	{"Tomas Adler said if the fees rise, the ferries will stop.", "if the fees rise, the ferries will stop"},
	{"Tomas Adler said the fees would rise, which angered the crews.", "the fees would rise, which angered the crews"},
	{"Tomas Adler opposed plans, backed by the council, to close the port.", "plans, backed by the council, to close the port"},
	{"Tomas Adler said the port sold 500 berths - a third of the total - for ten euros each.", "the port sold 500 berths - a third of the total - for ten euros each"},
	{"Tomas Adler said there were errors in the register, the vast majority of which were mistakes.", "there were errors in the register, the vast majority of which were mistakes"},
	{`Tomas Adler said the fees were "too high, saying so is no crime."`, `the fees were "too high, saying so is no crime."`},
	// a verb of saying or naming the reporter joins to the cue, in its tense and with no subject
	{`Tomas Adler said he rarely used the port and labelled the fees "absurd".`, "he rarely used the port"},
	{"Tomas Adler said the port would close and added that fees would rise.", "the port would close"},
	{"Tomas Adler says the port will close and adds that fees will rise.", "the port will close"},
	{"Tomas Adler said he watched the vote and laughed.", "he watched the vote and laughed"},
	{"Tomas Adler said he has sold the port and called it a loss.", "he has sold the port and called it a loss"},
	{"Tomas Adler said he sold no boats and never called a buyer.", "he sold no boats and never called a buyer"},
	{"Tomas Adler says the port closed and added a new berth.", "the port closed and added a new berth"},
	{"Tomas Adler said other ports were closed or offered less help.", "other ports were closed or offered less help"},
	{`Tomas Adler said the port lost money and called the decision "a disgrace".`, "the port lost money"},
	// the joined verb of saying opens a clause, urges someone to act, or follows a modal it cannot share
	{"Tomas Adler said the fees were too high and warned the ferries would stop.", "the fees were too high"},
	{"Tomas Adler said the port lost money and argued the town already had enough berths.", "the port lost money"},
	{"Tomas Adler said the berths were empty and urged the council to cut the fees.", "the berths were empty"},
	{"Tomas Adler said the fees seemed too high and called on the mayor to act.", "the fees seemed too high"},
	{"Tomas Adler said the port would open new berths next year and attacked the council's plans.", "the port would open new berths next year"},
	{"Tomas Adler said the port was sold and called a bargain by the mayor.", "the port was sold and called a bargain by the mayor"},
	{"Tomas Adler said the pilots would be hired, only to be sacked and told they would get nothing.", "the pilots would be hired, only to be sacked and told they would get nothing"},
	{"Tomas Adler said the fleet would shrink and argued the town already had enough ferries.", "the fleet would shrink"},
	{"Tomas Adler said the pilot was resting when the police found him and told him to leave.", "the pilot was resting when the police found him and told him to leave"},
	{"Tomas Adler said the harbour would hold a review and warned against delays.", "the harbour would hold a review"},
	{"Tomas Adler said the boats would carry cargo and alleged crimes.", "the boats would carry cargo and alleged crimes"},
	// a verb of bidding the cue lexicon lacks (bidding-verbs), with what it bids after it
	{"Tomas Adler said the pilots were at fault and ordered the harbour board to hold a hearing.", "the pilots were at fault"},
	{"Tomas Adler said the board had met and ordered the pilots to rest.", "the board had met and ordered the pilots to rest"},
	{"Tomas Adler said he did not think the leak was serious and recommended crews to check their pumps.", "he did not think the leak was serious"},
	{"Tomas Adler said the aim was to keep the port open and hinted that a merger was likely.", "the aim was to keep the port open"},
	{"Tomas Adler said the crews ordered new nets and spare ropes.", "the crews ordered new nets and spare ropes"},
	{"Tomas Adler said his remarks were not rude and refused to apologise.", "his remarks were not rude"},
	{"The port says the new fees are unfair, and had asked the court to block them.", "the new fees are unfair"},
	{"The port says the new fees are unfair and had asked the court to block them.", "the new fees are unfair and had asked the court to block them"},
	{"The port says the new fees were unfair, and had hurt the crews.", "the new fees were unfair, and had hurt the crews"},
	{"Tomas Adler said the crews were not to blame and refused to work.", "the crews were not to blame and refused to work"},
	{"Tomas Adler said he was worried by the delays to the ferries, and ordered a full inquiry.", "he was worried by the delays to the ferries"},
	{"Tomas Adler said he was worried by the delays to the ferries and ordered a full inquiry.", "he was worried by the delays to the ferries and ordered a full inquiry"},
	{"Tomas Adler said the crew had worked hard and ordered.", "the crew had worked hard and ordered"},
	// a participle clause after the cue's object is the speaker's
	{"Tomas Adler forecast growth of 5% in the port this year after handling record cargo in 2004.", "growth of 5% in the port this year"},
	{"Tomas Adler urged more help for the crews, while visiting the harbour.", "more help for the crews"},
	{"Tomas Adler said the port would expand after winning the contract.", "the port would expand after winning the contract"},
	{"Tomas Adler denied taking bribes while working at the port.", "taking bribes while working at the port"},
	{"Tomas Adler said that after visiting the port, he felt unwell.", "that after visiting the port, he felt unwell"},
	{"Tomas Adler praised the crews of the port, in which aspiring pilots train.", "the crews of the port, in which aspiring pilots train"},
	{"Tomas Adler praised the crews and called on the mayor to act.", "the crews"},
	{"Tomas Adler praised the crews and visited the port on Monday.", "the crews"},
	{"Tomas Adler praised the new berths and increased fees.", "the new berths and increased fees"},
	{"Tomas Adler said the figures on the dead and lost had been checked.", "the figures on the dead and lost had been checked"},
	{"Tomas Adler found that the pilots either ignored or broke the rules.", "that the pilots either ignored or broke the rules"},
	{"Tomas Adler praised the crew's work rebuilding the pier but also raised the fees.", "the crew's work rebuilding the pier"},
	{"Tomas Adler refused to sign the harbour deal and left the meeting early.", "to sign the harbour deal"},
	{"Tomas Adler calls on the council and ferry operators to cut fees.", "on the council and ferry operators to cut fees"},
	{"Tomas Adler said the old estimate of 2% was too cautious and warned growth would be 4% in 2006.", "the old estimate of 2% was too cautious"},
	// a present verb whose number clashes with the content's is the speaker's (numberClash)
	{"Harbour pilots believe the new fee is likely to be too high - and fear job cuts.", "the new fee is likely to be too high"},
	{"Harbour pilots say the trial has gone well, and are planning more runs.", "the trial has gone well"},
	{"Harbour pilots said this is unfair and are trying to block the fee.", "this is unfair"},
	{"Harbour pilots claim the leaflet does not break the law and is protected.", "the leaflet does not break the law and is protected"},
	{"Harbour pilots say the fees are high and want them cut.", "the fees are high and want them cut"},
	{"Harbour pilots said prices are likely to rise and hit records.", "prices are likely to rise and hit records"},
	{"Harbour pilots say they're fine with however it plays out but want the fee cut.", "they're fine with however it plays out but want the fee cut"},
	{"Harbour pilots back a plan with fees that rise with cargo and includes rebates.", "a plan with fees that rise with cargo and includes rebates"},
	// a verb in the cue's -ing form joined to its verbless object is the speaker's (stopAtJoinedAct)
	{"Tomas Adler attacking the port fees and calling for a review.", "the port fees"},
	{"Tomas Adler alleging that cutting the fees, and then raising them, had hurt crews.", "that cutting the fees, and then raising them, had hurt crews"},
	{"Tomas Adler praising the crews of ferries and tugs.", "the crews of ferries and tugs"},
	// a verb the content's own subject may share stays
	{"Tomas Adler said the port would be reviewed and rejected by the board.", "the port would be reviewed and rejected by the board"},
	{"Tomas Adler said the pilots struck for a week and attacked the harbour office.", "the pilots struck for a week and attacked the harbour office"},
	{"Tomas Adler said the port would have sold the berths and warned the buyers.", "the port would have sold the berths and warned the buyers"},
}

// TestReader_Bound checks where a content that follows its cue starts
// and ends.
// Sentences invented; the source is the first two words, the cue the
// third, the content the words after it to the final period.
func TestReader_Bound(t *testing.T) {
	lb, r := newTestReader(t)
	for _, tt := range boundCases {
		d := lb.Build(tt.text, time.Time{})
		g := &attrib.Group{
			Cue:      attrib.Run{Role: 1, First: 2, Last: 3},
			Sources:  []attrib.Run{{Role: 0, First: 0, Last: 2}},
			Contents: []attrib.Run{{Role: 2, First: 3, Last: len(d.Toks) - 1}},
		}
		if strings.HasSuffix(tt.text, `."`) {
			g.Contents[0].Last = len(d.Toks)
		}
		r.Bound(d, g)
		c := g.Contents[0]
		if got := d.Text[d.Toks[c.First].Start:d.Toks[c.Last-1].End]; got != tt.want {
			t.Errorf("%q: content %q, want %q", tt.text, got, tt.want)
		}
	}
}

// TestReader_BoundReportPast checks that a content the tagger ran on
// into the subject of another statement, whose name and verb lie past
// it, ends before the conjunction; a subject of the content's own stays.
// Sentences invented.
func TestReader_BoundReportPast(t *testing.T) {
	lb, r := newTestReader(t)
	for _, tt := range []struct{ text, content, want string }{
		{"Customs claimed Varn was one of the leaders but his lawyer, Ann Vell, told the court it was absurd.", "Varn was one of the leaders but his lawyer", "Varn was one of the leaders"},
		{"Customs claimed Varn was one of the leaders, and the mayor told the court it was absurd.", "Varn was one of the leaders, and the mayor", "Varn was one of the leaders"},
		{"Customs claimed Varn was one of the leaders and his lawyer, Ann Vell, was another.", "Varn was one of the leaders and his lawyer, Ann Vell, was another", "Varn was one of the leaders and his lawyer, Ann Vell, was another"},
	} {
		boundContent(t, lb, r, tt.text, tt.content, tt.want)
	}
}

// TestReader_BoundSentenceEnd checks that an indirect content the
// quotation pairs ran past its sentence's end (an odd quotation mark)
// ends there, and that one whose quotation is open at the full stop, or
// one that opens with a quotation mark, goes on. Sentences invented.
func TestReader_BoundSentenceEnd(t *testing.T) {
	lb, r := newTestReader(t)
	for _, tt := range []struct{ text, content, want string }{
		{`Vell said the plan had been "bold and new, but take-up had not been "enough to go on". The board found the costs too high.`,
			`the plan had been "bold and new, but take-up had not been "enough to go on". The board found the costs too high`,
			`the plan had been "bold and new, but take-up had not been "enough to go on"`},
		{`Vell said the plan would need "big" changes. He called on the board to act.`,
			`the plan would need "big" changes. He called on the board to act`,
			`the plan would need "big" changes`},
		{`Vell said the plan had been "bold. It was new and it will work".`,
			`the plan had been "bold. It was new and it will work"`,
			`the plan had been "bold. It was new and it will work"`},
		{`Vell said: "The plan was bold. It will work."`,
			`The plan was bold. It will work.`,
			`The plan was bold. It will work.`},
	} {
		boundContent(t, lb, r, tt.text, tt.content, tt.want)
	}
}

// TestReader_BoundSubject checks that the subject the tagger read as
// content before a raising verb becomes the source when a verb of saying
// with its own "that" clause follows. Sentences invented.
func TestReader_BoundSubject(t *testing.T) {
	lb, r := newTestReader(t)
	for _, tt := range []struct {
		text             string
		source, contents int // source runs and content fragments after Bound
	}{
		{"Ida Brandt seemed to suggest that the port was open.", 1, 1},
		{"Ida Brandt seemed to be in charge of the port.", 0, 2},
	} {
		d := lb.Build(tt.text, time.Time{})
		g := &attrib.Group{
			Cue:      attrib.Run{Role: 1, First: 2, Last: 5},
			Contents: []attrib.Run{{Role: 2, First: 0, Last: 2}, {Role: 2, First: 5, Last: len(d.Toks) - 1}},
		}
		r.Bound(d, g)
		if len(g.Sources) != tt.source || len(g.Contents) != tt.contents {
			t.Errorf("%q: %d sources and %d contents, want %d and %d", tt.text, len(g.Sources), len(g.Contents), tt.source, tt.contents)
		}
		if len(g.Sources) == 1 && g.Source != g.Sources[0] {
			t.Errorf("%q: Source %v, want %v", tt.text, g.Source, g.Sources[0])
		}
	}
}

// TestReader_BoundDescribing checks that a content whose cue stands in a
// clause describing the sentence's subject ends before the main verb.
// Sentences invented: source (if any) and cue are given as token ranges.
func TestReader_BoundDescribing(t *testing.T) {
	lb, r := newTestReader(t)
	for _, tt := range []struct {
		text        string
		src, cue    [2]int
		first, want int // content start, and its end after Bound
	}{
		// "Ida Brandt, who said the port would close, later left the board."
		{"Ida Brandt, who said the port would close, later left the board.", [2]int{3, 4}, [2]int{4, 5}, 5, 9},
		// "The pilots, fearing the cuts, voted to strike."
		{"The pilots, fearing the cuts, voted to strike.", [2]int{}, [2]int{3, 4}, 4, 6},
		// a source of its own: the clause is the content's (the relative
		// clause cut out of it: dropRelativeGloss)
		{"Ida Brandt said the port, which is old, would close.", [2]int{0, 2}, [2]int{2, 3}, 3, 12},
		// a participle cue opening an adverbial clause: the main clause is
		// a statement of its own
		{"Commenting on the plan, Ida Brandt said the port would close.", [2]int{}, [2]int{0, 2}, 2, 4},
		{"Praising the crews, she said the port would stay open.", [2]int{}, [2]int{0, 1}, 1, 3},
		{"Praising the crews, she hoped the port would stay open.", [2]int{}, [2]int{0, 1}, 1, 11},
	} {
		d := lb.Build(tt.text, time.Time{})
		g := &attrib.Group{
			Cue:      attrib.Run{Role: 1, First: tt.cue[0], Last: tt.cue[1]},
			Contents: []attrib.Run{{Role: 2, First: tt.first, Last: len(d.Toks) - 1}},
		}
		if tt.src != [2]int{} {
			g.Source = attrib.Run{Role: 0, First: tt.src[0], Last: tt.src[1]}
			g.Sources = []attrib.Run{g.Source}
		}
		r.Bound(d, g)
		if c := g.Contents[len(g.Contents)-1]; c.Last != tt.want {
			t.Errorf("%q: content ends at token %d, want %d", tt.text, c.Last, tt.want)
		}
	}
}

// TestReader_BoundNarration checks that a quotation's content stops at
// the mark closing its last sentence when the reporter's narration
// follows, even where an unclosed quotation (the news convention for a
// quotation over paragraphs) pairs the marks wrongly. Sentences invented.
func TestReader_BoundNarration(t *testing.T) {
	lb, r := newTestReader(t)
	for _, tt := range []struct{ text, want string }{
		{`Ida Brandt said: "The port is busy. "The light is amber." The town may now raise its fees.`,
			`"The port is busy. "The light is amber."`},
		{`Ida Brandt said: "The port is busy." "The light is amber."`,
			`"The port is busy." "The light is amber."`},
		{`Ida Brandt said: "The port is 'busy.' The light is amber."`,
			`"The port is 'busy.' The light is amber."`},
	} {
		d := lb.Build(tt.text, time.Time{})
		g := &attrib.Group{
			Cue:      attrib.Run{Role: 1, First: 2, Last: 3},
			Sources:  []attrib.Run{{Role: 0, First: 0, Last: 2}},
			Contents: []attrib.Run{{Role: 2, First: 4, Last: len(d.Toks)}},
		}
		r.Bound(d, g)
		c := g.Contents[0]
		if got := d.Text[d.Toks[c.First].Start:d.Toks[c.Last-1].End]; got != tt.want {
			t.Errorf("%q: content %q, want %q", tt.text, got, tt.want)
		}
	}
}

// TestReader_BoundSourceDescription checks that a phrase between an
// inverted cue and its source, after a quotation, describes the speaker
// and is no content. Sentences invented.
func TestReader_BoundSourceDescription(t *testing.T) {
	lb, r := newTestReader(t)
	for _, tt := range []struct {
		text, source string
		contents     int // content fragments after Bound
	}{
		{`"The town will not forget this," said the chairman of the harbour board, Labour councillor Ada Rusk.`, "Labour", 1},
		{`"The town will not forget this," said the chairman of the harbour board, Ada Rusk.`, "Ada", 1},
		// no quotation before the cue: the words after it are what was said
		{`Later came the reply, said the chairman of the harbour board, Ada Rusk.`, "Ada", 2},
	} {
		d := lb.Build(tt.text, time.Time{})
		cue := layertest.At(t, d, "said")
		src := layertest.At(t, d, tt.source)
		g := &attrib.Group{
			Cue:      attrib.Run{Role: 1, First: cue, Last: cue + 1},
			Sources:  []attrib.Run{{Role: 0, First: src, Last: len(d.Toks) - 1}},
			Contents: []attrib.Run{{Role: 2, First: 1, Last: cue - 2}, {Role: 2, First: cue + 1, Last: src - 1}},
		}
		g.Source = g.Sources[0]
		r.Bound(d, g)
		if len(g.Contents) != tt.contents {
			t.Errorf("%q: %d content fragments, want %d", tt.text, len(g.Contents), tt.contents)
		}
	}
}

// TestReader_BoundParticle checks that a verb particle opening the
// content joins the cue. Sentences invented; the cue is the third word.
func TestReader_BoundParticle(t *testing.T) {
	lb, r := newTestReader(t)
	for _, tt := range []struct{ text, cue, content string }{
		{"Tomas Adler ruled out changes to the fees.", "ruled out", "changes to the fees"},
		{"Tomas Adler played down the risk of a strike.", "played down", "the risk of a strike"},
		{"Tomas Adler said out of habit that fees rise.", "said", "out of habit that fees rise"},
	} {
		d := lb.Build(tt.text, time.Time{})
		g := &attrib.Group{
			Cue:      attrib.Run{Role: 1, First: 2, Last: 3},
			Sources:  []attrib.Run{{Role: 0, First: 0, Last: 2}},
			Contents: []attrib.Run{{Role: 2, First: 3, Last: len(d.Toks) - 1}},
		}
		g.Source = g.Sources[0]
		r.Bound(d, g)
		c := g.Contents[0]
		cue := d.Text[d.Toks[g.Cue.First].Start:d.Toks[g.Cue.Last-1].End]
		if got := d.Text[d.Toks[c.First].Start:d.Toks[c.Last-1].End]; cue != tt.cue || got != tt.content {
			t.Errorf("%q: cue %q content %q, want %q and %q", tt.text, cue, got, tt.cue, tt.content)
		}
	}
}

// TestReader_BoundDanglingRelative checks that a content ending in a
// relative pronoun whose clause went to another attribution ends before
// it, and that a pronoun inside stays. Sentences invented; the content
// runs from the fourth word to the word given.
func TestReader_BoundDanglingRelative(t *testing.T) {
	lb, r := newTestReader(t)
	for _, tt := range []struct{ text, last, want string }{
		{"Tomas Adler said the port kept its reserves, which the board later cut.", "which", "the port kept its reserves"},
		{"Tomas Adler said the port kept the reserves which, he claims, the board cut.", "which", "the port kept the reserves"},
		{"Tomas Adler said the port kept the reserves which the board cut.", "cut", "the port kept the reserves which the board cut"},
	} {
		d := lb.Build(tt.text, time.Time{})
		g := &attrib.Group{
			Cue:      attrib.Run{Role: 1, First: 2, Last: 3},
			Sources:  []attrib.Run{{Role: 0, First: 0, Last: 2}},
			Contents: []attrib.Run{{Role: 2, First: 3, Last: layertest.At(t, d, tt.last) + 1}},
		}
		g.Source = g.Sources[0]
		r.Bound(d, g)
		c := g.Contents[len(g.Contents)-1]
		if got := d.Text[d.Toks[g.Contents[0].First].Start:d.Toks[c.Last-1].End]; got != tt.want {
			t.Errorf("%q: content %q, want %q", tt.text, got, tt.want)
		}
	}
}

// TestReader_BoundReporterWords checks that the reporter's words after a
// cue that follows what was said are cut out: after a quotation, words
// outside quotation marks; after a paraphrase, a clause joined to the
// reporting clause about the speaker. Sentences invented; the content
// runs are the words before the source and, after the cue, the rest.
func TestReader_BoundReporterWords(t *testing.T) {
	lb, r := newTestReader(t)
	for _, tt := range []struct {
		text, source, cue, want string
	}{
		{`"We worked hard," she said ahead of the vote, "and it shows."`, "she", "said", `"We worked hard," | "and it shows."`},
		{`"We worked hard," she said after the vote.`, "she", "said", `"We worked hard,"`},
		{`"We worked hard," she said, a firm with the motto "Gold first".`, "she", "said", `"We worked hard,"`},
		{`"We worked hard," she said of the vote.`, "she", "of", `"We worked hard," | the vote`},
		{`The port would close, she said, and she lost her job.`, "she", "said", `The port would close`},
		{`The port would close, she said, and he lost his job.`, "she", "said", `The port would close | and he lost his job`},
	} {
		d := lb.Build(tt.text, time.Time{})
		src, cue := layertest.At(t, d, tt.source), layertest.At(t, d, tt.cue)
		first, end := 0, len(d.Toks)
		if d.Text[d.Toks[end-1].Start] == '.' {
			end--
		}
		before := src
		for before > 0 && d.Text[d.Toks[before-1].Start] == ',' {
			before--
		}
		after := cue + 1
		if d.Text[d.Toks[after].Start] == ',' {
			after++
		}
		g := &attrib.Group{
			Cue:      attrib.Run{Role: 1, First: src + 1, Last: cue + 1},
			Source:   attrib.Run{Role: 0, First: src, Last: src + 1},
			Sources:  []attrib.Run{{Role: 0, First: src, Last: src + 1}},
			Contents: []attrib.Run{{Role: 2, First: first, Last: before}, {Role: 2, First: after, Last: end}},
		}
		r.Bound(d, g)
		if s := contentsText(d, g, " | "); s != tt.want {
			t.Errorf("%q: contents %q, want %q", tt.text, s, tt.want)
		}
	}
}

// TestReader_BoundResume checks that a content the tagger cut short at a
// relative clause or (after its subject) another aside set off by commas
// runs on when its clause resumes with a finite verb after the aside; a
// relative clause on a noun is then the reporter's gloss, cut out
// (dropRelativeGloss). Sentences invented; the content run ends before
// the comma.
func TestReader_BoundResume(t *testing.T) {
	lb, r := newTestReader(t)
	for _, tt := range []struct{ text, want string }{
		{"Tomas Adler said the new ferry, which cost £9m, was a mistake.", "the new ferry … was a mistake"},
		{"Tomas Adler said the sliding krone, which fell again on Monday, had hurt the port.", "the sliding krone … had hurt the port"},
		{"Tomas Adler said he sold the ferry, which was built in May, because it leaked.", "he sold the ferry"},
		{"Tomas Adler said he met the mayor, who said the port would close.", "he met the mayor"},
		{"Tomas Adler said he met the mayor, who chairs the board.", "he met the mayor"},
		// an aside after a subject that is all the content holds
		{"Tomas Adler said that output, on an annualised basis, fell 0.5% in May.", "that output, on an annualised basis, fell 0.5% in May"},
		{"Tomas Adler alleged that Mr Varn, 63, directed the clerk to hide the accounts.", "that Mr Varn, 63, directed the clerk to hide the accounts"},
		{"Tomas Adler hoped that ferries and fishing, two of the strongest trades in Dorn, draw new money.", "that ferries and fishing, two of the strongest trades in Dorn, draw new money"},
		{"Tomas Adler said that the mayor, during the poster launch, once again refused to deny it.", "that the mayor, during the poster launch, once again refused to deny it"},
		{"Tomas Adler said that a move to Dorn, who badly need a pilot, was more likely.", "that a move to Dorn … was more likely"},
		{"Tomas Adler said three boards, the port trust, the ferry board and the pilots, would merge.", "three boards, the port trust, the ferry board and the pilots, would merge"},
		{"Tomas Adler said a deal with Varn, which owns ports in Dorn, Kell and Ostby, could follow.", "a deal with Varn … could follow"},
		// a cue inside the relative clause is the clause's
		{"Tomas Adler said that Ida Vell, who is accused of hiding the losses, never made the decisions.", "that Ida Vell … never made the decisions"},
		{"Tomas Adler said the new ferry, which the board says cost £9m, was a mistake.", "the new ferry … was a mistake"},
		// the content holds its verb, or no verb follows the aside
		{"Tomas Adler said the ferry was late, although Ida Brandt was on time.", "the ferry was late"},
		{"Tomas Adler said that the mayor, 63, and the clerk.", "that the mayor"},
		{"Tomas Adler praised the mayor, a man who chairs the board, for his courage.", "the mayor"},
		{"Tomas Adler said that the mayor, the clerk said, was away.", "that the mayor"},
		{"Tomas Adler said that the mayor, \"a friend\", was away.", "that the mayor"},
		{"Tomas Adler discussed the port with Ida, but their neighbour Ivo Sand, 83, knows the story.", "the port with Ida"},
		{"Tomas Adler said the fee should rise to £51, which, in real terms, is what it was in 1990.", "the fee should rise to £51"},
		// the resumed clause ends before a statement of its own
		{"Tomas Adler said that a move to Dorn, who badly need a pilot, was likelier than Kell, who also expressed an interest.", "that a move to Dorn … was likelier than Kell"},
		{"Tomas Adler said that output, on an annualised basis, fell 0.5%, the agency said.", "that output, on an annualised basis, fell 0.5%"},
	} {
		runs(t, lb, r, tt.text, tt.want, 1)
	}
	// the tagger's content holds the subject and the aside
	for _, tt := range []struct{ text, want string }{
		{"Tomas Adler said that output, on an annualised basis, fell 0.5% in May.", "that output, on an annualised basis, fell 0.5% in May"},
		{"Tomas Adler said the ferry fleet, in May, fell to nine ships.", "the ferry fleet, in May, fell to nine ships"},
		{"Tomas Adler said the port was shut, in May, and the ferry too.", "the port was shut, in May"},
		{"Tomas Adler said that output, which fell in May, rose.", "that output, which fell in May"},
	} {
		runs(t, lb, r, tt.text, tt.want, 2)
	}
	// an adjunct fronted before the clause's subject
	for _, tt := range []struct{ text, want string }{
		{"Tomas Adler feared that if the strike is not settled, there could be fewer ferries.", "that if the strike is not settled, there could be fewer ferries"},
		{"Tomas Adler found that at the same time, more than twice as many ferries had sailed empty.", "that at the same time, more than twice as many ferries had sailed empty"},
		{"Tomas Adler said that, as with other ports, the fees were too high.", "that, as with other ports, the fees were too high"},
		{"Tomas Adler said that when the strike was at its height, ferries were idle for days.", "that when the strike was at its height, ferries were idle for days"},
		{"Tomas Adler said that in May, he said, the port closed.", "that in May"},
		{"Tomas Adler said that the port was shut, the ferries idle.", "that the port was shut"},
		{"Tomas Adler said that after the vote, which was held in May, the port closed.", "that after the vote"},
		{"Tomas Adler said that in May, the port closed, the agency said.", "that in May, the port closed"},
	} {
		runs(t, lb, r, tt.text, tt.want, 1)
	}
	// a comma after "that" before the fronted adjunct
	for _, tt := range []struct{ text, want string }{
		{"Tomas Adler said that, although fares had risen over the past year, she feared there might now be too many ferries.", "that, although fares had risen over the past year, she feared there might now be too many ferries"},
		{"Tomas Adler said that, although fares had risen, the port, the agency said.", "that, although fares had risen"},
	} {
		runs(t, lb, r, tt.text, tt.want, 2)
	}
}

// runs checks the content after Bound of a statement whose source is
// the first two words of text, its cue the third and its content the
// words after it up to the commas-th comma.
func runs(t *testing.T, lb *layer.Builder, r *frame.Reader, text, want string, commas int) {
	t.Helper()
	d := lb.Build(text, time.Time{})
	comma := 3
	for n := 0; n < commas; comma++ {
		if d.Low[comma] == "," {
			n++
		}
	}
	comma--
	g := &attrib.Group{
		Cue:      attrib.Run{Role: 1, First: 2, Last: 3},
		Sources:  []attrib.Run{{Role: 0, First: 0, Last: 2}},
		Contents: []attrib.Run{{Role: 2, First: 3, Last: comma}},
	}
	r.Bound(d, g)
	if got := contentsText(d, g, " … "); got != want {
		t.Errorf("%q: content %q, want %q", text, got, want)
	}
}

// TestReader_BoundRefusal checks that a content ends before a refusal to
// say something, or a verb of saying after a "had" that is no auxiliary,
// that the reporter joins to the cue with no subject of its own, and
// that a refusal to act, one with a subject, a verb after an auxiliary
// it may share and one whose tense differs from the cue's stay.
// Sentences invented.
func TestReader_BoundRefusal(t *testing.T) {
	lb, r := newTestReader(t)
	for _, tt := range []struct{ text, content, want string }{
		{"Dale insisted there could be no deal on the harbour but twice declined to say whether he had met the buyers.", "there could be no deal on the harbour but twice declined to say whether he had met the buyers", "there could be no deal on the harbour"},
		{"Vell said the port plan was sound and refused to confirm the cost.", "the port plan was sound and refused to confirm the cost", "the port plan was sound"},
		{"Vell said he and the mayor had no intention of resigning and added that they felt the board was wrong.", "he and the mayor had no intention of resigning and added that they felt the board was wrong", "he and the mayor had no intention of resigning"},
		// left as they were
		{"Vell said the port plan was sound and refused to pay the fee.", "the port plan was sound and refused to pay the fee", "the port plan was sound and refused to pay the fee"},
		{"Vell said the port plan was sound but the mayor declined to say why.", "the port plan was sound but the mayor declined to say why", "the port plan was sound but the mayor declined to say why"},
		{"Vell said the mayor had not held talks and added that the port was shut.", "the mayor had not held talks and added that the port was shut", "the mayor had not held talks and added that the port was shut"},
		{"Vell says the port plan will be sound and declined to say why.", "the port plan will be sound and declined to say why", "the port plan will be sound and declined to say why"},
	} {
		boundContent(t, lb, r, tt.text, tt.content, tt.want)
	}
}

// boundContent checks the content after Bound of a statement whose
// source is text's first word, its cue the second and its content the
// phrase content of text.
func boundContent(t *testing.T, lb *layer.Builder, r *frame.Reader, text, content, want string) {
	t.Helper()
	d := lb.Build(text, time.Time{})
	i := strings.Index(text, content)
	g := &attrib.Group{
		Cue:      attrib.Run{Role: 1, First: 1, Last: 2},
		Sources:  []attrib.Run{{Role: 0, First: 0, Last: 1}},
		Contents: []attrib.Run{{Role: 2, First: d.TokenAt(i), Last: d.TokenAt(i + len(content))}},
	}
	r.Bound(d, g)
	c := g.Contents[0]
	if got := d.Text[d.Toks[c.First].Start:d.Toks[c.Last-1].End]; got != want {
		t.Errorf("%q: content %q, want %q", text, got, want)
	}
}
