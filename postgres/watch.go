package postgres

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"time"

	"github.com/claimtrail/claimtrail"
	"github.com/jackc/pgx/v5"
)

// The claimtrail watch tables (migration 0007): saved claims, sources
// and alerts.

var _ claimtrail.WatchStore = (*DB)(nil)

// CreateClaim stores c and sets its ID, Created and TracedTo. Queue
// entries are numbered when inserted, not when committed, so the SHARE
// lock waits for the transactions that inserted entries (they hold ROW
// EXCLUSIVE until they end) and holds off new ones until the claim is
// committed: every entry at or below its position was stored before it,
// every later one is numbered above.
func (s *DB) CreateClaim(ctx context.Context, c *claimtrail.SavedClaim) error {
	if err := c.Validate(); err != nil {
		return err
	}
	c.Created = s.Now().UTC().Truncate(time.Microsecond)
	return s.withTx(ctx, false, func(tx pgx.Tx) error {
		if _, err := tx.Exec(ctx, `LOCK TABLE watch_queue IN SHARE MODE`); err != nil {
			return fmt.Errorf("create claim: %w", formatError(err))
		}
		err := tx.QueryRow(ctx, `INSERT INTO claims (text, name, min_match, created_at, traced_to, earliest_assertion, earliest_denial)
			VALUES ($1, $2, $3, $4, (SELECT coalesce(max(seq), 0) FROM watch_queue), $5, $6) RETURNING id, traced_to`,
			c.Text, c.Name, c.MinMatch, c.Created, c.EarliestAssertion, c.EarliestDenial).Scan(&c.ID, &c.TracedTo)
		if err != nil {
			return fmt.Errorf("create claim: %w", formatError(err))
		}
		return nil
	})
}

const claimColumns = `id, text, name, min_match, created_at, traced_to, earliest_assertion, earliest_denial`

func scanClaim(row pgx.Row) (*claimtrail.SavedClaim, error) {
	var c claimtrail.SavedClaim
	if err := row.Scan(&c.ID, &c.Text, &c.Name, &c.MinMatch, &c.Created, &c.TracedTo, &c.EarliestAssertion, &c.EarliestDenial); err != nil {
		return nil, err
	}
	c.Created = c.Created.UTC()
	return &c, nil
}

// FindClaims returns every saved claim, oldest first.
func (s *DB) FindClaims(ctx context.Context) ([]*claimtrail.SavedClaim, error) {
	var out []*claimtrail.SavedClaim
	err := s.withTx(ctx, true, func(tx pgx.Tx) error {
		rows, err := tx.Query(ctx, `SELECT `+claimColumns+` FROM claims ORDER BY id`)
		if err != nil {
			return fmt.Errorf("find claims: %w", formatError(err))
		}
		defer rows.Close()
		for rows.Next() {
			c, err := scanClaim(rows)
			if err != nil {
				return fmt.Errorf("find claims: %w", err)
			}
			out = append(out, c)
		}
		return rows.Err()
	})
	return out, err
}

