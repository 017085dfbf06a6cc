package claimtrail

import "context"

// Reextracter is a Store that can replace stored articles' statements
// with those of the current extractor (claimtrail reextract), so that an
// upgrade leaves no stale readings. Both stores implement it.
type Reextracter interface {
	// StaleArticles returns up to limit articles, with their text, whose
	// statements were read by an extractor other than version (any
	// version of each key: older versions are read again too), with an id
	// above after, in id order. Articles stored before stores recorded
	// versions have version "" and are stale for every extractor.
	StaleArticles(ctx context.Context, version string, after int64, limit int) ([]*Article, error)
	// CountStale counts the articles StaleArticles would return from the
	// start.
	CountStale(ctx context.Context, version string) (int, error)
	// ReplaceStatements replaces each input's article's statements and
	// records the version that read them, all in one transaction: either
	// every article is replaced or none is. The article keeps its id, key,
	// hash and version; its statements get new ids. Returns EINVALID for
	// spans outside the article's text and ENOTFOUND for an article that
	// is not stored.
	ReplaceStatements(ctx context.Context, in []Reextracted) error
}

// Reextracted is an article read again: its statements by the extractor
// of ExtractorVersion.
type Reextracted struct {
	Article          *Article // as StaleArticles returned it, text included
	ExtractorVersion string
	Statements       []Statement
}
