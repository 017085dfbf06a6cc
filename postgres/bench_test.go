package postgres_test

import (
	"testing"

	"github.com/claimtrail/claimtrail/storetest"
)

// BenchmarkPutArticles stores synthetic ~2 KB articles with 8 statements
// each, 250 per transaction as ingest does.
func BenchmarkPutArticles(b *testing.B) {
	storetest.BenchmarkPutArticles(b, MustOpenDB(b), 250)
}

// BenchmarkFindStatements runs ranked searches on a 100,000-statement store.
func BenchmarkFindStatements(b *testing.B) {
	storetest.BenchmarkFindStatements(b, MustOpenDB(b))
}
