package speaker

import (
	"strings"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/layer"
	"github.com/claimtrail/claimtrail/mention"
	"github.com/claimtrail/claimtrail/token"
)

// organizationNamed returns the organisation a definite description m
// at token k ("the airline", "the firm") names when no organisation is
// near it (organizationBefore): the name the text gives right after the
// description's head word before ("German airline Lufthansa … the
// airline said"), else the organisation that spoke in the five
// sentences before (organizationBySpeaker), else for a generic
// company noun ("the firm") the name another company noun or an
// apposition describes before ("bookmaker Ada Hill", "Metrovias, the
// private firm which …"), else the organisation that spoke by name
// however far back; -1 when there is none.
func (r *Resolver) organizationNamed(m mention.Mention, k int) int {
	d, es := r.d, &r.ents
	named := func(f, l int) int {
		i := es.add(entity{name: d.Text[d.Toks[f].Start:d.Toks[l-1].End], typ: claimtrail.SpeakerOrganization, at: d.Toks[f].Start, named: -1})
		if e := &es.list[i]; e.typ == claimtrail.SpeakerPerson && e.end == 0 {
			e.typ = claimtrail.SpeakerOrganization // the tags' person, never a speaker: "airline Ryanair"
		}
		return i
	}
	if f, l := r.nameAfterHead(m.Head, k, false); f < l {
		return named(f, l)
	}
	near, far := r.organizationBySpeaker(k)
	if near >= 0 {
		return near
	}
	if f, l := r.nameAfterHead(m.Head, k, true); f < l {
		return named(f, l) // "bookmaker Ada Hill … the firm said": a company the text described before its name
	}
	return far
}

// organizationBySpeaker returns the organisation a description at token
// k names by who spoke: the latest organisation that spoke, by name, in
// its sentence or the five before — or a speaker typed person there for
// want of a reading, now the organisation (near) — else the latest
// organisation that spoke by name anywhere before (far; near is then
// -1); -1 when there is none.
func (r *Resolver) organizationBySpeaker(k int) (near, far int) {
	d, es := r.d, &r.ents
	at := d.Toks[k].Start
	from := d.Toks[d.Sents[max(d.Sent[k]-5, 0)].First].Start
	best, body := -1, -1
	for i, e := range es.list {
		if e.end == 0 || e.at >= at || !r.properName(e.name) {
			continue
		}
		if e.typ == claimtrail.SpeakerOrganization && (body < 0 || e.at > es.list[body].at) {
			body = i
		}
		if e.at >= from && (e.typ == claimtrail.SpeakerOrganization || r.personByDefault(e)) && (best < 0 || e.at > es.list[best].at) {
			best = i
		}
	}
	if best < 0 {
		// "Unilever said … [six sentences] … The company said": the
		// latest organisation that spoke by name, however far back
		return -1, body
	}
	es.list[best].typ, es.list[best].weak = claimtrail.SpeakerOrganization, false // "Krispy Kreme said … the firm warned"
	return best, best
}

// personByDefault reports whether speaker e is a person for want of
// any other reading: a proper name with no given name, title, role word
// or gender from a title in it, and no person's role beside it
// ("Krispy Kreme said", "Cairn said"), which a later "the company"
// shows to be the organisation.
func (r *Resolver) personByDefault(e entity) bool {
	if e.typ != claimtrail.SpeakerPerson || e.gender != "" || e.role != "" && !r.mentions.BodyRole(e.role) || r.mentions.Gender(e.name) != "" {
		return false
	}
	for w := range strings.FieldsSeq(e.name) {
		if r.mentions.IsTitle(w) || r.mentions.IsRoleWord(w) || r.givenNames.HasFold(w) {
			return false
		}
	}
	return true
}

// nameAfterHead returns the tokens of the latest run of capitalised words
// before token k that a word describing what head names describes: one
// the word follows ("airline Lufthansa", "drugmaker Dr Reddy's"), at
// most five and within its line, or one an apposition ending in the
// word follows ("Metrovias, the private firm which …"); with generic,
// for a generic company noun ("the firm"), any company noun or
// organisation word in lower case (or opening its sentence) describes
// (describesHead; "Tories Ken Clarke" is no company). first ==
// last when there is none.
func (r *Resolver) nameAfterHead(head string, k int, generic bool) (first, last int) {
	d := r.d
	if head == "" {
		return 0, 0
	}
	head = strings.ToLower(head)
	for q := k - 2; q >= 0; q-- {
		if generic && (!r.describesHead(d.Low[q], head) || layer.Capitalised(d.Toks[q].Text(d.Text)) && d.Sents[d.Sent[q]].First != q) || !generic && d.Low[q] != head {
			continue
		}
		if f, l := r.nameBeforeApposition(q); f < l {
			return f, l
		}
		if d.Toks[q+1].Kind != token.Word || !layer.Capitalised(d.Toks[q+1].Text(d.Text)) {
			continue
		}
		e := q + 1
		for e < k && e-q <= 5 && d.Toks[e].Kind == token.Word && layer.Capitalised(d.Toks[e].Text(d.Text)) && d.Line[e] == d.Line[q] && d.Sent[e] == d.Sent[q] {
			e++
		}
		if !r.mentions.IsTitle(d.Low[q+1]) || e-q > 2 {
			return q + 1, e
		}
	}
	return 0, 0
}

// describesHead reports whether the lower-case word w describes what a
// description with head head names: head itself, or, head being a
// generic company noun (company-nouns.tsv: "firm"), a company noun or an
// organisation word ("group James Hardie", "bookmaker Ada Hill").
func (r *Resolver) describesHead(w, head string) bool {
	if w == head {
		return true
	}
	return r.companies.Field(head, 0) == "generic" && (r.companies.Has(w) || r.mentions.IsOrganizationWord(w))
}

