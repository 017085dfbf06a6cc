package extract

import (
	"slices"
	"strings"

	"github.com/claimtrail/claimtrail"
	"github.com/claimtrail/claimtrail/attrib"
	"github.com/claimtrail/claimtrail/layer"
	"github.com/claimtrail/claimtrail/token"
)

// scanEntities registers the publications named anywhere in the text
// ("… published on 29 August in the Washington Post"), so that "the
// article" can resolve to them, and the people it names.
func (x *Extractor) scanEntities(p *pipeline, es *entities) {
	a, res := &p.a, p.res
	text := a.Text
	a.scanPeople(es)
	for i := 0; i < len(a.Toks); {
		if a.Toks[i].Kind != token.Word || !capitalised(a.Toks[i].Text(text)) {
			i++
			continue
		}
		j := i
		for j < len(a.Toks) && a.Toks[j].Kind == token.Word && capitalised(a.Toks[j].Text(text)) && (j == i || a.Line[j] == a.Line[i]) {
			j++
		}
		// sentence-initial "The" is part of the run; drop it
		s := i
		for j-s > 1 && layer.IsDeterminer(a.Toks[s].Text(text)) {
			s++
		}
		prev := ""
		if j-s >= 2 {
			prev = a.Low[j-2]
		}
		// (the run is capitalised, so isPublicationName's first test holds)
		if res.isPublicationLower(prev, a.Low[j-1]) {
			ws := make([]string, 0, j-s)
			for k := s; k < j; k++ {
				ws = append(ws, a.Toks[k].Text(text))
			}
			es.add(entity{name: strings.Join(ws, " "), typ: claimtrail.SpeakerPublication, head: strings.ToLower(ws[len(ws)-1]), at: a.Toks[i].Start})
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
	if e >= 0 && a.Toks[e].Kind == token.Punct && a.Text[a.Toks[e].Start] == ',' {
		e, comma = e-1, true
	}
	if e < 0 || a.Sent[e] != a.Sent[k] || a.Toks[e].Kind != token.Word {
		return 0, 0
	}
	s := e
	if capitalised(a.Toks[e].Text(a.Text)) {
		for s > 0 && a.Sent[s-1] == a.Sent[k] && a.Toks[s-1].Kind == token.Word {
			w := a.Toks[s-1].Text(a.Text)
			if !capitalised(w) && !(isNameParticle(w) && s-2 >= 0 && capitalised(a.Toks[s-2].Text(a.Text))) {
				break
			}
			s--
		}
		// without a comma the clause may restrict a head further back
		b := s - 1
		if b >= 0 && a.Low[b] == "the" {
			b--
		}
		if !comma && b >= 0 && a.Sent[b] == a.Sent[k] && (layer.IsPreposition(a.Low[b]) || a.Low[b] == "outside") {
			return 0, 0
		}
		return s, e + 1
	}
	for s > 0 && e-s < 5 && a.Sent[s-1] == a.Sent[k] && a.Toks[s-1].Kind == token.Word {
		s--
		switch a.Low[s] {
		case "the", "a", "an", "this", "these", "those", "its", "his", "her", "their", "our":
			return s, e + 1
		}
	}
	return 0, 0
}

// entityClasses returns the entity class (entityClass) of tokens [first,
// last), nil without entity tags. The slice is reused by the next call.
func (a *analysis) entityClasses(first, last int) []byte {
	if a.NER == nil {
		return nil
	}
	a.ents = a.ents[:0]
	for k := first; k < last; k++ {
		a.ents = append(a.ents, entityClass(a.NERNames[a.NER[k]]))
	}
	return a.ents
}

// scanPeople lists in es.people the persons of two words or more that the
// entity tags mark, each once, at its first mention.
func (a *analysis) scanPeople(es *entities) {
	if a.NER == nil {
		return
	}
	for i := 0; i < len(a.Toks); {
		if a.NERNames[a.NER[i]] != "B-PERSON" {
			i++
			continue
		}
		j := i + 1
		for j < len(a.Toks) && a.NERNames[a.NER[j]] == "I-PERSON" && a.Line[j] == a.Line[i] {
			j++
		}
		if j-i >= 2 {
			name := a.Text[a.Toks[i].Start:a.Toks[j-1].End]
			if !slices.ContainsFunc(es.people, func(e entity) bool { return e.name == name }) {
				es.people = append(es.people, entity{name: name, typ: claimtrail.SpeakerPerson, at: a.Toks[i].Start})
			}
		}
		i = j
	}
}

// scope returns the token range of the cue's sentence.
func (a *analysis) scope(g attrib.Group) (int, int) {
	s := a.Sents[a.Sent[g.Cue.First]]
	return s.First, s.Last
}

// inContent reports whether token k lies in one of g's contents.
func inContent(g *attrib.Group, k int) bool {
	for _, c := range g.Contents {
		if c.First <= k && k < c.Last {
			return true
		}
	}
	return false
}

// context reads channel, addressee, via, polarity and hedging around a
// statement.
func (x *Extractor) context(p *pipeline, st *claimtrail.Statement, g attrib.Group) {
	a := &p.a
	res := p.res
	text := a.Text
	first, last := a.scope(g)
	lw := func(k int) string { return a.Low[k] }
	// channel: the phrase nearest the cue, outside the content
	bestD := 1 << 30
	for k := first; k < last; k++ {
		if inContent(&g, k) {
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
			d := abs(k - g.Cue.First)
			if d >= bestD {
				continue
			}
			bestD = d
			key := strings.Join(ph, " ")
			sp := claimtrail.Span{Start: a.Toks[k].Start, End: a.Toks[k+len(ph)-1].End}
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
	if st.Cue.Lemma == "tell" && st.Channel.Kind != claimtrail.ChannelToldReporters && g.Cue.Last < last && !inContent(&g, g.Cue.Last) {
		// "told CNN" names an outlet; "told the minister" a person
		if name, typ := x.nameAfter(p, g.Cue.Last, last, &g); name != "" {
			if typ == claimtrail.SpeakerPublication {
				st.Channel = claimtrail.Channel{Kind: claimtrail.ChannelInterview, Text: st.Cue.Text, Venue: name}
			} else if st.Addressee == "" {
				st.Addressee = name
			}
		}
	}
	// via: sources cited inside the content
	for _, c := range g.Contents {
		for k := c.First; k < c.Last; k++ {
			w := lw(k)
			start := -1
			switch {
			case w == "according" && k+1 < c.Last && lw(k+1) == "to":
				start = k + 2
			case w == "citing" || w == "quoting":
				start = k + 1
			}
			if start < 0 || start >= c.Last {
				continue
			}
			end := start
			for end < c.Last {
				t := a.Toks[end]
				if t.Kind == token.Punct || t.Kind == token.Quote {
					break
				}
				end++
			}
			if end > start {
				ws := start
				for ws < end-1 && layer.IsDeterminer(a.Toks[ws].Text(text)) {
					ws++
				}
				sp := claimtrail.Span{Start: a.Toks[ws].Start, End: a.Toks[end-1].End}
				st.Via = append(st.Via, claimtrail.Via{Name: text[sp.Start:sp.End], Span: sp})
			}
			k = end
		}
	}
	// polarity: a denial cue, or a negation or falsity word in the content
	st.Polarity = claimtrail.Affirm
	if a.CueClass(g.Cue.First, g.Cue.Last) == "deny" {
		st.Polarity = claimtrail.Deny
	}
	negs := 0
	for _, c := range g.Contents {
		for k := c.First; k < c.Last; k++ {
			w := lw(k)
			if !res.negations.Has(w) {
				continue
			}
			// "not only", "no doubt" do not negate
			if k+1 < c.Last {
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
	from := g.Cue.First
	for _, s := range g.Sources {
		from = min(from, s.Last)
	}
	check := func(k, end int) bool {
		if p.inTimex(a.Toks[k].Span) {
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
	for k := from; k < g.Cue.Last && !st.Hedged; k++ {
		st.Hedged = check(k, g.Cue.Last)
	}
	for _, c := range g.Contents {
		for k := c.First; k < c.Last && !st.Hedged; k++ {
			st.Hedged = check(k, c.Last)
		}
	}
}

// inTimex reports whether sp lies in a time expression of the document.
func (p *pipeline) inTimex(sp claimtrail.Span) bool {
	for _, t := range p.a.TimexIn(sp.Start, sp.End) {
		if t.Span.Contains(sp) {
			return true
		}
	}
	return false
}

// nameAfter reads the noun phrase starting at token k (up to a comma,
// a cue or the end of the scope) as a mention and returns its name and
// speaker type.
func (x *Extractor) nameAfter(p *pipeline, k, end int, g *attrib.Group) (string, string) {
	a := &p.a
	j := k
	for j < end && !inContent(g, j) && j != g.Cue.First {
		t := a.Toks[j]
		if t.Kind == token.Punct || t.Kind == token.Quote {
			break
		}
		w := a.Low[j]
		if j > k && (w == "that" || w == "on" || w == "about" || w == "in" || w == "last" || w == "this" || w == "when" || a.Cue[j].Class != 0 && !capitalised(t.Text(a.Text))) {
			break
		}
		j++
	}
	if j <= k {
		return "", ""
	}
	m := p.res.parseMention(a.Text, a.Toks[k:j], a.entityClasses(k, j))
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
