package pos

import (
	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/token"
)

// Entity is a named entity found by an NER tagger.
type Entity struct {
	claimtrail.Span
	// Type is PERSON, ORGANIZATION, LOCATION or MISC.
	Type string
	// First and Last are the indexes of its first and last token.
	First, Last int
}

// Entities appends to dst the entities that BIO tags (from Tag with an NER
// tagger) mark over toks. An I- tag that does not continue an entity of
// its type starts one.
func (t *Tagger) Entities(dst []Entity, toks []token.Token, tags []uint8) []Entity {
	open := false
	for i, tg := range tags {
		if i >= len(toks) {
			break
		}
		var b uint8
		if int(tg) < t.n {
			b = t.bio[tg]
		}
		switch {
		case b == 0:
			open = false
		case b == 2 && open && dst[len(dst)-1].Type == t.etype[tg] && dst[len(dst)-1].Last == i-1:
			e := &dst[len(dst)-1]
			e.End, e.Last = toks[i].End, i
		default:
			dst = append(dst, Entity{Span: toks[i].Span, Type: t.etype[tg], First: i, Last: i})
			open = true
		}
	}
	return dst
}
