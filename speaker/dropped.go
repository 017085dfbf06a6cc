package speaker

import (
	"slices"
	"strings"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/attrib"
	"github.com/claimtrail/claimtrail/layer"
	"github.com/claimtrail/claimtrail/mention"
	"github.com/claimtrail/claimtrail/token"
)

// Note reads the source of g, a group that makes no statement (its cue
// reports nothing: "Gervais refused to reveal the plot", "Ada Vell wrote
// the score"), into the discourse model as an antecedent: the person it
// names is the one a "he" just after most likely means ("'It was
// hard,' he said"), not a speaker named before it. Nothing is said, so
// no content is marked said and a later sourceless statement still
// continues the last speaker's. A source that reads as no one the text
// could mean (a thing, "the figures") or a description leaves the model
// as it was: only a person's name or pronoun is noted, and a body's
// proper name ("Tolvane has reported …"), which a later "the firm" or
// "it" means, never a "he" (lastFor).
func (r *Resolver) Note(g attrib.Group) {
	asContent := len(g.Sources) == 0
	if asContent {
		var ok bool
		if g, ok = r.subjectAsContent(g); !ok {
			return
		}
	}
	g.Source = nearestSource(g.Sources, g.Cue)
	if r.expletive(g) {
		return
	}
	src := r.nameBeforeRelative(r.appositiveHead(g, g.Source))
	if r.governed(src.First) {
		return
	}
	m := r.read(r.nameStart(src), r.beforeAgent(src))
	if asContent && m.Kind != mention.Proper && m.Kind != mention.Surname {
		return // a pronoun the tagger read as a content's is noted through its own antecedent only
	}
	body := r.bodyNamed(m, r.d.Toks[src.First].Start) && r.subjectOpens(src.First)
	surname := r.knownSurname(m, r.d.Toks[src.First].Start)
	if !body && !r.personNamed(m, r.d.Toks[src.First].Start) && !surname {
		return
	}
	r.readContents(g)
	last, spoke, noted := r.lastEnt, r.spokeEnt, r.notedSent
	r.kept = append(r.kept[:0], r.ents.list...)
	who := r.source(src)
	r.spokeEnt = spoke
	if body && r.properName(who.Name) && (who.Type == claimtrail.SpeakerOrganization || r.ents.list[r.lastEnt].weak && who.Type == claimtrail.SpeakerPerson) {
		// "Tolvane has reported a rise in profits. The firm said …":
		// the body is what "the firm" and "it" just after mean, not
		// "he" or "she" (lastFor)
		r.ents.notedBody, r.notedSent = r.lastEnt, noted
		e := &r.ents.list[r.lastEnt]
		e.unsaid = r.lastEnt >= len(r.kept) || r.kept[r.lastEnt].end == 0 || r.kept[r.lastEnt].unsaid // no statement of its own yet
		if e.unsaid && e.weak {
			e.typ = claimtrail.SpeakerOrganization // "Varnex saw its shares rise after it said …": a person for want of a reading
		}
		return
	}
	if body || who.Name == "" || who.Type != claimtrail.SpeakerPerson || !r.surePerson(who.Name) && !(surname && r.knownPerson(who.Name)) {
		// "He is expected to …" that resolves to a name the tags alone
		// call a person: the model stays as it was
		r.lastEnt, r.notedSent = last, noted
		r.ents.list = append(r.ents.list[:0], r.kept...)
		return
	}
	r.ents.noted, r.notedAt = r.lastEnt, r.d.Sent[src.First]
}

// notedBefore reports whether a sourceless group g in sentence sent
// goes on from the person noted since the last speaker was resolved, in
// the same sentence: by a participle ("Mr Fox responded by accusing …",
// "sent a letter saying …") or a colon ("Mr Blair told the programme:
// '…'"). A finite cue after it has a subject of its own the tagger
// missed ("Liam Fox called him …" after "His comments come").
func (r *Resolver) notedBefore(g attrib.Group, sent int32) bool {
	if r.ents.noted < 0 || r.notedAt != sent {
		return false
	}
	d, k := r.d, g.Cue.First
	return strings.HasSuffix(d.Low[k], "ing") && strings.HasPrefix(r.pos(k), "VBG") || d.Low[k] == ":"
}

