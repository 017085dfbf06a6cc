// The PutArticles tests: new, unchanged and new-version inputs, a batch
// that repeats a key, and inputs the store must refuse.

package storetest

import (
	"context"
	"testing"

	"github.com/claimtrail/claimtrail"
)

func testPutCreated(t *testing.T, s claimtrail.Store) {
	res := MustPut(t, s, corpus()...)
	seen := map[int64]bool{}
	for i, r := range res {
		if r.Status != claimtrail.PutCreated || r.Version != 1 || r.ArticleID <= 0 || seen[r.ArticleID] {
			t.Errorf("result %d = %+v, want created version 1 with a new id", i, r)
		}
		seen[r.ArticleID] = true
	}
}

func testPutUnchanged(t *testing.T, s claimtrail.Store) {
	first := MustPut(t, s, corpus()...)
	again := MustPut(t, s, corpus()...)
	for i := range again {
		want := claimtrail.PutResult{ArticleID: first[i].ArticleID, Status: claimtrail.PutUnchanged, Version: 1}
		if again[i] != want {
			t.Errorf("result %d = %+v, want %+v", i, again[i], want)
		}
	}
	if st := MustStats(t, s); st.Versions != 3 || st.Statements != 8 {
		t.Errorf("stats after rerun: versions=%d statements=%d, want 3 and 8", st.Versions, st.Statements)
	}
}

func testPutNewVersion(t *testing.T, s claimtrail.Store) {
	ctx := context.Background()
	v1 := MustPut(t, s, harbor())[0]
	v2 := MustPut(t, s, harborV2())[0]
	if v2.Status != claimtrail.PutVersion || v2.Version != 2 || v2.ArticleID == v1.ArticleID {
		t.Fatalf("second version = %+v, want new_version 2 with a new id", v2)
	}
	// The first content again is the stored first version, not a third.
	if r := MustPut(t, s, harbor())[0]; r != (claimtrail.PutResult{ArticleID: v1.ArticleID, Status: claimtrail.PutUnchanged, Version: 1}) {
		t.Errorf("first content again = %+v, want unchanged version 1", r)
	}
	key := harbor().Doc.URL
	all, n, err := s.FindArticles(ctx, claimtrail.ArticleFilter{Key: &key})
	if err != nil {
		t.Fatal(err)
	} else if n != 2 || len(all) != 2 || all[0].Version != 1 || all[1].Version != 2 {
		t.Fatalf("all versions: n=%d %v", n, versions(all))
	}
	latest, n, err := s.FindArticles(ctx, claimtrail.ArticleFilter{Key: &key, Latest: true})
	if err != nil {
		t.Fatal(err)
	} else if n != 1 || len(latest) != 1 || latest[0].ID != v2.ArticleID || latest[0].Version != 2 {
		t.Fatalf("latest: n=%d %v, want version 2 only", n, versions(latest))
	}
	// A third version follows the second.
	v3in := harborV2()
	v3in.Hash = "hash-harbor-3"
	v3in.Doc.Title = "Harbor reopening delayed (second correction)"
	if r := MustPut(t, s, v3in)[0]; r.Status != claimtrail.PutVersion || r.Version != 3 {
		t.Errorf("third version = %+v", r)
	}
}

func versions(as []*claimtrail.Article) []int {
	out := []int{}
	for _, a := range as {
		out = append(out, a.Version)
	}
	return out
}

func testPutSameBatch(t *testing.T, s claimtrail.Store) {
	res := MustPut(t, s, harbor(), harbor(), harborV2(), quarry())
	want := []struct {
		status  string
		version int
	}{{claimtrail.PutCreated, 1}, {claimtrail.PutUnchanged, 1}, {claimtrail.PutVersion, 2}, {claimtrail.PutCreated, 1}}
	for i, w := range want {
		if res[i].Status != w.status || res[i].Version != w.version {
			t.Errorf("result %d = %+v, want %s version %d", i, res[i], w.status, w.version)
		}
	}
	if res[1].ArticleID != res[0].ArticleID {
		t.Errorf("repeat in batch got id %d, want %d", res[1].ArticleID, res[0].ArticleID)
	}
	if st := MustStats(t, s); st.Articles != 2 || st.Versions != 3 || st.Statements != 3 {
		t.Errorf("stats = %+v, want 2 articles, 3 versions, 3 latest statements", st)
	}
}

func testPutInvalid(t *testing.T, s claimtrail.Store) {
	tests := []struct {
		name   string
		modify func(in *claimtrail.ArticleInput)
	}{
		{"NilDoc", func(in *claimtrail.ArticleInput) { in.Doc = nil }},
		{"NoKey", func(in *claimtrail.ArticleInput) { in.Doc.ID, in.Doc.URL = "", "" }},
		{"NoHash", func(in *claimtrail.ArticleInput) { in.Hash = "" }},
		{"ReversedSpan", func(in *claimtrail.ArticleInput) { in.Statements[0].Cue.Span = claimtrail.Span{Start: 9, End: 3} }},
		{"SpanPastText", func(in *claimtrail.ArticleInput) { in.Statements[1].Span.End = len(in.Doc.Text) + 1 }},
		{"NegativeSpan", func(in *claimtrail.ArticleInput) { in.Statements[2].Via[0].Span.Start = -1 }},
		{"RepeatedN", func(in *claimtrail.ArticleInput) { in.Statements[1].N = 1 }},
		{"BadUTF8", func(in *claimtrail.ArticleInput) { in.Doc.Title = "caf\xe9" }},
		{"NUL", func(in *claimtrail.ArticleInput) { in.Statements[0].Content.Text = "a\x00b" }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			bad := harbor()
			tt.modify(&bad)
			// The valid input before it must not be stored either.
			_, err := s.PutArticles(context.Background(), []claimtrail.ArticleInput{quarry(), bad})
			if code := claimtrail.ErrorCode(err); code != claimtrail.EINVALID {
				t.Fatalf("error %v (code %q), want EINVALID", err, code)
			}
			if st := MustStats(t, s); st.Versions != 0 || st.Statements != 0 {
				t.Errorf("after a failed batch: %d versions, %d statements stored", st.Versions, st.Statements)
			}
		})
	}
}

func testPutEmpty(t *testing.T, s claimtrail.Store) {
	res, err := s.PutArticles(context.Background(), nil)
	if err != nil || len(res) != 0 {
		t.Fatalf("PutArticles(nil) = %v, %v", res, err)
	}
	// An article without statements is stored all the same.
	in := quarry()
	in.Statements = nil
	if r := MustPut(t, s, in)[0]; r.Status != claimtrail.PutCreated {
		t.Fatalf("no statements: %+v", r)
	}
}
