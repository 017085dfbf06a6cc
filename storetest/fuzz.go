package storetest

import (
	"context"
	"reflect"
	"testing"
	"time"

	"github.com/claimtrail/claimtrail"
)

// Corpus returns the suite's fixture articles (invented text): three
// documents, eight statements, three named speakers.
func Corpus() []claimtrail.ArticleInput { return corpus() }

// FuzzQuery fuzzes the translation of user search text into the backend's
// full-text syntax through the public API: s, an empty store, gets the
// fixture corpus, and no text may make a search fail, return more than
// exists, or change the store.
func FuzzQuery(f *testing.F, s claimtrail.Store) {
	ctx := context.Background()
	MustPut(f, s, corpus()...)
	want := MustStats(f, s)
	for _, q := range HostileQueries {
		f.Add(q)
	}
	for _, q := range []string{"pier", "harbor reopen", "Whitlock", "replacing", "GREYHOOK lighthouse", "İstanbul Ⱥ ǅ"} {
		f.Add(q)
	}
	f.Fuzz(func(t *testing.T, q string) {
		// A search that hangs would stall the fuzzer silently; make it fail.
		ctx, cancel := context.WithTimeout(ctx, 10*time.Second)
		defer cancel()
		sts, n, err := s.FindStatements(ctx, claimtrail.StatementFilter{Query: q, Latest: true})
		if err != nil {
			t.Fatalf("FindStatements(%q): %v", q, err)
		}
		if n != len(sts) || n > want.Statements {
			t.Fatalf("FindStatements(%q): %d results, total %d, of %d statements", q, len(sts), n, want.Statements)
		}
		arts, n, err := s.FindArticles(ctx, claimtrail.ArticleFilter{Query: q, Limit: 2})
		if err != nil {
			t.Fatalf("FindArticles(%q): %v", q, err)
		}
		if len(arts) > 2 || n > want.Versions {
			t.Fatalf("FindArticles(%q): %d results, total %d", q, len(arts), n)
		}
		if _, _, err := s.FindSpeakers(ctx, claimtrail.SpeakerFilter{Query: q}); err != nil {
			t.Fatalf("FindSpeakers(%q): %v", q, err)
		}
		sp := q
		if _, _, err := s.FindStatements(ctx, claimtrail.StatementFilter{Speaker: &sp, Doc: &sp, Polarity: &sp}); err != nil {
			t.Fatalf("FindStatements(speaker %q): %v", q, err)
		}
		if got := MustStats(t, s); !reflect.DeepEqual(got, want) {
			t.Fatalf("store changed by query %q: %+v", q, got)
		}
	})
}
