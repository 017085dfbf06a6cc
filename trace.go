package claimtrail

import (
	"context"
	"encoding/json"
	"time"
)

// Trace is the provenance of a claim: every statement about it, oldest
// first, who asserted and denied it first, who cites whom, the origin
// stories the corpus tells and the dates outlets disagree on (contract:
// claimtrail trace --json).
type Trace struct {
	Claim      string            `json:"claim"`
	Statements []TracedStatement `json:"statements"`
	// EarliestAssertion and EarliestDenial are nil when no statement
	// asserts (denies) the claim.
	EarliestAssertion *StatementRef  `json:"earliest_assertion"`
	EarliestDenial    *StatementRef  `json:"earliest_denial"`
	Origins           []OriginStory  `json:"origins"`
	DateConflicts     []DateConflict `json:"date_conflicts"`
	// Citations is the who-cites-whom graph read from the statements'
	// via: one edge per (speaker, cited source).
	Citations []Citation `json:"citations"`
	// Articles lists each article of the trace once, in the order its
	// first entry appears, with its stance on the claim read from its
	// statements and its own voice (new in issue 15).
	Articles []TracedArticle `json:"articles"`
}

// TracedArticle is one article of a trace and its stance on the claim:
// Asserts, Denies or Discusses (it reports the claim without taking a
// side: hedged, attributed, asked, or both ways).
type TracedArticle struct {
	Doc       string `json:"doc"`
	ArticleID int64  `json:"article_id,omitempty"`
	URL       string `json:"url"`
	Source    string `json:"source"`
	Title     string `json:"title,omitempty"`
	// Published is the publication date, YYYY-MM-DD ("" when unknown).
	Published string `json:"published"`
	Stance    string `json:"stance"`
	// StanceConfidence is the article reader's probability of Stance;
	// where the article's rows set it (a titled article whose rows take
	// a side), the highest confidence of those rows (0.5 for rows on
	// both sides that leave it discussing the claim).
	StanceConfidence float64 `json:"stance_confidence"`
	// Statements are the ordinals (n) of the article's attributed
	// statements in the trace; its narration entry, if any, is not one.
	Statements []int `json:"statements"`
	// Narration is the outlet's own words the trace lists for the
	// article (its narration entry's content), "" when none.
	Narration string `json:"narration,omitempty"`
	// DuplicateOf is the doc of an article listed before whose title and
	// text this one repeats word for word (an outlet that published the
	// same story twice): its statements are that article's and are not
	// listed again; "" for an article of its own.
	DuplicateOf string `json:"duplicate_of,omitempty"`
}

// TracedStatement is a stored statement about a claim, with its stance
// toward the claim and how well it matches it.
type TracedStatement struct {
	StoredStatement
	// Stance is Asserts, Denies or Neutral toward the traced claim.
	Stance string `json:"stance"`
	// StanceConfidence is the classifier's probability of Stance.
	StanceConfidence float64 `json:"stance_confidence"`
	// Match is how well the statement matches the claim, in (0,1].
	Match float64 `json:"match"`
	// Matched lists the claim's words the statement matched, for the
	// page to mark (new in issue 15; absent when none).
	Matched []string `json:"matched,omitempty"`
}

// FormNarration is the form of a traced entry that is no attributed
// statement but the outlet's own voice: an article about the claim whose
// statements do not match it, its lead read as the publication speaking.
// Such an entry has no statement_id and is never the earliest assertion
// or denial.
const FormNarration = "narration"

// MarshalJSON writes published as a calendar date (contract:
// "published": "2022-07-11").
func (t TracedStatement) MarshalJSON() ([]byte, error) {
	type plain TracedStatement // no MarshalJSON: no recursion
	type out struct {
		plain
		Published string `json:"published"`
	}
	return json.Marshal(out{plain: plain(t), Published: FormatDate(t.Published)})
}

// FormatDate formats a publication date as YYYY-MM-DD, "" when unknown.
func FormatDate(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format("2006-01-02")
}

// FirstDay returns the first day a statement can have been said: the
// first day its said_on covers, else its article's publication date.
// bySaidOn is false when the day is the publication date's; ok is false
// when neither is known. Traces order statements by it and timelines
// place them by it.
func (st *StoredStatement) FirstDay() (day time.Time, bySaidOn, ok bool) {
	if st.SaidOn != nil {
		if d, _, ok := DateRange(st.SaidOn.Value); ok {
			return d, true, true
		}
	}
	if !st.Published.IsZero() {
		y, m, d := st.Published.Date()
		return time.Date(y, m, d, 0, 0, 0, 0, time.UTC), false, true
	}
	return time.Time{}, false, false
}

