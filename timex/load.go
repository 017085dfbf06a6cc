package timex

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/claimtrail/claimtrail/lang"
)

// loadLexicon merges the timex tables of language code into one lexicon.
// The order of the steps matters where tables share words: phrases keep
// the order they are added in.
func loadLexicon(code string) (*lexicon, error) {
	ld := &loader{lx: &lexicon{words: map[string]*word{}}, code: code}
	for _, step := range []func() error{
		ld.months, ld.weekdays, ld.numbers, ld.abbreviations, ld.ordinals,
		ld.wordTables, ld.grammar, ld.endings, ld.tense, ld.ambiguous, ld.titleNouns,
		ld.anchors, ld.phraseTables,
	} {
		if err := step(); err != nil {
			return nil, err
		}
	}
	for k := range ld.lx.words {
		ld.lx.filter.Add(k)
	}
	return ld.lx, nil
}

// loader reads the tables of one language into lx.
type loader struct {
	lx   *lexicon
	code string
}

func (ld *loader) load(name string) (*lang.Table, error) {
	t, err := lang.Load(ld.code, name)
	if err != nil {
		return nil, fmt.Errorf("timex: %w", err)
	}
	return t, nil
}

// atoi reads field i of row k as a number.
func (ld *loader) atoi(t *lang.Table, k string, i int) (int, error) {
	n, err := strconv.Atoi(t.Field(k, i))
	if err != nil {
		return 0, fmt.Errorf("timex: table %s row %q: %w", t.Name, k, err)
	}
	return n, nil
}

// each loads table name and calls fn with each row key, in table order.
func (ld *loader) each(name string, fn func(t *lang.Table, k string) error) error {
	t, err := ld.load(name)
	if err != nil {
		return err
	}
	for _, k := range t.Order {
		if err := fn(t, k); err != nil {
			return err
		}
	}
	return nil
}

// rows loads table name and calls fill with each row's word entry.
func (ld *loader) rows(name string, fill func(w *word, t *lang.Table, k string) error) error {
	return ld.each(name, func(t *lang.Table, k string) error { return fill(ld.lx.get(k), t, k) })
}

// names loads a table of numbered names (months, weekdays): set records
// the number on the word and returns it as the name's key; the longest
// name of each key is its full name, marked by full.
func (ld *loader) names(name string, set func(w *word, n int) int, full func(w *word)) error {
	longest := map[int]string{}
	err := ld.rows(name, func(w *word, t *lang.Table, k string) error {
		n, err := ld.atoi(t, k, 0)
		if err != nil {
			return err
		}
		n = set(w, n)
		if len(k) > len(longest[n]) {
			longest[n] = k
		}
		return nil
	})
	if err != nil {
		return err
	}
	for _, k := range longest {
		full(ld.lx.words[k])
	}
	return nil
}

func (ld *loader) months() error {
	return ld.names("months",
		func(w *word, n int) int { w.month, w.trigger = int8(n), true; return n },
		func(w *word) { w.monthFull = true })
}

func (ld *loader) weekdays() error {
	return ld.names("weekdays",
		func(w *word, n int) int {
			if n == 0 {
				n = 7 // ISO numbering: Sunday is 7
			}
			w.weekday, w.trigger = int8(n), true
			return n
		},
		func(w *word) { w.wdFull = true })
}

func (ld *loader) numbers() error {
	return ld.rows("numbers", func(w *word, t *lang.Table, k string) error {
		n, err := ld.atoi(t, k, 0)
		w.num, w.trigger = int32(n), true
		return err
	})
}

// abbreviations marks the words a period after which ends no sentence.
// The table is optional: a language without it has no abbreviations, so
// the error of a missing table is dropped.
func (ld *loader) abbreviations() error {
	_ = ld.each("abbreviations", func(_ *lang.Table, k string) error {
		if !strings.ContainsAny(k, " ") {
			ld.lx.get(k).abbrev = true
		}
		return nil
	})
	return nil
}

func (ld *loader) ordinals() error {
	return ld.rows("timex-ordinals", func(w *word, t *lang.Table, k string) error {
		if t.Field(k, 0) == "suffix" {
			w.ordSuffix = true
			return nil
		}
		n, err := ld.atoi(t, k, 0)
		if err != nil {
			return err
		}
		w.ord, w.trigger = int32(n), true
		return nil
	})
}

