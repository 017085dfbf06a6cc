package mention

import (
	"strings"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/layer"
	"github.com/claimtrail/claimtrail/token"
)

// roleAsSurname reads a mention that is a role word only ("King", "Tote
// King") as a surname when the text names a person with that word last:
// the entity tags run a person's name from a first name that is no
// title or role word into it ("also known as Jason King … says King,
// 30"). A strict reader counts role "King" for Jason King a wrong
// speaker; "the King" or a king the text names no one as stays a role.
func (p *Parser) roleAsSurname(d *layer.Doc, first, last int, m *Mention) {
	if d.NER == nil || m.Role == "" || m.Role != m.Name || last <= first || last > len(d.Toks) {
		return
	}
	word := d.Toks[last-1].Text(d.Text)
	if !layer.Capitalised(word) || !p.isRoleWord(word) || strings.ContainsRune(m.Name, ' ') && !p.personRun(d, first, last) {
		return
	}
	if !p.namedWithFirstName(d, word) {
		return
	}
	m.Role = ""
	if strings.ContainsRune(m.Name, ' ') {
		m.Kind, m.Type = Proper, claimtrail.SpeakerPerson // "Tote King": the whole name
		return
	}
	m.Kind, m.Type = Surname, claimtrail.SpeakerUnknown // "King": whose surname the resolver finds
}

// personRun reports whether the entity tags mark tokens [first, last) as
// one person's name.
func (p *Parser) personRun(d *layer.Doc, first, last int) bool {
	for k := first; k < last; k++ {
		tag := d.NERNames[d.NER[k]]
		if entityClass(tag) != 'P' || (k == first) != (tag[0] == 'B') {
			return false
		}
	}
	return true
}

// namedWithFirstName reports whether the text writes word as the last
// of a person's name the entity tags open with a first name: a
// capitalised word right before it, no title, role or opener.
func (p *Parser) namedWithFirstName(d *layer.Doc, word string) bool {
	for k := 1; k < len(d.Toks); k++ {
		f := k - 1
		if d.Toks[k].Text(d.Text) != word || d.Toks[f].Kind != token.Word || d.Toks[f].End+1 != d.Toks[k].Start {
			continue
		}
		if d.NERNames[d.NER[f]][0] != 'B' || entityClass(d.NERNames[d.NER[f]]) != 'P' || entityClass(d.NERNames[d.NER[k]]) != 'P' {
			continue
		}
		lw := d.Low[f]
		if layer.Capitalised(d.Toks[f].Text(d.Text)) && !p.isRoleWord(lw) && !p.IsTitle(lw) && !p.IsOpener(lw) && !p.demonyms.Has(lw) {
			return true
		}
	}
	return false
}
