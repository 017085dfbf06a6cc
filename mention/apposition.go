package mention

import (
	"strings"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/layer"
	"github.com/claimtrail/claimtrail/token"
)

// appositionAt finds where a personal name ends and what it is told by
// begins: a comma followed by a lower-case description ("Tim Danton,
// editor of PC Pro"; "Ruth Calder, the governor"), or "at" / "from" / "of"
// after a name of two words or more that the entity tags call a person
// ("David Anders at Merrill Lynch"). It returns the name's end, where
// the description starts (the end of toks after a relative clause, which
// the mention need not read) and, for the second kind, the preposition;
// k is 0 when there is no such place.
func (p *Parser) appositionAt(text string, toks []token.Token, ents []byte) (k, after int, prep string) {
	for i, t := range toks {
		if i == 0 || i+1 >= len(toks) {
			continue
		}
		prev := toks[i-1].Text(text)
		if prev == "" || toks[i-1].Kind != token.Word || !layer.Capitalised(prev) || p.isRoleWord(prev) && !p.bodyDescribed(text, toks, i) && !p.surnameBefore(text, toks, i) {
			continue
		}
		w := t.Text(text)
		switch {
		case w == ",":
			switch next := toks[i+1]; {
			case p.titlesName(text, toks[i+1:]):
				// "Ada Vell and Ed Kell, the party's chief Lord Vell": the
				// role titles a name of its own, someone else
			case p.describes(text, toks[i+1:]):
				return i, i + 1, ""
			case next.Kind == token.Number && i+3 < len(toks) && toks[i+2].Text(text) == "," && p.describes(text, toks[i+3:]):
				return i, i + 3, "" // "Ada Vell, 58, MP for Harbourside": an age, then the description
			case next.Kind == token.Word && layer.IsRelative(next.Text(text)):
				return i, len(toks), "" // "Ida Brandt, who edits …": the name alone
			case p.personBefore(text, toks[:i], ents) && (p.bodyRunAt(text, toks[i+1:]) || p.nounPhraseAt(text, toks[i+1:])):
				// "Ada Vell, Harbourside Hotel Association": the person's
				// body; "Ada Vell, senior market strategist at Kessel":
				// what the person is, though no role word says so
				return i, i + 1, ""
			case p.personBefore(text, toks[:i], ents) && next.Kind == token.Word && p.appositionPreps[next.Text(text)] != 0 && i+2 < len(toks) &&
				(layer.IsDeterminer(toks[i+2].Text(text)) || layer.Capitalised(toks[i+2].Text(text))):
				return i, i + 1, "" // "Ada Vell, for the Harbour Party,": the person, for a body
			case p.personBefore(text, toks[:i], ents) && adjunctAt(text, toks[i+1:]):
				return i, len(toks), "" // "Mr Kell, without specifying the date,": the name alone
			case asideAt(text, toks[i+1:]):
				return i, len(toks), "" // "Bo Lind, now a parliamentary hopeful": the name alone
			}
			return 0, 0, "" // a list of names, a place, an age: not a description
		case t.Kind == token.Word && p.appositionPreps[w]&prepAfterName != 0:
			if ents == nil || ents[i-1] != 'P' || i < 2 || toks[i-2].Kind != token.Word || !layer.Capitalised(toks[i-2].Text(text)) || p.peerName(text, toks[:i]) {
				continue
			}
			j := i + 1
			for j < len(toks) && layer.IsDeterminer(toks[j].Text(text)) {
				j++
			}
			if j < len(toks) && (layer.Capitalised(toks[j].Text(text)) || p.bodyWord(toks[j].Text(text)) || describedName(text, toks[j:])) {
				return i, i + 1, w // "… at Merrill Lynch", "Susanne Risse from the company", "… of box office tracker Kessel"
			}
		}
	}
	return 0, 0, ""
}

