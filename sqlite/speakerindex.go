package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"github.com/claimtrail/claimtrail/internal/storecodec"
)

// speakerIndex is the speakers table within a write transaction
// (storecodec.SpeakerIndex). Its statements are prepared once a batch:
// a batch asks about thousands of names.
type speakerIndex struct {
	tx                                                 *sql.Tx
	byAlias, bySurname, addSpeaker, addAlias, addCount *sql.Stmt
}

func newSpeakerIndex(ctx context.Context, tx *sql.Tx) (*speakerIndex, error) {
	x := &speakerIndex{tx: tx}
	for _, p := range []struct {
		dst   **sql.Stmt
		query string
	}{
		{&x.byAlias, `SELECT speaker_id FROM speaker_aliases WHERE alias = ?`},
		{&x.bySurname, `SELECT id, statements FROM speakers WHERE surname = ? ORDER BY id`},
		{&x.addSpeaker, `INSERT INTO speakers (name, key, type, surname) VALUES (?, ?, ?, ?)`},
		{&x.addAlias, `INSERT INTO speaker_aliases (alias, speaker_id) VALUES (?, ?)`},
		{&x.addCount, `UPDATE speakers SET statements = statements + ? WHERE id = ?`},
	} {
		st, err := tx.PrepareContext(ctx, p.query)
		if err != nil {
			x.close()
			return nil, fmt.Errorf("prepare: %w", formatError(err))
		}
		*p.dst = st
	}
	return x, nil
}

func (x *speakerIndex) close() {
	for _, st := range []*sql.Stmt{x.byAlias, x.bySurname, x.addSpeaker, x.addAlias, x.addCount} {
		if st != nil {
			st.Close()
		}
	}
}

func (x *speakerIndex) ByAlias(ctx context.Context, alias string) (int64, error) {
	var id int64
	err := x.byAlias.QueryRowContext(ctx, alias).Scan(&id)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, nil
	}
	if err != nil {
		return 0, fmt.Errorf("find speaker: %w", formatError(err))
	}
	return id, nil
}

func (x *speakerIndex) BySurname(ctx context.Context, surname string) ([]storecodec.SpeakerCount, error) {
	rows, err := x.bySurname.QueryContext(ctx, surname)
	if err != nil {
		return nil, fmt.Errorf("find speaker: %w", formatError(err))
	}
	defer rows.Close()
	var out []storecodec.SpeakerCount
	for rows.Next() {
		var c storecodec.SpeakerCount
		if err := rows.Scan(&c.ID, &c.Statements); err != nil {
			return nil, err
		}
		out = append(out, c)
	}
	return out, rows.Err()
}

func (x *speakerIndex) AddSpeaker(ctx context.Context, name, key, typ, surname string) (int64, error) {
	res, err := x.addSpeaker.ExecContext(ctx, name, key, typ, surname)
	if err != nil {
		return 0, fmt.Errorf("add speaker: %w", formatError(err))
	}
	id, err := res.LastInsertId()
	if err != nil {
		return 0, err
	}
	if _, err := x.addAlias.ExecContext(ctx, key, id); err != nil {
		return 0, fmt.Errorf("add speaker alias: %w", formatError(err))
	}
	return id, nil
}

func (x *speakerIndex) Merge(ctx context.Context, from, into int64) error {
	for _, q := range []struct {
		sql  string
		args []any
	}{
		{`UPDATE statements SET speaker_id = ? WHERE speaker_id = ?`, []any{into, from}},
		{`UPDATE speakers SET statements = statements + (SELECT statements FROM speakers WHERE id = ?) WHERE id = ?`, []any{from, into}},
		{`DELETE FROM speaker_aliases WHERE speaker_id = ?`, []any{from}},
		{`DELETE FROM speakers WHERE id = ?`, []any{from}},
	} {
		if _, err := x.tx.ExecContext(ctx, q.sql, q.args...); err != nil {
			return fmt.Errorf("merge speakers: %w", formatError(err))
		}
	}
	return nil
}

func (x *speakerIndex) AddCounts(ctx context.Context, n map[int64]int) error {
	for id, k := range n {
		if _, err := x.addCount.ExecContext(ctx, k, id); err != nil {
			return fmt.Errorf("count speaker statements: %w", formatError(err))
		}
	}
	return nil
}
