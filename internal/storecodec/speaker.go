package storecodec

import (
	"context"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/claimtrail/claimtrail"
)

// SpeakerIndex is a store's speakers table within one write transaction,
// what a Linker reads and writes. Both stores implement it alike.
type SpeakerIndex interface {
	// ByAlias returns the speaker with alias key, 0 when none.
	ByAlias(ctx context.Context, alias string) (int64, error)
	// BySurname returns the speakers whose full personal name ends in
	// surname (folded), with their stored statement counts.
	BySurname(ctx context.Context, surname string) ([]SpeakerCount, error)
	// AddSpeaker stores a speaker and its alias key and returns its id;
	// surname is "" for any but a person's full name.
	AddSpeaker(ctx context.Context, name, key, typ, surname string) (int64, error)
	// Merge gives the statements and the count of speaker from to
	// speaker into and deletes from with its aliases.
	Merge(ctx context.Context, from, into int64) error
	// AddCounts adds n[id] to the statement count of each speaker id.
	AddCounts(ctx context.Context, n map[int64]int) error
}

// SpeakerCount is a speaker and its statement count.
type SpeakerCount struct {
	ID         int64
	Statements int
}

// descriptionPrefix marks the alias key of a description: a one-word
// name in lower case ("bill"), which a full name's surname ("Terrorism
// Bill" → "bill") must not find, and a description extraction marked
// (claimtrail.DescriptionKey), scoped to its article.
const descriptionPrefix = claimtrail.DescriptionKey

// dominance is how many times more statements the leading full name
// with a surname needs than the next for the surname alone to join it.
const dominance = 3

// Linker links the statements of a write transaction to speakers
// (docs/design.md, "Ingest and storage"): one speaker per person or
// organisation across articles.
//   - A name links to the speaker stored under the same key (folded,
//     titles left out: Speaker.Key).
//   - A person's one-word name ("Blair", "Mr Blair") links to the full
//     name with that surname ("Tony Blair") when it is the only one, or
//     has dominance times the statements of the next ("Cherie Blair");
//     else it is a speaker of its own.
//   - A person's new full name takes over the one-word speaker of its
//     surname when it is the first full name with that surname; a
//     one-word description ("bill", "state") is none, and a woman's
//     full name (Speaker.Gender "f") is none a surname alone joins.
//   - A description (IsDescription: "a spokesman", "US officials")
//     links within its article only: the spokesman of one article is
//     not the spokesman of the next.
//
// A full name is capitalised words only ("Under Mr Brown" and "Tony
// Blair and Gordon Brown" are none). Links depend on the order articles
// arrive in: a surname linked while its full name led stays linked.
type Linker struct {
	ix SpeakerIndex
	// merged maps a speaker merged in this transaction to the one it
	// joined, for ids handed out before the merge (Final)
	merged map[int64]int64
	// pending counts the statements linked in this transaction (Flush)
	pending map[int64]int
	// aliases and surnames remember the index's answers within the
	// transaction (a batch names its speakers many times): every change
	// goes through the Linker, which keeps them true
	aliases  map[string]int64
	surnames map[string][]SpeakerCount
}

// NewLinker returns a Linker over ix.
func NewLinker(ix SpeakerIndex) *Linker {
	return &Linker{ix: ix, merged: map[int64]int64{}, pending: map[int64]int{},
		aliases: map[string]int64{}, surnames: map[string][]SpeakerCount{}}
}

// Link returns the speaker id of sp, a speaker of the article stored
// under key article (claimtrail.ArticleKey), 0 when sp names no one.
func (l *Linker) Link(ctx context.Context, article string, sp *claimtrail.Speaker) (int64, error) {
	id, err := l.link(ctx, article, sp)
	if id != 0 {
		l.pending[id]++
	}
	return id, err
}

