package sqlite_test

import (
	"testing"

	"github.com/claimtrail/claimtrail/storetest"
)

// BenchmarkPutArticles stores synthetic ~2 KB articles with 8 statements
// each into a WAL file database, 250 per transaction as ingest does.
func BenchmarkPutArticles(b *testing.B) {
	for _, bc := range []struct {
		name  string
		batch int
	}{{"Batch250", 250}, {"Batch1", 1}, {"Batch1000", 1000}} {
		b.Run(bc.name, func(b *testing.B) {
			storetest.BenchmarkPutArticles(b, MustOpenDB(b, tempPath(b)), bc.batch)
		})
	}
}

// BenchmarkFindStatements runs ranked searches on a 100,000-statement store.
func BenchmarkFindStatements(b *testing.B) {
	storetest.BenchmarkFindStatements(b, MustOpenDB(b, tempPath(b)))
}
