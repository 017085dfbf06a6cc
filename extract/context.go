package extract

import (
	"slices"
	"strings"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/token"
)

// scanEntities registers the publications named anywhere in the text
// ("… published on 29 August in the Washington Post"), so that "the
// article" can resolve to them, and the people it names.
func (x *Extractor) scanEntities(p *pipeline, es *entities) {
	a, res := &p.a, p.res
	text := a.text
	a.scanPeople(es)
	for i := 0; i < len(a.toks); {
		if a.toks[i].Kind != token.Word || !capitalised(a.toks[i].Text(text)) {
			i++
			continue
		}
		j := i
		for j < len(a.toks) && a.toks[j].Kind == token.Word && capitalised(a.toks[j].Text(text)) && (j == i || a.line[j] == a.line[i]) {
			j++
		}
		// sentence-initial "The" is part of the run; drop it
		s := i
		for j-s > 1 && isDeterminer(a.toks[s].Text(text)) {
			s++
		}
		prev := ""
		if j-s >= 2 {
			prev = a.low[j-2]
		}
		// (the run is capitalised, so isPublicationName's first test holds)
		if res.isPublicationLower(prev, a.low[j-1]) {
			ws := make([]string, 0, j-s)
			for k := s; k < j; k++ {
				ws = append(ws, a.toks[k].Text(text))
			}
			es.add(entity{name: strings.Join(ws, " "), typ: claimtrail.SpeakerPublication, head: strings.ToLower(ws[len(ws)-1]), at: a.toks[i].Start})
		}
		i = j
	}
}

// antecedent returns the token range of the noun phrase a relative
// pronoun at token k refers to, in its sentence: the name just before it
// ("Paul Orsic, who …", with particles: "Rodrigo de Rato, who …") unless,
// with no comma between, a preposition governs the name ("people from
// outside the European Union who …": the head lies further back), else
// the phrase back to its article or possessive ("the company, which …");
// first == last when there is none.
func (a *analysis) antecedent(k int) (first, last int) {
	e, comma := k-1, false
	if e >= 0 && a.toks[e].Kind == token.Punct && a.text[a.toks[e].Start] == ',' {
		e, comma = e-1, true
	}
	if e < 0 || a.sent[e] != a.sent[k] || a.toks[e].Kind != token.Word {
		return 0, 0
	}
	s := e
	if capitalised(a.toks[e].Text(a.text)) {
		for s > 0 && a.sent[s-1] == a.sent[k] && a.toks[s-1].Kind == token.Word {
			w := a.toks[s-1].Text(a.text)
			if !capitalised(w) && !(isNameParticle(w) && s-2 >= 0 && capitalised(a.toks[s-2].Text(a.text))) {
				break
			}
			s--
		}
		// without a comma the clause may restrict a head further back
		b := s - 1
		if b >= 0 && a.low[b] == "the" {
			b--
		}
		if !comma && b >= 0 && a.sent[b] == a.sent[k] && (isPreposition(a.low[b]) || a.low[b] == "outside") {
			return 0, 0
		}
		return s, e + 1
	}
	for s > 0 && e-s < 5 && a.sent[s-1] == a.sent[k] && a.toks[s-1].Kind == token.Word {
		s--
		switch a.low[s] {
		case "the", "a", "an", "this", "these", "those", "its", "his", "her", "their", "our":
			return s, e + 1
		}
	}
	return 0, 0
}

// entityClasses returns the entity class (entityClass) of tokens [first,
// last), nil without entity tags. The slice is reused by the next call.
func (a *analysis) entityClasses(first, last int) []byte {
	if a.ner == nil {
		return nil
	}
	a.ents = a.ents[:0]
	for k := first; k < last; k++ {
		a.ents = append(a.ents, entityClass(a.nerNames[a.ner[k]]))
	}
	return a.ents
}

