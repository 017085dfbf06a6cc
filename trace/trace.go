// Package trace answers the question claimtrail exists for: given a claim
// in plain words, which stored statements are about it, who asserts and who
// denies it, in what order they were said, who cites whom, where the corpus
// says the claim came from (and whether its own dates contradict that), and
// which dates outlets disagree on.
//
// Retrieval is the store's full-text search over the claim's concept groups
// (package match: every alias, synonym, narrower and broader concept), at
// least two groups of a longer claim required; then every candidate is
// scored by match, the articles of the best ones are read whole so that
// "denied the claims" counts where its article is about the claim, stances
// come from package stance, and origin stories are read from the articles'
// own sentences. When the store ranks articles (claimtrail.ArticleSearcher),
// the articles about the claim are found by full text too, weighed by
// inverse document frequency (article.go), and an article about the claim
// whose statements do not match speaks in its own voice (form narration).
package trace

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/match"
	"github.com/claimtrail/claimtrail/stance"
	"github.com/claimtrail/claimtrail/timex"
)

// Options configure a Tracer. Zero fields take the defaults.
type Options struct {
	Lang string // language of claims and statements; default "en"
	// Candidates caps the statements retrieved by full text (default 1500).
	Candidates int
	// Articles caps the articles read whole for context and origin
	// stories (default 30).
	Articles int
	// MinMatch is the default threshold of a statement's match (0.5).
	MinMatch float64
	// Limit is the default cap on returned statements (1000).
	Limit int
}

// Tracer traces claims over a store. It is safe for concurrent use.
type Tracer struct {
	store   claimtrail.Store
	opt     Options
	matcher *match.Matcher
	stance  *stance.Classifier
	origins *originReader
	bodies  *BodyReader
	scores  *textScores // one trace's memo (withScores); nil in New's
	// defining holds one trace's articles that write a name of the
	// claim and its short initials (definingArticles).
	defining map[int64]bool
	// shortOK is shortOKOf with its short initials admitted, made once.
	shortOK, shortOKOf *match.Claim
	// codenamed holds, per article giving a name of codenamedOf a codename,
	// the claim read with it (codenameArticles).
	codenamed   map[int64]*match.Claim
	codenamedOf *match.Claim
	// cues is the cue lexicon; act: one trace's claim is a speech act
	// (act.go), its statements scored with their cues; actWord: the
	// claim's act when it is a denial, which any denial cue performs
	// (actCues.denialAct).
	cues    actCues
	act     bool
	actWord string
}

var _ claimtrail.Tracer = (*Tracer)(nil)

// New returns a Tracer over st.
func New(st claimtrail.Store, opt Options) (*Tracer, error) {
	if opt.Lang == "" {
		opt.Lang = "en"
	}
	if opt.Candidates <= 0 {
		opt.Candidates = 1500
	}
	if opt.Articles <= 0 {
		opt.Articles = 30
	}
	if opt.MinMatch <= 0 {
		opt.MinMatch = 0.5
	}
	if opt.Limit <= 0 {
		opt.Limit = 1000
	}
	m, err := match.New(opt.Lang)
	if err != nil {
		return nil, err
	}
	sc, err := stance.New(opt.Lang)
	if err != nil {
		return nil, err
	}
	tx, err := timex.New(opt.Lang)
	if err != nil {
		return nil, err
	}
	or, err := newOriginReader(opt.Lang, m, tx)
	if err != nil {
		return nil, err
	}
	br, err := NewBodyReader(opt.Lang, m)
	if err != nil {
		return nil, err
	}
	cues, err := newActCues(opt.Lang)
	if err != nil {
		return nil, err
	}
	return &Tracer{store: st, opt: opt, matcher: m, stance: sc, origins: or, bodies: br, cues: cues}, nil
}

// speakerShare weighs, for a statement that matches the claim in part, the
// best match of its speaker's other statements in the same article: the
// foreign minister's "we are not supporting either side" is about the
// claim his other answers name outright.
const (
	speakerShare   = 0.5
	speakerPartial = 0.3 // the least own match that may borrow
)

// referenceShare is the share of its article's match that a statement
// pointing back at the claim ("denied the claims") takes.
const referenceShare = 0.85