// describedName reports whether toks are a short lower-case description
// and a capitalised name to their end ("box office tracker Kessel
// Relations", "administrators Vell & Partners"): after a person's name
// and a preposition, the body the person is of, whatever noun describes
// it (the tables know "firm", not "tracker").
func describedName(text string, toks []token.Token) bool {
	k := 0
	for k < len(toks) && k < 4 && toks[k].Kind == token.Word && !layer.Capitalised(toks[k].Text(text)) {
		w := toks[k].Text(text)
		if layer.IsPreposition(w) || layer.IsDeterminer(w) || layer.IsConjunction(w) || layer.IsRelative(w) {
			return false
		}
		k++
	}
	if k == 0 || k == len(toks) {
		return false
	}
	for ; k < len(toks); k++ {
		if w := toks[k].Text(text); !(toks[k].Kind == token.Word && layer.Capitalised(w)) && w != "&" {
			return false
		}
	}
	return true
}

// surnameBefore reports whether the two words before token i are a
// given name or a title and a surname a table reads as a role's ("Paul
// King, chief security architect at Tolvane"): a name an apposition may
// follow.
func (p *Parser) surnameBefore(text string, toks []token.Token, i int) bool {
	return i >= 2 && toks[i-2].Kind == token.Word && p.surnameLikeWord([]string{toks[i-2].Text(text), toks[i-1].Text(text)})
}

// asideAt reports whether toks, after a comma that follows a name, open
// with a lower-case word that neither joins another name to it ("and")
// nor belongs to a name ("de"), and run to the mention's end with no
// other comma: an aside on the name ("now a parliamentary hopeful",
// "himself an ardent campaigner", "one of the leading providers of
// online advertising") that is no part of it.
func asideAt(text string, toks []token.Token) bool {
	if len(toks) < 2 || toks[0].Kind != token.Word {
		return false
	}
	w := toks[0].Text(text)
	if layer.Capitalised(w) || layer.IsConjunction(w) || layer.IsDisjunction(w) || layer.IsNameParticle(w) {
		return false
	}
	for _, t := range toks[1:] {
		if t.Text(text) == "," {
			return false
		}
	}
	return true
}

// peerName reports whether the capitalised run ending toks opens with a
// rank title that makes a name of its own ("Lord Kell of Harbourside":
// the place is the peer's name, no affiliation).
func (p *Parser) peerName(text string, toks []token.Token) bool {
	j := len(toks)
	for j > 0 && toks[j-1].Kind == token.Word && layer.Capitalised(toks[j-1].Text(text)) {
		j--
	}
	if j == len(toks) {
		return false
	}
	w := strings.ToLower(toks[j].Text(text))
	return p.titles[w] && p.keyTitles[w] == keyKeep
}

// describes reports whether toks open a description of a person: an
// article ("a senior economist with the OECD", "the governor") or a role
// word among its first words ("managing director of Ontrack", "Director
// of the Media Center") — not a relative clause ("who leads …"), an
// adverb ("however") or a participle ("speaking to reporters").
func (p *Parser) describes(text string, toks []token.Token) bool {
	for j := 1; j < len(toks)-1 && j < 4 && toks[j-1].Kind == token.Word && layer.Capitalised(toks[j-1].Text(text)); j++ {
		if isPossessive(toks[j].Text(text)) {
			toks = toks[j+1:] // "Wipro, India's third-biggest software firm", "Ada Vell's former press secretary"
			if lowerPhrase(text, toks) {
				return true // "Ian Vell, Tolvane's resident futurologist": what the name is to a body
			}
			break
		}
	}
	k := -1
	for i, t := range toks {
		if joinsWord(text, toks, i) {
			continue // "co-chairman", "Nielsen/NetRatings": one word
		}
		k++
		if k == 7 || t.Kind != token.Word {
			return false
		}
		w := t.Text(text)
		switch {
		case k == 0 && layer.IsArticle(w):
			return true
		case k == 0 && p.appositionPreps[w]&prepAfterName != 0 && p.namesBody(text, toks[1:]):
			return true // "from the Harbour Institute", "of Campaign for Rail"
		case p.isRoleWord(w) || p.isRoleWord(w[strings.LastIndexByte(w, '-')+1:]) || p.acronymRole(w): // "co-chairman"
			return true
		case k >= 4:
			// past the first four words only a role word tells a person
			// ("personal technology and broadband analyst")
		case k == 0 && strings.HasSuffix(w, "ing") && i+1 < len(toks) && p.isRoleWord(toks[i+1].Text(text)):
			return true // "managing director of 4sight", "acting head"
		case k == 0 && (layer.IsRelative(w) || strings.HasSuffix(w, "ing")):
			return false
		case k > 0 && p.appositionPreps[w]&prepInDescription != 0:
			// "host of BBC 6 Music", "co-founder of Blinkx"
			return i+1 < len(toks) && (layer.Capitalised(toks[i+1].Text(text)) || layer.IsDeterminer(toks[i+1].Text(text)))
		}
	}
	return false
}

