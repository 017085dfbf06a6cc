package sqlite

import (
	"strings"

	"github.com/claimtrail/claimtrail/internal/storecodec"
)

// This file holds what this store encodes its own way; the encoding both
// stores share is in internal/storecodec.

// dateValue returns a YYYY-MM-DD string as this store writes it to a
// date column, the string itself; "" is NULL.
func dateValue(s string) any {
	if s == "" {
		return nil
	}
	return s
}

// matchQuery returns the FTS5 MATCH expression for user search text: each
// term a quoted string (FTS5 reads it as a phrase of the tokens in it), all
// of them required. It returns "" when there is nothing to search for.
func matchQuery(q string) string {
	terms := storecodec.SearchTerms(q)
	var b strings.Builder
	for i, t := range terms {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteByte('"')
		b.WriteString(strings.ReplaceAll(t, `"`, `""`))
		b.WriteByte('"')
	}
	return b.String()
}

// conceptMatch returns the FTS5 expression of a concept search: an OR of
// the combinations of groups that must all match, each group an OR of its
// quoted terms. It returns "" when there is nothing to search for.
func conceptMatch(groups [][]string, min int) string {
	return storecodec.ConceptExpr(groups, min, func(t string) string {
		return `"` + strings.ReplaceAll(t, `"`, `""`) + `"`
	}, " OR ", " AND ")
}
