package claimtrail

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"strings"
	"time"
)

// SavedClaim is a claim claimtrail watch follows: each new statement that
// matches it raises an Alert.
type SavedClaim struct {
	ID   int64  `json:"id"`
	Text string `json:"text"`
	Name string `json:"name,omitempty"`
	// MinMatch is the least match of an alerting statement; 0 takes the
	// tracer's default.
	MinMatch float64   `json:"min_match,omitempty"`
	Created  time.Time `json:"created"`
	// TracedTo is the watch queue's position when the claim was saved
	// (WatchStore.CreateClaim): queued articles above it are new to it.
	TracedTo int64 `json:"traced_to"`
	// EarliestAssertion and EarliestDenial are the first days
	// (YYYY-MM-DD) of the earliest statements known to assert and deny
	// the claim, "" when none is known: an alert older than these is a
	// new earliest.
	EarliestAssertion string `json:"earliest_assertion,omitempty"`
	EarliestDenial    string `json:"earliest_denial,omitempty"`
}

// Validate returns EINVALID for a claim without text or with a match
// outside [0, 1].
func (c *SavedClaim) Validate() error {
	switch {
	case strings.TrimSpace(c.Text) == "":
		return Errorf(EINVALID, "claim: empty text")
	case len(c.Text) > 1000:
		return Errorf(EINVALID, "claim: text longer than 1000 bytes")
	case c.MinMatch < 0 || c.MinMatch > 1:
		return Errorf(EINVALID, "claim: min match %g is outside [0, 1]", c.MinMatch)
	}
	return nil
}

// Source is a feed claimtrail watch polls.
type Source struct {
	ID  int64  `json:"id"`
	URL string `json:"url"`
	// Follow reads each item's linked page instead of the feed's text.
	Follow  bool      `json:"follow"`
	Created time.Time `json:"created"`
	// ETag and LastModified are the validators of the last 200 answer,
	// sent back in a conditional GET.
	ETag         string `json:"etag,omitempty"`
	LastModified string `json:"last_modified,omitempty"`
	// LastPolled is when the source was last asked, LastStatus what came
	// of it ("ok", "not-modified" or the error), Failures the errors in a
	// row since the last success (the watcher backs off by them).
	LastPolled time.Time `json:"last_polled,omitzero"`
	LastStatus string    `json:"last_status,omitempty"`
	Failures   int       `json:"failures"`
}

// Validate returns EINVALID for a source whose URL is no http(s) URL.
func (s *Source) Validate() error {
	if !strings.HasPrefix(s.URL, "http://") && !strings.HasPrefix(s.URL, "https://") || len(s.URL) > 2000 {
		return Errorf(EINVALID, "source: %q is not an http(s) URL", s.URL)
	}
	return nil
}

// SourcePoll is what one poll of a source changes.
type SourcePoll struct {
	Polled       time.Time
	Status       string
	Failures     int
	ETag         string // kept when the answer carried none (a 304)
	LastModified string
}

// Alert is a statement found to assert, deny or discuss a saved claim
// (contract: alerts of watch).
type Alert struct {
	ID        int64           `json:"id"`
	Claim     AlertClaim      `json:"claim"`
	Statement StoredStatement `json:"statement"`
	Stance    string          `json:"stance"`
	Match     float64         `json:"match"`
	FirstSeen time.Time       `json:"first_seen"`
	// Earliest marks a statement older than every one known before to
	// take its stance (an older assertion or denial found late).
	Earliest bool `json:"earliest"`
	// Key names the statement across versions of its article and
	// re-extraction (StatementKey): a store keeps one alert per claim and
	// key.
	Key string `json:"-"`
}

// AlertClaim is the claim an alert is about.
type AlertClaim struct {
	ID   int64  `json:"id"`
	Text string `json:"text"`
}

// MarshalJSON writes the statement's published as a calendar date, as a
// trace does.
func (a Alert) MarshalJSON() ([]byte, error) {
	type statement struct {
		StoredStatement
		Published string `json:"published"`
	}
	type plain Alert // no MarshalJSON: no recursion
	type out struct {
		plain
		Statement statement `json:"statement"`
	}
	return json.Marshal(out{plain(a), statement{a.Statement, FormatDate(a.Statement.Published)}})
}