// lowerPhrase reports whether toks, up to a comma or their end, are one
// to five lower-case words (hyphens and slashes joining words count for
// none), or such words and a preposition: the common-noun phrase a possessive name owns ("BT's resident
// futurologist"), not a name ("BT's Ian Vell") nor a clause ("BT's
// chief, who …").
func lowerPhrase(text string, toks []token.Token) bool {
	n := 0
	for i, t := range toks {
		w := t.Text(text)
		if w == "," {
			break
		}
		if joinsWord(text, toks, i) && t.Kind != token.Word {
			continue
		}
		if n > 0 && layer.IsPreposition(w) {
			return true // "Tolvane's principal consultant on RFID": the rest is the role's matter
		}
		if t.Kind != token.Word || layer.Capitalised(w) || layer.IsRelative(w) || !hasLetter(w) {
			return false
		}
		if n++; n > 5 {
			return false
		}
	}
	return n > 0
}

// titlesName reports whether a person's role word among the first
// tokens of toks is followed by a title or a given name: the description
// names a person of its own ("elections chief Lord Vell", "coach Ravi
// Kell"; not "chief US economist").
func (p *Parser) titlesName(text string, toks []token.Token) bool {
	for i := 0; i+1 < len(toks) && i < 9; i++ {
		w := toks[i].Text(text)
		switch {
		case joinsWord(text, toks, i) || isPossessive(w):
		case toks[i].Kind != token.Word:
			return false
		case p.personRole(w) && toks[i+1].Kind == token.Word && layer.Capitalised(toks[i+1].Text(text)):
			next := strings.ToLower(toks[i+1].Text(text))
			return p.titles[strings.TrimSuffix(next, ".")] || p.givenNames.Has(next)
		}
	}
	return false
}

// joinsWord reports whether token i of toks is a hyphen or slash, or
// the word before one, touching the words on both sides: "co-chairman"
// and "Nielsen/NetRatings" count as one word, their last.
func joinsWord(text string, toks []token.Token, i int) bool {
	mark := func(j int) bool {
		if j <= 0 || j+1 >= len(toks) || toks[j].Kind == token.Word {
			return false
		}
		c := text[toks[j].Start:toks[j].End]
		return (c == "-" || c == "/") && toks[j-1].End == toks[j].Start && toks[j].End == toks[j+1].Start
	}
	return mark(i) || mark(i+1)
}

// opensDescription reports whether the lower-case word w after a comma
// opens another description: a determiner, a quantifier or a number
// word ("a charity", "one of the groups").
func (p *Parser) opensDescription(w string) bool {
	return layer.IsDeterminer(w) || p.IsQuantifier(w) || p.numbers.Has(w)
}

// namesBody reports whether toks open with a body's name or noun after
// any determiners ("the Harbour Institute", "the company").
func (p *Parser) namesBody(text string, toks []token.Token) bool {
	j := 0
	for j < len(toks) && layer.IsDeterminer(toks[j].Text(text)) {
		j++
	}
	return j < len(toks) && toks[j].Kind == token.Word && (layer.Capitalised(toks[j].Text(text)) || p.bodyWord(toks[j].Text(text)))
}