// FindClaimByID returns ENOTFOUND when there is no such claim.
func (s *DB) FindClaimByID(ctx context.Context, id int64) (*claimtrail.SavedClaim, error) {
	var c *claimtrail.SavedClaim
	err := s.withTx(ctx, true, func(tx pgx.Tx) error {
		var err error
		c, err = scanClaim(tx.QueryRow(ctx, `SELECT `+claimColumns+` FROM claims WHERE id = $1`, id))
		if errors.Is(err, pgx.ErrNoRows) {
			return claimtrail.Errorf(claimtrail.ENOTFOUND, "claim %d not found", id)
		} else if err != nil {
			return fmt.Errorf("find claim: %w", formatError(err))
		}
		return nil
	})
	return c, err
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
	return s.withTx(ctx, false, func(tx pgx.Tx) error {
		tag, err := tx.Exec(ctx, `DELETE FROM `+table+` WHERE id = $1`, id)
		if err != nil {
			return fmt.Errorf("delete %s: %w", what, formatError(err))
		}
		if tag.RowsAffected() == 0 {
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
	return s.withTx(ctx, false, func(tx pgx.Tx) error {
		err := tx.QueryRow(ctx, `INSERT INTO sources (url, follow, created_at) VALUES ($1, $2, $3) RETURNING id`,
			src.URL, src.Follow, src.Created).Scan(&src.ID)
		if err != nil {
			return fmt.Errorf("create source: %w", formatError(err))
		}
		return nil
	})
}

// FindSources returns every source, oldest first.
func (s *DB) FindSources(ctx context.Context) ([]*claimtrail.Source, error) {
	var out []*claimtrail.Source
	err := s.withTx(ctx, true, func(tx pgx.Tx) error {
		rows, err := tx.Query(ctx, `SELECT id, url, follow, created_at, etag, last_modified, last_polled,
			last_status, failures FROM sources ORDER BY id`)
		if err != nil {
			return fmt.Errorf("find sources: %w", formatError(err))
		}
		defer rows.Close()
		for rows.Next() {
			var src claimtrail.Source
			var polled *time.Time
			if err := rows.Scan(&src.ID, &src.URL, &src.Follow, &src.Created, &src.ETag, &src.LastModified, &polled,
				&src.LastStatus, &src.Failures); err != nil {
				return fmt.Errorf("find sources: %w", err)
			}
			src.Created = src.Created.UTC()
			if polled != nil {
				src.LastPolled = polled.UTC()
			}
			out = append(out, &src)
		}
		return rows.Err()
	})
	return out, err
}

// UpdateSource records a poll.
func (s *DB) UpdateSource(ctx context.Context, id int64, p claimtrail.SourcePoll) error {
	return s.withTx(ctx, false, func(tx pgx.Tx) error {
		tag, err := tx.Exec(ctx, `UPDATE sources SET last_polled = $1, last_status = $2, failures = $3,
			etag = $4, last_modified = $5 WHERE id = $6`,
			p.Polled.UTC().Truncate(time.Microsecond), p.Status, p.Failures, p.ETag, p.LastModified, id)
		if err != nil {
			return fmt.Errorf("update source: %w", formatError(err))
		}
		if tag.RowsAffected() == 0 {
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
	var out []claimtrail.QueuedArticle
	err := s.withTx(ctx, true, func(tx pgx.Tx) error {
		rows, err := tx.Query(ctx, `SELECT q.seq, q.article_id, a.key, CASE WHEN a.latest THEN a.statements ELSE 0 END
			FROM watch_queue q JOIN articles a ON a.id = q.article_id ORDER BY q.seq LIMIT `+strconv.Itoa(limit))
		if err != nil {
			return fmt.Errorf("queued articles: %w", formatError(err))
		}
		defer rows.Close()
		for rows.Next() {
			var q claimtrail.QueuedArticle
			if err := rows.Scan(&q.Seq, &q.ArticleID, &q.Key, &q.Statements); err != nil {
				return fmt.Errorf("queued articles: %w", err)
			}
			out = append(out, q)
		}
		return rows.Err()
	})
	return out, err
}

// enqueue puts the articles ids on the watch queue, in the transaction
// that stores their statements (migration 0008).
func enqueue(ctx context.Context, tx pgx.Tx, ids []int64) error {
	if _, err := tx.Exec(ctx, `INSERT INTO watch_queue (article_id) SELECT unnest($1::bigint[])`, ids); err != nil {
		return fmt.Errorf("watch queue: %w", formatError(err))
	}
	return nil
}

// RecordAlerts stores the alerts not raised before, moves the claims'
// progress and removes the queue entries done, in one transaction.
func (s *DB) RecordAlerts(ctx context.Context, alerts []claimtrail.Alert, progress []claimtrail.ClaimProgress, done []int64) ([]claimtrail.Alert, error) {
	var out []claimtrail.Alert
	err := s.withTx(ctx, false, func(tx pgx.Tx) error {
		out = out[:0]
		for _, a := range alerts {
			js, err := json.Marshal(a.Statement)
			if err != nil {
				return fmt.Errorf("record alert: %w", err)
			}
			err = tx.QueryRow(ctx, `INSERT INTO alerts (claim_id, statement_key, statement_id, statement_json,
				stance, match, first_seen, earliest) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
				ON CONFLICT (claim_id, statement_key) DO NOTHING RETURNING id`,
				a.Claim.ID, a.Key, a.Statement.ID, string(js), a.Stance, a.Match, a.FirstSeen.UTC().Truncate(time.Microsecond), a.Earliest).Scan(&a.ID)
			if errors.Is(err, pgx.ErrNoRows) {
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
			if _, err := tx.Exec(ctx, `UPDATE claims SET earliest_assertion = $1, earliest_denial = $2 WHERE id = $3`,
				p.EarliestAssertion, p.EarliestDenial, p.ClaimID); err != nil {
				return fmt.Errorf("record progress: %w", formatError(err))
			}
		}
		// By seq, not up to one: an entry between two of them may have
		// been committed since they were read.
		if _, err := tx.Exec(ctx, `DELETE FROM watch_queue WHERE seq = ANY($1)`, done); err != nil {
			return fmt.Errorf("watch queue: %w", formatError(err))
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
		cond, args = " WHERE a.claim_id = $1", append(args, f.ClaimID)
	}
	var out []*claimtrail.Alert
	var total int
	err = s.withTx(ctx, true, func(tx pgx.Tx) error {
		if err := tx.QueryRow(ctx, `SELECT count(*) FROM alerts a`+cond, args...).Scan(&total); err != nil {
			return fmt.Errorf("count alerts: %w", formatError(err))
		}
		var err error
		out, err = queryAlerts(ctx, tx, cond+` ORDER BY a.first_seen DESC, a.id DESC`+page, args...)
		return err
	})
	return out, total, err
}

// queueDeliveries puts the new alerts in the delivery queue of every
// sink named so far, in the transaction that stores them: a sink's queue
// holds each alert committed after the sink was named, whatever order
// concurrent watchers commit in.
func queueDeliveries(ctx context.Context, tx pgx.Tx, alerts []claimtrail.Alert) error {
	if len(alerts) == 0 {
		return nil
	}
	ids := make([]int64, len(alerts))
	for i, a := range alerts {
		ids[i] = a.ID
	}
	if _, err := tx.Exec(ctx, `INSERT INTO alert_deliveries (sink, alert_id)
		SELECT s.name, a.id FROM alert_sinks s CROSS JOIN unnest($1::bigint[]) AS a(id)`, ids); err != nil {
		return fmt.Errorf("queue deliveries: %w", formatError(err))
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
	err := s.withTx(ctx, false, func(tx pgx.Tx) error {
		if _, err := tx.Exec(ctx, `INSERT INTO alert_sinks (name, delivered_to)
			SELECT $1, coalesce(max(id), 0) FROM alerts ON CONFLICT (name) DO NOTHING`, sink); err != nil {
			return fmt.Errorf("register sink: %w", formatError(err))
		}
		var err error
		out, err = queryAlerts(ctx, tx, ` JOIN alert_deliveries d ON d.alert_id = a.id WHERE d.sink = $1
			ORDER BY a.id LIMIT `+strconv.Itoa(limit), sink)
		return err
	})
	return out, err
}

// MarkDelivered records that sink received alert id: it leaves the
// sink's queue, whatever other alerts are still in it.
func (s *DB) MarkDelivered(ctx context.Context, sink string, id int64) error {
	return s.withTx(ctx, false, func(tx pgx.Tx) error {
		if _, err := tx.Exec(ctx, `DELETE FROM alert_deliveries WHERE sink = $1 AND alert_id = $2`, sink, id); err != nil {
			return fmt.Errorf("mark delivered: %w", formatError(err))
		}
		return nil
	})
}

// queryAlerts reads the alerts (a) with their claims' text that tail
// (a WHERE clause, order and limit) selects.
func queryAlerts(ctx context.Context, tx pgx.Tx, tail string, args ...any) ([]*claimtrail.Alert, error) {
	rows, err := tx.Query(ctx, `SELECT a.id, a.claim_id, c.text, a.statement_key, a.statement_json,
		a.stance, a.match, a.first_seen, a.earliest FROM alerts a JOIN claims c ON c.id = a.claim_id`+tail, args...)
	if err != nil {
		return nil, fmt.Errorf("find alerts: %w", formatError(err))
	}
	defer rows.Close()
	var out []*claimtrail.Alert
	for rows.Next() {
		var a claimtrail.Alert
		var js string
		if err := rows.Scan(&a.ID, &a.Claim.ID, &a.Claim.Text, &a.Key, &js, &a.Stance, &a.Match, &a.FirstSeen, &a.Earliest); err != nil {
			return nil, fmt.Errorf("find alerts: %w", err)
		}
		a.FirstSeen = a.FirstSeen.UTC()
		if err := json.Unmarshal([]byte(js), &a.Statement); err != nil {
			return nil, fmt.Errorf("find alerts: statement of alert %d: %w", a.ID, err)
		}
		out = append(out, &a)
	}
	return out, rows.Err()
}
