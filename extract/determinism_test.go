package extract_test

import (
	"encoding/json"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/examples"
	"github.com/claimtrail/claimtrail/extract"
)

// TestExtract_Deterministic checks that a document's statements do not
// depend on what the extractor read before it (pipelines are reused).
func TestExtract_Deterministic(t *testing.T) {
	docs := bbcDocs(t, 400)
	x := mustExtractor(t)
	first := make([]string, len(docs))
	for i := range docs {
		b, _ := json.Marshal(x.Extract(&docs[i]))
		first[i] = string(b)
	}
	for i := len(docs) - 1; i >= 0; i-- {
		fresh, err := extract.New(extract.Options{})
		if err != nil {
			t.Fatal(err)
		}
		b, _ := json.Marshal(fresh.Extract(&docs[i]))
		if string(b) != first[i] {
			t.Fatalf("%s: statements differ between a fresh extractor and one that read other documents first", docs[i].ID)
		}
	}
}

// TestExtractBatch_SameAsExtract checks that reading documents in batches
// (taggers run over a group of documents in turn) gives each document the
// statements Extract gives it, with empty and over-long documents mixed in.
func TestExtractBatch_SameAsExtract(t *testing.T) {
	// the demo corpus always; BBC articles too when ../shared is there
	var docs []claimtrail.Document
	demo, err := fs.Glob(examples.Demo, "demo/*.txt")
	if err != nil || len(demo) == 0 {
		t.Fatalf("demo corpus: %v", err)
	}
	for _, name := range demo {
		b, err := fs.ReadFile(examples.Demo, name)
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, claimtrail.Document{ID: name, Text: string(b)})
	}
	if _, err := os.Stat(filepath.Join("..", "..", "shared", "data", "bbc")); err == nil {
		docs = append(docs, bbcDocs(t, 150)...)
	} else {
		t.Log("../shared/data/bbc not found: demo corpus and generated documents only")
	}
	for len(docs) < 45 { // several groups even without BBC
		docs = append(docs, docs[len(docs)%len(demo)])
	}
	long := strings.Repeat(`"The boats were delivered," the minister said on Monday. `, 20000) // over one window
	big := strings.Repeat(`The ministry denied the report, a spokesman said. `, 4000)          // a group of its own
	docs = append(docs[:40], append([]claimtrail.Document{{ID: "empty"}, {ID: "long", Text: long}, {ID: "big", Text: big}}, docs[40:]...)...)
	x := mustExtractor(t)
	ptrs := make([]*claimtrail.Document, len(docs))
	for i := range docs {
		ptrs[i] = &docs[i]
	}
	got := x.ExtractBatch(ptrs)
	if len(got) != len(docs) {
		t.Fatalf("%d results for %d documents", len(got), len(docs))
	}
	for i := range docs {
		want, _ := json.Marshal(x.Extract(&docs[i]))
		b, _ := json.Marshal(got[i])
		if string(b) != string(want) {
			t.Errorf("%s: ExtractBatch differs from Extract", docs[i].ID)
		}
	}
}
