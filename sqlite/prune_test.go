package sqlite

import (
	"context"
	"fmt"
	"math/rand/v2"
	"reflect"
	"slices"
	"testing"
	"time"

	"github.com/claimtrail/claimtrail"
)

func TestPrunedGroups(t *testing.T) {
	tests := []struct {
		in, want [][]string
	}{
		{[][]string{{"Iran", "iranian", "iran", "tehran"}}, [][]string{{"Iran", "iranian", "tehran"}}},
		{[][]string{{"drone", "kamikaze drone", "shahed", "shahed-136", "Shahed 131", "unmanned aerial vehicle"}},
			[][]string{{"drone", "shahed", "unmanned aerial vehicle"}}},
		{[][]string{{"U.S.", "u.s.", "u.s", "us", "u.s.a.", "united states"}}, [][]string{{"U.S.", "us", "u.s.a.", "united states"}}},
		// phrases stay when no word of theirs is in the group alone
		{[][]string{{"hand over", "supply"}, {"military aid", "aid worker"}}, [][]string{{"hand over", "supply"}, {"military aid", "aid worker"}}},
		// a word alone covers phrases; a phrase never covers a word
		{[][]string{{"aid worker", "aid"}}, [][]string{{"aid"}}},
		// beyond ASCII the tokenizer's rules are its own: kept
		{[][]string{{"Kyiv", "kyiv’s", "Kyïv", "Kyïv"}}, [][]string{{"Kyiv", "kyiv’s", "Kyïv", "Kyïv"}}},
		// a term of no word is left to the query builder, which drops it
		{[][]string{{"--", "tax"}, {}}, [][]string{{"--", "tax"}, nil}},
	}
	for _, tt := range tests {
		if got := prunedGroups(tt.in); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("prunedGroups(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestSetMatch_SameRows checks on statements written from words in
// varied case, punctuation and phrases that a pruned concept expression
// matches exactly the rows the whole one does.
func TestSetMatch_SameRows(t *testing.T) {
	ctx := context.Background()
	s, err := Open(ctx, ":memory:")
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	vocab := []string{"Iran", "IRAN's", "iranian", "drone", "drones", "kamikaze", "Shahed-136", "shahed", "131",
		"U.S.", "US", "u.s-made", "united", "states", "aid", "worker", "military", "hand", "over", "Kyiv", "Kyïv", "kyiv’s", "said"}
	r := rand.New(rand.NewPCG(4, 5))
	var in []claimtrail.ArticleInput
	for i := range 40 {
		d := &claimtrail.Document{ID: fmt.Sprint("a", i), Title: "t", Published: time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)}
		var sts []claimtrail.Statement
		for n := range 10 {
			words := make([]string, 2+r.IntN(6))
			for k := range words {
				words[k] = vocab[r.IntN(len(vocab))]
			}
			content := fmt.Sprint(words)
			sts = append(sts, claimtrail.Statement{Doc: d.ID, N: n + 1, Content: claimtrail.Content{Text: content}})
			d.Text += content + ". "
		}
		in = append(in, claimtrail.ArticleInput{Doc: d, Hash: claimtrail.ArticleHash(d), Statements: sts})
	}
	if _, err := s.PutArticles(ctx, in); err != nil {
		t.Fatal(err)
	}
	terms := []string{"Iran", "iran", "IRAN", "drone", "kamikaze drone", "Kamikaze-drone", "shahed", "shahed-136", "Shahed 131",
		"U.S.", "u.s", "us", "u.s.-made", "united states", "aid", "aid worker", "military aid", "hand over", "Kyiv", "kyiv’s", "Kyïv"}
	pruned := 0
	for range 300 {
		groups := make([][]string, 1+r.IntN(3))
		for g := range groups {
			for range 1 + r.IntN(5) {
				groups[g] = append(groups[g], terms[r.IntN(len(terms))])
			}
		}
		whole, set := conceptMatch(groups, 0), setMatch(groups, 0)
		if whole != set {
			pruned++
		}
		if a, b := matchingRows(t, s, whole), matchingRows(t, s, set); !slices.Equal(a, b) {
			t.Fatalf("groups %q: %s matches %d rows, pruned %s %d", groups, whole, len(a), set, len(b))
		}
	}
	if pruned < 100 {
		t.Errorf("only %d of 300 expressions were pruned: the test checks little", pruned)
	}
}

func matchingRows(t *testing.T, s *DB, m string) []int64 {
	t.Helper()
	rows, err := s.db.Query(`SELECT rowid FROM statements_fts WHERE statements_fts MATCH ? ORDER BY rowid`, m)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var out []int64
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			t.Fatal(err)
		}
		out = append(out, id)
	}
	return out
}
