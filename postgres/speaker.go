package postgres

import (
	"context"
	"fmt"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/internal/storecodec"
	"github.com/jackc/pgx/v5"
)

// FindSpeakers summarises the stored speakers (Speaker.ID) of the
// latest article versions, most statements first, then by name, and
// returns the total count before paging. The summary shows the speaker's
// canonical name and the greatest non-empty type, role and affiliation of
// its statements, so both stores agree (hence the "C"
// collation). First and Last are the said_on
// values with the earliest and latest first day. Returns EINVALID for a
// negative offset or limit.
func (s *DB) FindSpeakers(ctx context.Context, f claimtrail.SpeakerFilter) ([]*claimtrail.SpeakerSummary, int, error) {
	page, err := limitClause(f.Offset, f.Limit)
	if err != nil {
		return nil, 0, err
	}
	q := storecodec.SpeakerKey(f.Query)
	if !storecodec.CleanText(q) {
		return nil, 0, nil // PostgreSQL rejects such text, and no name holds it
	}
	var out []*claimtrail.SpeakerSummary
	var total int
	err = s.withTx(ctx, true, func(tx pgx.Tx) error {
		cond := " WHERE a.latest AND s.speaker_key <> ''"
		var args []any
		if q != "" {
			// strpos, not LIKE: the query's % and _ are plain characters.
			cond += " AND s.speaker_id IN (SELECT speaker_id FROM speaker_aliases WHERE strpos(alias, $1) > 0)"
			args = append(args, q)
		}
		from := " FROM statements s JOIN articles a ON a.id = s.article_id JOIN speakers p ON p.id = s.speaker_id"
		if err := tx.QueryRow(ctx, "SELECT count(DISTINCT s.speaker_id)"+from+cond, args...).Scan(&total); err != nil {
			return fmt.Errorf("count speakers: %w", formatError(err))
		}
		// The said_date prefix "YYYY-MM-DD " sorts the values and is cut off again.
		rows, err := tx.Query(ctx, `SELECT s.speaker_id, min(p.name COLLATE "C"), max(s.speaker_type COLLATE "C"),
			max(s.speaker_role COLLATE "C"), max(s.speaker_affiliation COLLATE "C"), count(*),
			count(*) FILTER (WHERE s.polarity = 'affirm'),
			count(*) FILTER (WHERE s.polarity = 'deny'),
			substr(min((to_char(s.said_date, 'YYYY-MM-DD') || ' ' || s.said_value) COLLATE "C"), 12),
			substr(max((to_char(s.said_date, 'YYYY-MM-DD') || ' ' || s.said_value) COLLATE "C"), 12)`+
			from+cond+` GROUP BY s.speaker_id ORDER BY count(*) DESC, min(p.name COLLATE "C"), s.speaker_id`+page, args...)
		if err != nil {
			return fmt.Errorf("find speakers: %w", formatError(err))
		}
		defer rows.Close()
		for rows.Next() {
			var sum claimtrail.SpeakerSummary
			var first, last *string
			if err := rows.Scan(&sum.ID, &sum.Name, &sum.Type, &sum.Role, &sum.Affiliation, &sum.Statements,
				&sum.Affirmations, &sum.Denials, &first, &last); err != nil {
				return fmt.Errorf("scan speaker: %w", err)
			}
			sum.First, sum.Last = storecodec.Deref(first), storecodec.Deref(last)
			out = append(out, &sum)
		}
		if err := rows.Err(); err != nil {
			return fmt.Errorf("find speakers: %w", formatError(err))
		}
		return nil
	})
	if err != nil {
		return nil, 0, err
	}
	return out, total, nil
}