// Trace traces claim. An empty claim is EINVALID.
func (t *Tracer) Trace(ctx context.Context, claim string, opt claimtrail.TraceOptions) (*claimtrail.Trace, error) {
	claim = strings.TrimSpace(claim)
	if claim == "" {
		return nil, &claimtrail.Error{Code: claimtrail.EINVALID, Message: "trace: empty claim"}
	}
	minMatch, limit := t.opt.MinMatch, t.opt.Limit
	if opt.MinMatch > 0 {
		minMatch = opt.MinMatch
	}
	if opt.Limit > 0 {
		limit = opt.Limit
	}
	out := &claimtrail.Trace{Claim: claim, Statements: []claimtrail.TracedStatement{},
		Origins: []claimtrail.OriginStory{}, DateConflicts: []claimtrail.DateConflict{}, Citations: []claimtrail.Citation{},
		Articles: []claimtrail.TracedArticle{}}
	c := t.matcher.Claim(claim)
	t = t.withScores(c)
	groups := c.Groups()
	if len(groups) == 0 {
		return out, nil
	}
	var err error
	if t.defining, err = t.definingArticles(ctx, c, groups, opt); err != nil {
		return nil, fmt.Errorf("trace: %w", err)
	}
	t.shortOK, t.shortOKOf = c.AbbreviationsOK(), c
	if t.codenamed, err = t.codenameArticles(ctx, c, groups, opt); err != nil {
		return nil, fmt.Errorf("trace: %w", err)
	}
	t.codenamedOf = c
	t.act = t.cues.speechAct(c)
	t.actWord = t.cues.denialAct(c)
	cands, err := t.retrieve(ctx, groups, opt)
	if err != nil {
		return nil, fmt.Errorf("trace: %w", err)
	}
	cw, err := t.weigh(ctx, c, groups)
	if err != nil {
		return nil, fmt.Errorf("trace: %w", err)
	}
	sc, related, err := t.collect(ctx, c, groups, cands, cw, minMatch, opt)
	if err != nil {
		return nil, fmt.Errorf("trace: %w", err)
	}
	attributed := t.traced(claim, sc.scored, minMatch, limit)
	key := -1 // the claim's key name, as the statements were held to it
	if cw != nil {
		key = cw.key
	}
	ac := articleCache{} // the articles read whole, once a trace
	if out.Statements, attributed, err = t.withOwnVoice(ctx, claim, c, key, sc, related, attributed, ac, limit, opt); err != nil {
		return nil, fmt.Errorf("trace: %w", err)
	}
	dup, dups, err := t.duplicates(ctx, ac, out.Statements, related)
	if err != nil {
		return nil, fmt.Errorf("trace: %w", err)
	}
	out.Statements, attributed = withoutDuplicates(out.Statements, dup), withoutDuplicates(attributed, dup)
	out.EarliestAssertion = earliest(attributed, claimtrail.Asserts)
	out.EarliestDenial = earliest(attributed, claimtrail.Denies)
	out.Citations = citations(attributed)
	out.DateConflicts = t.dateConflicts(attributed)
	origins, err := t.origins.read(ctx, t.store, c, sc.articles, attributed)
	if err != nil {
		return nil, fmt.Errorf("trace: %w", err)
	}
	out.Origins = origins
	if out.Articles, err = t.articles(ctx, claim, c, key, out.Statements, related, dups, dup, ac, !opt.NoNarration); err != nil {
		return nil, fmt.Errorf("trace: %w", err)
	}
	return out, nil
}

// scoring is a trace's statements scored against its claim, and the
// articles that matter.
type scoring struct {
	// cw weighs the claim's items by the store (nil: the matcher's
	// weights).
	cw     *claimWeights
	scored map[int64]*scoredStatement
	// docRel is an article's relevance: the best match of its statements
	// that say something of their own (no mere reference).
	docRel map[int64]float64
	// articles are the most relevant articles, best first, at most
	// Options.Articles of them: they are read whole.
	articles []int64
	// deep are the articles that hold the claim but do not state it up
	// front (relatedArticles): a later sentence of theirs may.
	deep []relatedArticle
}

