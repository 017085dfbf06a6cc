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

// unreadName reports whether a proper name of two words or more is typed
// person for want of any other reading: no title, role word or given
// name in it ("Detective Inspector Ada Kell"), no person's role beside it. "Time Warner said …" and "Krispy Kreme
// said …" are such names, which the entity tags often call people; the
// evidence of the text may show they name a body (docs/design.md,
// "Speakers").
func (r *Resolver) unreadName(m mention.Mention) bool {
	if m.Kind != mention.Proper || m.Type != claimtrail.SpeakerPerson || m.ByTags || !strings.Contains(m.Name, " ") {
		return false
	}
	if m.Role != "" && !r.mentions.BodyRole(m.Role) || r.mentions.Gender(m.Name) != "" {
		return false // "Kell Vance, a lobbyist", "Mr Kell", "Ada Quill"; below, "Detective Inspector Kell Vance"
	}
	for w := range strings.FieldsSeq(m.Name) {
		if !layer.Capitalised(w) || r.mentions.IsTitle(w) || r.mentions.IsRoleWord(w) || r.givenNames.HasFold(w) {
			return false
		}
	}
	return true
}

// unreadType types a name unreadName or oneWordType leaves to evidence: a
// body when its last word is a company's or a body's (name-heads.tsv, a
// plural too: "Nortel Networks"), or when the entity tags call it an
// organisation at more of its mentions than a person ("Time Warner" in a
// headline); a person when they call it one here or anywhere; else as a
// description beside it says ("Wipro, India's … firm"), else a body when
// the statement's reported content opens referring back to it as a thing
// ("… said it would …").
// weak reports a person for want of a better reading, which "the
// company" later may correct.
func (r *Resolver) unreadType(m mention.Mention, src attrib.Run) (typ string, weak bool) {
	w := lastField(m.Name)
	switch {
	case r.nameHeads.Has(w) || r.nameHeads.Has(strings.TrimSuffix(w, "s")):
		return claimtrail.SpeakerOrganization, false
	case m.Role == "" && r.saysIt() && !r.taggedPersonAll(src, m.Name):
		// "Time Warner said that it …": what the entity tags call it
		// elsewhere, or a part of it here ("Warner"), does not weigh
		// against it
		return claimtrail.SpeakerOrganization, true
	case slices.ContainsFunc(r.ents.people, func(e entity) bool { return strings.EqualFold(e.name, m.Name) }):
		return claimtrail.SpeakerPerson, false // the tags' person, whatever role the mention read ("Time Warner" is none for "Warner" alone)
	case r.taggedOrganization(m.Name) >= 2:
		return claimtrail.SpeakerOrganization, false
	case m.Role != "" && r.mentions.BodyRole(m.Role):
		return claimtrail.SpeakerOrganization, false // "Wipro, India's third-biggest software firm,"
	case m.Role != "":
		return claimtrail.SpeakerPerson, false // "Victoria, a lobbyist for disabled rights,"
	}
	return claimtrail.SpeakerPerson, true
}

// taggedOrganization returns how many more of the mentions of name, as
// written, the entity tags mark an organisation than a person: "Time
// Warner" in a headline, "Time Warner said" where they tag "Warner"
// alone, counts one. The tags miss often ("Winston Churchill" once an
// organisation, once a place), so one such mention is evidence only
// with another.
func (r *Resolver) taggedOrganization(name string) int {
	n := 0
	for _, o := range r.ents.occ {
		if strings.EqualFold(o.name, name) {
			if o.typ == claimtrail.SpeakerOrganization {
				n++
			} else {
				n--
			}
		}
	}
	return n
}

// saysIt reports whether the content of the statement being resolved is
// reported speech whose subject is "it" or "its …" (thing-references.tsv),
// maybe after "that": "Yukos claimed it would …", "X said its sales
// rose". "it" as an object ("called it a success", "claiming it as the
// ball …") says nothing of the speaker, and a speaker quoted, or after a
// transcript's colon, says "it" of something else.
func (r *Resolver) saysIt() bool {
	d := r.d
	c := r.contentFirst
	if c <= 0 || d.Toks[c-1].Kind != token.Word || d.Quote[c] >= 0 {
		return false
	}
	if layer.IsComplementizer(d.Low[c]) && c+1 < len(d.Toks) {
		c++ // "… that it would close the plant"
	}
	if !r.thingRefs.Has(d.Low[c]) {
		return false
	}
	if !layer.IsEmptySubject(d.Low[c]) {
		return true // "its sales", "its early decision on … was": no bare "it"
	}
	for k := c + 1; k < len(d.Toks) && k <= c+3 && d.Sent[k] == d.Sent[c] && d.Toks[k].Kind == token.Word; k++ {
		if r.finite(k) {
			return true // "it would", "it now owns"
		}
		if !strings.HasPrefix(r.pos(k), "RB") {
			return false
		}
	}
	return false
}

