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
// airline said"), else the one who spoke says (organizationBySpeaker);
// -1 when there is none.
func (r *Resolver) organizationNamed(m mention.Mention, k int) int {
	d, es := r.d, &r.ents
	if f, l := r.nameAfterHead(m.Head, k); f < l {
		i := es.add(entity{name: d.Text[d.Toks[f].Start:d.Toks[l-1].End], typ: claimtrail.SpeakerOrganization, at: d.Toks[f].Start, named: -1})
		if e := &es.list[i]; e.typ == claimtrail.SpeakerPerson && e.end == 0 {
			e.typ = claimtrail.SpeakerOrganization // the tags' person, never a speaker: "airline Ryanair"
		}
		return i
	}
	return r.organizationBySpeaker(k)
}

// organizationBySpeaker returns the organisation a description at token
// k names by who spoke: the latest organisation that spoke, by name, in
// its sentence or the five before — or a speaker typed person there for
// want of a reading, now the organisation — else the latest organisation
// that spoke by name anywhere before; -1 when there is none.
func (r *Resolver) organizationBySpeaker(k int) int {
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
		return body
	}
	es.list[best].typ, es.list[best].weak = claimtrail.SpeakerOrganization, false // "Krispy Kreme said … the firm warned"
	return best
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
// before token k that follows the word head ("airline Lufthansa",
// "drugmaker Dr Reddy's"), at most five and within its line; first ==
// last when there is none.
func (r *Resolver) nameAfterHead(head string, k int) (first, last int) {
	d := r.d
	if head == "" {
		return 0, 0
	}
	for q := k - 2; q >= 0; q-- {
		if d.Low[q] != strings.ToLower(head) || d.Toks[q+1].Kind != token.Word || !layer.Capitalised(d.Toks[q+1].Text(d.Text)) {
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