// apposition reads a description of a person: "editor of PC Pro" → role
// "editor", affiliation "PC Pro"; "the Iranian envoy" → "envoy", "Iran";
// after "at" / "from" / "of" (prep) the words are the affiliation.
func (p *Parser) apposition(text string, toks []token.Token, prep string) (role, aff string) {
	var ws []string
	for k := 0; k < len(toks); k++ {
		t := toks[k]
		w := t.Text(text)
		if w == "," && len(ws) > 0 && k+1 < len(toks) && p.opensDescription(strings.ToLower(toks[k+1].Text(text))) {
			break // "founder of the Harbour Fund, a charity …": a second description
		}
		if t.Kind == token.Quote || w == "," {
			continue
		}
		if glued(toks, k) && len(ws) > 0 {
			ws[len(ws)-1] += w + toks[k+1].Text(text) // "editor of Harbour.Ledger.com"
			k++
			continue
		}
		ws = append(ws, w)
	}
	ws = trimTrailing(ws)
	trimDet := func(ws []string) []string {
		for len(ws) > 0 && layer.IsDeterminer(ws[0]) {
			ws = ws[1:]
		}
		return ws
	}
	ws = trimDet(ws)
	if prep == "" && len(ws) > 1 && p.appositionPreps[ws[0]] != 0 {
		prep, ws = ws[0], trimDet(ws[1:]) // "Ida Brandt, from the Harbour Institute for …", "Ada Vell, for the Harbour Party"
	}
	if prep != "" {
		if k := descriptionBeforeName(ws); k > 0 {
			return "", joinWords(ws[k:]) // "… of box office tracker Kessel Relations": the body by its name alone
		}
		return "", joinWords(p.bodyName(ws))
	}
	if len(ws) > 0 && allCapitalised(ws) && p.bodyEnding(ws) {
		return "", joinWords(ws) // "Ada Vell, Harbourside Hotel Association": the body alone
	}
	if role, aff := p.splitDescription(ws); aff != "" {
		return role, aff
	}
	if len(ws) > 1 {
		if c := p.demonyms.FieldFold(ws[0], 0); c != "" {
			return joinWords(trimPossessive(ws[1:])), c
		}
	}
	if len(ws) > 2 && layer.Capitalised(ws[0]) && isPossessive(ws[1]) {
		return joinWords(ws[2:]), ws[0] // "Acme's chief executive"
	}
	return joinWords(ws), ""
}

// descriptionBeforeName returns where the capitalised name ending ws
// starts when the words before it are a lower-case description alone,
// no preposition, article or conjunction among them ("box office tracker
// Kessel Relations" → 2); 0 when ws are no such words.
func descriptionBeforeName(ws []string) int {
	k := 0
	for k < len(ws) && !layer.Capitalised(ws[k]) {
		if lw := ws[k]; layer.IsPreposition(lw) || layer.IsDeterminer(lw) || layer.IsConjunction(lw) || !hasLetter(lw) {
			return 0
		}
		k++
	}
	if k == len(ws) {
		return 0
	}
	for _, w := range ws[k:] {
		if !layer.Capitalised(w) && w != "&" {
			return 0
		}
	}
	return k
}

// bodyName returns the name of a body its description ends in: "the
// campaign group Fathers for Harbours" → "Fathers for Harbours"; ws
// itself when it does not end in a capitalised name after a body word.
func (p *Parser) bodyName(ws []string) []string {
	for k := len(ws) - 1; k > 0; k-- {
		if layer.Capitalised(ws[k]) || layer.IsPreposition(ws[k]) || !hasLetter(ws[k]) {
			continue
		}
		if p.bodyWord(ws[k]) && k+1 < len(ws) && layer.Capitalised(ws[k+1]) {
			return ws[k+1:]
		}
		break
	}
	return ws
}

