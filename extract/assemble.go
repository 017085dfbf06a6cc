package extract

import (
	"sort"
	"strings"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/token"
)

// Run is a maximal stretch of tokens with one role: [first, last).
type Run struct {
	Role        int // 0 source, 1 cue, 2 content
	First, Last int
}

func labelRuns(labs []uint8) []Run {
	var out []Run
	for i := 0; i < len(labs); {
		l := labs[i]
		if l == labO {
			i++
			continue
		}
		role := roleOf(l)
		j := i + 1
		if posOf(l) == posB {
			for j < len(labs) && roleOf(labs[j]) == role && (posOf(labs[j]) == posI || posOf(labs[j]) == posE) {
				j++
				if posOf(labs[j-1]) == posE {
					break
				}
			}
		}
		out = append(out, Run{Role: role, First: i, Last: j})
		i = j
	}
	return out
}

// Group is one attribution: a cue with its sources and contents.
type Group struct {
	Cue      Run
	Sources  []Run
	Contents []Run
	// ChannelCut marks a content cut before a channel phrase; what follows
	// it ("in a statement on Wednesday") describes the statement.
	ChannelCut bool
}

// distance between two token runs (0 when adjacent or overlapping).
func distance(a, b Run) int {
	if a.Last <= b.First {
		return b.First - a.Last
	}
	if b.Last <= a.First {
		return a.First - b.Last
	}
	return 0
}

// groupRuns attaches every source and content run to a cue: sources to the
// nearest cue of their sentence, contents to the nearest cue of their line
// (a quote may close a sentence before "he said" opens the next).
func (a *analysis) groupRuns(runs []Run) []Group {
	var gs []Group
	for _, r := range runs {
		if r.Role == 1 {
			gs = append(gs, Group{Cue: r})
		}
	}
	if len(gs) == 0 {
		return nil
	}
	// cues in text order; a run looks only at cues within a few sentences
	// of it, found by binary search, so grouping is linear in the text
	for _, r := range runs {
		if r.Role == 1 {
			continue
		}
		lo := sort.Search(len(gs), func(i int) bool { return a.Sent[gs[i].Cue.First] >= a.Sent[r.First]-3 })
		best, bestD := -1, 1<<30
		for gi := lo; gi < len(gs) && a.Sent[gs[gi].Cue.First] <= a.Sent[r.Last-1]+3; gi++ {
			g := gs[gi]
			if a.Line[g.Cue.First] != a.Line[r.First] {
				continue
			}
			sameSent := a.Sent[g.Cue.First] == a.Sent[r.First] || a.Sent[g.Cue.First] == a.Sent[r.Last-1]
			if r.Role == 0 && !sameSent {
				continue
			}
			d := distance(g.Cue, r)
			if !sameSent {
				d += 50 // prefer a cue of the same sentence
			}
			// a content after its cue is the common order; before it, a quote
			if r.Role == 2 && r.Last <= g.Cue.First && g.Cue.First-r.Last > 3 && a.Quote[r.First] < 0 {
				d += 20
			}
			if d < bestD {
				best, bestD = gi, d
			}
		}
		if best < 0 {
			continue
		}
		if r.Role == 0 {
			gs[best].Sources = append(gs[best].Sources, r)
		} else {
			gs[best].Contents = append(gs[best].Contents, r)
		}
	}
	return gs
}

// nest extends a content that a nested attribution cut short. PolNeAR
// gives each token one attribution, so in "X said that during talks, Iran
// has stressed Y" or "X claim that according to officials, planes left"
// the tagger ends X's content where the nested attribution starts. When
// X's content has no verb of its own and runs into other attribution
// material, it extends to the end of its sentence; nested fragments whose
// cue is no reporting verb are dropped.
func (a *analysis) nest(gs []Group) {
	if a.POS == nil {
		return
	}
	for i := range gs {
		A := &gs[i]
		if len(A.Contents) == 0 {
			continue
		}
		c := &A.Contents[len(A.Contents)-1]
		if A.Cue.Last > c.First || a.hasVerb(c.First, c.Last) {
			continue
		}
		nested := false
		for j := max(i-4, 0); j < len(gs) && j <= i+4; j++ {
			B := &gs[j]
			if j == i {
				continue
			}
			start := B.Cue.First
			for _, s := range B.Sources {
				start = min(start, s.First)
			}
			if gap := start - c.Last; gap >= 0 && gap <= 1 && a.Sent[start] == a.Sent[c.Last-1] &&
				(gap == 0 || a.Toks[c.Last].Kind == token.Punct) {
				nested = true
				break
			}
		}
		if !nested {
			continue
		}
		s := a.Sents[a.Sent[c.Last-1]]
		end := s.Last
		for end > c.Last && (a.Toks[end-1].Kind == token.Punct || a.Toks[end-1].Kind == token.Quote) {
			end--
		}
		lo, hi := c.Last, end
		c.Last = end
		for j := max(i-8, 0); j < len(gs) && j <= i+8; j++ {
			B := &gs[j]
			if j != i && B.Cue.First >= lo && B.Cue.First < hi && a.cueClassAt(B.Cue) == "" {
				B.Contents = nil
			}
		}
	}
}

