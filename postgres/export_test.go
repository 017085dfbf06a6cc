package postgres

import (
	"context"
	"time"

	"github.com/claimtrail/claimtrail"
)

// HoldPut stores in in a transaction of its own connection, left open
// until the function returned commits it (storetest.HoldPut).
func (s *DB) HoldPut(ctx context.Context, in []claimtrail.ArticleInput) (func() error, error) {
	conn, err := s.pool.acquire(ctx)
	if err != nil {
		return nil, err
	}
	tx, err := conn.Begin(ctx)
	if err != nil {
		s.pool.release(conn)
		return nil, err
	}
	out := make([]claimtrail.PutResult, len(in))
	if err := putArticles(ctx, tx, in, out, s.Now().UTC().Truncate(time.Microsecond)); err != nil {
		tx.Rollback(ctx)
		s.pool.release(conn)
		return nil, err
	}
	return func() error {
		defer s.pool.release(conn)
		return tx.Commit(ctx)
	}, nil
}