// splitDescription splits a person's description at its first splitting
// preposition into role and affiliation ("editor of the Harbour Ledger",
// "head of sales at Tolvane"); aff is "" when there is none.
func (p *Parser) splitDescription(ws []string) (role, aff string) {
	for i, w := range ws {
		if i > 0 && p.appositionPreps[w]&prepSplits != 0 {
			if p.officePortfolio(ws, i) {
				continue // "Secretary of State for the Family": one office
			}
			if role, aff, ok := p.possessedRole(ws); ok {
				return role, aff // "Acme's vice president of sales": Acme's, and the office whole
			}
			i = p.roleEnd(ws, i)
			rest := ws[i+1:]
			if p.portfolio(rest) {
				return p.roleWithPortfolio(ws) // "minister for economic affairs": one office
			}
			for len(rest) > 0 && layer.IsDeterminer(strings.ToLower(rest[0])) {
				rest = rest[1:]
			}
			if d := p.describedBody(rest); d > 0 {
				rest = rest[d:] // "chief of technology giant Tolvane": Tolvane
			} else if d := bodyAfterDescription(rest); d > 0 {
				rest = rest[d:] // "analyst at brokers Kessel": Kessel
			}
			if k := p.secondTitle(rest); k > 0 {
				rest = rest[:k] // "… at Tolvane and chairman of the Harbour Group": Tolvane
			}
			return joinWords(ws[:i]), joinWords(rest)
		}
	}
	return joinWords(ws), ""
}

// roleEnd returns where a description's affiliation is introduced when
// its first splitting preposition, at i, governs lower-case words that
// are still the role's: "head of distribution at Kessel Films" → "head
// of distribution", "Kessel Films"; i when it governs the affiliation.
func (p *Parser) roleEnd(ws []string, i int) int {
	field := i + 1 // the field's first word, after its article ("head of the threat laboratory at …")
	if field < len(ws) && layer.IsDeterminer(strings.ToLower(ws[field])) {
		field++
	}
	for j := field; j+1 < len(ws); j++ {
		w := ws[j]
		if layer.Capitalised(w) || layer.IsDeterminer(strings.ToLower(w)) || !hasLetter(w) {
			return i
		}
		if j > field && p.appositionPreps[w]&prepSplits != 0 {
			k := j + 1
			for k < len(ws) && layer.IsDeterminer(strings.ToLower(ws[k])) {
				k++
			}
			if k < len(ws) && opensName(ws[k:]) || p.describedBody(ws[j+1:]) > 0 || bodyAfterDescription(ws[j+1:]) > 0 {
				return j // "… at Kessel Films", "… at consultancy Kessel"
			}
			return i
		}
	}
	return i
}

// opensName reports whether ws open with a name: a capitalised word, or
// an ordinal or figure before one ("20th Century Harbour").
func opensName(ws []string) bool {
	if len(ws) > 0 && layer.Capitalised(ws[0]) {
		return true
	}
	return len(ws) > 1 && ws[0] != "" && ws[0][0] >= '0' && ws[0][0] <= '9' && layer.Capitalised(ws[1])
}

// trimPossessive drops the possessive a description's affiliation left
// at its start ("'s third-biggest software firm" after "India").
func trimPossessive(ws []string) []string {
	if len(ws) > 1 && isPossessive(ws[0]) {
		return ws[1:]
	}
	return ws
}

// nameAfterDescription reads "the foreign minister of Varnia, Nadia
// Ferro": a description, a comma, and a personal name of two capitalised
// words or more that opens with a given name or that the entity tags call a
// person. The name is the speaker's, the description their role and
// affiliation.
func (p *Parser) nameAfterDescription(text string, toks []token.Token, ents []byte) (Mention, bool) {
	end, c := lastComma(text, toks)
	if c < 1 || end-c < 3 || !p.describes(text, toks[:c]) {
		return Mention{}, false
	}
	for _, t := range toks[c+1 : end] {
		if t.Kind != token.Word || !layer.Capitalised(t.Text(text)) {
			return Mention{}, false // "… Department for Culture, Media and Sport": a name's list
		}
	}
	m := p.parseWords(text, toks[c+1:end])
	if m.Kind != Proper || m.Type != claimtrail.SpeakerPerson || m.Role != "" {
		return Mention{}, false
	}
	if !p.opensWithGivenName(m.Name) && (ents == nil || nameClass(text, toks[c+1:end], ents[c+1:end]) != 'P') {
		return Mention{}, false
	}
	if d := p.parseWords(text, toks[:c]); d.Kind == Proper && d.Type == claimtrail.SpeakerPerson && strings.Contains(d.Name, " ") &&
		(p.opensWithGivenName(d.Name) || ents != nil && ents[c-1] == 'P') {
		return m, true // "media chief Ida Brandt, Ravi Kell": another person, not Ravi Kell's role
	}
	m.Role, m.Affiliation = p.apposition(text, toks[:c], "")
	return m, true
}

