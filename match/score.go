package match

import (
	"slices"
	"strings"

	"github.com/claimtrail/claimtrail"
)

// Weights of a claim's items: names and concepts carry a claim, other
// words less so.
const (
	weightEntity  = 1.0
	weightConcept = 1.0
	weightWord    = 0.6
)

// Strengths of a partial match between a claim item and a text item.
const (
	strengthNarrower = 0.9 // the text names a kind of the claim's concept ("drones" for "weapons")
	strengthBroader  = 0.6 // the text names a broader concept ("weapons" for "drones")
	strengthSibling  = 0.45
	strengthConverse = 0.9  // "buys from" for "supplies to", roles turned
	strengthOpposite = 0.8  // "rates will fall" is about "rates will rise" (and denies it: package stance)
	strengthSpeaker  = 0.75 // the claim's entity is the speaker itself, not named in the content
	strengthWeSpeak  = 0.9  // ... and the content says "we" or "our"
	// ReversedFactor scales a statement whose entities swap the claim's
	// roles ("Russia supplies Iran" for "Iran supplies Russia").
	ReversedFactor = 0.3
)

// Claim is a claim read for matching.
type Claim struct {
	*ItemizedText
	m     *Matcher
	total float64
	// preds are the predicate concept and its converse: what roles are
	// read against in the claim and in statements.
	preds map[string]bool
	// Roles holds the role of each of Items (entities only).
	Roles []string
	// para holds the WordNet paraphrases of each of Items' words.
	para []paraphrases
	// sentenceCase: the claim writes other content words in lower case,
	// so its capitals mark names (not a headline's "3-Boobed Woman a
	// Fake").
	sentenceCase bool
	// longName marks the items that are part of a name of several words
	// ("Bank" of "Bank of England"): only a name matches them.
	longName []bool
	// abbrevs are the initials of the claim's names of several words
	// (initials.go); shortOK admits the short ones in any text.
	abbrevs []abbreviation
	shortOK bool
	// support holds, per item, the index of the event noun it is the
	// support verb of ("call" an election), else -1 (markSupport).
	support []int
	// codenames maps a text name's ID to the claim's items it stands for
	// in one article ("Xenon": the next Xbox; WithCodenames).
	codenames map[string][]int
}

// Claim reads a claim. Its predicate is the first concept after its first
// entity (else its first concept).
func (m *Matcher) Claim(text string) *Claim {
	a := m.analyze(text, true)
	if a.titleCase {
		m.unname(a)
	}
	c := &Claim{ItemizedText: a, m: m, preds: map[string]bool{}, sentenceCase: m.sentenceCase(a.words)}
	pred, first := "", -1
	for i, it := range a.Items {
		if it.Kind == Entity && first < 0 {
			first = i
		}
		if it.Kind == Concept && (pred == "" || first >= 0 && i > first) {
			pred = it.ID
			if first >= 0 {
				break
			}
		}
	}
	if pred != "" {
		c.preds[pred] = true
		if cv := m.concepts[pred].converse; cv != "" {
			c.preds[cv] = true
		}
	}
	roles := a.roles(m, c.preds)
	// A repeated item counts once.
	seen := map[string]bool{}
	var items []Item
	for i, it := range a.Items {
		if k := it.Kind + "\x00" + it.ID; !seen[k] {
			seen[k] = true
			items = append(items, it)
			c.Roles = append(c.Roles, roles[i])
			c.total += weight(it)
		}
	}
	c.Items = items
	for _, it := range items {
		c.para = append(c.para, paraphrasesOf(it))
	}
	// A part of a name of several words is matched as a name only: "the
	// banks" are not the Bank of England.
	c.longName = make([]bool, len(items))
	for _, run := range m.nameRuns(c.ItemizedText) {
		for _, i := range run {
			c.longName[i] = len(run) > 1 && items[i].Kind == Entity
		}
	}
	c.abbrevs = c.abbreviations()
	c.markSupport()
	return c
}

func weight(it Item) float64 {
	switch it.Kind {
	case Entity:
		return weightEntity
	case Concept:
		return weightConcept
	}
	return weightWord
}

