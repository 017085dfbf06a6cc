package mock_test

import (
	"context"
	"testing"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/mock"
)

func TestStore(t *testing.T) {
	ctx := context.Background()
	var got claimtrail.StatementFilter
	s := &mock.Store{
		FindStatementsFn: func(_ context.Context, f claimtrail.StatementFilter) ([]*claimtrail.StoredStatement, int, error) {
			got = f
			return []*claimtrail.StoredStatement{{ID: 7}}, 1, nil
		},
		FindArticleByIDFn: func(context.Context, int64) (*claimtrail.Article, error) {
			return nil, claimtrail.Errorf(claimtrail.ENOTFOUND, "no article")
		},
	}
	var store claimtrail.Store = s
	sts, n, err := store.FindStatements(ctx, claimtrail.StatementFilter{Query: "pier", Limit: 3})
	if err != nil || n != 1 || len(sts) != 1 || sts[0].ID != 7 || got.Query != "pier" || got.Limit != 3 {
		t.Errorf("FindStatements = %v, %d, %v (filter %+v)", sts, n, err, got)
	}
	if _, err := store.FindArticleByID(ctx, 1); claimtrail.ErrorCode(err) != claimtrail.ENOTFOUND {
		t.Errorf("FindArticleByID error = %v, want ENOTFOUND", err)
	}
	if err := store.Close(); err != nil {
		t.Errorf("Close with no CloseFn = %v", err)
	}
}
