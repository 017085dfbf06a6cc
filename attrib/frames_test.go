package attrib

import (
	"testing"
)

// frameCueCases are sentences TestAttributionCue_Frames tags, the word in
// brackets the one asked about, want whether it is a cue.
var frameCueCases = []struct {
	text string
	want bool
}{
	{"Tolvane Corp [offers] cheap loans to farmers.", false},
	{"Mayor Ilsa Varn [offered] her congratulations to the team.", true},
	{"Mayor Ilsa Varn [offered] that the vote be delayed.", true},
	{"Harbour Freight [saw] its profits fall 12% last year.", false},
	{"Harbour Freight [sees] that prices will rise.", true},
	{"Economists [see] the budget as a gamble.", true},
	{"Some [may see] the budget as a gamble.", false},
	{"Half of the drivers [read] traffic news on their phones.", false},
	{"The statement [read]: \"The port will reopen.\"", true},
	{"\"The port will reopen,\" [read] the statement.", true},
	{"Harbour Freight [offered] some hope to farmers.", false},
	{"A Varnish man [suspected of] fraud was charged.", false},
	{"Investors [worried over] falling copper prices.", false},
	{"Investors [worried] that copper prices would fall.", true},
	{"The Marrow Exchange [rejected] the £1bn takeover bid.", false},
	{"The Marrow Exchange [rejected] the claims of its rival.", true},
	{"The minister [denied] the allegations.", true},
	{"Minister [denies] grain deal with Korvia.", true},
	{"Some analysts [think] the merger will fail.", true},
	{"It was a coincidence, which [would suggest] the minister has lost control.", false},
	{"The report [suggests] the minister has lost control.", true},
	{"Ilsa Varn said she [would suggest] that the vote be delayed.", true},
	{"Curfews and community service [orders] were other options.", false},
	{"Protesters [have called off] a march planned for Sunday.", false},
	{"Voters [think] tanks should be abolished.", true},
	{"Varnish Steel [adds] 500 staff at its Dorn plant.", false},
	{"The Harbour Lads' single [claimed] the top spot in the charts.", false},
	{"Ilsa Varn [claimed] the title in Dorn.", false},
	{"The three-year harbour research [project] was funded by Dorn Council.", false},
	{"Tolvane [is projecting] that ferry traffic will grow 5% this year.", true},
	{"Dorn Council held a hearing [regarding] his reaction to the ruling.", false},
	{"Varnish Steel [has reported] a 12% rise in annual profits.", false},
	{"Varnish Steel [reported] net income of £4m for the year.", false},
	{"Varnish Steel [reported] that profits rose 12% last year.", true},
	{"Tomas Brell [wrote] the award-winning musical Harbour Lights.", false},
	{"Tomas Brell [is writing] an episode of the Dorn Radio comedy.", false},
	{"Tomas Brell [will be writing] a weekly column on ferry fares.", false},
	{"Tomas Brell [wrote] that the harbour deal was dead.", true},
	{"Tomas Brell [wrote] in his column that the harbour deal was dead.", true},
	{"Dorn Council [refused] to sell the harbour to Tolvane Corp.", false},
	{"Dorn Council [refused] a severance package for its chief.", false},
	{"Two ferrymen [refused] to give urine samples.", false},
	{"The mayor [refused] to apologise for the remark.", true},
	{"The ferry firm [declined] to be drawn on the fares.", true},
	{"The minister [refused] to rule out a rise in fares.", true},
	{"Tolvane Corp [refused] to give details of the deal.", true},
	{"The mayor [refused] to back the harbour plan.", true},
	{"The mayor [refused] to accept that the vote was lost.", true},
	{"Korvia's [proposed] ferry tax is unpopular.", false},
	{"The council's radical [proposed] overhaul of fares was dropped.", false},
	{"Ilsa Varn [proposed] a ferry tax.", true},
	{"Some harbour firms also [dislike] the new ferry subsidies.", false},
	{"Ilsa Varn [fears] Korvian cutting edge.", false},
	{"Ilsa Varn [fears] civil war at the council could hamper the ferry plan.", true},
	{"Ilsa Varn [fears] that the ferry plan will fail.", true},
	{"Brann Olvik still [feels] the frustration of missing the final.", false},
	{"Few traders [feel] optimistic about the new levy.", false},
	{"Ferro Lund [feels] that the market has risen on solid growth.", true},
	{"Coach Ilka Doss [felt] the result exposed her weak defence.", true},
	{"Tarn Veld [blasted] the ball home from the edge of the box.", false},
	{"Nadia Ferr [blasts] a forehand return past her rival.", false},
	{"Oskar Pell [blasted] over the bar after a fine move.", false},
	{"Mr Kell [blasted] the plans as a waste of money.", true},
	{"Dale Corr took the best [supporting] actor award.", false},
	{"Ilsa Varn [is backing] plans to cut the levy.", false}, // a stance, no claim (stanceObject); session 10's known gap
	{"Ilsa Varn [is backing] Dorn Rovers to win the cup.", true},
	{"Tolvane Corp [found] itself under growing financial stress.", false},
	{"Tolvane Corp [found] that the ferry plan had failed.", true},
	{"The name [says] it all: it is a ferry for bicycles.", false},
	{"The Dorn Herald's headline [says] it all: \"Varn quits\".", true},
	{"Ilsa Varn [claimed] responsibility for the delay.", true},
	{"Korvia [adds] more jobs than forecast", false},
	{"Korvian firms [added] only 46,000 jobs in March.", false},
	{"The new line [added] £2m to its value.", false},
	{"Ilsa Varn [added] that 500 staff would be hired.", true},
	{"Ilsa Varn [added] 500 staff would be hired.", true},
	{"Ilsa Varn [added] a warning about the cost.", true},
	{"\"The port will reopen,\" [added] the 30-year-old.", true},
	{"The government [is continuing to insist] that the orders must be issued by the minister.", true},
	{"Korvian firms [continue] to cut investment in machinery.", false},
	{"\"We will win,\" he [continued].", true},
	{"Prosecutors [have charged] them with fraud.", false},
	{"Critics [charged] that the vote was rigged.", true},
	{"Ilsa Varn [found out about] the sale from a reporter.", false},
	{"Some people [might call] the plan a fraud.", false},
	{"Harbour unions [could oppose] the scheme in a vote next week.", false},
	{"Ilsa Varn [could not believe] that the vote was lost.", true},
	{"A spokesman [could only quip]: \"The port is closed.\"", true},
	{"Harbour unions [have backed] the new ferry timetable.", false},
	{"Harbour unions [backed] the mayor's view that the ferry must stay.", true},
	{"Harbour unions [backed] claims that the ferry was unsafe.", true},
	{"Ilsa Varn [backed] Korvia to win the cup.", true},
	{"Varnish Steel [is considering] building a plant in Dorn.", false},
	{"The harbour board [considered] a range of options.", false},
	{"The harbour board [considered] that the pier was unsafe.", true},
	{"The harbour awards [show] will feature a brass band.", false},
	{"Top [seed] Ilsa Varn beat Korvia's champion.", false},
	{"Her quiz [show] did not return in May.", false},
	{"The harbour figures [show] that fares rose.", true},
	{"Figures [show] fares rose.", true},
	{"Ferry firms [have to think carefully about] what they offer.", false},
	{"Ferry firms [think] fares will rise.", true},
	{"The ferry craze [shows] no sign of abating.", false},
	{"Korvian figures [show] a rise in ferry fares.", true},
	{"Mr Dunmore [knows] that the harbour tax risks angering the towns.", false},
	{"Small shipping firms [know] it pays to keep their crews local.", false},
	{"\"I [know] the harbour can be saved,\" said Ellen Marsh.", true},
	{"The harbour board [announced] a new recycling drive on Monday.", false},
	{"The Dorn Singers [have announced] a concert in Varnish.", false},
	{"The harbour board [announced] plans to close the pier.", true},
	{"Mayor Ilsa Varn [announced] her resignation on Friday.", true},
	{"Mayor Ilsa Varn [announced] that she would resign.", true},
	{"The minister [acknowledged] the union's apology.", false},
	{"The minister [acknowledged] the mistake.", true},
	{"Ferry users now enjoy cheap mobile [calls] across the harbour.", false},
	{"The unions renewed their [calls for] a new pier.", true},
	{"The ferry firm took 90,000 [calls] a day.", false},
	{"However, [call] centres in Dorn saw fewer callers.", false},
	{"Harbour unions [call] ferry users to a meeting.", true},
	{"Varnish Motors [is recalling] nearly 20,000 vans in Dorn.", false},
	{"Ilsa Varn [added] the Dorn crown to her list of titles.", false},
	{"Ilsa Varn [added] a second goal for Dorn.", false},
	{"Ilsa Varn [added] a warning to the report.", false},
	{"Ilsa Varn [added] the ferry would run to Dorn.", true},
	{"The film [tells] the story of two ferrymen in Dorn.", false},
	{"Ilsa Varn often [tells] the story of how the ferry sank.", true},
	{"Ilsa Varn [told] reporters the ferry would run.", true},
	{"Ilsa Varn [recalled] that the vans had been faulty.", true},
	{"Varnish Steel [has posted] record losses for the year.", false},
	{"Varnish Steel [posted] a 12% rise in annual profits.", false},
	{"Varnish Steel [posted] on its website that the plant would close.", true},
	{"Varnish Steel [reported] a loss of £4m.", false},
	{"Varnish Air [has posted] a record annual profit thanks to cost-cutting.", false},
	{"The Dorn keeper [showed] great composure in the shoot-out.", false},
	{"The Dorn keeper [showed] admirable resolve to save the penalty.", false},
	{"Korvian figures [show] a rise in ferry fares to Dorn.", true},
}

