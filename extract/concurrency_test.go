package extract_test

import (
	"encoding/json"
	"sync"
	"testing"
)

// TestExtract_Concurrent runs one Extractor from several goroutines, as
// claimtrail ingest does, and checks each document's statements equal a
// sequential run's. Run it with -race.
func TestExtract_Concurrent(t *testing.T) {
	docs := bbcDocs(t, 60)
	x := mustExtractor(t)
	want := make([]string, len(docs))
	for i := range docs {
		b, _ := json.Marshal(x.Extract(&docs[i]))
		want[i] = string(b)
	}
	var wg sync.WaitGroup
	errs := make(chan string, len(docs))
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for i := w; i < len(docs); i += 4 {
				b, _ := json.Marshal(x.Extract(&docs[i]))
				if string(b) != want[i] {
					errs <- docs[i].ID
				}
			}
		}(w)
	}
	wg.Wait()
	close(errs)
	for id := range errs {
		t.Errorf("%s: concurrent extraction differs from sequential", id)
	}
}