// Groups returns the claim's items as groups of search terms for full-text
// retrieval: every alias of an entity, every member of a concept and of its
// narrower and converse concepts, the word itself. Broader concepts are
// left out: "weapons" for a claim about drones would retrieve every
// statement about arms; a statement that names only the broader concept
// is found through its article when the article is about the claim.
func (c *Claim) Groups() [][]string {
	var out [][]string
	for i, it := range c.Items {
		var g []string
		add := func(ts ...string) {
			for _, t := range ts {
				if t != "" && !slices.Contains(g, t) {
					g = append(g, t)
				}
			}
		}
		switch it.Kind {
		case Entity:
			add(it.Text)
			add(c.m.aliases[it.ID]...)
			add(it.ID)
			add(c.abbreviationsOf(i, true)...) // short ones: see ShortAbbreviations
		case Concept:
			cc := c.m.concepts[it.ID]
			add(cc.members...)
			for _, mem := range cc.members {
				add(c.m.hyphenForms(mem)...)
			}
			for _, n := range cc.narrower {
				add(c.m.concepts[n].members...)
			}
			if cc.converse != "" {
				add(c.m.concepts[cc.converse].members...)
			}
		default:
			add(it.Text)
			add(c.m.hyphenForms(it.Text)...)
			if forms := c.m.numberForms[it.ID]; len(forms) > 0 {
				add(forms...)
			}
		}
		out = append(out, g)
	}
	return out
}

// Score is how well a statement matches a claim.
type Score struct {
	// Value is in [0,1].
	Value float64
	// Reversed reports that the statement's entities swap the claim's
	// roles; Value is already reduced for it.
	Reversed bool
	// Reference reports content that only points back at a claim named
	// before ("denied the claims"): its match is its article's business.
	Reference bool
	// Matched lists the claim's words (as the claim writes them) the
	// statement matched, by content or speaker, for the page to mark.
	Matched []string
	// PointsBack reports content that names someone or something only by
	// a pronoun or a reference noun ("he", "they", "our", "the report"):
	// it may be about a name its article's lead gives.
	PointsBack bool
	// Strengths holds how well the statement matches each of the claim's
	// items (Claim.Items), 0–1: a caller weighing items its own way (by
	// their rarity in a store) reads them.
	Strengths []float64
	// text and spk are the text scored and its speaker's names, for
	// SharesClause.
	text *ItemizedText
	spk  []Item
	// own holds the bodies the speaker's role and affiliation name ("Tory
	// leader"): his own party, whose act is his (runAgent).
	own []Item
}

// Score returns how well statement st matches claim c: the weighted share
// of the claim's items the statement's content names (its speaker standing
// in for an entity the content leaves implicit), reduced when roles are
// reversed.
func (m *Matcher) Score(c *Claim, st *claimtrail.Statement) Score {
	sc := m.scoreText(c, st.Content.Text, statementWindow, st.Speaker.Name, st.Speaker.Affiliation)
	if sc.text != nil {
		sc.own = m.ownBodies(st.Speaker.Role, st.Speaker.Affiliation)
	}
	return sc
}

// ownBodies returns the entities the alias tables know (parties, bodies)
// that a speaker's role or affiliation names: "Tory" of "Tory leader".
func (m *Matcher) ownBodies(texts ...string) []Item {
	var own []Item
	for _, s := range texts {
		if s == "" {
			continue
		}
		for _, it := range m.analyze(s, true).Items {
			if it.Kind == Entity && len(m.aliases[it.ID]) > 0 {
				own = append(own, it)
			}
		}
	}
	return own
}

// statementWindow is the number of consecutive sentences of a statement's
// content its match is read in: a quotation that runs over paragraphs
// ("… after the next general election." … "Vincent Cable called on …")
// holds a claim's words far apart by chance.
const statementWindow = 2

// ScoreText is Score over a content text and the names of its speaker,
// the whole text read at once.
func (m *Matcher) ScoreText(c *Claim, content string, speakers ...string) Score {
	return m.scoreText(c, content, 0, speakers...)
}

