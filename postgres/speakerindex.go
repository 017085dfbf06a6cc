package postgres

import (
	"context"
	"errors"
	"fmt"

	"github.com/claimtrail/claimtrail/internal/storecodec"
	"github.com/jackc/pgx/v5"
)

// speakerIndex is the speakers table within a write transaction
// (storecodec.SpeakerIndex).
type speakerIndex struct{ tx pgx.Tx }

func (x speakerIndex) ByAlias(ctx context.Context, alias string) (int64, error) {
	var id int64
	err := x.tx.QueryRow(ctx, `SELECT speaker_id FROM speaker_aliases WHERE alias = $1`, alias).Scan(&id)
	if errors.Is(err, pgx.ErrNoRows) {
		return 0, nil
	}
	if err != nil {
		return 0, fmt.Errorf("find speaker: %w", formatError(err))
	}
	return id, nil
}

func (x speakerIndex) BySurname(ctx context.Context, surname string) ([]storecodec.SpeakerCount, error) {
	rows, err := x.tx.Query(ctx, `SELECT id, statements FROM speakers WHERE surname = $1 ORDER BY id`, surname)
	if err != nil {
		return nil, fmt.Errorf("find speaker: %w", formatError(err))
	}
	out, err := pgx.CollectRows(rows, func(r pgx.CollectableRow) (storecodec.SpeakerCount, error) {
		var c storecodec.SpeakerCount
		err := r.Scan(&c.ID, &c.Statements)
		return c, err
	})
	if err != nil {
		return nil, fmt.Errorf("find speaker: %w", formatError(err))
	}
	return out, nil
}

func (x speakerIndex) AddSpeaker(ctx context.Context, name, key, typ, surname string) (int64, error) {
	var id int64
	if err := x.tx.QueryRow(ctx, `INSERT INTO speakers (name, key, type, surname) VALUES ($1, $2, $3, $4) RETURNING id`,
		name, key, typ, surname).Scan(&id); err != nil {
		return 0, fmt.Errorf("add speaker: %w", formatError(err))
	}
	if _, err := x.tx.Exec(ctx, `INSERT INTO speaker_aliases (alias, speaker_id) VALUES ($1, $2)`, key, id); err != nil {
		return 0, fmt.Errorf("add speaker alias: %w", formatError(err))
	}
	return id, nil
}

func (x speakerIndex) Merge(ctx context.Context, from, into int64) error {
	for _, q := range []struct {
		sql  string
		args []any
	}{
		{`UPDATE statements SET speaker_id = $1 WHERE speaker_id = $2`, []any{into, from}},
		{`UPDATE speakers SET statements = statements + (SELECT statements FROM speakers WHERE id = $1) WHERE id = $2`, []any{from, into}},
		{`DELETE FROM speaker_aliases WHERE speaker_id = $1`, []any{from}},
		{`DELETE FROM speakers WHERE id = $1`, []any{from}},
	} {
		if _, err := x.tx.Exec(ctx, q.sql, q.args...); err != nil {
			return fmt.Errorf("merge speakers: %w", formatError(err))
		}
	}
	return nil
}

func (x speakerIndex) AddCounts(ctx context.Context, n map[int64]int) error {
	ids := make([]int64, 0, len(n))
	counts := make([]int64, 0, len(n))
	for id, k := range n {
		ids, counts = append(ids, id), append(counts, int64(k))
	}
	if _, err := x.tx.Exec(ctx, `UPDATE speakers p SET statements = p.statements + c.n
		FROM unnest($1::bigint[], $2::bigint[]) AS c(id, n) WHERE p.id = c.id`, ids, counts); err != nil {
		return fmt.Errorf("count speaker statements: %w", formatError(err))
	}
	return nil
}