// nameBeforeApposition returns the capitalised run (at most five words,
// in its sentence) before an apposition that the noun at token q ends
// ("Metrovias, the private firm which …", "Cairn Energy, a UK oil firm,
// …"): a comma, an article, at most five words, the noun, then no word
// but a relative pronoun; first == last when q ends no such apposition.
func (r *Resolver) nameBeforeApposition(q int) (first, last int) {
	d := r.d
	if q+1 < len(d.Toks) && d.Toks[q+1].Kind == token.Word && !layer.IsRelative(d.Low[q+1]) {
		return 0, 0
	}
	a := q - 1
	for a > 0 && q-a <= 5 && d.Sent[a] == d.Sent[q] && d.Toks[a].Kind == token.Word && !layer.IsArticle(d.Low[a]) {
		if r.possessive(a) {
			return 0, 0 // "T-Mobile USA, the company's American business": a part of it
		}
		a--
	}
	if a < 2 || !layer.IsArticle(d.Low[a]) || d.Sent[a] != d.Sent[q] || !isComma(d, a-1) {
		return 0, 0
	}
	f := a - 1
	for f > 0 && a-1-f < 5 && d.Sent[f-1] == d.Sent[q] && d.Toks[f-1].Kind == token.Word && layer.Capitalised(d.Toks[f-1].Text(d.Text)) {
		f--
	}
	if f == a-1 {
		return 0, 0
	}
	return f, a - 1
}

// properName reports whether every word of name is capitalised or joins
// the words of a name ("Bank of England"): "Tiger Woods among other
// stars" is none.
func (r *Resolver) properName(name string) bool {
	for w := range strings.FieldsSeq(name) {
		if !layer.Capitalised(w) && !r.joiners.Has(w) {
			return false
		}
	}
	return name != ""
}

// publicationNamed returns the publication a definite description of one
// at byte at ("the paper", "the newspaper") names when the text named
// none the publications table knows by its last words: the latest
// speaker before it whose name holds a publication's words inside
// ("the Financial Times Deutschland reported … the paper said"), typed
// a publication from then on; -1 when there is none.
func (r *Resolver) publicationNamed(at int) int {
	es := &r.ents
	best := -1
	for i, e := range es.list {
		if e.end > 0 && e.at < at && e.typ != claimtrail.SpeakerPerson && (best < 0 || e.at > es.list[best].at) && r.holdsPublication(e.name) {
			best = i
		}
	}
	if best >= 0 {
		es.list[best].typ = claimtrail.SpeakerPublication
	}
	return best
}

// holdsPublication reports whether two capitalised words of name in a
// row end a publication's name ("Financial Times Deutschland").
func (r *Resolver) holdsPublication(name string) bool {
	ws := strings.Fields(name)
	for i := 1; i < len(ws); i++ {
		if layer.Capitalised(ws[i-1]) && layer.Capitalised(ws[i]) && r.mentions.IsPublication(strings.ToLower(ws[i-1]), strings.ToLower(ws[i])) {
			return true
		}
	}
	return false
}

// publicationName returns the name a description of a news outlet
// gives before its head noun, written lower-case (outlet-nouns.tsv):
// "Mirror" of "The Mirror newspaper", "China Daily" of "the China Daily
// newspaper"; "" when it gives none ("the paper", "the local paper"),
// names a document ("the Gartner report": no Gartner speaks) or is a
// body's own name ("the European Medicines Agency").
func (r *Resolver) publicationName(m mention.Mention) string {
	if m.Kind != mention.Definite || m.Type != claimtrail.SpeakerPublication {
		return ""
	}
	ws := strings.Fields(m.Name)
	if len(ws) < 2 || ws[len(ws)-1] != m.Head || !r.outletNouns.Has(m.Head) {
		return ""
	}
	ws = ws[:len(ws)-1]
	if layer.IsDeterminer(ws[0]) {
		ws = ws[1:]
	}
	if len(ws) == 0 {
		return ""
	}
	for _, w := range ws {
		if !layer.Capitalised(w) {
			return ""
		}
	}
	return strings.Join(ws, " ")
}

// ownerOpeningContent returns the organisation whose possessive name
// opens the content before a description at token k in its sentence
// ("Veltron's new player, the Z5, will go on sale in March, the company
// said": Veltron, not the Z5): capitalised words, none a title or given
// name, that the tags call no place, nor a person when two or more (the
// tags call many a one-word firm a person); -1 when there is none.
func (r *Resolver) ownerOpeningContent(k int) int {
	d := r.d
	c := r.contentFirst
	if c < 0 || c >= k || d.Sent[c] != d.Sent[k] {
		return -1
	}
	j := c
	for j < k && j-c < 4 && d.Toks[j].Kind == token.Word && layer.Capitalised(d.Toks[j].Text(d.Text)) && !r.mentions.IsTitle(d.Low[j]) && !r.givenNames.Has(d.Low[j]) {
		if d.NER != nil && strings.HasSuffix(d.NERNames[d.NER[j]], "LOCATION") {
			return -1
		}
		j++
	}
	if d.NER != nil && j-c > 1 && strings.HasSuffix(d.NERNames[d.NER[c]], "PERSON") {
		return -1
	}
	if j == c || j >= k || !r.possessive(j) || r.possessorOfPerson(j) {
		return -1
	}
	return r.ents.add(entity{name: d.Text[d.Toks[c].Start:d.Toks[j-1].End], typ: claimtrail.SpeakerOrganization, at: d.Toks[c].Start, named: -1})
}