func lastField(name string) string {
	return strings.ToLower(name[strings.LastIndexByte(name, ' ')+1:])
}

// countWords is len(strings.Fields(s)), without the slice.
func countWords(s string) int {
	n := 0
	for range strings.FieldsSeq(s) {
		n++
	}
	return n
}

// taggedPersonAll reports whether the entity tags mark every word of the
// name at src a person (as they do most pairs of capitalised words before
// "said"; "Time Warner" with "Warner" alone tagged is none).
func (r *Resolver) taggedPersonAll(src attrib.Run, name string) bool {
	d, n := r.d, 0
	for k := src.First; k < src.Last && d.NER != nil; k++ {
		if strings.HasSuffix(d.NERNames[d.NER[k]], "PERSON") {
			n++
		}
	}
	return n > 0 && n >= countWords(name)
}

// bodyName reports whether a name of two words or more typed person ends
// in a company's or body's word (name-heads.tsv, a plural too: "Nortel
// Networks", "Lycos Europe") and holds no title, role word or given name:
// the full name a one-word mention resolved to, which the entity tags
// called a person.
func (r *Resolver) bodyName(name string) bool {
	n, last := 0, ""
	for w := range strings.FieldsSeq(name) {
		if !layer.Capitalised(w) || r.mentions.IsTitle(w) || r.mentions.IsRoleWord(w) || r.givenNames.HasFold(w) {
			return false
		}
		n, last = n+1, w
	}
	if n < 2 {
		return false
	}
	w := strings.ToLower(last)
	return r.nameHeads.Has(w) || r.nameHeads.Has(strings.TrimSuffix(w, "s"))
}

// opensBodyName reports whether the one-word name w opens a name the
// entity tags mark in the text that ends in a company's or body's word
// ("Tolvane" after "Tolvane Games").
func (r *Resolver) opensBodyName(w string) bool {
	for i := range r.ents.occ {
		if o := &r.ents.occ[i]; hasPrefixFold(o.name, w+" ") && r.bodyName(o.name) {
			return true
		}
	}
	return false
}

// namedAsBody reports whether the document names the one-word name w as
// a body's elsewhere, and nowhere as a person's: a word for an
// organisation right before one of its occurrences ("US media giant
// TimeWarner", "oil firm Yukos") or the entity tags calling more of them
// an organisation than a person ("Sony's new console"), with no title
// before any ("Mr Parry"), no full name ending in it ("Rick Parry") and
// nothing after one that follows a person (personAfter).
// The tags often call a firm opening a sentence a person. A title or
// role word ("the Bishop") and a word the text also writes in lower
// case ("The Game", a rapper, and "the game") are left as they were:
// the tags are no evidence for a common word.
func (r *Resolver) namedAsBody(w string) bool {
	if r.mentions.IsTitle(w) || r.mentions.IsRoleWord(w) {
		return false
	}
	d := r.d
	low := strings.ToLower(w)
	body, org, person := false, 0, 0
	for k, t := range d.Toks {
		if d.Low[k] == low && t.Text(d.Text) == low {
			return false
		}
		if t.Text(d.Text) != w {
			continue
		}
		if k > 0 && r.mentions.IsTitle(d.Toks[k-1].Text(d.Text)) || r.personAfter(k) {
			return false
		}
		body = body || k > 0 && r.mentions.IsOrganizationWord(d.Low[k-1])
		if d.NER != nil {
			switch tag := d.NERNames[d.NER[k]]; {
			case strings.HasSuffix(tag, "ORGANIZATION"):
				org++
			case strings.HasSuffix(tag, "PERSON"):
				person++
			}
		}
	}
	if !body && org <= person {
		return false
	}
	_, fulls := r.fullNameBetween(w, 1, len(d.Text))
	return fulls == 0
}

// personAfter reports whether what follows the one-word name at token k
// marks a person's or an office's: a preposition inside a name ("the
// Bishop of Durham") or a relative that may mean a person after a comma
// ("The Game, who has …"; "which" means none).
func (r *Resolver) personAfter(k int) bool {
	d := r.d
	if k+1 < len(d.Toks) && layer.IsNamePreposition(d.Low[k+1]) {
		return true
	}
	return k+2 < len(d.Toks) && d.Toks[k+1].Text(d.Text) == "," && layer.IsRelative(d.Low[k+2]) && r.pronouns.Field(d.Low[k+2], 0) != "thing"
}
