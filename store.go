package claimtrail

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"time"
)

// Article is a stored version of a document with its statements.
type Article struct {
	ID int64 `json:"article_id"`
	// Document.Key holds the key the article is stored under:
	// ArticleKey of its document (URL, else file path, else id).
	Document
	// Hash is the SHA-256 (hex) of the analysed text and its metadata.
	Hash string `json:"hash"`
	// Version counts the stored versions of Key, from 1.
	Version    int       `json:"version"`
	IngestedAt time.Time `json:"ingested_at"`
	Statements int       `json:"statements"`
}

// ArticleKey returns the key a document is stored under: its URL, else
// its Key (a file's path), else its id.
func ArticleKey(d *Document) string {
	switch {
	case d.URL != "":
		return d.URL
	case d.Key != "":
		return d.Key
	}
	return d.ID
}

// ArticleHash fingerprints a document's analysed text and metadata, the
// Hash an ArticleInput carries: the same article read twice hashes the
// same; any change makes a new version. Stores hold these hashes, so the
// bytes hashed never change (HasArticle lets a rerun skip what is stored).
func ArticleHash(d *Document) string {
	published := ""
	if !d.Published.IsZero() {
		published = d.Published.Format(time.RFC3339)
	}
	h := sha256.New()
	for _, s := range []string{d.ID, d.URL, d.Source, d.Title, d.Author, d.Lang, published, d.Text} {
		h.Write([]byte(s))
		h.Write([]byte{0})
	}
	return hex.EncodeToString(h.Sum(nil))
}

// Results of storing a document.
const (
	PutCreated   = "created"     // first version of its key
	PutVersion   = "new_version" // its key was stored with other content
	PutUnchanged = "unchanged"   // the same key and hash were stored: nothing written
)

// ArticleInput is a document and its extracted statements, to store.
type ArticleInput struct {
	Doc        *Document
	Hash       string
	Statements []Statement
	// ExtractorVersion names the extractor that read Statements
	// (pipeline.ExtractorVersion); the store keeps it with the article,
	// and Reextracter.StaleArticles finds the articles read by another.
	ExtractorVersion string
}

// PutResult says what storing one input did.
type PutResult struct {
	ArticleID int64  `json:"article_id"`
	Status    string `json:"status"`
	Version   int    `json:"version"`
}

// StoredStatement is a statement with the article it was read from.
type StoredStatement struct {
	ID        int64 `json:"statement_id"`
	ArticleID int64 `json:"article_id"`
	Statement
	URL       string    `json:"url"`
	Source    string    `json:"source"`
	Title     string    `json:"title"`
	Published time.Time `json:"published,omitzero"`
	// Rank is the full-text relevance when the filter had a Query (higher
	// is better); 0 otherwise.
	Rank float64 `json:"rank,omitempty"`
}

// StatementFilter selects statements. Nil pointer fields do not filter.
type StatementFilter struct {
	// Query is a full-text query over statement content, cue and speaker
	// (words, all of which must match, in any inflection the backend's
	// stemmer folds); "" matches everything.
	Query string
	// Concepts selects statements whose text (content, cue, speaker)
	// holds at least MinConcepts of the groups (all of them when
	// MinConcepts is 0); a group matches when any one of its terms (a word
	// or a phrase, inflections folded as in Query) occurs. It is ANDed
	// with Query and ranked like it. The claim tracer retrieves with it.
	Concepts    [][]string
	MinConcepts int
	ArticleID   *int64
	// ArticleIDs keeps statements of these articles only (none: no filter).
	ArticleIDs []int64
	Doc        *string // the document id
	// Speaker is a speaker's name, any case: the statements of every
	// stored speaker (Speaker.ID) some statement names so ("Blair" finds
	// Tony Blair's under any name), and those so named without an ID
	Speaker *string
	// SpeakerID is a stored speaker: its statements (Speaker.ID)
	SpeakerID *int64
	Polarity  *string // Affirm or Deny
	// From and To bound said_on (its first day) inclusive; statements
	// without said_on are compared by their article's publication date.
	From, To *time.Time
	// Latest keeps only statements of the latest version of each article
	// (the default for queries made by users).
	Latest bool
	Offset int
	Limit  int // 0 means no limit
	// SkipTotal skips counting all matches (the total returned is -1):
	// a ranked top-N over a large store needs no count.
	SkipTotal bool
	// Unranked skips relevance ranking of a Query or Concepts search: the
	// first Limit matches in storage order come back, each with Rank 0.
	// Callers that rank matches themselves use it to read a bounded
	// sample of a common search fast.
	Unranked bool
}

