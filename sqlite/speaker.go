package sqlite

import (
	"context"
	"fmt"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/internal/storecodec"
)

// FindSpeakers summarises the stored speakers (Speaker.ID) of the
// latest article versions, most statements first, then by name, and
// returns the total count before paging. The summary shows the speaker's
// canonical name and the greatest non-empty type, role and affiliation of
// its statements, so both stores agree. First and Last are the said_on
// values with the earliest and latest first day. Returns EINVALID for a
// negative offset or limit.
func (s *DB) FindSpeakers(ctx context.Context, f claimtrail.SpeakerFilter) ([]*claimtrail.SpeakerSummary, int, error) {
	page, err := limitClause(f.Offset, f.Limit)
	if err != nil {
		return nil, 0, err
	}
	tx, err := s.begin(ctx, true)
	if err != nil {
		return nil, 0, err
	}
	defer tx.Rollback()

	cond := " WHERE a.latest = 1 AND s.speaker_key <> ''"
	var args []any
	if q := storecodec.SpeakerKey(f.Query); q != "" {
		// instr, not LIKE: the query's % and _ are plain characters.
		cond += " AND s.speaker_id IN (SELECT speaker_id FROM speaker_aliases WHERE instr(alias, ?) > 0)"
		args = append(args, q)
	}
	from := " FROM statements s JOIN articles a ON a.id = s.article_id JOIN speakers p ON p.id = s.speaker_id"

	var total int
	if err := tx.QueryRowContext(ctx, "SELECT count(DISTINCT s.speaker_id)"+from+cond, args...).Scan(&total); err != nil {
		return nil, 0, fmt.Errorf("count speakers: %w", formatError(err))
	}
	// said_date sorts the values; the 11 characters "YYYY-MM-DD " are cut off again.
	rows, err := tx.QueryContext(ctx, `SELECT s.speaker_id, min(p.name), max(s.speaker_type), max(s.speaker_role),
		max(s.speaker_affiliation), count(*),
		sum(CASE WHEN s.polarity = 'affirm' THEN 1 ELSE 0 END),
		sum(CASE WHEN s.polarity = 'deny' THEN 1 ELSE 0 END),
		substr(min(s.said_date || ' ' || s.said_value), 12),
		substr(max(s.said_date || ' ' || s.said_value), 12)`+
		from+cond+" GROUP BY s.speaker_id ORDER BY count(*) DESC, min(p.name), s.speaker_id"+page, args...)
	if err != nil {
		return nil, 0, fmt.Errorf("find speakers: %w", formatError(err))
	}
	defer rows.Close()

	var out []*claimtrail.SpeakerSummary
	for rows.Next() {
		var sum claimtrail.SpeakerSummary
		var first, last *string
		if err := rows.Scan(&sum.ID, &sum.Name, &sum.Type, &sum.Role, &sum.Affiliation, &sum.Statements,
			&sum.Affirmations, &sum.Denials, &first, &last); err != nil {
			return nil, 0, fmt.Errorf("scan speaker: %w", err)
		}
		sum.First, sum.Last = storecodec.Deref(first), storecodec.Deref(last)
		out = append(out, &sum)
	}
	if err := rows.Err(); err != nil {
		return nil, 0, fmt.Errorf("find speakers: %w", formatError(err))
	}
	return out, total, nil
}
