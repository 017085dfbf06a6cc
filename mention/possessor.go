package mention

import "github.com/claimtrail/claimtrail/layer"

// The possessor before a role or name: the capitalised name before a
// possessive ("Marisca 's Foreign Minister"), which may be a body's name
// holding lower-case joiners ("War on Want 's John Hilary").

// possessor returns the length of a leading run of capitalised words
// followed by a possessive ("Marisca 's", "Saltmere Harbor Board 's"), 0
// when there is none.
func possessor(ws []string) int {
	for k, w := range ws {
		switch w {
		case "'s", "’s", "'", "’":
			return k
		}
		if !layer.Capitalised(w) {
			return 0
		}
	}
	return 0
}

// joinedPossessor is possessor for a body's name that may hold lower-case
// joiners between its capitalised words ("War on Want 's", "Friends of
// the Earth 's", "Ernst and Young 's"): the whole name is the possessor,
// not the words after its last joiner. A joined possessor must own a
// name or a person's role (ownsName: "Creditors of South Korea 's top
// credit card firm" owns neither; "Transport & General Worker 's Union"
// is one name).
func (p *Parser) joinedPossessor(ws []string) int {
	if k := possessor(ws); k > 0 {
		return k
	}
	joined := false
	for k, w := range ws {
		switch w {
		case "'s", "’s", "'", "’":
			if !joined || k+1 < len(ws) && !p.ownsName(ws[k+1:]) {
				return 0
			}
			return k
		}
		if layer.Capitalised(w) && !p.IsTitle(w) {
			continue // ("Ahead of Mr Kell 's launch": a person's, no body's name)
		}
		if !nameJoinerAt(ws, k) {
			return 0
		}
		joined = true
	}
	return 0
}

// ownsName reports whether the words after a joined possessor, ws, are
// what a body's name owns: a name that is no body's own word ("Union"),
// or a person's role ("campaigner").
func (p *Parser) ownsName(ws []string) bool {
	if layer.Capitalised(ws[0]) {
		return !p.bodyLike(ws[0])
	}
	return p.personWord(ws[len(ws)-1])
}

// nameJoinerAt reports whether the lower-case word at k in ws joins the
// capitalised words of one name: a preposition, article or conjunction
// after a capitalised word (an article after a preposition), with a
// capitalised word or an article before one after it ("of the Earth").
func nameJoinerAt(ws []string, k int) bool {
	w := ws[k]
	if k == 0 || k+1 >= len(ws) || !(layer.IsPreposition(w) || layer.IsArticle(w) || joinsNames(w)) {
		return false
	}
	if !layer.Capitalised(ws[k-1]) && !layer.IsPreposition(ws[k-1]) {
		return false
	}
	return layer.Capitalised(ws[k+1]) || layer.IsArticle(ws[k+1]) && k+2 < len(ws) && layer.Capitalised(ws[k+2])
}
