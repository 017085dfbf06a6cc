package postgres

import (
	"fmt"
	"strings"
	"time"

	"github.com/claimtrail/claimtrail/internal/storecodec"
)

// This file holds what this store encodes its own way; the encoding both
// stores share is in internal/storecodec.

// dateValue turns a YYYY-MM-DD string into the midnight-UTC time pgx
// writes to a date column; "" is NULL.
func dateValue(s string) any {
	if s == "" {
		return nil
	}
	t, err := time.Parse(storecodec.DateLayout, s)
	if err != nil {
		return nil
	}
	return t
}

// tsQuery returns an SQL tsquery expression for user search text and its
// arguments, numbered from $next: each term goes through phraseto_tsquery
// (so its words must be adjacent, as FTS5 reads a quoted term) and all terms
// are required. Terms are bound parameters, never SQL text. It returns ""
// when there is nothing to search for.
func tsQuery(q string, next int) (string, []any) {
	terms := storecodec.SearchTerms(q)
	if len(terms) == 0 {
		return "", nil
	}
	var b strings.Builder
	args := make([]any, len(terms))
	for i, t := range terms {
		if i > 0 {
			b.WriteString(" && ")
		}
		fmt.Fprintf(&b, "phraseto_tsquery('english', $%d)", next+i)
		args[i] = t
	}
	return "(" + b.String() + ")", args
}

// conceptQuery returns the tsquery expression of a concept search and its
// arguments, numbered from $next: an OR (||) of the combinations of groups
// that must all match (&&), each group an OR of its terms through
// phraseto_tsquery. Each term is bound once however many combinations
// use its group.
func conceptQuery(groups [][]string, min, next int) (string, []any) {
	var args []any
	expr := storecodec.ConceptExpr(groups, min, func(t string) string {
		args = append(args, t)
		return fmt.Sprintf("phraseto_tsquery('english', $%d)", next+len(args)-1)
	}, " || ", " && ")
	return expr, args
}