// scoreCandidates scores the retrieved statements; an article is as
// relevant as its best one.
func (t *Tracer) scoreCandidates(c *match.Claim, cw *claimWeights, cands []*claimtrail.StoredStatement, minMatch float64) *scoring {
	sc := &scoring{cw: cw, scored: map[int64]*scoredStatement{}, docRel: map[int64]float64{}}
	for _, st := range cands {
		s := t.score(c, cw, st)
		sc.scored[st.ID] = s
		if !s.Reference {
			sc.docRel[st.ArticleID] = max(sc.docRel[st.ArticleID], s.Value)
		}
	}
	for id, r := range sc.docRel {
		if r >= minMatch {
			sc.articles = append(sc.articles, id)
		}
	}
	slices.SortFunc(sc.articles, func(a, b int64) int {
		if c := cmp.Compare(sc.docRel[b], sc.docRel[a]); c != 0 {
			return c
		}
		return cmp.Compare(a, b)
	})
	if len(sc.articles) > t.opt.Articles {
		sc.articles = sc.articles[:t.opt.Articles]
	}
	return sc
}

// addRelated makes the articles about the claim relevant as their
// relevance says and reads them whole, after the best of those the
// statements found (both lists are bounded).
func (sc *scoring) addRelated(related []relatedArticle) {
	for _, ra := range related {
		if !slices.Contains(sc.articles, ra.ID) {
			sc.articles = append(sc.articles, ra.ID)
		}
		sc.docRel[ra.ID] = max(sc.docRel[ra.ID], ra.relevance)
	}
}

// articleStatements caps the statements read of the relevant articles:
// one huge document must not make a trace's cost grow with its size.
const articleStatements = 5000

// dropNameless drops the statements of articles not about the claim that
// do not match every name of it the alias tables know: "interest rates
// will rise" said of the US is no evidence that UK rates will.
func (sc *scoring) dropNameless(c *match.Claim, related []relatedArticle) {
	about := map[int64]bool{}
	for _, ra := range related {
		about[ra.ID] = true
	}
	var names []string
	for i, it := range c.Items {
		if c.KnownName(i) {
			names = append(names, it.Text)
		}
	}
	for id, s := range sc.scored {
		if about[s.st.ArticleID] {
			continue
		}
		for _, n := range names {
			if !slices.Contains(s.Matched, n) {
				delete(sc.scored, id)
				break
			}
		}
	}
}

// scoreArticles scores the relevant articles' other statements, which
// full-text retrieval missed: those pointing back at the claim ("denied
// the claims") take their article's relevance.
func (t *Tracer) scoreArticles(ctx context.Context, c *match.Claim, sc *scoring, opt claimtrail.TraceOptions) error {
	if len(sc.articles) == 0 {
		return nil
	}
	rest, _, err := t.store.FindStatements(ctx, claimtrail.StatementFilter{ArticleIDs: sc.articles, Latest: true, SkipTotal: true, From: opt.From, To: opt.To, Limit: articleStatements})
	if err != nil {
		return err
	}
	for _, st := range rest {
		if sc.scored[st.ID] == nil {
			sc.scored[st.ID] = t.score(c, sc.cw, st)
		}
	}
	return nil
}

// borrow raises the match of statements that point back at the claim to
// a share of their article's relevance, and that of statements matching
// in part towards the best match of their speaker in the same article.
//
// A predicateless statement keeps predicatelessShare of its match,
// even when its speaker's other words there name the claim: "BP was
// reaping the benefits of its investment in oil exploration" from one
// who said oil prices would rise is still not about oil prices rising.
func (sc *scoring) borrow(minMatch float64, related []relatedArticle) {
	about := map[int64]bool{}
	for _, ra := range related {
		about[ra.ID] = true
	}
	type speakerKey struct {
		article int64
		name    string
	}
	speakerRel := map[speakerKey]float64{}
	for _, s := range sc.scored {
		if !s.Reference && !s.predicateless(about[s.st.ArticleID]) && s.st.Speaker.Name != "" {
			k := speakerKey{s.st.ArticleID, strings.ToLower(s.st.Speaker.Name)}
			speakerRel[k] = max(speakerRel[k], s.Value)
		}
	}
	for _, s := range sc.scored {
		best := speakerRel[speakerKey{s.st.ArticleID, strings.ToLower(s.st.Speaker.Name)}]
		switch {
		case s.Reference:
			s.Value = max(s.Value, referenceShare*sc.docRel[s.st.ArticleID])
		case s.predicateless(about[s.st.ArticleID]):
			s.Value *= predicatelessShare
		case s.Value >= speakerPartial && s.Value < minMatch && !s.Reversed && !s.unbound && best >= minMatch:
			s.Value = max(s.Value, (1-speakerShare)*s.Value+speakerShare*best)
		}
	}
}

