package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
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

// CreateClaim stores c and sets its ID, Created and TracedTo. SQLite has
// one writer: a write in progress numbers its queue entries above every
// committed one, so the committed entries give the claim's position.
func (s *DB) CreateClaim(ctx context.Context, c *claimtrail.SavedClaim) error {
	if err := c.Validate(); err != nil {
		return err
	}
	c.Created = s.Now().UTC().Truncate(time.Microsecond)
	return s.write(ctx, func(tx *sql.Tx) error {
		err := tx.QueryRowContext(ctx, `INSERT INTO claims (text, name, min_match, created_at, traced_to, earliest_assertion, earliest_denial)
			VALUES (?, ?, ?, ?, (SELECT coalesce(max(seq), 0) FROM watch_queue), ?, ?) RETURNING id, traced_to`,
			c.Text, c.Name, c.MinMatch, formatTime(c.Created), c.EarliestAssertion, c.EarliestDenial).Scan(&c.ID, &c.TracedTo)
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

// QueuedArticles returns up to limit entries of the watch queue, oldest
// first.
func (s *DB) QueuedArticles(ctx context.Context, limit int) ([]claimtrail.QueuedArticle, error) {
	if limit <= 0 {
		return nil, claimtrail.Errorf(claimtrail.EINVALID, "limit %d: want one or more", limit)
	}
	rows, err := s.db.QueryContext(ctx, `SELECT q.seq, q.article_id, a.key, CASE WHEN a.latest = 1 THEN a.statements ELSE 0 END
		FROM watch_queue q JOIN articles a ON a.id = q.article_id ORDER BY q.seq LIMIT `+strconv.Itoa(limit))
	if err != nil {
		return nil, fmt.Errorf("queued articles: %w", formatError(err))
	}
	defer rows.Close()
	var out []claimtrail.QueuedArticle
	for rows.Next() {
		var q claimtrail.QueuedArticle
		if err := rows.Scan(&q.Seq, &q.ArticleID, &q.Key, &q.Statements); err != nil {
			return nil, fmt.Errorf("queued articles: %w", err)
		}
		out = append(out, q)
	}
	return out, rows.Err()
}

// RecordAlerts stores the alerts not raised before, moves the claims'
// progress and removes the queue entries done, in one transaction.
func (s *DB) RecordAlerts(ctx context.Context, alerts []claimtrail.Alert, progress []claimtrail.ClaimProgress, done []int64) ([]claimtrail.Alert, error) {
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
		if err := queueDeliveries(ctx, tx, out); err != nil {
			return err
		}
		for _, p := range progress {
			if _, err := tx.ExecContext(ctx, `UPDATE claims SET earliest_assertion = ?, earliest_denial = ? WHERE id = ?`,
				p.EarliestAssertion, p.EarliestDenial, p.ClaimID); err != nil {
				return fmt.Errorf("record progress: %w", formatError(err))
			}
		}
		return dequeue(ctx, tx, done)
	})
	return out, err
}

// dequeue removes the watch queue entries done, by their seq: an entry
// between two of them may have been committed since they were read.
func dequeue(ctx context.Context, tx *sql.Tx, done []int64) error {
	if len(done) == 0 {
		return nil
	}
	del, err := tx.PrepareContext(ctx, `DELETE FROM watch_queue WHERE seq = ?`)
	if err != nil {
		return fmt.Errorf("watch queue: %w", formatError(err))
	}
	defer del.Close()
	for _, seq := range done {
		if _, err := del.ExecContext(ctx, seq); err != nil {
			return fmt.Errorf("watch queue: %w", formatError(err))
		}
	}
	return nil
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

// queueDeliveries puts the new alerts in the delivery queue of every
// sink named so far, in the transaction that stores them (migration 0011).
func queueDeliveries(ctx context.Context, tx *sql.Tx, alerts []claimtrail.Alert) error {
	for _, a := range alerts {
		if _, err := tx.ExecContext(ctx, `INSERT INTO alert_deliveries (sink, alert_id) SELECT name, ? FROM alert_sinks`, a.ID); err != nil {
			return fmt.Errorf("queue deliveries: %w", formatError(err))
		}
	}
	return nil
}

// PendingAlerts returns up to limit alerts in sink's delivery queue
// (migration 0011), oldest first; a sink named for the first time is
// registered, and due the alerts stored from then on.
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
		out, err = queryAlerts(ctx, tx, ` JOIN alert_deliveries d ON d.alert_id = a.id WHERE d.sink = ?
			ORDER BY a.id LIMIT `+strconv.Itoa(limit), sink)
		return err
	})
	return out, err
}

// MarkDelivered records that sink received alert id: it leaves the
// sink's queue, whatever other alerts are still in it.
func (s *DB) MarkDelivered(ctx context.Context, sink string, id int64) error {
	return s.write(ctx, func(tx *sql.Tx) error {
		if _, err := tx.ExecContext(ctx, `DELETE FROM alert_deliveries WHERE sink = ? AND alert_id = ?`, sink, id); err != nil {
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
