package postgres

import (
	"context"
	"errors"
	"fmt"

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

func (x speakerIndex) BySurname(ctx context.Context, surname string) ([]int64, error) {
	rows, err := x.tx.Query(ctx, `SELECT id FROM speakers WHERE surname = $1 ORDER BY id LIMIT 2`, surname)
	if err != nil {
		return nil, fmt.Errorf("find speaker: %w", formatError(err))
	}
	ids, err := pgx.CollectRows(rows, pgx.RowTo[int64])
	if err != nil {
		return nil, fmt.Errorf("find speaker: %w", formatError(err))
	}
	return ids, nil
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
		{`DELETE FROM speaker_aliases WHERE speaker_id = $1`, []any{from}},
		{`DELETE FROM speakers WHERE id = $1`, []any{from}},
	} {
		if _, err := x.tx.Exec(ctx, q.sql, q.args...); err != nil {
			return fmt.Errorf("merge speakers: %w", formatError(err))
		}
	}
	return nil
}