// traced returns the statements matching at least minMatch with their
// stances, in trace order, at most limit of them.
func (t *Tracer) traced(claim string, scored map[int64]*scoredStatement, minMatch float64, limit int) []claimtrail.TracedStatement {
	out := []claimtrail.TracedStatement{}
	for _, s := range scored {
		if s.Value < minMatch {
			continue
		}
		ts := claimtrail.TracedStatement{StoredStatement: *s.st, Match: round(s.Value), Matched: s.Matched}
		ts.Stance, ts.StanceConfidence = t.stanceOf(claim, s)
		ts.StanceConfidence = round(ts.StanceConfidence)
		out = append(out, ts)
	}
	inheritStances(out, scored)
	slices.SortFunc(out, compareTraced)
	if len(out) > limit {
		out = out[:limit]
	}
	return out
}

type scoredStatement struct {
	st *claimtrail.StoredStatement
	match.Score
	// others: the share of the claim's items other than its predicate
	// that a statement missing the predicate names (othersNamed).
	others float64
	// unbound: the statement names the claim's predicate only in clauses
	// about other things (match.Score.SharesClause).
	unbound bool
	// kept is the share of its match a statement keeps for naming the
	// claim's change only as past (backgroundShare) or unbound
	// (unboundShare): a match read again (requireKey) keeps no more.
	kept float64
	// actByCue: the claim is a speech act and the statement's cue is
	// that act (actScore): it asserts that the act happened.
	actByCue bool
}

// stanceOf reads a statement's stance toward the claim with the stance
// classifier, then lets the extractor's reading of the same statement
// settle what the classifier leaves open: a statement the classifier finds
// neutral takes its polarity unless it is hedged ("it was unclear
// whether"), and negated content ("we never sent") outweighs a classifier
// that saw an assertion, unless a denial cue's double negation is why or
// the negation does not reach the claim ("… going up. We are not out of
// the woods.").
// The polarity, and what made it deny, are extraction's (polarity_by).
func (t *Tracer) stanceOf(claim string, s *scoredStatement) (string, float64) {
	st := &s.st.Statement
	if s.actByCue {
		return claimtrail.Asserts, 0.8
	}
	stance, p, settled := t.stance.OfStatementSettled(claim, st)
	switch {
	case settled:
		// "asked whether X", "recent rises": polarity affirm says nothing of X
	case stance == claimtrail.Neutral && !st.Hedged && st.Polarity == claimtrail.Deny:
		return claimtrail.Denies, 0.6
	case stance == claimtrail.Neutral && !st.Hedged && st.Polarity == claimtrail.Affirm && !s.Reference:
		return claimtrail.Asserts, 0.6
	case stance == claimtrail.Asserts && st.Polarity == claimtrail.Deny && !t.deniedByCue(st) &&
		(st.Content.Text == "" || t.stance.NegationReaches(claim, st.Content.Text)):
		return claimtrail.Denies, 0.6
	}
	return stance, p
}

// deniedByCue reports whether extraction made st deny for its denial cue
// (polarity_by "cue") rather than for negated content.
func (t *Tracer) deniedByCue(st *claimtrail.Statement) bool {
	if st.Polarity == claimtrail.Deny && st.PolarityBy == "" {
		// Fallback for a statement stored before polarity_by (store
		// migration 6): it holds "" until claimtrail reextract reads its
		// article again, so the cue table is asked, as before the field.
		// Remove once stores from before it need not be traced.
		return t.stance.DenialCue(st)
	}
	return st.PolarityBy == claimtrail.PolarityByCue
}