// hasVerb reports whether tokens [first, last) hold a verb by their
// part-of-speech tags.
func (a *analysis) hasVerb(first, last int) bool {
	for k := first; k < last; k++ {
		n := a.POSNames[a.POS[k]]
		if n == "VBG" && k+1 < last && strings.EqualFold(a.Toks[k].Text(a.Text), "according") &&
			strings.EqualFold(a.Toks[k+1].Text(a.Text), "to") {
			continue // "according to" is a preposition, not the content's verb
		}
		if strings.HasPrefix(n, "VB") || n == "MD" {
			return true
		}
	}
	return false
}

// build turns groups into statements of doc.
func (x *Extractor) build(p *pipeline, doc *claimtrail.Document, gs []Group) []claimtrail.Statement {
	a := &p.a
	text := a.Text
	ents := entities{people: p.people[:0]} // the list's memory is reused document to document
	defer func() { p.people = ents.people[:0] }()
	x.scanEntities(p, &ents)
	p.publicationDates(&ents)
	var prevLine int32 = -1
	var prevDate *claimtrail.TimeRef
	var out []claimtrail.Statement
	lastEnt := -1
	var prevSrc []Run // sources of the previous cue in the same sentence
	prevSent := int32(-1)
	for _, g := range gs {
		if len(g.Contents) == 0 {
			continue
		}
		st := claimtrail.Statement{Doc: doc.ID, Via: []claimtrail.Via{}}
		// cue
		cue := x.cueOf(a, g.Cue)
		st.Cue = cue
		// a content ending before the statement's source, outside quotes,
		// belongs to some clause without a cue ("Amid speculations that …,")
		if len(g.Sources) > 0 {
			src := nearest(g.Sources, g.Cue)
			if src.Last <= g.Cue.First {
				kept := g.Contents[:0]
				for _, c := range g.Contents {
					if c.Last <= src.First && !a.quoted(c) {
						continue
					}
					kept = append(kept, c)
				}
				g.Contents = kept
			}
		}
		if len(g.Contents) == 0 {
			continue
		}
		// content, quotation marks excluded
		a.extendContent(&g, p.labs)
		p.cutChannel(&g)
		for _, c := range g.Contents {
			st.Content.Spans = append(st.Content.Spans, a.contentSpans(c)...)
		}
		if len(st.Content.Spans) == 0 {
			continue
		}
		var parts []string
		for _, sp := range st.Content.Spans {
			parts = append(parts, text[sp.Start:sp.End])
		}
		st.Content.Text = strings.Join(parts, " … ")
		// speaker
		srcs := g.Sources
		sentID := a.Sent[g.Cue.First]
		if len(srcs) == 0 && sentID == prevSent && len(prevSrc) > 0 && len(out) > 0 {
			// "X denied the claims and said that …": the same speaker
			st.Speaker = out[len(out)-1].Speaker
			srcs = nil
		}
		if len(srcs) == 0 && a.cueClassAt(g.Cue) == "question" {
			continue // "When asked if …": the asker is not the speaker
		}
		// ", citing satellite images": what a speaker cites is the via of
		// the statement before it in the sentence, not a statement
		if len(srcs) == 0 && len(out) > 0 && a.citeCue(g.Cue) {
			prev := &out[len(out)-1]
			if k := a.TokenAt(prev.Cue.Span.Start); k < len(a.Toks) && a.Sent[k] == sentID {
				for _, c := range g.Contents {
					for _, sp := range a.contentSpans(c) {
						prev.Via = append(prev.Via, claimtrail.Via{Name: text[sp.Start:sp.End], Span: sp})
						prev.Span = prev.Span.Join(sp)
					}
				}
				continue
			}
		}
		if len(srcs) > 0 {
			prevSrc, prevSent = srcs, sentID
			r := a.trimSource(nearest(srcs, g.Cue))
			sp := claimtrail.Span{Start: a.Toks[r.First].Start, End: a.Toks[r.Last-1].End}
			m := p.res.parseMention(text, a.Toks[r.First:r.Last], a.entityClasses(r.First, r.Last))
			unread := false
			if m.kind == mPronoun && isRelative(m.pronoun) {
				// "Mr Smith, who said …": the speaker is the antecedent;
				// without one ("activists and farmers who …") the speaker
				// stays unknown rather than the last one seen
				if f, l := a.antecedent(r.First); f < l {
					m = p.res.parseMention(text, a.Toks[f:l], a.entityClasses(f, l))
				} else {
					unread = true
				}
			}
			st.Speaker = claimtrail.Speaker{Mention: text[sp.Start:sp.End], Span: &sp, Type: m.typ, Role: m.role, Affiliation: m.affiliation}
			ei := -1
			switch {
			case unread:
				st.Speaker.Type = claimtrail.SpeakerUnknown
			case m.kind == mName:
				ei = ents.add(entity{name: m.name, role: m.role, affiliation: m.affiliation, typ: m.typ, head: m.head, at: sp.Start})
			default:
				ei = ents.resolve(m, sp.Start, lastEnt)
				if ei < 0 && m.kind != mPronoun {
					name := m.name
					if m.kind == mSurname && m.typ == claimtrail.SpeakerUnknown {
						m.typ = claimtrail.SpeakerPerson
					}
					ei = ents.add(entity{name: name, role: m.role, affiliation: m.affiliation, typ: m.typ, head: m.head, at: sp.Start})
				}
			}
			if ei >= 0 {
				e := &ents.list[ei]
				e.at = sp.Start
				st.Speaker.Name = e.name
				st.Speaker.Role = firstNonEmpty(e.role, m.role)
				st.Speaker.Affiliation = firstNonEmpty(e.affiliation, m.affiliation)
				st.Speaker.Type = e.typ
				lastEnt = ei
			}
		} else if st.Speaker.Name != "" || st.Speaker.Span != nil {
			// shared with the previous cue of the sentence
		} else {
			// no source: drop unless it continues the previous statement
			// (an implicit speaker in the same or the next sentence)
			if lastEnt < 0 || !x.continues(a, out, g) {
				continue
			}
			e := ents.list[lastEnt]
			st.Speaker = claimtrail.Speaker{Name: e.name, Role: e.role, Affiliation: e.affiliation, Type: e.typ}
		}
		if st.Speaker.Type == "" {
			st.Speaker.Type = claimtrail.SpeakerUnknown
		}
		st.Form = a.form(g, cue)
		x.context(p, &st, g)
		// said_on: explicit, then context, then the publication date for a
		// statement in the present tense
		line := a.Line[g.Cue.First]
		if x.noDates {
			// no dating at all
		} else if t := p.explicitDate(g); t != nil {
			st.SaidOn = timeRef(t, claimtrail.BasisExplicit, true)
		} else if e := entOf(&ents, st.Speaker.Name); e != nil && e.date != nil {
			st.SaidOn = timeRef(e.date, claimtrail.BasisContext, false)
		} else if e := a.articleRef(p, &ents, g); e != nil && e.date != nil {
			st.SaidOn = timeRef(e.date, claimtrail.BasisContext, false)
		} else if len(out) > 0 && prevDate != nil && out[len(out)-1].Speaker.Name == st.Speaker.Name && st.Speaker.Name != "" && line-prevLine <= 1 {
			c := *prevDate
			c.Basis, c.Span = claimtrail.BasisContext, nil
			st.SaidOn = &c
		} else if doc.HasPublished() && a.presentTense(g.Cue) {
			st.SaidOn = &claimtrail.TimeRef{Value: doc.Published.Format("2006-01-02"), Grain: claimtrail.GrainDay, Basis: claimtrail.BasisPublished}
		}
		prevLine, prevDate = line, st.SaidOn
		st.Span = statementSpan(&st)
		out = append(out, st)
	}
	for i := range out {
		out[i].N = i + 1
	}
	return out
}