// scoreText scores content in its best window of consecutive sentences
// (0: the whole text).
func (m *Matcher) scoreText(c *Claim, content string, window int, speakers ...string) Score {
	a := m.analyze(content, false)
	if c.total == 0 || len(a.Items) == 0 {
		return Score{Reference: a.FirstPerson && len(a.Items) == 0}
	}
	a.Items = c.foreignNames(a)
	a.Items = c.withProducts(a)
	var spk []Item
	for _, s := range speakers {
		if s != "" {
			spk = append(spk, m.analyze(s, true).Items...)
		}
	}
	var sum float64
	var strengths []float64
	sameMonth := slices.ContainsFunc(c.support, func(j int) bool { return j >= 0 }) && c.monthHeld(a.words)
	for _, items := range a.windows(window) {
		ws, st := c.strengthsOf(items, spk, a.FirstPerson, sameMonth)
		if strengths == nil || ws > sum {
			sum, strengths = ws, st
		}
	}
	var matched []string
	for i, ci := range c.Items {
		if strengths[i] > 0 {
			matched = append(matched, ci.Text)
		}
	}
	sc := Score{Value: sum / c.total, Reference: a.IsReference(), Matched: matched, Strengths: strengths,
		PointsBack: a.FirstPerson || a.pointsBack(m), text: a, spk: spk}
	if reversed(c.Items, c.Roles, a.Items, a.roles(m, c.preds)) {
		sc.Reversed = true
		sc.Value *= ReversedFactor
	}
	return sc
}

// strengthsOf returns how well text items match each of the claim's
// items, the speaker's names standing in for an entity, and their
// weighted sum; sameMonth: the text names the claim's month
// (withSupport).
func (c *Claim) strengthsOf(items, spk []Item, firstPerson, sameMonth bool) (float64, []float64) {
	sum := 0.0
	strengths := make([]float64, len(c.Items))
	for i, ci := range c.Items {
		best := 0.0
		for _, ti := range items {
			if s := c.itemStrength(i, ti); s > best {
				best = s
			}
		}
		if best < 1 && c.abbreviatedIn(i, items) {
			best = 1
		}
		// The speaker stands in for the claim's actor, never its recipient:
		// "we have never shipped boats" does not say who received them.
		if best < 1 && ci.Kind == Entity && c.Roles[i] != RoleRecipient {
			for k, si := range spk {
				if si.ID == ci.ID || c.abbreviatedIn(i, spk[k:k+1]) {
					s := strengthSpeaker
					if firstPerson {
						s = strengthWeSpeak
					}
					best = max(best, s)
				}
			}
		}
		sum += weight(ci) * best
		strengths[i] = best
	}
	if slices.ContainsFunc(c.support, func(j int) bool { return j >= 0 }) {
		sum = c.withSupport(items, strengths, sameMonth)
	}
	return sum, strengths
}

// windows returns the text's items in each run of window consecutive
// sentences (a sentence starts after a full stop, question or
// exclamation mark, colon or line break); all of them at once when
// window is 0 or the text is no longer.
func (a *ItemizedText) windows(window int) [][]Item {
	sent := make([]int, len(a.words))
	n := 0
	for i, w := range a.words {
		if w.sentStart && i > 0 {
			n++
		}
		sent[i] = n
	}
	if window <= 0 || n+1 <= window {
		return [][]Item{a.Items}
	}
	var out [][]Item
	for first := 0; first+window <= n+1; first++ {
		var items []Item
		for _, it := range a.Items {
			if s := sent[it.W0]; s >= first && s < first+window {
				items = append(items, it)
			}
		}
		out = append(out, items)
	}
	return out
}

