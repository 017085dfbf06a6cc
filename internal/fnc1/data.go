// Package fnc1 reads the Fake News Challenge stage 1 data (FNC-1: news
// bodies and claim headlines with each body's stance toward the headline)
// and scores stance predictions with FNC-1's own relative score.
package fnc1

import (
	"encoding/csv"
	"fmt"
	"io"
	"os"
	"strconv"
)

// Body is one news article body (bodies.csv: Body ID, articleBody).
type Body struct {
	ID   int
	Text string
}

// Pair is one row of a stances file: a claim headline, a body and the
// body's gold stance toward the headline.
type Pair struct {
	Headline string
	BodyID   int
	Stance   Label
}

// LoadBodies reads bodies.csv.
func LoadBodies(path string) ([]Body, error) {
	rows, err := readCSV(path, []string{"Body ID", "articleBody"})
	if err != nil {
		return nil, err
	}
	bodies := make([]Body, 0, len(rows))
	for i, r := range rows {
		id, err := strconv.Atoi(r[0])
		if err != nil {
			return nil, fmt.Errorf("%s: row %d: Body ID %q: %w", path, i+2, r[0], err)
		}
		bodies = append(bodies, Body{ID: id, Text: r[1]})
	}
	return bodies, nil
}

// LoadStances reads a stances file (Headline, Body ID, Stance).
func LoadStances(path string) ([]Pair, error) {
	rows, err := readCSV(path, []string{"Headline", "Body ID", "Stance"})
	if err != nil {
		return nil, err
	}
	pairs := make([]Pair, 0, len(rows))
	for i, r := range rows {
		id, err := strconv.Atoi(r[1])
		if err != nil {
			return nil, fmt.Errorf("%s: row %d: Body ID %q: %w", path, i+2, r[1], err)
		}
		l, ok := ParseLabel(r[2])
		if !ok {
			return nil, fmt.Errorf("%s: row %d: stance %q", path, i+2, r[2])
		}
		pairs = append(pairs, Pair{Headline: r[0], BodyID: id, Stance: l})
	}
	return pairs, nil
}

// readCSV reads a CSV file whose header is want and returns the rows after it.
func readCSV(path string, want []string) ([][]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return parseCSV(f, path, want)
}

func parseCSV(r io.Reader, name string, want []string) ([][]string, error) {
	cr := csv.NewReader(r)
	cr.FieldsPerRecord = len(want)
	rows, err := cr.ReadAll()
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	if len(rows) == 0 {
		return nil, fmt.Errorf("%s: empty", name)
	}
	for i, h := range want {
		// the header's first cell may carry a byte-order mark
		if got := trimBOM(rows[0][i]); got != h {
			return nil, fmt.Errorf("%s: column %d is %q, want %q", name, i+1, got, h)
		}
	}
	return rows[1:], nil
}

func trimBOM(s string) string {
	if len(s) >= 3 && s[:3] == "\ufeff" {
		return s[3:]
	}
	return s
}

// Headlines returns the distinct headlines of pairs in first-seen order.
func Headlines(pairs []Pair) []string {
	seen := map[string]bool{}
	var hs []string
	for _, p := range pairs {
		if !seen[p.Headline] {
			seen[p.Headline] = true
			hs = append(hs, p.Headline)
		}
	}
	return hs
}