// TestAttributionCue_Frames checks that an act's word reports only in
// the frames cue-frames.tsv lists, that a rejection of an offer is an
// act, and that a belief verb with the clause it holds is a cue.
func TestAttributionCue_Frames(t *testing.T) {
	lb, tg := newTestTagger(t)
	for _, tt := range frameCueCases {
		d, r := bracketed(t, lb, tt.text)
		if got := tg.attributionCue(d, r); got != tt.want {
			k, _ := tg.cueHead(d, r.First, r.Last)
			t.Errorf("%q: attribution cue %v, want %v (head %q, complement %s)", tt.text, got, tt.want, d.Low[k], CompNames[Complement(d, k)])
		}
	}
}

// TestHeldClause checks which belief words with a clause the head-share
// test is waived for.
func TestHeldClause(t *testing.T) {
	lb, tg := newTestTagger(t)
	tests := []struct {
		text string
		want bool
	}{
		{"Some analysts [think] the merger will fail.", true},
		{"Police [believe] that the van was stolen.", true},
		{"The right of centre [think] tanks were founded in 1990.", false},
		{"The quiz show They [Think] It's All Over returns.", false},
		{"Ilsa Varn [said] the merger will fail.", false},
		{"Many [might think] the merger will fail.", false},
		{"Does anyone else [think] the merger will fail?", false},
		{"The returns are good when you [consider] that some games cost £5.", false},
		{"The regulator asked whether the executives [knew] that the firm was for sale.", false},
		{"Many [think] the merger will fail.", true},
		{"Several [believe] that the merger will fail.", true},
		{"The film has a cold [feel] that suits the story.", false},
		{"The many [think] tanks of the capital were founded in 1990.", false},
	}
	for _, tt := range tests {
		d, r := bracketed(t, lb, tt.text)
		k := r.First
		if got := tg.heldClause(d, r, k, Complement(d, k)); got != tt.want {
			t.Errorf("%q: held clause %v, want %v (complement %s, tag %s)", tt.text, got, tt.want, CompNames[Complement(d, k)], d.POSNames[d.POS[k]])
		}
	}
}

// TestLeadingParticiple checks which participles heading a sentence
// are adjuncts of its main clause rather than statements of their own.
func TestLeadingParticiple(t *testing.T) {
	lb, tg := newTestTagger(t)
	tests := []struct {
		text string
		want bool
	}{
		{"[Announcing] the plans, Mayor Ilsa Varn said the harbour would reopen.", true},
		{"[Explaining] why it had asked for a panel, the ministry said talks had failed.", true},
		{"[Commenting on] the delay, Tolvane Corp said the model would ship in June.", true},
		{"[Noting] that the harbour had lost money, Ilsa Varn said the board had to go.", false},
		{"[Claiming] the plan is a fraud, Ilsa Varn said she would vote against it.", false},
		{"[According to] police, the driver was not injured.", false},
		{"Ilsa Varn, [announcing] the plans, said the harbour would reopen.", false},
	}
	for _, tt := range tests {
		d, r := bracketed(t, lb, tt.text)
		if got := tg.leadingParticiple(d, &Group{Cue: r}); got != tt.want {
			t.Errorf("%q: leading participle %v, want %v", tt.text, got, tt.want)
		}
	}
}