// citeCue reports whether a cue names a source being cited ("citing",
// "quoting").
func (a *analysis) citeCue(r Run) bool {
	for k := r.First; k < r.Last; k++ {
		switch a.Cue[k].Lemma {
		case "cite", "quote":
			return true
		}
	}
	return false
}

// quoted reports whether a run opens inside a quotation (its first token,
// or the one after an opening mark).
func (a *analysis) quoted(r Run) bool {
	return a.Quote[r.First] >= 0 || r.First+1 < r.Last && a.Quote[r.First+1] >= 0
}

// nearest returns the source run closest to the cue: a sentence may hold
// a stray source of a cue-less clause ("Amid speculations that …, Iran
// rejects …").
func nearest(srcs []Run, cue Run) Run {
	best := srcs[0]
	for _, s := range srcs[1:] {
		if distance(s, cue) < distance(best, cue) {
			best = s
		}
	}
	return best
}

// entOf returns the entity named name, or nil.
func entOf(es *entities, name string) *entity {
	if name == "" {
		return nil
	}
	for i := range es.list {
		if es.list[i].name == name {
			return &es.list[i]
		}
	}
	return nil
}

// articleRef returns the publication a statement's sentence points at with
// "In the article" (or report, story), or nil.
func (a *analysis) articleRef(p *pipeline, es *entities, g Group) *entity {
	first, last := a.scope(g)
	for k := first; k+2 < last && k < first+4; k++ {
		if strings.EqualFold(a.Toks[k].Text(a.Text), "in") && strings.EqualFold(a.Toks[k+1].Text(a.Text), "the") &&
			p.res.publications.Field(strings.ToLower(a.Toks[k+2].Text(a.Text)), 0) == "noun" {
			at := a.Toks[k].Start
			best := -1
			for i, e := range es.list {
				if e.typ == claimtrail.SpeakerPublication && e.at < at && (best < 0 || e.at > es.list[best].at) {
					best = i
				}
			}
			if best >= 0 {
				return &es.list[best]
			}
		}
	}
	return nil
}