// lastFor returns the entity a pronoun m prefers: the person a group
// that made no statement named last is only a person's pronoun's ("he",
// "she"); "it" and "they" still prefer the last speaker. A body such a
// group named is only "it"'s: "he" and "they" prefer the last speaker.
func (r *Resolver) lastFor(m mention.Mention) int {
	if r.lastEnt == r.ents.noted && r.lastEnt >= 0 && m.Type != claimtrail.SpeakerPerson {
		return r.spokeEnt
	}
	if r.lastEnt == r.ents.notedBody && r.lastEnt >= 0 && (m.Kind != mention.Pronoun || r.pronouns.Field(m.Pronoun, 0) != "thing") {
		return r.spokeEnt // a body that made no statement is "it", no "he" or "they"
	}
	return r.lastEnt
}

// bodyNamed reports whether m, a source of a group that makes no
// statement, may name a body by its proper name ("Tolvane Networks has
// reported a rise …", "Tolvane has reported …"): neither a person's
// name nor a description. Resolved, it must be a body's, or a one-word
// name typed person for want of any reading (Note).
func (r *Resolver) bodyNamed(m mention.Mention, at int) bool {
	switch {
	case m.Kind == mention.Surname && m.Type == claimtrail.SpeakerPerson:
		return false // "Gervais refused to reveal …"
	case m.Kind == mention.Surname:
		if full, _ := r.fullNameBefore(m.Name, at); full != "" {
			return false // "Ricky Gervais … Gervais has begun writing"
		}
	case m.Kind != mention.Proper && m.Kind != mention.Surname || m.Type == claimtrail.SpeakerGovernment || m.Type == claimtrail.SpeakerPublication || m.Type == claimtrail.SpeakerGroup:
		return false
	}
	return r.properName(m.Name) && !r.givenName(m.Name) && !r.isTitled(m.Name)
}

// subjectAsContent returns g with the run the tagger read as a
// content's first words made its source, when that run is a short
// phrase right before the cue that opens its clause ("On this subject,
// [Morris] appears almost evangelical"): the subject of a group that
// makes no statement, which a "he" after it most likely means; ok is
// false when there is none.
func (r *Resolver) subjectAsContent(g attrib.Group) (attrib.Group, bool) {
	d := r.d
	for i, c := range g.Contents {
		if c.Last != g.Cue.First || c.Last-c.First > maxSubjectWords || c.First >= c.Last {
			continue
		}
		if c.First > 0 && d.Sent[c.First-1] == d.Sent[c.First] && !isComma(d, c.First-1) {
			return g, false // "… which [he] believes": inside a clause
		}
		g.Sources = []attrib.Run{{Role: 0, First: c.First, Last: c.Last}}
		g.Contents = append(g.Contents[:i:i], g.Contents[i+1:]...)
		return g, true
	}
	return g, false
}

// maxSubjectWords is the most tokens a subject the tagger read as a
// content may have for subjectAsContent: a name, titled or described.
const maxSubjectWords = 4

// subjectOpens reports whether the source at token k opens its
// sentence as its subject: only a determiner, adjectives and nouns
// before it ("Scandal-hit supplier Tolvane Oil has offered …"), no
// verb, preposition or punctuation ("Costs in London's Docklands saw
// …").
func (r *Resolver) subjectOpens(k int) bool {
	d := r.d
	for i := d.Sents[d.Sent[k]].First; i < k; i++ {
		p := r.pos(i)
		if d.Toks[i].Kind != token.Word || !strings.HasPrefix(p, "NN") && !strings.HasPrefix(p, "JJ") && p != "DT" {
			return false
		}
	}
	return true
}