// scanPeople lists in es.people the persons of two words or more that the
// entity tags mark, each once, at its first mention.
func (a *analysis) scanPeople(es *entities) {
	if a.ner == nil {
		return
	}
	for i := 0; i < len(a.toks); {
		if a.nerNames[a.ner[i]] != "B-PERSON" {
			i++
			continue
		}
		j := i + 1
		for j < len(a.toks) && a.nerNames[a.ner[j]] == "I-PERSON" && a.line[j] == a.line[i] {
			j++
		}
		if j-i >= 2 {
			name := a.text[a.toks[i].Start:a.toks[j-1].End]
			if !slices.ContainsFunc(es.people, func(e entity) bool { return e.name == name }) {
				es.people = append(es.people, entity{name: name, typ: claimtrail.SpeakerPerson, at: a.toks[i].Start})
			}
		}
		i = j
	}
}

// scope returns the token range of the cue's sentence.
func (a *analysis) scope(g group) (int, int) {
	s := a.sents[a.sent[g.cue.first]]
	return s.first, s.last
}

// inContent reports whether token k lies in one of g's contents.
func (g *group) inContent(k int) bool {
	for _, c := range g.contents {
		if c.first <= k && k < c.last {
			return true
		}
	}
	return false
}

// context reads channel, addressee, via, polarity and hedging around a
// statement.
func (x *Extractor) context(p *pipeline, st *claimtrail.Statement, g group) {
	a := &p.a
	res := p.res
	text := a.text
	first, last := a.scope(g)
	lw := func(k int) string { return a.low[k] }
	// channel: the phrase nearest the cue, outside the content
	bestD := 1 << 30
	for k := first; k < last; k++ {
		if g.inContent(k) {
			continue
		}
		for _, pi := range res.channelAt[lw(k)] {
			ph := res.channelPhrases[pi]
			if k+len(ph) > last {
				continue
			}
			ok := true
			for n, w := range ph {
				if lw(k+n) != w {
					ok = false
					break
				}
			}
			if !ok {
				continue
			}
			d := abs(k - g.cue.first)
			if d >= bestD {
				continue
			}
			bestD = d
			key := strings.Join(ph, " ")
			sp := claimtrail.Span{Start: a.toks[k].Start, End: a.toks[k+len(ph)-1].End}
			st.Channel = claimtrail.Channel{Kind: res.channels.Field(key, 0), Text: text[sp.Start:sp.End], Venue: res.channels.Field(key, 1), Span: &sp}
			// "… with X": an interview's outlet, a call's other party
			if j := k + len(ph); j < last && lw(j) == "with" {
				if name, typ := x.nameAfter(p, j+1, last, &g); name != "" {
					if typ == claimtrail.SpeakerPublication || (st.Channel.Kind == claimtrail.ChannelInterview && typ != claimtrail.SpeakerPerson) {
						st.Channel.Venue = name
					} else {
						st.Addressee = name
					}
				}
			}
			break
		}
	}
	if st.Channel.Kind == "" {
		st.Channel.Kind = claimtrail.ChannelUnknown
		if st.Cue.Lemma == "tweet" {
			st.Channel = claimtrail.Channel{Kind: claimtrail.ChannelSocialMedia, Text: st.Cue.Text, Venue: "Twitter"}
		}
	}
	if st.Cue.Lemma == "tell" && st.Channel.Kind != claimtrail.ChannelToldReporters && g.cue.last < last && !g.inContent(g.cue.last) {
		// "told CNN" names an outlet; "told the minister" a person
		if name, typ := x.nameAfter(p, g.cue.last, last, &g); name != "" {
			if typ == claimtrail.SpeakerPublication {
				st.Channel = claimtrail.Channel{Kind: claimtrail.ChannelInterview, Text: st.Cue.Text, Venue: name}
			} else if st.Addressee == "" {
				st.Addressee = name
			}
		}
	}
	// via: sources cited inside the content
	for _, c := range g.contents {
		for k := c.first; k < c.last; k++ {
			w := lw(k)
			start := -1
			switch {
			case w == "according" && k+1 < c.last && lw(k+1) == "to":
				start = k + 2
			case w == "citing" || w == "quoting":
				start = k + 1
			}
			if start < 0 || start >= c.last {
				continue
			}
			end := start
			for end < c.last {
				t := a.toks[end]
				if t.Kind == token.Punct || t.Kind == token.Quote {
					break
				}
				end++
			}
			if end > start {
				ws := start
				for ws < end-1 && isDeterminer(a.toks[ws].Text(text)) {
					ws++
				}
				sp := claimtrail.Span{Start: a.toks[ws].Start, End: a.toks[end-1].End}
				st.Via = append(st.Via, claimtrail.Via{Name: text[sp.Start:sp.End], Span: sp})
			}
			k = end
		}
	}
	// polarity: a denial cue, or a negation or falsity word in the content
	st.Polarity = claimtrail.Affirm
	if a.cueClassAt(g.cue) == "deny" {
		st.Polarity = claimtrail.Deny
	}
	negs := 0
	for _, c := range g.contents {
		for k := c.first; k < c.last; k++ {
			w := lw(k)
			if !res.negations.Has(w) {
				continue
			}
			// "not only", "no doubt" do not negate
			if k+1 < c.last {
				n := lw(k + 1)
				if (w == "not" && n == "only") || (w == "no" && (n == "doubt" || n == "matter")) {
					continue
				}
			}
			negs++
		}
	}
	if negs > 0 {
		st.Polarity = claimtrail.Deny
	}
	// hedging: in the content, or between the source and the cue
	from := g.cue.first
	for _, s := range g.sources {
		from = min(from, s.last)
	}
	check := func(k, end int) bool {
		if p.inTimex(a.toks[k].Span) {
			return false // "in May" is a month, not a hedge
		}
		w := lw(k)
		if res.hedges.Has(w) {
			return true
		}
		if k+1 >= end {
			return false
		}
		var buf [64]byte
		return res.hedges.Has(string(append(append(append(buf[:0], w...), ' '), lw(k+1)...)))
	}
	for k := from; k < g.cue.last && !st.Hedged; k++ {
		st.Hedged = check(k, g.cue.last)
	}
	for _, c := range g.contents {
		for k := c.first; k < c.last && !st.Hedged; k++ {
			st.Hedged = check(k, c.last)
		}
	}
}

