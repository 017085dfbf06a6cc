package trace

import (
	"context"
	"slices"
	"strings"
	"sync"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/lang"
	"github.com/claimtrail/claimtrail/match"
)

// A statement that does not name the claim's key name may take it from
// its article's lead when it points back ("he", "the bid"): the lead's
// first keySentences sentences (after the title), read in the first
// keyLeadBytes of the text, at most keyLeads articles per trace read for
// it. The name so borrowed counts keyLeadStrength.
const (
	keySentences    = 3
	keyLeadBytes    = 2000
	keyLeads        = 40
	keyLeadStrength = 0.75
)

// restRelated is the least weighted share of the rest of the claim (all
// but its key name) a statement must match: naming Blair is not saying
// anything about his calling an election.
const restRelated = 0.65

// restShare is the weighted share of the claim's items but the key name
// and the subject items (subj) that strengths hold.
func (cw *claimWeights) restShare(strengths []float64, subj []int) float64 {
	got, total := 0.0, 0.0
	for g, s := range strengths {
		if g < len(cw.w) && g != cw.key && !slices.Contains(subj, g) {
			got += cw.w[g] * s
			total += cw.w[g]
		}
	}
	if total == 0 {
		return 1
	}
	return got / total
}

// holdsConcepts reports whether strengths hold every concept of the claim
// (its synonym sets: "rate" and "rise" of "UK interest rates will
// rise"), at least in part — a broader or narrower concept, the opposite
// direction ("rates will be cut") — whatever their weight: a concept is
// what the claim says of its names, however common its words, and "15 %
// interest rates" in a speech about the past says nothing of a rise.
func holdsConcepts(c *match.Claim, strengths []float64) bool {
	for i, it := range c.Items {
		if it.Kind == match.Concept && i < len(strengths) && strengths[i] == 0 {
			return false
		}
	}
	return true
}

// predicatelessMatch is the least weighted share of the claim a
// statement without its predicate (nor a paraphrase or opposite of it)
// must match: one naming every other item may say the predicate in words
// the matcher does not know, but "the hunting ban" in a row about its
// policing says nothing of the ban being overturned, and such rows match
// little more than the claim's names and nouns.
const predicatelessMatch = 0.65

// keyLeadReader reads whether articles' leads name the claim's key name, each
// article once.
type keyLeadReader struct {
	t     *Tracer
	c     *match.Claim
	texts map[int64]string // the text windows of the related articles
	leads map[int64]string // the leads read
	// plainLeads are the leads with the outlets others spoke to blanked
	// (venueFree), read for an article whose lead holds an item
	plainLeads map[int64]string
	// venueSts are the statements of the related articles, read in one
	// query the first time a lead is blanked (venueFree); venueRead
	// says the query ran and holds every one of them
	venueSts  map[int64][]*claimtrail.StoredStatement
	venueRead bool
	bodies    map[int64]string // the texts the leads were cut from
	holds     map[leadItem]bool
	fetched   int
}

// leadItem is a claim item asked of an article's lead.
type leadItem struct {
	article int64
	item    int
}

// requireKey drops the statements that do not hold the claim's key name
// (its rarest name: "Glazer" in "Glazer will take over Manchester
// United"), in their content or speaker, or — for a statement that
// points back — in their article's title or lead, where the name counts
// keyLeadStrength towards its match: a statement that only names
// "Manchester United" is about something else unless its article is
// about Glazer and the statement speaks of "him" or "the bid". The
// claim's subject items (subjectItems) are held the same way, and a
// statement without the claim's predicate must match predicatelessMatch.
func (t *Tracer) requireKey(ctx context.Context, c *match.Claim, cw *claimWeights, sc *scoring, related []relatedArticle) error {
	if cw == nil {
		return nil
	}
	subj := t.subjectItems(c)
	kr := &keyLeadReader{t: t, c: c, texts: map[int64]string{}, holds: map[leadItem]bool{}, leads: map[int64]string{},
		plainLeads: map[int64]string{}, bodies: map[int64]string{}}
	for _, ra := range related {
		kr.texts[ra.ID] = ra.Text
	}
	pred := predicate(c)
	for id, s := range sc.scored {
		if len(s.Strengths) != len(c.Items) {
			continue
		}
		if cw.key >= 0 || len(subj) > 0 {
			if ok, err := kr.keepWithKey(ctx, s, cw, subj); err != nil || !ok {
				delete(sc.scored, id)
				if err != nil {
					return err
				}
				continue
			}
		}
		// Asked after the key and subject, which a statement may take
		// from its article's lead.
		if !s.Reference && !cw.flat && pred >= 0 && s.Strengths[pred] == 0 && cw.share(s.Strengths) < predicatelessMatch {
			delete(sc.scored, id)
		}
	}
	return nil
}