// documentAuthor returns where the author starts in a mention naming a
// document by its author ("a statement from Tolvane Corp": 3), 0 when
// the mention is no such phrase. Only a determiner or an adjective may
// stand before the document noun ("a joint statement from").
func (p *Parser) documentAuthor(text string, toks []token.Token) int {
	for k := 1; k+1 < len(toks) && k <= 4; k++ {
		if p.frameWords.FieldFold(toks[k].Text(text), 0) != "document-of" {
			continue
		}
		if p.frameWords.FieldFold(toks[k-1].Text(text), 0) != "document" &&
			(p.documents.FieldFold(toks[k-1].Text(text), 0) != "document" || p.documents.FieldFold(toks[k].Text(text), 0) == "author") {
			return 0 // "a statement from", "research from"; "a survey by" is documentBy's
		}
		for _, t := range toks[:k-1] {
			if w := t.Text(text); layer.Capitalised(w) && !layer.IsDeterminer(strings.ToLower(w)) {
				return 0 // "the Stern Report from …": a document's name
			}
		}
		return k + 1
	}
	return 0
}

// documentBy returns where the author starts in a mention naming a
// document by its author after "by" ("A separate study by Tolvane": 4;
// "figures gathered by the Harbour Trust", "A survey published on
// Monday by Kessel") and the document's noun; 0 when the mention is no
// such phrase. Only lower-case words may stand before the noun
// ("recent research", not "The Stern Review by"; documentNoun), a
// participle of making or "of" opens what stands between it and "by",
// and the author holds a capitalised word or is a definite description
// ("by the committee").
func (p *Parser) documentBy(text string, toks []token.Token) (int, string) {
	d := p.documentNoun(text, toks)
	if d < 0 {
		return 0, ""
	}
	by := d + 1
	if by+1 < len(toks) && toks[by].Text(text) == "," && p.documents.FieldFold(toks[by+1].Text(text), 0) == "author" {
		by++ // "The book, by journalist Ada Vell,"
	}
	if by < len(toks) && (p.documents.FieldFold(toks[by].Text(text), 0) == "maker" || layer.IsNamePreposition(toks[by].Text(text))) {
		// "figures gathered by", "a survey of 280 schemes by", "a
		// round-up of new gadgets compiled by": lower-case words and
		// figures only, no name of another's
		made := p.documents.FieldFold(toks[by].Text(text), 0) == "maker" // "published on Monday by"
		for by < len(toks) && by <= d+8 && (toks[by].Kind == token.Word && (made || !layer.Capitalised(toks[by].Text(text))) || toks[by].Kind == token.Number) &&
			p.documents.FieldFold(toks[by].Text(text), 0) != "author" {
			by++
		}
	}
	if by+1 >= len(toks) || p.documents.FieldFold(toks[by].Text(text), 0) != "author" {
		return 0, ""
	}
	for _, t := range toks[by+1:] {
		if w := t.Text(text); t.Kind == token.Word && (layer.Capitalised(w) || strings.EqualFold(w, "the")) {
			return by + 1, strings.ToLower(toks[d].Text(text))
		}
	}
	return 0, ""
}

// documentNoun returns the index of the document's noun (document-nouns.tsv)
// among the first four words of toks, -1 without one or with a
// capitalised word before it: "The Stern Review" is a document's name.
// The first word may be capitalised before a lower-case noun, as a
// sentence opens ("Recent research by Jupiter").
func (p *Parser) documentNoun(text string, toks []token.Token) int {
	d := 0
	for d < len(toks) && d < 4 && toks[d].Kind == token.Word && p.documents.FieldFold(toks[d].Text(text), 0) != "document" {
		if w := toks[d].Text(text); layer.Capitalised(w) && !isDeterminerFold(w) && d > 0 {
			return -1
		}
		d++
	}
	if d >= len(toks) || d == 4 || toks[d].Kind != token.Word || d > 0 && layer.Capitalised(toks[d].Text(text)) {
		return -1
	}
	return d
}

