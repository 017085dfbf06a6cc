package sqlite

import (
	"cmp"
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"slices"
	"strconv"
	"time"

	"github.com/claimtrail/claimtrail"
)

// The claimtrail watch tables (migration 0007): saved claims, sources
// and alerts.

var _ claimtrail.WatchStore = (*DB)(nil)

// write runs fn in a write transaction and commits when it succeeds.
func (s *DB) write(ctx context.Context, fn func(tx *sql.Tx) error) error {
	tx, err := s.begin(ctx, false)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if err := fn(tx); err != nil {
		return err
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("commit: %w", formatError(err))
	}
	s.wrote()
	return nil
}

// CreateClaim stores c and sets its ID and Created.
func (s *DB) CreateClaim(ctx context.Context, c *claimtrail.SavedClaim) error {
	if err := c.Validate(); err != nil {
		return err
	}
	c.Created = s.Now().UTC().Truncate(time.Microsecond)
	return s.write(ctx, func(tx *sql.Tx) error {
		err := tx.QueryRowContext(ctx, `INSERT INTO claims (text, name, min_match, created_at, traced_to, earliest_assertion, earliest_denial)
			VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id`, c.Text, c.Name, c.MinMatch, formatTime(c.Created), c.TracedTo,
			c.EarliestAssertion, c.EarliestDenial).Scan(&c.ID)
		if err != nil {
			return fmt.Errorf("create claim: %w", formatError(err))
		}
		return nil
	})
}

const claimColumns = `id, text, name, min_match, created_at, traced_to, earliest_assertion, earliest_denial`

func scanClaim(row interface{ Scan(...any) error }) (*claimtrail.SavedClaim, error) {
	var c claimtrail.SavedClaim
	var created string
	if err := row.Scan(&c.ID, &c.Text, &c.Name, &c.MinMatch, &created, &c.TracedTo, &c.EarliestAssertion, &c.EarliestDenial); err != nil {
		return nil, err
	}
	var err error
	c.Created, err = parseTime(created)
	return &c, err
}

// FindClaims returns every saved claim, oldest first.
func (s *DB) FindClaims(ctx context.Context) ([]*claimtrail.SavedClaim, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT `+claimColumns+` FROM claims ORDER BY id`)
	if err != nil {
		return nil, fmt.Errorf("find claims: %w", formatError(err))
	}
	defer rows.Close()
	var out []*claimtrail.SavedClaim
	for rows.Next() {
		c, err := scanClaim(rows)
		if err != nil {
			return nil, fmt.Errorf("find claims: %w", err)
		}
		out = append(out, c)
	}
	return out, rows.Err()
}

// FindClaimByID returns ENOTFOUND when there is no such claim.
func (s *DB) FindClaimByID(ctx context.Context, id int64) (*claimtrail.SavedClaim, error) {
	c, err := scanClaim(s.db.QueryRowContext(ctx, `SELECT `+claimColumns+` FROM claims WHERE id = ?`, id))
	if err == sql.ErrNoRows {
		return nil, claimtrail.Errorf(claimtrail.ENOTFOUND, "claim %d not found", id)
	} else if err != nil {
		return nil, fmt.Errorf("find claim: %w", formatError(err))
	}
	return c, nil
}

// DeleteClaim deletes a claim and its alerts.
func (s *DB) DeleteClaim(ctx context.Context, id int64) error {
	return s.deleteRow(ctx, "claims", "claim", id)
}

// DeleteSource deletes a source.
func (s *DB) DeleteSource(ctx context.Context, id int64) error {
	return s.deleteRow(ctx, "sources", "source", id)
}

func (s *DB) deleteRow(ctx context.Context, table, what string, id int64) error {
	return s.write(ctx, func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, `DELETE FROM `+table+` WHERE id = ?`, id)
		if err != nil {
			return fmt.Errorf("delete %s: %w", what, formatError(err))
		}
		if n, _ := res.RowsAffected(); n == 0 {
			return claimtrail.Errorf(claimtrail.ENOTFOUND, "%s %d not found", what, id)
		}
		return nil
	})
}

// CreateSource stores src and sets its ID and Created.
func (s *DB) CreateSource(ctx context.Context, src *claimtrail.Source) error {
	if err := src.Validate(); err != nil {
		return err
	}
	src.Created = s.Now().UTC().Truncate(time.Microsecond)
	return s.write(ctx, func(tx *sql.Tx) error {
		err := tx.QueryRowContext(ctx, `INSERT INTO sources (url, follow, created_at) VALUES (?, ?, ?) RETURNING id`,
			src.URL, src.Follow, formatTime(src.Created)).Scan(&src.ID)
		if err != nil {
			return fmt.Errorf("create source: %w", formatError(err))
		}
		return nil
	})
}

// FindSources returns every source, oldest first.
func (s *DB) FindSources(ctx context.Context) ([]*claimtrail.Source, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT id, url, follow, created_at, etag, last_modified, last_polled,
		last_status, failures FROM sources ORDER BY id`)
	if err != nil {
		return nil, fmt.Errorf("find sources: %w", formatError(err))
	}
	defer rows.Close()
	var out []*claimtrail.Source
	for rows.Next() {
		var src claimtrail.Source
		var created, polled string
		if err := rows.Scan(&src.ID, &src.URL, &src.Follow, &created, &src.ETag, &src.LastModified, &polled,
			&src.LastStatus, &src.Failures); err != nil {
			return nil, fmt.Errorf("find sources: %w", err)
		}
		if src.Created, err = parseTime(created); err != nil {
			return nil, fmt.Errorf("find sources: %w", err)
		}
		if polled != "" {
			if src.LastPolled, err = parseTime(polled); err != nil {
				return nil, fmt.Errorf("find sources: %w", err)
			}
		}
		out = append(out, &src)
	}
	return out, rows.Err()
}