// keepWithKey reports whether a statement about a claim with a key name
// or subject items stays: see requireKey.
func (kr *keyLeadReader) keepWithKey(ctx context.Context, s *scoredStatement, cw *claimWeights, subj []int) (bool, error) {
	// A statement that only points back ("denied the claims") is about
	// what its article is about: an article about the claim.
	if _, about := kr.texts[s.st.ArticleID]; s.Reference && !about && !cw.flat {
		return false, nil
	}
	if err := kr.subjectFromLead(ctx, s, cw); err != nil {
		return false, err
	}
	if !s.Reference && !cw.flat && (cw.restShare(s.Strengths, subj) < restRelated || !holdsConcepts(kr.c, s.Strengths)) {
		return false, nil
	}
	return kr.holdsAll(ctx, s, cw, subj)
}

// subjectFromLead lets a statement that names the claim's subject only
// by its head noun after "the" or "this" (match.Score.SubjectByReference:
// "this ban will be lifted" for "The arms embargo on China will be
// lifted") point back: the subject's items it lacks count
// keyLeadStrength when its article's title or lead names them outright,
// as a pronoun's would (holdsAll).
func (kr *keyLeadReader) subjectFromLead(ctx context.Context, s *scoredStatement, cw *claimWeights) error {
	pred := predicate(kr.c)
	if s.Reference || cw.flat || !s.SubjectByReference(kr.c, pred) {
		return nil
	}
	s.PointsBack = true
	borrowed := false
	for g := range kr.c.Items {
		if kr.c.AfterAuxiliary(g) {
			break
		}
		if s.Strengths[g] > 0 {
			continue
		}
		ok, err := kr.leadHolds(ctx, s.st, g)
		if err != nil {
			return err
		}
		// Only an item the lead names outright: a loose partial match
		// ("terror" in a lead about abortion) gives the noun no referent.
		if ok && kr.t.scoreText(kr.c, kr.leadRead(s.st.ArticleID)).Strengths[g] >= 1 {
			s.Strengths[g] = keyLeadStrength
			borrowed = true
		}
	}
	if borrowed {
		s.Value = max(s.Value, s.kept*cw.statementShare(s.Score))
	}
	return nil
}

// holdsAll reports whether a statement holds the claim's key name and
// one of its subject items (subj), in its content or speaker or, when it
// points back, in its article's lead; an item held by the lead counts
// keyLeadStrength.
func (kr *keyLeadReader) holdsAll(ctx context.Context, s *scoredStatement, cw *claimWeights, subj []int) (bool, error) {
	borrowed := false
	for _, need := range [][]int{{cw.key}, subj} {
		if len(need) == 0 || need[0] < 0 || slices.ContainsFunc(need, func(g int) bool { return s.Strengths[g] > 0 }) {
			continue
		}
		if !s.PointsBack && !s.Reference {
			return false, nil
		}
		held := -1
		for _, g := range need {
			ok, err := kr.leadHolds(ctx, s.st, g)
			if err != nil {
				return false, err
			}
			if ok {
				held = g
				break
			}
		}
		if held < 0 {
			return false, nil
		}
		s.Strengths[held] = keyLeadStrength
		borrowed = true
	}
	if borrowed {
		s.Value = max(s.Value, s.kept*cw.statementShare(s.Score))
	}
	return true, nil
}