// governed reports whether the phrase at token k is the object of a
// verb or preposition before it ("pleaded with Steve Gerrard to
// reject"): a clause's subject names the one it is about, an object
// names someone else. A word opening a subordinate clause (stance-
// clauses `subordinate`) governs none: "Though Ms Ruiz never mentioned
// the mayor, she described …" names the one "she" means.
func (r *Resolver) governed(k int) bool {
	d := r.d
	if d.POS == nil || k == 0 || d.Sent[k-1] != d.Sent[k] {
		return false
	}
	if slices.Contains(strings.Split(r.clauses.Field(d.Low[k-1], 0), ","), "subordinate") {
		return false
	}
	p := r.pos(k - 1)
	return p == "IN" || p == "TO" || strings.HasPrefix(p, "VB")
}

// surePerson reports whether name is surely a person's: titled or
// opening with a given name ("Dr Fox", "Ricky Gervais"), not two people
// ("Ada Vell and Bo Lind").
func (r *Resolver) surePerson(name string) bool {
	return !strings.Contains(name, " and ") && (r.givenName(name) || r.isTitled(name))
}

// personNamed reports whether m, a mention at byte at, surely names a
// person: a pronoun of one, a name with a title or a given name ("Dr
// Fox", "Ricky Gervais"), a surname whose full name the text gave before
// so. A description's words are no name ("Mr Vell the prime minister",
// which the rules would have trimmed), and the tags' persons are often
// places, teams and prizes ("Gloucester", "Hopman Cup"): none is noted.
func (r *Resolver) personNamed(m mention.Mention, at int) bool {
	if m.Type != claimtrail.SpeakerPerson {
		return false
	}
	switch m.Kind {
	case mention.Pronoun:
		return !layer.IsRelative(m.Pronoun)
	case mention.Proper:
		return r.surePerson(m.Name)
	case mention.Surname:
		full, _ := r.fullNameBefore(m.Name, at)
		return full != "" && r.surePerson(full)
	}
	return false
}

// knownSurname reports whether m, a mention at byte at, is a surname
// whose full name before it is a known person's (knownPerson).
func (r *Resolver) knownSurname(m mention.Mention, at int) bool {
	if m.Kind != mention.Surname {
		return false
	}
	full, _ := r.fullNameBefore(m.Name, at)
	return full != "" && r.knownPerson(full)
}

// knownPerson reports whether an entity the resolver holds, or a name
// the tags call a person's so far, is a person's of the name full ("New
// Yorker Dick Morris", whose given name no table holds). Only a subject
// the tagger read as a content's (subjectAsContent) is noted on that
// evidence: a source's pronoun resolved to a name the tags alone call a
// person ("she" → "Justyna Bak", named as someone else's rival) is not.
func (r *Resolver) knownPerson(full string) bool {
	for i := range r.ents.list {
		if e := &r.ents.list[i]; e.name == full && e.typ == claimtrail.SpeakerPerson && !e.described {
			return true
		}
	}
	for i := range r.ents.occ {
		if o := &r.ents.occ[i]; o.name == full && o.typ == claimtrail.SpeakerPerson && o.personal {
			return true // named as a person's so far, by the tags ("New Yorker Dick Morris")
		}
	}
	return false
}

// nearestSource returns the source run of srcs nearest the cue: the last
// one before it, else the first after it.
func nearestSource(srcs []attrib.Run, cue attrib.Run) attrib.Run {
	best := srcs[0]
	for _, s := range srcs[1:] {
		if s.Last <= cue.First && (best.Last > cue.First || s.First > best.First) {
			best = s
		}
	}
	return best
}

// readContents marks the contents of g as what its source says, which
// names no speaker of it, and where it starts.
func (r *Resolver) readContents(g attrib.Group) {
	d, es := r.d, &r.ents
	es.content = es.content[:0]
	es.contentEnd = d.Toks[d.Sents[d.Sent[g.Cue.First]].Last-1].End
	r.contentFirst = -1
	for _, c := range g.Contents {
		if c.First < c.Last {
			es.content = append(es.content, [2]int{d.Toks[c.First].Start, d.Toks[c.Last-1].End})
			if r.contentFirst < 0 || c.First < r.contentFirst {
				r.contentFirst = c.First
			}
		}
	}
}
