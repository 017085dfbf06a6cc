package timex

import "github.com/claimtrail/claimtrail/lang"

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
	pluralS   bool // written right after digits, it makes a decade (1990s, '90s)
	possS     bool // written right after an apostrophe, a possessive (year's end)
	clauseDir bool // a direction (before, after) only at the end of a clause
	titleNoun bool // after a capitalised day word it makes a title ("Today programme")

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
	words map[string]*word
	// filter turns away most words of a text, which are not in words,
	// before the map (set when loading is done)
	filter   lang.WordFilter
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
