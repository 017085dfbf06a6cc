package trace

import (
	"context"
	"strings"

	"github.com/claimtrail/claimtrail"
)

// A name that a text holds only as where or to whom another spoke ("Weir
// told BBC Radio Five Live: …", "he told the BBC Today programme") is the
// outlet that carried the words, not what they are about: a lead that
// names the BBC so gives a pronoun in the article no referent for a claim
// about the BBC, and a source that "told Reuters" says nothing of
// Reuters. The extractor marks these mentions (a statement's addressee,
// its channel's venue); the tracer reads a lead with them blanked out.

// venueStatements bounds the statements of one article read for their
// addressees and venues.
const venueStatements = 200

// blankVenues returns text with the addressee and channel venue of each
// statement blanked (spaces, so offsets hold) where they occur inside the
// statement's span or the rest of its sentence (a quotation's span may
// end before its tag: "…," he told the BBC Today programme): "Weir told
// BBC Radio Five Live: …" keeps "Weir told" and the colon, the outlet's
// name turned to spaces. A mention elsewhere, or a span past the text,
// is left as is.
func blankVenues(text string, sts []*claimtrail.StoredStatement) string {
	var b []byte
	for _, st := range sts {
		for _, name := range []string{st.Addressee, st.Channel.Venue} {
			lo, hi := st.Span.Start, sentenceEnd(text, st.Span.End)
			if strings.TrimSpace(name) == "" || lo < 0 || hi > len(text) || lo >= hi {
				continue
			}
			i := strings.Index(text[lo:hi], name)
			if i < 0 {
				continue
			}
			if b == nil {
				b = []byte(text)
			}
			for k := lo + i; k < lo+i+len(name); k++ {
				b[k] = ' '
			}
		}
	}
	if b == nil {
		return text
	}
	return string(b)
}

// venueFree returns the article's lead (leadOf) with its statements'
// addressees and venues blanked: the article's statements are read from
// the store once per article.
func (kr *keyLeadReader) venueFree(ctx context.Context, st *claimtrail.StoredStatement, text string) (string, error) {
	if lead, ok := kr.plainLeads[st.ArticleID]; ok {
		return lead, nil
	}
	id := st.ArticleID
	if kr.t.store == nil { // a tracer over texts alone: no statements to ask
		kr.plainLeads[id] = leadOf(st.Title, text)
		return kr.plainLeads[id], nil
	}
	sts, err := kr.statementsOf(ctx, id)
	if err != nil {
		return "", err
	}
	lead := leadOf(st.Title, blankVenues(window(text, keyLeadBytes), sts))
	kr.plainLeads[id] = lead
	return lead, nil
}

// venueReach bounds how far past a statement's span its tag may run.
const venueReach = 160

// sentenceEnd is the end of the sentence (a full stop before a space, a
// line end) that runs on at end, at most venueReach bytes on; end itself
// when end is past the text.
func sentenceEnd(text string, end int) int {
	if end < 0 || end >= len(text) {
		return end
	}
	lim := min(len(text), end+venueReach)
	for i := end; i < lim; i++ {
		if text[i] == '\n' || text[i] == '.' && (i+1 == len(text) || text[i+1] == ' ') {
			return i
		}
	}
	return lim
}

// statementsOf returns the stored statements of article id (at most
// venueStatements): from one query over every related article, made the
// first time, when the article is one of them and the query held them
// all; else from a query of its own.
func (kr *keyLeadReader) statementsOf(ctx context.Context, id int64) ([]*claimtrail.StoredStatement, error) {
	if _, related := kr.texts[id]; related && kr.venueSts == nil {
		kr.venueSts = map[int64][]*claimtrail.StoredStatement{}
		ids := make([]int64, 0, len(kr.texts))
		for a := range kr.texts {
			ids = append(ids, a)
		}
		sts, _, err := kr.t.store.FindStatements(ctx, claimtrail.StatementFilter{ArticleIDs: ids, Latest: true, SkipTotal: true, Limit: articleStatements})
		if err != nil {
			return nil, err
		}
		for _, st := range sts {
			if len(kr.venueSts[st.ArticleID]) < venueStatements {
				kr.venueSts[st.ArticleID] = append(kr.venueSts[st.ArticleID], st)
			}
		}
		kr.venueRead = len(sts) < articleStatements // else some may be missing
	}
	if _, related := kr.texts[id]; related && kr.venueRead {
		return kr.venueSts[id], nil
	}
	sts, _, err := kr.t.store.FindStatements(ctx, claimtrail.StatementFilter{ArticleID: &id, Latest: true, SkipTotal: true, Limit: venueStatements})
	return sts, err
}
