package timex

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/claimtrail/claimtrail/lang"
)

// word is everything the lexicon tables say about one lower-case word. A
// word may play several roles ("may" is a month and a modal; "second" an
// ordinal), so the roles are fields, not a kind.
type word struct {
	month     int8 // 1-12
	monthFull bool // the full name, not an abbreviation ("aug")
	weekday   int8 // ISO 1 (Monday) - 7 (Sunday)
	wdFull    bool
	num       int32 // number word value, -1 when none
	ord       int32 // ordinal value
	ordSuffix bool  // "st", "nd", "rd", "th" after digits
	unit      string
	plural    bool
	isDay     bool // today, yesterday, tomorrow, tonight
	dayOff    int8
	dayPart   string // part of day implied by a day word (tonight)
	isShift   bool   // last, this, next
	shift     int8
	anchored  bool // shift/dir counted from the last date in the text
	latest    bool
	dir       int8 // ago -1, later +1
	ref, refT string
	mod       string
	part      string // part of day: MO, AF, EV, NI or a clock time 12:00
	season    string
	decade    int8 // tens digit of a decade name ("nineties" 9), -1 when none
	set       string
	holiday   string
	tense     int8 // +1 future, -1 past
	role      string
	vague     bool
	abbrev    bool // from the abbreviation table: a period after it ends no sentence
	ambig     bool // a time name that is also an ordinary word (May, march)

	phrases []*phrase // multi-word entries that start with this word
	trigger bool      // a match may start here
}

// phrase is a multi-word table entry; ws are the lexicon words it is made of.
type phrase struct {
	ws   []*word
	kind byte // 'r' ref, 'm' mod, 'h' holiday, 'd' dir
	val  string
	typ  string
}

// lexicon is the merged view of a language's timex tables.
type lexicon struct {
	words    map[string]*word
	suffixes []suffixCue // tense cues by word ending ("-ed")
	maxLen   int         // longest key in bytes; longer words skip the lookup
}

type suffixCue struct {
	end   string
	tense int8
}

func (lx *lexicon) get(k string) *word {
	w := lx.words[k]
	if w == nil {
		w = &word{num: -1, decade: -1}
		lx.words[k] = w
		if len(k) > lx.maxLen {
			lx.maxLen = len(k)
		}
	}
	return w
}