// StatementKey names a statement by what it says rather than by its id:
// its article's key, its speaker and its content. A new version of an
// article, or its re-extraction, gives unchanged statements new ids but
// the same key, so they raise no second alert.
func StatementKey(st *StoredStatement, articleKey string) string {
	h := sha256.New()
	for _, s := range []string{articleKey, strings.ToLower(st.Speaker.Name), st.Cue.Text, st.Content.Text} {
		h.Write([]byte(s))
		h.Write([]byte{0})
	}
	return hex.EncodeToString(h.Sum(nil)[:16])
}

// AlertFilter selects alerts. A zero ClaimID selects every claim's.
type AlertFilter struct {
	ClaimID int64
	Offset  int
	Limit   int // 0: no limit
}

// ClaimProgress is what matching a claim over new statements moves: the
// earliest days it knows.
type ClaimProgress struct {
	ClaimID                           int64
	EarliestAssertion, EarliestDenial string
}

// QueuedArticle is an entry of the watch queue: an article whose
// statements were stored (a new article, a new version, a re-extraction)
// and not yet matched. The entry is written in the transaction that
// stores the statements, so it is there exactly when they are, whatever
// order concurrent writers commit in.
type QueuedArticle struct {
	Seq       int64 // the entry's place in the queue
	ArticleID int64
	Key       string // the article's key (for StatementKey)
	// Statements counts the article's statements, 0 when it is no longer
	// the latest version (its statements are matched no more).
	Statements int
}

// WatchStore keeps what claimtrail watch follows and what it found: saved
// claims, sources and alerts. Both stores implement it; a Store that does
// not cannot be watched.
type WatchStore interface {
	// CreateClaim stores c and sets its ID, Created and TracedTo: the
	// watch queue's newest entry (0 when empty) as the claim is committed,
	// once every write in progress has finished, so that the entries at or
	// below it were stored before the claim and every later one is above
	// it (the articles new to the claim). Returns EINVALID (Validate).
	CreateClaim(ctx context.Context, c *SavedClaim) error
	// FindClaims returns every saved claim, oldest first.
	FindClaims(ctx context.Context) ([]*SavedClaim, error)
	// FindClaimByID returns ENOTFOUND when there is no such claim.
	FindClaimByID(ctx context.Context, id int64) (*SavedClaim, error)
	// DeleteClaim deletes a claim and its alerts; ENOTFOUND when there is
	// no such claim.
	DeleteClaim(ctx context.Context, id int64) error

	// CreateSource stores s and sets its ID and Created. Returns
	// EINVALID (Validate) and ECONFLICT for a URL stored already.
	CreateSource(ctx context.Context, s *Source) error
	// FindSources returns every source, oldest first.
	FindSources(ctx context.Context) ([]*Source, error)
	// UpdateSource records a poll; ENOTFOUND when there is no such source.
	UpdateSource(ctx context.Context, id int64, p SourcePoll) error
	// DeleteSource deletes a source; ENOTFOUND when there is none.
	DeleteSource(ctx context.Context, id int64) error

	// QueuedArticles returns up to limit entries of the watch queue,
	// oldest first.
	QueuedArticles(ctx context.Context, limit int) ([]QueuedArticle, error)
	// RecordAlerts stores the alerts no alert of the same claim and key
	// precedes, moves the claims' progress and removes the queue entries
	// done (their Seq), in one transaction: after a crash all happened or
	// none. It returns the alerts stored, with their IDs; the others were
	// raised before.
	RecordAlerts(ctx context.Context, alerts []Alert, progress []ClaimProgress, done []int64) ([]Alert, error)
	// FindAlerts returns matching alerts, newest first, and their total.
	FindAlerts(ctx context.Context, f AlertFilter) ([]*Alert, int, error)

	// PendingAlerts returns up to limit alerts not yet delivered to sink
	// (an output: "stdout", a webhook), oldest first. A sink named for the
	// first time is due the alerts stored from then on: a watcher calls
	// it before it raises any. Each sink has a queue of its own, so an
	// alert another watcher commits late, with a smaller id than one
	// already delivered, is still due.
	PendingAlerts(ctx context.Context, sink string, limit int) ([]*Alert, error)
	// MarkDelivered records that alert id reached sink; the other alerts
	// due to it stay due.
	MarkDelivered(ctx context.Context, sink string, id int64) error
}