// presentTense reports whether the cue's verb is in the present tense
// ("rejects", "says"), which in news dates it to the publication.
func (a *analysis) presentTense(r Run) bool {
	if a.POS == nil {
		return false
	}
	for k := r.First; k < r.Last; k++ {
		if a.Cue[k].Class == 0 {
			continue
		}
		switch a.POSNames[a.POS[k]] {
		case "VBZ", "VBP":
			return true
		}
		return false
	}
	return false
}

// extendContent carries a content that follows its cue on to the end of
// its sentence when the tokens left are unlabelled and hold no time
// expression: the tagger often stops short of a clause's last words
// ("… that speculations that Iran is supplying UAVs [are not true]").
func (a *analysis) extendContent(g *Group, labs []uint8) {
	if len(g.Contents) == 0 {
		return
	}
	c := &g.Contents[len(g.Contents)-1]
	if c.First < g.Cue.Last {
		return
	}
	s := a.Sents[a.Sent[c.Last-1]]
	end := s.Last
	for end > c.Last && (a.Toks[end-1].Kind == token.Punct || a.Toks[end-1].Kind == token.Quote) {
		end--
	}
	if end <= c.Last || end-c.Last > 12 {
		return
	}
	for k := c.Last; k < end; k++ {
		if labs[k] != labO {
			return
		}
	}
	lo, hi := a.Toks[c.Last].Start, a.Toks[end-1].End
	if len(a.TimexIn(lo, hi)) > 0 {
		return
	}
	c.Last = end
}

// trimSource drops a prepositional phrase the tagger swept into a source:
// "[with his counterpart Pekka Haavisto, Foreign Minister Hossein
// Amirabdollahian] said" keeps the part after the comma.
func (a *analysis) trimSource(r Run) Run {
	// the run, or the determiners and possessives just before it, must
	// follow a preposition: "with [his counterpart X, Minister Y]"
	k := r.First - 1
	for k >= 0 && isDeterminer(a.Toks[k].Text(a.Text)) {
		k--
	}
	j := r.First
	for j < r.Last && isDeterminer(a.Toks[j].Text(a.Text)) {
		j++
	}
	if k < 0 || (!isPreposition(a.Toks[k].Text(a.Text)) && !(j > r.First && isPreposition(a.Toks[r.First-1].Text(a.Text)))) {
		return r
	}
	for k := r.Last - 2; k > r.First; k-- {
		if t := a.Toks[k]; t.Kind == token.Punct && a.Text[t.Start] == ',' {
			return Run{Role: r.Role, First: k + 1, Last: r.Last}
		}
	}
	return r
}

// continues reports whether a sourceless group follows the previous
// statement closely enough to share its speaker.
func (x *Extractor) continues(a *analysis, out []claimtrail.Statement, g Group) bool {
	if len(out) == 0 {
		return false
	}
	prevEnd := out[len(out)-1].Span.End
	// within the same or the next sentence
	k := g.Cue.First
	for k > 0 && a.Toks[k].Start > prevEnd {
		k--
	}
	return a.Sent[g.Cue.First]-a.Sent[k] <= 1
}