// isPossessive reports whether a token is the possessive the tokenizer
// splits off ("'s").
func isPossessive(w string) bool {
	switch w {
	case "'s", "’s":
		return true
	}
	return false
}

// bodyWord reports whether w is a noun for a body: an office or
// organisation role word ("company", "ministry") or a body noun.
func (p *Parser) bodyWord(w string) bool {
	k := p.roleKind(w)
	return k == "office" || k == "organization" || p.bodyNouns.FieldFold(w, 0) == "organization"
}

// personBefore reports whether toks end in a person's name of two
// capitalised words or more: one opening with a common given name or
// that the entity tags call a person ("Ada Vell").
func (p *Parser) personBefore(text string, toks []token.Token, ents []byte) bool {
	j := len(toks)
	for j > 0 && toks[j-1].Kind == token.Word && layer.Capitalised(toks[j-1].Text(text)) {
		j--
	}
	if len(toks)-j < 2 || p.bodyEnding([]string{toks[len(toks)-1].Text(text)}) {
		return false
	}
	return p.givenNames.HasFold(toks[j].Text(text)) || p.IsTitle(toks[j].Text(text)) || ents != nil && ents[len(toks)-1] == 'P'
}

// adjunctAt reports whether toks open with an adjunct of the verb, not
// a description: a participle in lower case, first or after one word
// ("speaking on Monday", "without specifying the date").
func adjunctAt(text string, toks []token.Token) bool {
	for k := 0; k < 2 && k < len(toks); k++ {
		w := toks[k].Text(text)
		if toks[k].Kind != token.Word || layer.Capitalised(w) {
			return false
		}
		if len(w) > 5 && strings.HasSuffix(w, "ing") {
			return true
		}
	}
	return false
}

// bodyDescribed reports whether toks[i] is a comma between a body's
// name ending in an office or organisation word and an article ("the
// Harbour Foundation, a civil rights watchdog"): what the body is
// follows.
func (p *Parser) bodyDescribed(text string, toks []token.Token, i int) bool {
	return toks[i].Text(text) == "," && i+1 < len(toks) && p.bodyWord(toks[i-1].Text(text)) &&
		layer.IsArticle(strings.ToLower(toks[i+1].Text(text)))
}

// nounPhraseAt reports whether toks open with a lower-case noun phrase
// that a preposition and a capitalised name may follow ("senior market
// strategist at Kessel"): lowerPhrase's, its first word no preposition,
// adverb or participle ("without specifying …", "speaking on Monday").
func (p *Parser) nounPhraseAt(text string, toks []token.Token) bool {
	if len(toks) == 0 || toks[0].Kind != token.Word {
		return false
	}
	w := toks[0].Text(text)
	if layer.IsPreposition(w) || layer.IsDeterminer(w) || strings.HasSuffix(w, "ly") || strings.HasSuffix(w, "ed") || p.openers.Has(w) || adjunctAt(text, toks) {
		return false
	}
	return lowerPhrase(text, toks)
}

// bodyRunAt reports whether toks are, up to their end or a comma, a run
// of two capitalised words or more ("and", "of", "for" between them)
// ending in a body's word ("Harbourside Hotel Association").
func (p *Parser) bodyRunAt(text string, toks []token.Token) bool {
	var ws []string
	for _, t := range toks {
		w := t.Text(text)
		if w == "," {
			break
		}
		if t.Kind != token.Word || !layer.Capitalised(w) && !layer.IsConjunction(w) && !layer.IsNamePreposition(w) {
			return false
		}
		ws = append(ws, w)
	}
	return len(ws) >= 2 && layer.Capitalised(ws[len(ws)-1]) && p.bodyEnding(ws)
}

func allCapitalised(ws []string) bool {
	for _, w := range ws {
		if !layer.Capitalised(w) {
			return false
		}
	}
	return true
}

// lastComma returns where toks end without the commas that close them,
// and the last comma before that end (0 when there is none).
func lastComma(text string, toks []token.Token) (end, c int) {
	end = len(toks)
	for end > 0 && toks[end-1].Text(text) == "," {
		end--
	}
	c = end - 1
	for c > 0 && toks[c].Text(text) != "," {
		c--
	}
	return end, c
}
