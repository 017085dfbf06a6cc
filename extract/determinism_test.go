package extract_test

import (
	"encoding/json"
	"testing"

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