func firstNonEmpty(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

// contentSpans returns the byte spans of a content run without quotation
// marks at its edges.
func (a *analysis) contentSpans(c Run) []claimtrail.Span {
	first, last := c.First, c.Last
	for first < last && a.Toks[first].Kind == token.Quote {
		first++
	}
	for last > first && (a.Toks[last-1].Kind == token.Quote || isEdgePunct(a.Toks[last-1].Text(a.Text))) {
		last--
	}
	if first >= last {
		return nil
	}
	return []claimtrail.Span{{Start: a.Toks[first].Start, End: a.Toks[last-1].End}}
}

func isEdgePunct(w string) bool {
	switch w {
	case ",", ":", ";", "—", "-", "–":
		return true
	}
	return false
}

// form classifies a statement: direct (content inside quotation marks),
// mixed (indirect with a quoted part), according_to, indirect.
func (a *analysis) form(g Group, cue claimtrail.Cue) string {
	if cue.Lemma == "according to" {
		return claimtrail.FormAccordingTo
	}
	inside, quoted, total := 0, 0, 0
	for _, c := range g.Contents {
		for k := c.First; k < c.Last; k++ {
			if a.Toks[k].Kind == token.Quote {
				quoted++
				continue
			}
			total++
			if a.Quote[k] >= 0 {
				inside++
			}
		}
	}
	switch {
	case total > 0 && inside == total:
		return claimtrail.FormDirect
	case inside > 0 || quoted > 0:
		return claimtrail.FormMixed
	}
	return claimtrail.FormIndirect
}

func statementSpan(st *claimtrail.Statement) claimtrail.Span {
	s := st.Cue.Span
	for _, sp := range st.Content.Spans {
		s = s.Join(sp)
	}
	if st.Speaker.Span != nil {
		s = s.Join(*st.Speaker.Span)
	}
	return s
}

// cueOf builds the cue: its text, span and lemma. The tagger's cue run
// may carry adverbs and auxiliaries ("once again categorically rejects",
// "has repeatedly stressed"); the cue is narrowed to the lexicon words in
// it. "told" before "reporters" takes the noun in ("told reporters").
func (x *Extractor) cueOf(a *analysis, r Run) claimtrail.Cue {
	first, last := r.First, r.Last
	for k := r.First; k < r.Last; k++ {
		if cm := a.Cue[k]; cm.Class != 0 {
			first, last = k, min(k+int(cm.N), r.Last)
			break
		}
	}
	for last-1 > first && a.Toks[last-1].Kind == token.Punct {
		last--
	}
	if last < len(a.Toks) && last == first+1 {
		w := strings.ToLower(a.Toks[first].Text(a.Text))
		next := strings.ToLower(a.Toks[last].Text(a.Text))
		if (w == "told" || w == "tells" || w == "telling" || w == "tell") && (next == "reporters" || next == "journalists") {
			last++
		}
	}
	sp := claimtrail.Span{Start: a.Toks[first].Start, End: a.Toks[last-1].End}
	c := claimtrail.Cue{Text: a.Text[sp.Start:sp.End], Span: sp}
	c.Lemma = x.lemma(a, first, last)
	return c
}

// lemma returns the lexicon lemma of the cue's main word, or a
// lower-cased, suffix-stripped guess.
func (x *Extractor) lemma(a *analysis, first, last int) string {
	for k := first; k < last; k++ {
		if cm := a.Cue[k]; cm.Class != 0 {
			return cm.Lemma
		}
	}
	w := strings.ToLower(a.Toks[first].Text(a.Text))
	if last-first > 1 {
		var ws []string
		for k := first; k < last; k++ {
			ws = append(ws, strings.ToLower(a.Toks[k].Text(a.Text)))
		}
		return strings.Join(ws, " ")
	}
	switch {
	case strings.HasSuffix(w, "ied"):
		return w[:len(w)-3] + "y"
	case strings.HasSuffix(w, "ed") && len(w) > 4:
		return w[:len(w)-2]
	case strings.HasSuffix(w, "ing") && len(w) > 5:
		return w[:len(w)-3]
	case strings.HasSuffix(w, "s") && len(w) > 3 && !strings.HasSuffix(w, "ss"):
		return w[:len(w)-1]
	}
	return w
}