// UpdateSource records a poll.
func (s *DB) UpdateSource(ctx context.Context, id int64, p claimtrail.SourcePoll) error {
	return s.write(ctx, func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, `UPDATE sources SET last_polled = ?, last_status = ?, failures = ?,
			etag = ?, last_modified = ? WHERE id = ?`,
			formatTime(p.Polled), p.Status, p.Failures, p.ETag, p.LastModified, id)
		if err != nil {
			return fmt.Errorf("update source: %w", formatError(err))
		}
		if n, _ := res.RowsAffected(); n == 0 {
			return claimtrail.Errorf(claimtrail.ENOTFOUND, "source %d not found", id)
		}
		return nil
	})
}

// MaxStatementID is the largest statement id stored.
func (s *DB) MaxStatementID(ctx context.Context) (int64, error) {
	var id int64
	if err := s.db.QueryRowContext(ctx, `SELECT coalesce(max(id), 0) FROM statements`).Scan(&id); err != nil {
		return 0, fmt.Errorf("max statement id: %w", formatError(err))
	}
	return id, nil
}

// StatementsAfter returns up to limit statements of latest articles with
// an id above after, in id order, and their articles' keys.
func (s *DB) StatementsAfter(ctx context.Context, after int64, limit int) ([]*claimtrail.StoredStatement, []string, error) {
	if limit <= 0 {
		return nil, nil, claimtrail.Errorf(claimtrail.EINVALID, "limit %d: want one or more", limit)
	}
	tx, err := s.begin(ctx, true)
	if err != nil {
		return nil, nil, err
	}
	defer tx.Rollback()
	q := statementQuery{from: "statements s JOIN articles a ON a.id = s.article_id",
		cond: " WHERE s.id > ? AND a.latest = 1", order: "s.id", rank: "0.0", args: []any{after}}
	rows, err := tx.QueryContext(ctx, q.pageSQL(" LIMIT "+strconv.Itoa(limit)), q.args...)
	if err != nil {
		return nil, nil, fmt.Errorf("statements after: %w", formatError(err))
	}
	sts, err := scanStatements(rows)
	rows.Close()
	if err != nil || len(sts) == 0 {
		return nil, nil, err
	}
	slices.SortFunc(sts, func(a, b *claimtrail.StoredStatement) int { return cmp.Compare(a.ID, b.ID) })
	keys := make([]string, len(sts))
	byID := map[int64]string{}
	for i, st := range sts {
		key, ok := byID[st.ArticleID]
		if !ok {
			if err := tx.QueryRowContext(ctx, `SELECT key FROM articles WHERE id = ?`, st.ArticleID).Scan(&key); err != nil {
				return nil, nil, fmt.Errorf("statements after: %w", formatError(err))
			}
			byID[st.ArticleID] = key
		}
		keys[i] = key
	}
	return sts, keys, nil
}

// RecordAlerts stores the alerts not raised before and moves the claims'
// progress, in one transaction.
func (s *DB) RecordAlerts(ctx context.Context, alerts []claimtrail.Alert, progress []claimtrail.ClaimProgress) ([]claimtrail.Alert, error) {
	var out []claimtrail.Alert
	err := s.write(ctx, func(tx *sql.Tx) error {
		out = out[:0]
		for _, a := range alerts {
			js, err := json.Marshal(a.Statement)
			if err != nil {
				return fmt.Errorf("record alert: %w", err)
			}
			err = tx.QueryRowContext(ctx, `INSERT INTO alerts (claim_id, statement_key, statement_id, statement_json,
				stance, match, first_seen, earliest) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
				ON CONFLICT (claim_id, statement_key) DO NOTHING RETURNING id`,
				a.Claim.ID, a.Key, a.Statement.ID, string(js), a.Stance, a.Match, formatTime(a.FirstSeen), a.Earliest).Scan(&a.ID)
			if err == sql.ErrNoRows {
				continue // raised before
			} else if err != nil {
				return fmt.Errorf("record alert: %w", formatError(err))
			}
			out = append(out, a)
		}
		for _, p := range progress {
			if _, err := tx.ExecContext(ctx, `UPDATE claims SET traced_to = max(traced_to, ?),
				earliest_assertion = ?, earliest_denial = ? WHERE id = ?`,
				p.TracedTo, p.EarliestAssertion, p.EarliestDenial, p.ClaimID); err != nil {
				return fmt.Errorf("record progress: %w", formatError(err))
			}
		}
		return nil
	})
	return out, err
}

