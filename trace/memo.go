package trace

import (
	"math"
	"slices"
	"sync"

	"github.com/claimtrail/claimtrail/match"
)

// textScores memoises match.ScoreText against one trace's claim.
//
// Why: a trace reads the same texts of the same articles several times.
// The article tests (heldGroups, leadStates) score an article's title and
// lead, and collect runs them again for each key name it tries; the key
// name reader scores the same leads (leadOf); the narration of the lead
// (lead) and past it (deepSentences) score the sentences the splitter
// sentences cuts, the body reader and the origin reader those
// segment.Split cuts, which are mostly the same strings. Keyed by the
// text itself, a sentence is scored once whichever splitter cut it, and
// no reader sees anything but what ScoreText would have told it.
//
// A textScores belongs to one trace: it is never shared between traces.
// The trace's goroutines that read articles' bodies (inParallel) share it
// under its lock; a text two of them score at once is scored twice, the
// same.
type textScores struct {
	matcher *match.Matcher
	claim   *match.Claim
	mu      sync.Mutex
	byText  map[string]match.Score
	// deep is the claim's deepGate, built once for the trace's
	// articles.
	deepOnce sync.Once
	deep     *match.Gate
	// any is the gate of every claim item at any strength: a text it
	// turns away matches nothing of the claim (admits).
	anyOnce sync.Once
	any     *match.Gate
}

// newTextScores returns an empty memo of m's scores against c.
func newTextScores(m *match.Matcher, c *match.Claim) *textScores {
	return &textScores{matcher: m, claim: c, byText: map[string]match.Score{}}
}

// score returns m.ScoreText(c, text). Its slices are the caller's own (a
// caller may change them, as requireKey does a statement's strengths): the
// memo keeps its copy to itself. A nil memo, or another claim, scores
// afresh.
func (ts *textScores) score(m *match.Matcher, c *match.Claim, text string) match.Score {
	if ts == nil || c != ts.claim || m != ts.matcher {
		return m.ScoreText(c, text)
	}
	ts.mu.Lock()
	sc, ok := ts.byText[text]
	ts.mu.Unlock()
	if !ok {
		sc = m.ScoreText(c, text)
		ts.mu.Lock()
		ts.byText[text] = sc
		ts.mu.Unlock()
	}
	sc.Matched, sc.Strengths = slices.Clone(sc.Matched), slices.Clone(sc.Strengths)
	return sc
}

// gate returns deepGate(c, key, pred), built once a trace: building it
// reads the matcher's tables. A nil memo, or another claim, builds it
// afresh.
func (ts *textScores) gate(c *match.Claim, key, pred int) *match.Gate {
	if ts == nil || c != ts.claim {
		return deepGate(c, key, pred)
	}
	ts.deepOnce.Do(func() { ts.deep = deepGate(c, key, pred) })
	return ts.deep
}

// admits reports whether text may match any item of claim c (a gate of
// them all, built once a trace): when it does not, ScoreText finds no
// item, its value is 0 and it matched nothing, as match.Score{} says. A
// nil memo, or another claim, admits every text.
func (ts *textScores) admits(c *match.Claim, text string) bool {
	if ts == nil || c != ts.claim {
		return true
	}
	ts.anyOnce.Do(func() {
		all := make([]int, len(c.Items))
		for i := range all {
			all[i] = i
		}
		ts.any = c.Gate(math.SmallestNonzeroFloat64, all...)
	})
	return ts.any.Admits(text)
}

// withScores returns a copy of the tracer for one trace of claim c, whose
// readers share one memo of the texts' scores (textScores); t itself is
// unchanged and stays safe for concurrent traces.
func (t *Tracer) withScores(c *match.Claim) *Tracer {
	memo := newTextScores(t.matcher, c)
	tc := *t
	tc.scores = memo
	if t.bodies != nil {
		br := *t.bodies
		br.scores = memo
		tc.bodies = &br
	}
	if t.origins != nil {
		or := *t.origins
		or.scores = memo
		tc.origins = &or
	}
	return &tc
}

// scoreText is t.matcher.ScoreText(c, text) through the trace's memo.
func (t *Tracer) scoreText(c *match.Claim, text string) match.Score {
	return t.scores.score(t.matcher, c, text)
}