// inheritStances gives a statement that only points back at the claim
// without a denial cue ("repeated the same words") the stance of its
// speaker's previous statement in the same article.
func inheritStances(sts []claimtrail.TracedStatement, scored map[int64]*scoredStatement) {
	byArticle := map[int64][]int{}
	for i := range sts {
		byArticle[sts[i].ArticleID] = append(byArticle[sts[i].ArticleID], i)
	}
	for _, idx := range byArticle {
		slices.SortFunc(idx, func(a, b int) int { return cmp.Compare(sts[a].N, sts[b].N) })
		for k, i := range idx {
			s := &sts[i]
			if !scored[s.ID].Reference || s.Polarity == claimtrail.Deny {
				continue
			}
			for j := k - 1; j >= 0; j-- {
				p := &sts[idx[j]]
				if strings.EqualFold(p.Speaker.Name, s.Speaker.Name) && p.Stance != claimtrail.Neutral {
					s.Stance, s.StanceConfidence = p.Stance, round(p.StanceConfidence*0.8)
					break
				}
			}
		}
	}
}

// score scores a statement against the claim, its items weighed by the
// store when cw is set.
func (t *Tracer) score(c *match.Claim, cw *claimWeights, st *claimtrail.StoredStatement) *scoredStatement {
	scored := &st.Statement
	if t.act {
		scored = t.cues.withCue(scored, t.actWord)
	}
	s := &scoredStatement{st: st, Score: t.matcher.Score(t.scoringClaim(c, st.ArticleID), scored)}
	if cw != nil && len(s.Strengths) > 0 {
		s.Value = cw.statementShare(s.Score)
	}
	s.kept = 1
	if s.Value >= speakerPartial && t.background(c, st.Content.Text) {
		s.kept *= backgroundShare
	}
	if pred := predicate(c); !s.Reference && pred >= 0 && pred < len(s.Strengths) && s.Strengths[pred] > 0 && !s.SharesClause(c, pred) {
		s.kept *= unboundShare
		s.unbound = true
	}
	if t.act {
		t.actScore(c, s)
	}
	s.Value *= s.kept
	s.others = 1
	if !s.Reference {
		s.others = othersNamed(c, s.Strengths)
	}
	return s
}

// predicatelessShare is what remains of the match of a statement that
// names none of the claim's predicate and too few of its other items
// (predicateless), whoever says it (borrow): "BP was reaping the
// benefits of its investment in oil exploration" is about oil, not about whether oil prices will rise.
const predicatelessShare = 0.5

// othersNamed returns, for a match (per-item strengths) that misses the
// claim's predicate, the share of the claim's other items it names; 1
// for a match that names the predicate or a claim without one. A claim
// of a change of direction ("oil prices will rise", match.Directional)
// is the change: a match without it names a level ("the high oil
// price"), however much of the rest it holds (0).
func othersNamed(c *match.Claim, strengths []float64) float64 {
	pred := predicate(c)
	if pred < 0 || pred >= len(strengths) || strengths[pred] > 0 || len(strengths) < 2 {
		return 1
	}
	if c.Directional(pred) {
		return 0
	}
	named := 0
	for i, x := range strengths {
		if i != pred && x > 0 {
			named++
		}
	}
	return float64(named) / float64(len(strengths)-1)
}

// predicateless reports whether a statement names too little of the
// claim without its predicate: in an article about the claim, which says
// the rest, no more than half of its other items ("oil" alone for "oil
// prices will rise"); elsewhere, not all of them. One that names all the
// others may say the predicate in words the matcher does not know
// ("Russian cargo planes have picked up Iranian-made drones" for "Iran
// supplies drones to Russia").
func (s *scoredStatement) predicateless(about bool) bool {
	if about {
		return s.others <= 0.5
	}
	return s.others < 1
}

// unboundShare is what remains of the match of a statement that names
// the claim's predicate only in clauses that hold none of the claim's
// arguments ("since the US election is imminent" for "Blair will call an
// election in May"): it falls below the default threshold, and its
// speaker's other words do not lift it (borrow).
const unboundShare = 0.45

// backgroundShare is what remains of the match of a statement that names
// the change a claim predicts only as past: "growth was held back by
// recent interest rate rises" is background, no statement that rates
// will rise; it falls below the default threshold (a lower --min-match
// still lists it).
const backgroundShare = 0.45