// inTimex reports whether sp lies in a time expression of the document.
func (p *pipeline) inTimex(sp claimtrail.Span) bool {
	for _, t := range timexIn(p.tx, sp.Start, sp.End) {
		if t.Span.Contains(sp) {
			return true
		}
	}
	return false
}

// cutChannel ends a content that follows its cue where a channel phrase
// starts ("dismissed the reports as baseless [in a statement on
// Wednesday]"): the phrase says how the statement was made, not what.
func (p *pipeline) cutChannel(g *group) {
	a := &p.a
	if len(g.contents) == 0 {
		return
	}
	c := &g.contents[len(g.contents)-1]
	if c.first < g.cue.last {
		return
	}
	for k := c.first + 2; k < c.last; k++ {
		w := a.low[k]
		if w != "in" && w != "on" && w != "during" || a.quote[k] >= 0 {
			continue
		}
		for _, pi := range p.res.channelAt[w] {
			ph := p.res.channelPhrases[pi]
			n := len(ph)
			if k+n > c.last {
				continue
			}
			ok := true
			for j := 1; j < n; j++ {
				if a.low[k+j] != ph[j] {
					ok = false
					break
				}
			}
			if ok {
				c.last = k
				g.channelCut = true
				return
			}
		}
	}
}

func (a *analysis) cueClassAt(r run) string {
	for k := r.first; k < r.last; k++ {
		if c := a.cue[k].class; c != 0 {
			return cueClasses[c]
		}
	}
	return ""
}

// nameAfter reads the noun phrase starting at token k (up to a comma,
// a cue or the end of the scope) as a mention and returns its name and
// speaker type.
func (x *Extractor) nameAfter(p *pipeline, k, end int, g *group) (string, string) {
	a := &p.a
	j := k
	for j < end && !g.inContent(j) && j != g.cue.first {
		t := a.toks[j]
		if t.Kind == token.Punct || t.Kind == token.Quote {
			break
		}
		w := a.low[j]
		if j > k && (w == "that" || w == "on" || w == "about" || w == "in" || w == "last" || w == "this" || w == "when" || a.cue[j].class != 0 && !capitalised(t.Text(a.text))) {
			break
		}
		j++
	}
	if j <= k {
		return "", ""
	}
	m := p.res.parseMention(a.text, a.toks[k:j], a.entityClasses(k, j))
	if m.name == "" || m.kind == mDescriptor || m.kind == mDefinite {
		return "", ""
	}
	return m.name, m.typ
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}