// leadHolds reports whether the title or lead of a statement's article
// names the claim's item g; false past keyLeads articles read.
func (kr *keyLeadReader) leadHolds(ctx context.Context, st *claimtrail.StoredStatement, g int) (bool, error) {
	li := leadItem{st.ArticleID, g}
	if h, ok := kr.holds[li]; ok {
		return h, nil
	}
	lead, ok := kr.leads[st.ArticleID]
	if !ok {
		text, ok := kr.texts[st.ArticleID]
		if !ok {
			if kr.fetched >= keyLeads {
				return false, nil
			}
			kr.fetched++
			a, err := kr.t.store.FindArticleByID(ctx, st.ArticleID)
			if claimtrail.ErrorCode(err) == claimtrail.ENOTFOUND {
				kr.holds[li] = false
				return false, nil
			}
			if err != nil {
				return false, err
			}
			text = a.Text
		}
		lead = leadOf(st.Title, text)
		kr.leads[st.ArticleID] = lead
		kr.bodies[st.ArticleID] = text
	}
	sc := kr.t.scoreText(kr.c, lead)
	h := len(sc.Strengths) > g && sc.Strengths[g] > 0
	if h {
		// held: but a name the lead holds only as the outlet someone
		// spoke to ("told BBC Radio Five Live") is no referent
		plain, err := kr.venueFree(ctx, st, kr.bodies[st.ArticleID])
		if err != nil {
			return false, err
		}
		if plain != lead {
			sc = kr.t.scoreText(kr.c, plain)
			h = len(sc.Strengths) > g && sc.Strengths[g] > 0
		}
	}
	kr.holds[li] = h
	return h, nil
}

// leadRead is the lead read of an article: with the outlets others spoke
// to blanked when leadHolds read it so.
func (kr *keyLeadReader) leadRead(article int64) string {
	if plain, ok := kr.plainLeads[article]; ok {
		return plain
	}
	return kr.leads[article]
}

// leadOf returns an article's title and the first keySentences sentences
// of its text (one more: the text may begin with its title).
func leadOf(title, text string) string {
	lead := title
	for i, s := range sentences(window(text, keyLeadBytes)) {
		if i == keySentences+1 {
			break
		}
		lead += "\n" + s
	}
	return lead
}

// maxKeys bounds the names tried in turn as the key name.
const maxKeys = 3

// collect scores the candidates and the statements of the articles about
// the claim, with cw's key name required. When that key leaves nothing —
// no article about the claim, no statement matching — the next rarest
// name is the key and the former one weighs nothing: the rarest may be
// a spelling the store barely holds ("Yuganskneftegaz" in 4 articles,
// "Yuganskneftegas" in 12).
func (t *Tracer) collect(ctx context.Context, c *match.Claim, groups [][]string, cands []*claimtrail.StoredStatement,
	cw *claimWeights, minMatch float64, opt claimtrail.TraceOptions) (*scoring, []relatedArticle, error) {
	var keys []int
	if cw != nil {
		keys = keyNames(c, cw.keyWeights())
	}
	for k := 0; ; k++ {
		if k > 0 {
			cw = cw.without(keys[k-1], keys[k])
		}
		sc, related, err := t.collectWith(ctx, c, groups, cands, cw, minMatch, opt)
		if err != nil || len(related) > 0 || sc.matching(minMatch) || k+1 >= min(len(keys), maxKeys) {
			return sc, related, err
		}
	}
}

// collectWith is collect with one key name (cw's).
func (t *Tracer) collectWith(ctx context.Context, c *match.Claim, groups [][]string, cands []*claimtrail.StoredStatement,
	cw *claimWeights, minMatch float64, opt claimtrail.TraceOptions) (*scoring, []relatedArticle, error) {
	related, deep, err := t.relatedArticles(ctx, c, groups, cw, opt)
	if err != nil {
		return nil, nil, err
	}
	sc := t.scoreCandidates(c, cw, cands, minMatch)
	sc.deep = deep
	sc.addRelated(related)
	if err := t.scoreArticles(ctx, c, sc, opt); err != nil {
		return nil, nil, err
	}
	sc.borrow(minMatch, related)
	if err := t.requireKey(ctx, c, cw, sc, related); err != nil {
		return nil, nil, err
	}
	if _, ok := t.store.(claimtrail.ArticleSearcher); ok {
		sc.dropNameless(c, related)
	}
	return sc, related, nil
}