// StatementRef points at a statement of a trace: its document and ordinal,
// with enough of it to read without a lookup.
type StatementRef struct {
	Doc         string `json:"doc"`
	N           int    `json:"n"`
	ArticleID   int64  `json:"article_id,omitempty"`
	Speaker     string `json:"speaker,omitempty"`
	SaidOn      string `json:"said_on,omitempty"`
	Published   string `json:"published,omitempty"`
	URL         string `json:"url,omitempty"`
	Source      string `json:"source,omitempty"`
	StatementID int64  `json:"statement_id,omitempty"`
}

// OriginStory is a sentence of the corpus that says where the claim came
// from ("… started from an article published on 29 August in the
// Washington Post"), checked against the dated statements. (A Document's
// Origin is another thing: where the document was read from.)
type OriginStory struct {
	Doc       string `json:"doc"`
	ArticleID int64  `json:"article_id,omitempty"`
	Text      string `json:"text"`
	Span      Span   `json:"span"`
	// Names is the source the origin story names ("Washington Post").
	Names string `json:"names"`
	// Date is the origin's date as an ISO value of any grain ("2022-08-29").
	Date string `json:"date"`
	// Statement is the statement that tells the origin story, when it is
	// attributed; nil when the article says it in its own voice.
	Statement *StatementRef `json:"statement,omitempty"`
	// ContradictedBy lists statements about the claim made before Date.
	ContradictedBy []StatementRef `json:"contradicted_by"`
}

// DateConflict is one statement (same speaker, same or near-same content)
// that different documents date differently.
type DateConflict struct {
	Speaker    string         `json:"speaker"`
	Values     []string       `json:"values"`
	Statements []StatementRef `json:"statements"`
}

// Citation is an edge of the who-cites-whom graph: From attributes the
// claim's content to To (a via source) in Statements.
type Citation struct {
	From       string         `json:"from"`
	To         string         `json:"to"`
	Statements []StatementRef `json:"statements"`
}

// TraceOptions tune a trace.
type TraceOptions struct {
	// Limit caps the statements returned (0: the tracer's default).
	Limit int
	// MinMatch drops statements matching less (0: the tracer's default).
	MinMatch float64
	// From and To bound said_on (else the publication date), inclusive.
	From, To *time.Time
	// NoNarration leaves out the outlet's own voice (FormNarration).
	NoNarration bool
}

// ArticleSearcher is a Store that can rank articles against a claim's
// groups of terms (a group matches when any of its terms occurs, as in
// StatementFilter.Concepts). The tracer uses it when the store has it.
type ArticleSearcher interface {
	// TermGroupFrequencies returns the number of latest articles and,
	// for each group, how many articles hold one of its terms, counted
	// up to limit (a cap keeps the count of a common word cheap).
	TermGroupFrequencies(ctx context.Context, groups [][]string, limit int) (articles int, df []int, err error)
	// SearchArticles returns the latest articles holding a term of
	// s.Groups, most relevant first (full-text rank over title and text,
	// the title weighing more), each with the groups it holds and the
	// first s.TextWindow characters of its text.
	SearchArticles(ctx context.Context, s ArticleSearch) ([]ArticleHit, error)
}

// ArticleSearch is a ranked article search.
type ArticleSearch struct {
	Groups [][]string
	// Search lists the groups the ranked search uses (nil: all); the
	// hits' Groups still report every group they hold.
	Search []int
	Limit  int
	// TextWindow caps the text returned per article (0: none).
	TextWindow int
	// From and To bound the publication date, inclusive.
	From, To *time.Time
}

// ArticleHit is an article found by SearchArticles.
type ArticleHit struct {
	Article
	// Groups are the indexes of the search's groups the article holds.
	Groups []int
}

// Tracer traces claims over a store.
type Tracer interface {
	Trace(ctx context.Context, claim string, opt TraceOptions) (*Trace, error)
}

// UnmarshalJSON reads what MarshalJSON writes: published as a calendar
// date (or an RFC 3339 time).
func (t *TracedStatement) UnmarshalJSON(b []byte) error {
	type plain TracedStatement
	var in struct {
		plain
		Published string `json:"published"`
	}
	if err := json.Unmarshal(b, &in); err != nil {
		return err
	}
	*t = TracedStatement(in.plain)
	t.Published = time.Time{}
	if in.Published != "" {
		p, err := ParseDate(in.Published)
		if err != nil {
			return err
		}
		t.Published = p
	}
	return nil
}