// wordTables loads the tables of single words that start an expression.
func (ld *loader) wordTables() error {
	for _, r := range []struct {
		table string
		fill  func(w *word, t *lang.Table, k string) error
	}{
		{"timex-units", func(w *word, t *lang.Table, k string) error {
			w.unit, w.plural, w.trigger = t.Field(k, 0), t.Field(k, 1) == "pl", true
			return nil
		}},
		{"timex-dayparts", func(w *word, t *lang.Table, k string) error { w.part, w.trigger = t.Field(k, 0), true; return nil }},
		{"timex-seasons", func(w *word, t *lang.Table, k string) error { w.season, w.trigger = t.Field(k, 0), true; return nil }},
		{"timex-decades", func(w *word, t *lang.Table, k string) error {
			n, err := ld.atoi(t, k, 0)
			w.decade, w.trigger = int8(n%10), true
			return err
		}},
		{"timex-sets", func(w *word, t *lang.Table, k string) error { w.set, w.trigger = t.Field(k, 0), true; return nil }},
	} {
		if err := ld.rows(r.table, r.fill); err != nil {
			return err
		}
	}
	return nil
}

func (ld *loader) grammar() error {
	return ld.rows("timex-grammar", func(w *word, t *lang.Table, k string) error {
		w.role = t.Field(k, 0)
		switch w.role {
		case "det", "fiscal", "vague":
			w.trigger = true
		}
		if w.role == "vague" {
			w.vague = true
		}
		return nil
	})
}

// endings loads the letters written right after digits or an apostrophe.
func (ld *loader) endings() error {
	return ld.rows("timex-endings", func(w *word, t *lang.Table, k string) error {
		for i := 0; t.Field(k, i) != ""; i++ {
			switch t.Field(k, i) {
			case "plural":
				w.pluralS = true
			case "possessive":
				w.possS = true
			}
		}
		return nil
	})
}

// tense loads the tense cues: words, and word endings ("-ed").
func (ld *loader) tense() error {
	return ld.each("timex-tense", func(t *lang.Table, k string) error {
		var v int8 = -1
		if t.Field(k, 0) == "future" {
			v = 1
		}
		if strings.HasPrefix(k, "-") {
			ld.lx.suffixes = append(ld.lx.suffixes, suffixCue{k[1:], v})
		} else {
			ld.lx.get(k).tense = v
		}
		return nil
	})
}

func (ld *loader) ambiguous() error {
	return ld.rows("timex-ambiguous", func(w *word, _ *lang.Table, _ string) error {
		w.ambig = true
		return nil
	})
}

// titleNouns loads the nouns that make a capitalised day word before
// them a name ("BBC Radio 4's Today programme").
func (ld *loader) titleNouns() error {
	return ld.rows("timex-title-nouns", func(w *word, _ *lang.Table, _ string) error {
		w.titleNoun = true
		return nil
	})
}

// anchors loads the relative words: days, shifts, directions. A phrase
// key is kept only as a direction ("from now").
func (ld *loader) anchors() error {
	return ld.each("timex-anchors", func(t *lang.Table, k string) error {
		n, err := ld.atoi(t, k, 1)
		if err != nil {
			return err
		}
		kind, extra, flag := t.Field(k, 0), t.Field(k, 2), t.Field(k, 3)
		if strings.Contains(k, " ") {
			if kind == "dir" {
				ld.lx.addPhrase(k, 'd', strconv.Itoa(n), "")
			}
			return nil
		}
		w := ld.lx.get(k)
		switch kind {
		case "day":
			w.isDay, w.dayOff, w.dayPart, w.trigger = true, int8(n), extra, true
		case "shift":
			w.isShift, w.shift, w.anchored, w.trigger = true, int8(n), extra == "anchor", true
		case "latest":
			w.latest, w.trigger = true, true
		case "dir":
			w.dir, w.anchored = int8(n), extra == "anchor"
			switch flag {
			case "start":
				w.trigger = true // "earlier this year"
			case "clause":
				w.clauseDir = true // "two days before."
			}
		}
		return nil
	})
}

// phraseTables loads the tables whose keys may be phrases: references,
// modifiers, holidays.
func (ld *loader) phraseTables() error {
	for _, spec := range []struct {
		name string
		kind byte
	}{{"timex-refs", 'r'}, {"timex-modifiers", 'm'}, {"timex-holidays", 'h'}} {
		err := ld.each(spec.name, func(t *lang.Table, k string) error {
			v, typ := t.Field(k, 0), t.Field(k, 1)
			if strings.Contains(k, " ") || strings.Contains(k, "'") {
				ld.lx.addPhrase(k, spec.kind, v, typ)
				return nil
			}
			w := ld.lx.get(k)
			switch spec.kind {
			case 'r':
				w.ref, w.refT = v, typ
			case 'm':
				w.mod = v
			case 'h':
				w.holiday = v
			}
			w.trigger = true
			return nil
		})
		if err != nil {
			return err
		}
	}
	return nil
}
