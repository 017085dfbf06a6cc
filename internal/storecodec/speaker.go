package storecodec

import (
	"context"
	"strings"

	"github.com/claimtrail/claimtrail"
)

// SpeakerIndex is a store's speakers table within one write transaction,
// what LinkSpeaker reads and writes. Both stores implement it alike.
type SpeakerIndex interface {
	// ByAlias returns the speaker with alias key, 0 when none.
	ByAlias(ctx context.Context, alias string) (int64, error)
	// BySurname returns up to two speakers whose full personal name ends
	// in surname (folded).
	BySurname(ctx context.Context, surname string) ([]int64, error)
	// AddSpeaker stores a speaker and its alias and returns its id;
	// surname is "" for any but a person's full name.
	AddSpeaker(ctx context.Context, name, key, typ, surname string) (int64, error)
	// Merge gives the statements of speaker from to speaker into and
	// deletes from with its aliases.
	Merge(ctx context.Context, from, into int64) error
}

// Linker links the statements of a write transaction to speakers
// (docs/design.md, "Ingest and storage"): one speaker per person or
// organisation across articles.
//   - A name links to the speaker stored under the same key (folded,
//     titles left out: Speaker.Key).
//   - A person's one-word name ("Blair", "Mr Blair") links to the one
//     person whose full name has that surname; with none, or with two
//     or more ("Tony Blair", "Cherie Blair"), it is a speaker of its own.
//   - A person's new full name takes over the one-word speaker of its
//     surname when it is the first full name with that surname.
//
// The links depend on the order articles arrive in: a surname linked
// while its full name was unique stays linked when another appears.
type Linker struct {
	ix SpeakerIndex
	// merged maps a speaker merged in this transaction to the one it
	// joined, for ids handed out before the merge (Final)
	merged map[int64]int64
}

// NewLinker returns a Linker over ix.
func NewLinker(ix SpeakerIndex) *Linker { return &Linker{ix: ix, merged: map[int64]int64{}} }

// Link returns the speaker id of sp, 0 when sp names no one.
func (l *Linker) Link(ctx context.Context, sp *claimtrail.Speaker) (int64, error) {
	key := sp.Key
	if key == "" {
		key = SpeakerKey(sp.Name)
	}
	words := strings.Fields(key)
	if len(words) == 0 {
		return 0, nil
	}
	person := sp.Type == claimtrail.SpeakerPerson || sp.Type == claimtrail.SpeakerUnknown
	if person && len(words) == 1 {
		ids, err := l.ix.BySurname(ctx, key)
		if err != nil || len(ids) == 1 {
			return l.final(ids, err)
		}
	}
	id, err := l.ix.ByAlias(ctx, key)
	if err != nil || id != 0 {
		return l.Final(id), err
	}
	surname := ""
	if sp.Type == claimtrail.SpeakerPerson && len(words) >= 2 {
		surname = words[len(words)-1]
	}
	var others []int64
	if surname != "" {
		if others, err = l.ix.BySurname(ctx, surname); err != nil {
			return 0, err
		}
	}
	if id, err = l.ix.AddSpeaker(ctx, sp.Name, key, sp.Type, surname); err != nil {
		return 0, err
	}
	if surname != "" && len(others) == 0 {
		// the first "Tony Blair" takes over the statements of "Blair"
		single, err := l.ix.ByAlias(ctx, surname)
		if err != nil {
			return 0, err
		}
		if single != 0 {
			if err := l.ix.Merge(ctx, single, id); err != nil {
				return 0, err
			}
			l.merged[single] = id
		}
	}
	return id, nil
}

func (l *Linker) final(ids []int64, err error) (int64, error) {
	if err != nil {
		return 0, err
	}
	return l.Final(ids[0]), nil
}

// Final returns the speaker id stands for after this transaction's
// merges.
func (l *Linker) Final(id int64) int64 {
	for {
		to, ok := l.merged[id]
		if !ok {
			return id
		}
		id = to
	}
}