// matching reports whether a statement matches at least minMatch.
func (sc *scoring) matching(minMatch float64) bool {
	for _, s := range sc.scored {
		if s.Value >= minMatch {
			return true
		}
	}
	return false
}

// keyNames returns the claim's names the store holds, heaviest (rarest)
// first: keyName's candidates in turn.
func keyNames(c *match.Claim, w []float64) []int {
	var out []int
	for g := range w {
		if w[g] > 0 && c.Name(g) && !c.GivenName(g) {
			out = append(out, g)
		}
	}
	slices.SortStableFunc(out, func(a, b int) int {
		switch {
		case w[a] > w[b]:
			return -1
		case w[a] < w[b]:
			return 1
		}
		return 0
	})
	return out
}

// without returns the weights with group drop weighing nothing and key
// as the key name.
func (cw *claimWeights) without(drop, key int) *claimWeights {
	next := *cw
	next.w = slices.Clone(cw.w)
	next.total -= next.w[drop]
	next.w[drop] = 0
	next.key = key
	return &next
}

// subjectItems returns the items of the claim's grammatical subject a
// statement about it must hold one of, however common their words are in
// the store: the names before its auxiliary ("Labour", "BBC" of "The BBC
// will cut jobs": every article of a broadcaster's own site may name it,
// which makes it no key name, and other firms' job cuts are no evidence),
// or, for a subject that opens with a determiner ("The government will
// cut jobs"), its last word. A bare common noun is generic ("Prices
// will rise") and asks nothing; a bare compound asks one of its
// modifiers ("oil" of "Oil prices will rise"). None for a claim without an auxiliary,
// whose subject is not marked off.
func (t *Tracer) subjectItems(c *match.Claim) []int {
	if !slices.ContainsFunc(c.Items, func(it match.Item) bool { return c.AfterAuxiliary(itemIndex(c, it)) }) {
		return nil
	}
	var names, words []int
	for i, it := range c.Items {
		if c.AfterAuxiliary(i) {
			break
		}
		switch {
		case it.Kind == match.Entity && (c.Name(i) || c.NamesAreCapitalised()) && !c.GivenName(i):
			names = append(names, i)
		case it.Kind != match.Entity:
			words = append(words, i)
		}
	}
	if len(names) > 0 || len(words) == 0 {
		return names
	}
	if !determiners(t.opt.Lang)[firstWord(c.Text)] {
		// A bare subject is generic, but its modifiers say what kind:
		// "house price growth" is no evidence that oil prices will rise.
		return words[:len(words)-1]
	}
	return words[len(words)-1:]
}

// itemIndex is the index of item it among the claim's items.
func itemIndex(c *match.Claim, it match.Item) int {
	return slices.IndexFunc(c.Items, func(x match.Item) bool { return x.W0 == it.W0 })
}

// firstWord is a text's first word, in lower case.
func firstWord(text string) string {
	f := strings.Fields(text)
	if len(f) == 0 {
		return ""
	}
	return strings.ToLower(f[0])
}

// determinerSets holds, per language, the words the match-grammar table
// marks determiners ("the", "its"): they open a subject that names one
// thing.
var determinerSets sync.Map

// determiners returns the determiners of language code (none if its
// table cannot be read: then no common-noun subject is required).
func determiners(code string) map[string]bool {
	if d, ok := determinerSets.Load(code); ok {
		return d.(map[string]bool)
	}
	d := map[string]bool{}
	if t, err := lang.Load(code, "match-grammar"); err == nil {
		for w := range t.Rows {
			if slices.Contains(strings.Split(t.Field(w, 0), ","), "determiner") {
				d[w] = true
			}
		}
	}
	determinerSets.Store(code, d)
	return d
}