func loadLexicon(code string) (*lexicon, error) {
	lx := &lexicon{words: map[string]*word{}}
	load := func(name string) (*lang.Table, error) {
		t, err := lang.Load(code, name)
		if err != nil {
			return nil, fmt.Errorf("timex: %w", err)
		}
		return t, nil
	}
	atoi := func(t *lang.Table, k string, i int) (int, error) {
		n, err := strconv.Atoi(t.Field(k, i))
		if err != nil {
			return 0, fmt.Errorf("timex: table %s row %q: %w", t.Name, k, err)
		}
		return n, nil
	}
	// rows loads table name and calls fn with each row's word entry.
	rows := func(name string, fn func(w *word, t *lang.Table, k string) error) error {
		t, err := load(name)
		if err != nil {
			return err
		}
		for _, k := range t.Order {
			if err := fn(lx.get(k), t, k); err != nil {
				return err
			}
		}
		return nil
	}
	// Single-word tables.
	t, err := load("months")
	if err != nil {
		return nil, err
	}
	longest := map[int]string{}
	for _, k := range t.Order {
		n, err := atoi(t, k, 0)
		if err != nil {
			return nil, err
		}
		w := lx.get(k)
		w.month, w.trigger = int8(n), true
		if len(k) > len(longest[n]) {
			longest[n] = k
		}
	}
	for _, k := range longest {
		lx.words[k].monthFull = true
	}
	if t, err = load("weekdays"); err != nil {
		return nil, err
	}
	longest = map[int]string{}
	for _, k := range t.Order {
		n, err := atoi(t, k, 0)
		if err != nil {
			return nil, err
		}
		if n == 0 {
			n = 7 // ISO numbering: Sunday is 7
		}
		w := lx.get(k)
		w.weekday, w.trigger = int8(n), true
		if len(k) > len(longest[n]) {
			longest[n] = k
		}
	}
	for _, k := range longest {
		lx.words[k].wdFull = true
	}
	if err := rows("numbers", func(w *word, t *lang.Table, k string) error {
		n, err := atoi(t, k, 0)
		w.num, w.trigger = int32(n), true
		return err
	}); err != nil {
		return nil, err
	}
	if t, err = load("abbreviations"); err == nil {
		for _, k := range t.Order {
			if !strings.ContainsAny(k, " ") {
				lx.get(k).abbrev = true
			}
		}
	}
	if t, err = load("timex-ordinals"); err != nil {
		return nil, err
	}
	for _, k := range t.Order {
		w := lx.get(k)
		if t.Field(k, 0) == "suffix" {
			w.ordSuffix = true
			continue
		}
		n, err := atoi(t, k, 0)
		if err != nil {
			return nil, err
		}
		w.ord, w.trigger = int32(n), true
	}
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
			n, err := atoi(t, k, 0)
			w.decade, w.trigger = int8(n%10), true
			return err
		}},
		{"timex-sets", func(w *word, t *lang.Table, k string) error { w.set, w.trigger = t.Field(k, 0), true; return nil }},
	} {
		if err := rows(r.table, r.fill); err != nil {
			return nil, err
		}
	}
	if t, err = load("timex-grammar"); err != nil {
		return nil, err
	}
	for _, k := range t.Order {
		w := lx.get(k)
		w.role = t.Field(k, 0)
		switch w.role {
		case "det", "fiscal", "vague":
			w.trigger = true
		}
		if w.role == "vague" {
			w.vague = true
		}
	}
	if t, err = load("timex-tense"); err != nil {
		return nil, err
	}
	for _, k := range t.Order {
		var v int8 = -1
		if t.Field(k, 0) == "future" {
			v = 1
		}
		if strings.HasPrefix(k, "-") {
			lx.suffixes = append(lx.suffixes, suffixCue{k[1:], v})
			continue
		}
		lx.get(k).tense = v
	}
	if t, err = load("timex-ambiguous"); err != nil {
		return nil, err
	}
	for _, k := range t.Order {
		lx.get(k).ambig = true
	}
	// Tables whose keys may be phrases.
	if t, err = load("timex-anchors"); err != nil {
		return nil, err
	}
	for _, k := range t.Order {
		n, err := atoi(t, k, 1)
		if err != nil {
			return nil, err
		}
		kind, extra := t.Field(k, 0), t.Field(k, 2)
		if strings.Contains(k, " ") {
			if kind == "dir" {
				lx.addPhrase(k, 'd', strconv.Itoa(n), "")
			}
			continue
		}
		w := lx.get(k)
		switch kind {
		case "day":
			w.isDay, w.dayOff, w.dayPart, w.trigger = true, int8(n), extra, true
		case "shift":
			w.isShift, w.shift, w.anchored, w.trigger = true, int8(n), extra == "anchor", true
		case "latest":
			w.latest, w.trigger = true, true
		case "dir":
			w.dir, w.anchored = int8(n), extra == "anchor"
			if k == "earlier" || k == "later" {
				w.trigger = true // "earlier this year"
			}
		}
	}
	for _, spec := range []struct {
		name string
		kind byte
	}{{"timex-refs", 'r'}, {"timex-modifiers", 'm'}, {"timex-holidays", 'h'}} {
		if t, err = load(spec.name); err != nil {
			return nil, err
		}
		for _, k := range t.Order {
			v, typ := t.Field(k, 0), t.Field(k, 1)
			if !strings.Contains(k, " ") && !strings.Contains(k, "'") {
				w := lx.get(k)
				switch spec.kind {
				case 'r':
					w.ref, w.refT = v, typ
				case 'm':
					w.mod = v
				case 'h':
					w.holiday = v
				}
				w.trigger = true
				continue
			}
			lx.addPhrase(k, spec.kind, v, typ)
		}
	}
	return lx, nil
}

// addPhrase indexes a multi-word key under its first word. The key is split
// by the same tokenizer as text, so "new year's day" is new|year|s|day.
func (lx *lexicon) addPhrase(key string, kind byte, val, typ string) {
	var ws []*word
	for _, tk := range splitWords(key) {
		ws = append(ws, lx.get(tk))
	}
	if len(ws) == 0 {
		return
	}
	p := &phrase{ws: ws, kind: kind, val: val, typ: typ}
	ws[0].phrases = append(ws[0].phrases, p)
	ws[0].trigger = true
}

// splitWords returns the lower-case letter and digit runs of s.
func splitWords(s string) []string {
	var out []string
	start := -1
	for i := 0; i <= len(s); i++ {
		isW := i < len(s) && (s[i] >= 'a' && s[i] <= 'z' || s[i] >= '0' && s[i] <= '9' || s[i] >= 0x80)
		if isW && start < 0 {
			start = i
		} else if !isW && start >= 0 {
			out = append(out, s[start:i])
			start = -1
		}
	}
	return out
}
