package stance

import "strings"

// Marks are the stance cues a text holds toward a claim, as the rules
// read them: what an article's sentences add up to when no single one of
// them settles its stance ("reportedly" here, "a hoax" there).
type Marks struct {
	Deny     bool // a denial word outside a negation ("denied", "rejected")
	False    bool // calls the content untrue ("hoax", "fake", "not true")
	Hedge    bool // unconfirmed or speculative ("reportedly", "allegedly", "may")
	Report   bool // attributed to another source ("says", "according to")
	Confirm  bool // says it is so ("confirmed", "officially")
	Question bool // asks whether it is so, or ends with a question mark
	// NegClaim: a negation reaches the claim's words.
	NegClaim bool
	// Opposes: the text states the opposite of the claim's predicate
	// ("rates will fall" against "rates will rise").
	Opposes bool
	// Cues are the cue phrases found, each as class:phrase
	// ("hedge:reportedly"), in text order, those in a negation's scope
	// marked "not-" ("not-confirm:confirmed").
	Cues []string
}

// MarksOf returns the stance cues text holds toward claim. A cue word the
// claim itself holds is content, not a cue (as in Of).
func (c *Classifier) MarksOf(claim, text string) Marks {
	cl, tx := c.pair(claim, text)
	var m Marks
	_, m.Deny = tx.has(clsDeny)
	_, m.False = tx.has(clsFalse)
	_, m.Hedge = tx.has(clsHedge)
	_, m.Report = tx.has(clsReport)
	_, m.Confirm = tx.has(clsConfirm)
	_, q := tx.has(clsQuestion)
	m.Question = q || tx.qEnd
	m.NegClaim = c.negHitsClaim(cl, tx) && tx.nNot > 0
	m.Opposes = c.opposes(cl, tx) == 1
	for i, k := range tx.cls {
		if k == clsNone || k == clsCancel {
			continue
		}
		name := k.String()
		if tx.negated[i] {
			name = "not-" + name
		}
		m.Cues = append(m.Cues, name+":"+strings.Join(tx.words[i:i+tx.plen[i]], " "))
	}
	return m
}