func (l *Linker) link(ctx context.Context, article string, sp *claimtrail.Speaker) (int64, error) {
	key := strings.TrimPrefix(sp.Key, descriptionPrefix)
	if key == "" {
		key = SpeakerKey(sp.Name)
	}
	words := strings.Fields(key)
	if len(words) == 0 {
		return 0, nil
	}
	if IsDescription(sp) {
		// "a spokesman", "US officials": one speaker within the
		// article, another in the next; the unit separator, not NUL,
		// which PostgreSQL's text cannot hold
		return l.byDescription(ctx, descriptionPrefix+article+"\x1f"+key, sp)
	}
	if len(words) == 1 && !capitalised(sp.Name) {
		// "the bill", "a letter": a description is no surname, and no
		// "Terrorism Bill" may take its statements over as if it were
		key = descriptionPrefix + key
	}
	person := sp.Type == claimtrail.SpeakerPerson || sp.Type == claimtrail.SpeakerUnknown
	if person && len(words) == 1 && capitalised(sp.Name) {
		id, err := l.bySurname(ctx, key)
		if err != nil || id != 0 {
			return id, err
		}
	}
	id, err := l.byAlias(ctx, key)
	if err != nil || id != 0 {
		return l.Final(id), err
	}
	surname := ""
	if sp.Type == claimtrail.SpeakerPerson && len(words) >= 2 && len(words) <= 4 && capitalised(sp.Name) && sp.Gender != "f" {
		// a woman's surname alone is written with her title ("Ms
		// Campbell", a key of its own): "Mr Campbell" or "Campbell" is
		// not Naomi Campbell
		surname = words[len(words)-1]
	}
	var others []SpeakerCount
	if surname != "" {
		if others, err = l.fullNames(ctx, surname); err != nil {
			return 0, err
		}
	}
	if id, err = l.ix.AddSpeaker(ctx, sp.Name, key, sp.Type, surname); err != nil {
		return 0, err
	}
	l.aliases[key] = id
	if surname != "" {
		l.surnames[surname] = append(others, SpeakerCount{ID: id})
	}
	if surname != "" && len(others) == 0 {
		// the first "Tony Blair" takes over the statements of "Blair"
		if err := l.takeOver(ctx, surname, id); err != nil {
			return 0, err
		}
	}
	return id, nil
}

// byDescription returns the speaker of a description under its
// article's key, a new one when the article has none yet.
func (l *Linker) byDescription(ctx context.Context, key string, sp *claimtrail.Speaker) (int64, error) {
	id, err := l.byAlias(ctx, key)
	if err != nil || id != 0 {
		return l.Final(id), err
	}
	if id, err = l.ix.AddSpeaker(ctx, sp.Name, key, sp.Type, ""); err != nil {
		return 0, err
	}
	l.aliases[key] = id
	return id, nil
}

// IsDescription reports whether sp describes its speaker rather than
// names it, so that a store links it within its article only: an unnamed
// source, a group ("US officials", "Analysts"), or a speaker extraction
// marked a description (claimtrail.DescriptionKey: "a spokesman", "fire
// service").
func IsDescription(sp *claimtrail.Speaker) bool {
	return sp.Type == claimtrail.SpeakerAnonymous || sp.Type == claimtrail.SpeakerGroup ||
		strings.HasPrefix(sp.Key, descriptionPrefix)
}

// bySurname returns the full name a surname alone joins, 0 for none.
func (l *Linker) bySurname(ctx context.Context, surname string) (int64, error) {
	stored, err := l.fullNames(ctx, surname)
	if err != nil || len(stored) == 0 {
		return 0, err
	}
	cs := append([]SpeakerCount(nil), stored...)
	for i := range cs {
		cs[i].Statements += l.pending[cs[i].ID]
	}
	sort.SliceStable(cs, func(i, j int) bool { return cs[i].Statements > cs[j].Statements })
	if len(cs) > 1 && cs[0].Statements < dominance*cs[1].Statements {
		return 0, nil
	}
	return l.Final(cs[0].ID), nil
}

// byAlias is the index's ByAlias, remembered (0 too).
func (l *Linker) byAlias(ctx context.Context, key string) (int64, error) {
	if id, ok := l.aliases[key]; ok {
		return id, nil
	}
	id, err := l.ix.ByAlias(ctx, key)
	if err == nil {
		l.aliases[key] = id
	}
	return id, err
}

// fullNames is the index's BySurname, remembered; the counts are the
// stored ones (pending aside).
func (l *Linker) fullNames(ctx context.Context, surname string) ([]SpeakerCount, error) {
	if cs, ok := l.surnames[surname]; ok {
		return cs, nil
	}
	cs, err := l.ix.BySurname(ctx, surname)
	if err == nil {
		l.surnames[surname] = cs
	}
	return cs, err
}

// takeOver merges the one-word speaker of surname into id.
func (l *Linker) takeOver(ctx context.Context, surname string, id int64) error {
	single, err := l.byAlias(ctx, surname)
	if err != nil || single == 0 {
		return err
	}
	if err := l.ix.Merge(ctx, single, id); err != nil {
		return err
	}
	for k, v := range l.aliases {
		if v == single {
			delete(l.aliases, k)
		}
	}
	delete(l.surnames, surname) // id's stored count now holds single's
	l.merged[single] = id
	l.pending[id] += l.pending[single]
	delete(l.pending, single)
	return nil
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

// Flush adds this transaction's statements to the speakers' counts; a
// store calls it once, after the last Link.
func (l *Linker) Flush(ctx context.Context) error {
	if len(l.pending) == 0 {
		return nil
	}
	err := l.ix.AddCounts(ctx, l.pending)
	l.pending = map[int64]int{}
	return err
}

// capitalised reports whether every word of name opens with a capital
// letter: a personal name, not "Under Mr Brown".
func capitalised(name string) bool {
	for _, w := range strings.Fields(name) {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) {
			return false
		}
	}
	return name != ""
}
