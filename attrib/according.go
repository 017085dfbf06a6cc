package attrib

import "github.com/claimtrail/claimtrail/layer"

// An "according to X" inside or beside another statement names whom
// that statement is cited through, not a statement of its own: in "The
// minister denied the report, according to state media" the minister
// denies and state media is the via; in "She said competition, of which
// there are now 230 according to recent figures, could drive …" she
// speaks. The tagger often makes X the source of the sentence and the
// rest its content; absorbAccording gives X to the statement it cites.

// absorbAccording drops each "according to X" group whose content holds
// another attribution (a group's cue, or a reporting verb with its
// subject opening the content: innerGroup) or that sits within another
// statement's span, and makes X a via of that attribution. An "According
// to X," opening its sentence stays a statement of its own too, and so
// does one around a statement whose cue is no verb of saying (says).
func (t *Tagger) absorbAccording(d *layer.Doc, gs []Group) []Group {
	out := gs[:0]
	var added []Group
	for i := range gs {
		g := &gs[i]
		if !t.viaCue(d, g.Cue) || len(g.Sources) == 0 {
			out = append(out, *g)
			continue
		}
		preposed := g.Cue.First == d.Sents[d.Sent[g.Cue.First]].First
		if h := hostOf(d, gs, i); h >= 0 {
			gs[h].Vias = append(gs[h].Vias, g.Source)
			if !preposed && says(d, gs[h].Cue) {
				t.dropped("according-via", g)
				continue
			}
			// "Clinton drew deep support among women, according to
			// exit polls": the host reports no words, and what X
			// reports is the statement
			preposed = true
		}
		if preposed {
			// "According to Yahoo News, X said …": both attributions,
			// as PolNeAR marks them; X's statement is cited through it
			out = append(out, *g)
			continue
		}
		if ng, ok := t.citedInner(d, g, gs); ok {
			added = append(added, ng)
			t.dropped("according-inner", g)
			continue
		}
		out = append(out, *g)
	}
	return append(out, added...)
}

// says reports whether cue run r holds a verb of saying ("said",
// "denied"), whose statement an "according to" around it relays.
func says(d *layer.Doc, r Run) bool {
	for k := r.First; k < r.Last; k++ {
		if saysSomething(d.Cue[k].Class) {
			return true
		}
	}
	return false
}

// viaCue reports whether cue run r is a via phrase ("according to").
func (t *Tagger) viaCue(d *layer.Doc, r Run) bool {
	for _, ph := range t.viaPhrases[d.Low[r.First]] {
		if r.First+len(ph) == r.Last && wordsAt(d, r.First, ph) {
			return true
		}
	}
	return false
}

// hostOf returns the group of the same sentence whose cue lies in the
// content of gs[i], or whose statement spans gs[i]'s cue ("Kessler told
// the board, according to two people present, that …"); -1 when none.
func hostOf(d *layer.Doc, gs []Group, i int) int {
	g := &gs[i]
	for j := range gs {
		h := &gs[j]
		if j == i || d.Sent[h.Cue.First] != d.Sent[g.Cue.First] || len(h.Contents) == 0 {
			continue
		}
		for _, c := range g.Contents {
			if c.First <= h.Cue.First && h.Cue.First < c.Last {
				return j
			}
		}
		last := h.Contents[len(h.Contents)-1]
		if h.Cue.First < g.Cue.First && g.Cue.First < last.Last {
			return j
		}
	}
	return -1
}

// citedInner reads the attribution opening the first content of g, an
// "according to" group ("The minister denied the report, according to
// …"): its speaker's statement, with the rest of g's contents and g's
// source as its via.
func (t *Tagger) citedInner(d *layer.Doc, g *Group, gs []Group) (Group, bool) {
	if len(g.Contents) == 0 {
		return Group{}, false
	}
	ng, ok := t.innerGroup(d, g.Contents[0], gs, true)
	if !ok {
		return Group{}, false
	}
	ng.Nested = false
	ng.Vias = append(ng.Vias, g.Source)
	ng.Contents = append(ng.Contents, g.Contents[1:]...)
	return ng, true
}

// accordingSubjects splits a source the tagger ran from an "According
// to X," opening its sentence into the subject of the clause X is cited
// for ("According to [the county clerk, 571 delegates] supported the
// senator"): X keeps the words before the run's last comma and gets the
// rest of the sentence after it as its content, in place of the
// predicate alone the tagger may have given it. The cue right after
// the run, when it has no source, is that clause's verb: a verb of
// saying gets the words after the comma, its own subject, rather than X
// by the speaker's shared-subject rule ("According to the paper, the
// firm has stated …"); any other is dropped, a predicate the tagger
// read as a cue because it read its subject as a source.
func (t *Tagger) accordingSubjects(d *layer.Doc, gs []Group) []Group {
	var predicates []int // the cues of predicates to drop, by their first token
	for i := range gs {
		g := &gs[i]
		if len(g.Sources) != 1 || !t.viaCue(d, g.Cue) || g.Cue.First != d.Sents[d.Sent[g.Cue.First]].First {
			continue
		}
		src := g.Sources[0]
		k := subjectAfterSource(d, src)
		if k == 0 || src.First != g.Cue.Last || len(g.Contents) > 0 && g.Contents[0].First <= k {
			continue
		}
		g.Sources[0].Last = k
		g.Contents = nil
		restOfSentence(d, g, k)
		for j := range gs {
			h := &gs[j]
			switch {
			case h.Cue.First != src.Last || len(h.Sources) > 0:
			case saysByVerb(d, h.Cue):
				h.Sources = []Run{{Role: src.Role, First: k + 1, Last: src.Last}}
			default:
				predicates = append(predicates, h.Cue.First)
			}
		}
	}
	return t.dropCuesAt(gs, predicates, "according-clause")
}

// subjectAfterSource returns the last comma inside source run src when
// the words after it are the subject of a finite verb right after the
// run, which the tagger read as X's ("According to [the county clerk,
// 571 delegates] supported …"); 0 when none. An appositive after X
// ("Ada Quill, a spokeswoman for the council,") ends at a comma, not
// at a verb.
func subjectAfterSource(d *layer.Doc, src Run) int {
	if d.POS == nil || src.Last >= d.Sents[d.Sent[src.First]].Last {
		return 0
	}
	switch d.POSNames[d.POS[src.Last]] {
	case "VBD", "VBZ", "VBP", "MD":
	default:
		return 0
	}
	for k := src.Last - 2; k > src.First; k-- {
		if !isComma(d, k) {
			continue
		}
		if layer.IsRelative(d.Low[k+1]) {
			return 0 // "According to [Ada Quill, whose party] lost …": preposedAccording's
		}
		return k
	}
	return 0
}