// strength is how well text item ti matches claim item ci: the same
// item, a name the claim writes as a word, a related concept. A name no
// table knows that opens a sentence is read as a word there, stemmed
// ("Yukos filed for bankruptcy": "yuko"): it is the claim's name when it
// is spelt as the name.
func (m *Matcher) strength(ci, ti Item) float64 {
	if ci.ID == ti.ID || ci.Kind == Word && ti.Kind == Entity && m.stem(ti.ID) == ci.ID || m.openingName(ci, ti) {
		return 1
	}
	if ci.Kind != Concept || ti.Kind != Concept {
		return 0
	}
	cc, tc := m.concepts[ci.ID], m.concepts[ti.ID]
	if cc.converse == tc.name {
		return strengthConverse
	}
	if cc.opposite == tc.name {
		return strengthOpposite
	}
	if slices.Contains(tc.broader, cc.name) {
		return strengthNarrower
	}
	if slices.Contains(cc.broader, tc.name) {
		return strengthBroader
	}
	for _, b := range cc.broader {
		if slices.Contains(tc.broader, b) {
			return strengthSibling
		}
	}
	return 0
}

// openingName reports whether text word ti, capitalised (as a word that
// opens a sentence is), spells claim name ci.
func (m *Matcher) openingName(ci, ti Item) bool {
	return ci.Kind == Entity && ti.Kind == Word && capitalised(ti.Text) && m.nameKey(strings.ToLower(ti.Text)) == ci.ID
}

// reversed reports whether a text gives one of the claim's entities the
// other role: the claim's agent receiving, or its recipient giving.
func reversed(claim []Item, claimRoles []string, text []Item, textRoles []string) bool {
	for ci, it := range claim {
		if it.Kind != Entity || claimRoles[ci] == RoleNone {
			continue
		}
		role := RoleNone
		for ti, t := range text {
			if t.Kind != Entity || t.ID != it.ID || textRoles[ti] == RoleNone {
				continue
			}
			if role != RoleNone && role != textRoles[ti] {
				role = RoleNone // both roles: undecided
				break
			}
			role = textRoles[ti]
		}
		if role != RoleNone && role != claimRoles[ci] {
			return true
		}
	}
	return false
}

// Terms returns the claim's items, for explaining a match.
func (c *Claim) Terms() []string {
	out := make([]string, len(c.Items))
	for i, it := range c.Items {
		out[i] = strings.ToLower(it.Kind[:1]) + ":" + it.ID
		if c.Roles[i] != "" {
			out[i] += "/" + c.Roles[i]
		}
	}
	return out
}

// KnownName reports whether the claim's item i is an entity the alias
// tables know (U.K., Iran): a name whose absence from a text means the
// text is about something else (UK ≠ US), unlike a capitalised word of a
// headline that only looks like a name.
func (c *Claim) KnownName(i int) bool {
	it := c.Items[i]
	return it.Kind == Entity && len(c.m.aliases[it.ID]) > 0
}

// GivenName reports whether the claim's item i is a given name
// (given-names table) that opens a longer name: "Stephen" of "Stephen
// Sotloff". A text names the person by the surname ("Sotloff", "Steven
// Sotloff"), so the given name is no key to the claim.
func (c *Claim) GivenName(i int) bool {
	it := c.Items[i]
	if it.Kind != Entity || !c.m.givenNames[strings.ToLower(it.Text)] || i+1 >= len(c.Items) {
		return false
	}
	next := c.Items[i+1]
	return next.Kind == Entity && next.W0 == it.W1
}

// AfterAuxiliary reports whether the claim's item i follows its first
// auxiliary ("will", "has"): where its predicate is ("UK interest rates
// will rise"); false for every item of a claim without one.
func (c *Claim) AfterAuxiliary(i int) bool {
	for k, w := range c.words {
		if c.m.fn[w.low]&fnAuxiliary != 0 {
			return c.Items[i].W0 > k
		}
	}
	return false
}

// NamesAreCapitalised reports whether the claim's capitals mark names:
// false for a headline in title case or in capitals ("Joan Rivers'
// Doctor Snapped Selfie"), every word after the first but function words
// capitalised, where every word looks like a name.
func (c *Claim) NamesAreCapitalised() bool { return !c.titleCase }

// Name reports whether the claim's item i is a name: an entity of the
// alias tables, or a capitalised word (not one in capitals: "GRIZZLY
// BEAR", "LESS") when capitals mark names.
func (c *Claim) Name(i int) bool {
	it := c.Items[i]
	return c.KnownName(i) || it.Kind == Entity && !c.words[it.W0].allUpper && c.NamesAreCapitalised()
}