// background reports whether text names the change a predicting claim
// ("UK interest rates will rise") says only as past (match.PastOnly) or
// as an attribute of the claim's thing in a text that foretells nothing
// ("rising oil prices had kept costs high", match.AttributeOnly), or
// tells of the predicted event at another place than the claim's ("on
// sale in Japan" for "Sony will launch the PSP in Europe",
// match.Elsewhere) or in another month ("an election in June" for one in
// May, match.Elsewhen) or of another country ("US interest rates will
// rise" for the UK's, match.OtherCountry). A past event at another place may deny the claim
// ("born in Hawaii" for "born in Kenya"): that stays.
func (t *Tracer) background(c *match.Claim, text string) bool {
	pred := predicate(c)
	return c.Predicts() && (t.matcher.PastOnly(c, pred, text) || t.matcher.AttributeOnly(c, pred, text) ||
		t.matcher.Elsewhere(c, text) || t.matcher.Elsewhen(c, text) || t.matcher.OtherCountry(c, pred, text))
}

func round(x float64) float64 { return float64(int(x*1000+0.5)) / 1000 }

// compareTraced orders statements oldest first by said_on (its first
// day; a day before its month), then publication date, then document and
// ordinal; undated statements last.
func compareTraced(a, b claimtrail.TracedStatement) int {
	da, _, oka := a.FirstDay()
	db, _, okb := b.FirstDay()
	switch {
	case oka && !okb:
		return -1
	case !oka && okb:
		return 1
	case oka && okb:
		if c := da.Compare(db); c != 0 {
			return c
		}
	}
	if c := cmp.Compare(grainRank(a.SaidOn), grainRank(b.SaidOn)); c != 0 {
		return c
	}
	if c := a.Published.Compare(b.Published); c != 0 {
		return c
	}
	if c := cmp.Compare(a.Doc, b.Doc); c != 0 {
		return c
	}
	if c := cmp.Compare(a.ArticleID, b.ArticleID); c != 0 {
		return c
	}
	return cmp.Compare(a.N, b.N)
}

// grainRank sorts dated statements before those bounded by publication,
// and finer dates before coarser ones of the same first day.
func grainRank(r *claimtrail.TimeRef) int {
	if r == nil {
		return 9
	}
	if _, _, ok := claimtrail.DateRange(r.Value); !ok {
		return 9 // "XXXX-WXX-2": no calendar date, as good as none
	}
	rank := 0
	switch r.Grain {
	case claimtrail.GrainWeek:
		rank = 1
	case claimtrail.GrainMonth:
		rank = 2
	case claimtrail.GrainYear:
		rank = 3
	}
	if r.Basis == claimtrail.BasisPublished {
		rank += 4
	}
	return rank
}

// Ref returns the reference of a traced statement.
func Ref(st *claimtrail.TracedStatement) claimtrail.StatementRef {
	r := claimtrail.StatementRef{Doc: st.Doc, N: st.N, ArticleID: st.ArticleID, StatementID: st.ID,
		Speaker: st.Speaker.Name, Published: claimtrail.FormatDate(st.Published), URL: st.URL, Source: st.Source}
	if r.Speaker == "" {
		r.Speaker = st.Speaker.Mention
	}
	if st.SaidOn != nil {
		r.SaidOn = st.SaidOn.Value
	}
	return r
}

// earliest returns the first statement of a stance in trace order; the
// statements are sorted with the undated last, so an undated one is the
// earliest only when none of that stance has a date.
func earliest(sts []claimtrail.TracedStatement, stance string) *claimtrail.StatementRef {
	for i := range sts {
		if sts[i].Stance == stance {
			r := Ref(&sts[i])
			return &r
		}
	}
	return nil
}

// citations reads who cites whom from the statements' via.
func citations(sts []claimtrail.TracedStatement) []claimtrail.Citation {
	index := map[[2]string]int{}
	var out []claimtrail.Citation
	for i := range sts {
		from := sts[i].Speaker.Name
		if from == "" {
			from = sts[i].Speaker.Mention
		}
		if from == "" {
			continue
		}
		for _, v := range sts[i].Via {
			key := [2]string{strings.ToLower(from), strings.ToLower(v.Name)}
			k, ok := index[key]
			if !ok {
				k = len(out)
				index[key] = k
				out = append(out, claimtrail.Citation{From: from, To: v.Name})
			}
			out[k].Statements = append(out[k].Statements, Ref(&sts[i]))
		}
	}
	if out == nil {
		out = []claimtrail.Citation{}
	}
	return out
}