// FindAlerts returns matching alerts, newest first, and their total.
func (s *DB) FindAlerts(ctx context.Context, f claimtrail.AlertFilter) ([]*claimtrail.Alert, int, error) {
	page, err := limitClause(f.Offset, f.Limit)
	if err != nil {
		return nil, 0, err
	}
	cond, args := "", []any{}
	if f.ClaimID != 0 {
		cond, args = " WHERE a.claim_id = ?", append(args, f.ClaimID)
	}
	tx, err := s.begin(ctx, true)
	if err != nil {
		return nil, 0, err
	}
	defer tx.Rollback()
	var total int
	if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM alerts a`+cond, args...).Scan(&total); err != nil {
		return nil, 0, fmt.Errorf("count alerts: %w", formatError(err))
	}
	out, err := queryAlerts(ctx, tx, cond+` ORDER BY a.first_seen DESC, a.id DESC`+page, args...)
	return out, total, err
}

// PendingAlerts returns up to limit alerts not yet delivered to sink,
// oldest first; a new sink is due the alerts stored from now on.
func (s *DB) PendingAlerts(ctx context.Context, sink string, limit int) ([]*claimtrail.Alert, error) {
	if limit <= 0 {
		return nil, claimtrail.Errorf(claimtrail.EINVALID, "limit %d: want one or more", limit)
	}
	var out []*claimtrail.Alert
	err := s.write(ctx, func(tx *sql.Tx) error {
		if _, err := tx.ExecContext(ctx, `INSERT INTO alert_sinks (name, delivered_to)
			SELECT ?, coalesce(max(id), 0) FROM alerts WHERE true ON CONFLICT (name) DO NOTHING`, sink); err != nil {
			return fmt.Errorf("register sink: %w", formatError(err))
		}
		var err error
		out, err = queryAlerts(ctx, tx, ` WHERE a.id > (SELECT delivered_to FROM alert_sinks WHERE name = ?)
			ORDER BY a.id LIMIT `+strconv.Itoa(limit), sink)
		return err
	})
	return out, err
}

// MarkDelivered records that sink received the alerts up to id.
func (s *DB) MarkDelivered(ctx context.Context, sink string, id int64) error {
	return s.write(ctx, func(tx *sql.Tx) error {
		if _, err := tx.ExecContext(ctx, `UPDATE alert_sinks SET delivered_to = max(delivered_to, ?) WHERE name = ?`, id, sink); err != nil {
			return fmt.Errorf("mark delivered: %w", formatError(err))
		}
		return nil
	})
}

// queryAlerts reads the alerts (a) with their claims' text that tail
// (a WHERE clause, order and limit) selects.
func queryAlerts(ctx context.Context, tx *sql.Tx, tail string, args ...any) ([]*claimtrail.Alert, error) {
	rows, err := tx.QueryContext(ctx, `SELECT a.id, a.claim_id, c.text, a.statement_key, a.statement_json,
		a.stance, a.match, a.first_seen, a.earliest FROM alerts a JOIN claims c ON c.id = a.claim_id`+tail, args...)
	if err != nil {
		return nil, fmt.Errorf("find alerts: %w", formatError(err))
	}
	defer rows.Close()
	var out []*claimtrail.Alert
	for rows.Next() {
		var a claimtrail.Alert
		var js, seen string
		if err := rows.Scan(&a.ID, &a.Claim.ID, &a.Claim.Text, &a.Key, &js, &a.Stance, &a.Match, &seen, &a.Earliest); err != nil {
			return nil, fmt.Errorf("find alerts: %w", err)
		}
		if a.FirstSeen, err = parseTime(seen); err != nil {
			return nil, fmt.Errorf("find alerts: %w", err)
		}
		if err := json.Unmarshal([]byte(js), &a.Statement); err != nil {
			return nil, fmt.Errorf("find alerts: statement of alert %d: %w", a.ID, err)
		}
		out = append(out, &a)
	}
	return out, rows.Err()
}