// ArticleFilter selects articles. Nil pointer fields do not filter.
type ArticleFilter struct {
	ID     *int64
	Key    *string
	Doc    *string
	Query  string // full-text over title and text
	Latest bool
	Offset int
	Limit  int
}

// SpeakerSummary counts a speaker's statements.
type SpeakerSummary struct {
	// ID is the stored speaker (Speaker.ID): StatementFilter.SpeakerID
	// finds its statements
	ID          int64  `json:"id,omitempty"`
	Name        string `json:"name"`
	Type        string `json:"type"`
	Role        string `json:"role"`
	Affiliation string `json:"affiliation"`
	Statements  int    `json:"statements"`
	// Affirmations and Denials count the speaker's statements of
	// polarity affirm and deny.
	Affirmations int    `json:"affirms"`
	Denials      int    `json:"denies"`
	First        string `json:"first,omitempty"` // earliest said_on value
	Last         string `json:"last,omitempty"`  // latest said_on value
}

// SpeakerFilter selects speakers.
type SpeakerFilter struct {
	Query  string // substring of the speaker's name or of a name linked to it, case-insensitive
	Offset int
	Limit  int
}

// Stats describes a store.
type Stats struct {
	Articles       int            `json:"articles"`
	Versions       int            `json:"versions"`
	Statements     int            `json:"statements"`
	Speakers       int            `json:"speakers"`
	Sources        int            `json:"sources"`
	ByPolarity     map[string]int `json:"by_polarity"`
	FirstPublished string         `json:"first_published,omitempty"`
	LastPublished  string         `json:"last_published,omitempty"`
	SchemaVersion  int            `json:"schema_version"`
	Backend        string         `json:"backend"`
}

// Store keeps articles and statements. Implementations: sqlite (the
// embedded default) and postgres; storetest checks both.
type Store interface {
	// PutArticles stores each input's document and statements, all in one
	// transaction: either every input is stored or none is. An input whose
	// key and hash are already stored is left as is (PutUnchanged); one
	// whose key is stored with another hash becomes a new version.
	// Returns EINVALID for an input without text key.
	PutArticles(ctx context.Context, in []ArticleInput) ([]PutResult, error)
	// HasArticle reports whether key is stored with hash, so callers skip
	// extraction on a rerun.
	HasArticle(ctx context.Context, key, hash string) (bool, error)
	// FindArticleByID returns ENOTFOUND when there is no such article.
	FindArticleByID(ctx context.Context, id int64) (*Article, error)
	// FindArticles returns matching articles (without Text unless the
	// filter names one ID) and the total count before paging.
	FindArticles(ctx context.Context, f ArticleFilter) ([]*Article, int, error)
	// FindStatements returns matching statements, ranked by relevance when
	// f.Query is set, else in article then statement order, and the total
	// count before paging.
	FindStatements(ctx context.Context, f StatementFilter) ([]*StoredStatement, int, error)
	// FindSpeakers summarises speakers, most statements first.
	FindSpeakers(ctx context.Context, f SpeakerFilter) ([]*SpeakerSummary, int, error)
	Stats(ctx context.Context) (*Stats, error)
	Close() error
}

// IndexCompacter is a Store whose full-text index grows in pieces that
// each search reads (SQLite's FTS5 segments) and can be merged after a
// bulk load so that searches read fewer; what they find does not change.
// claimtrail ingest calls it at its end. SQLite implements it.
type IndexCompacter interface {
	// CompactIndex merges the full-text index when it is in many pieces;
	// it does nothing when it is not.
	CompactIndex(ctx context.Context) error
}
