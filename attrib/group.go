package attrib

import (
	"sort"
	"strings"

	"github.com/claimtrail/claimtrail/layer"
	"github.com/claimtrail/claimtrail/token"
)

// Group is one attribution: a cue with its sources and contents.
type Group struct {
	Cue      Run
	Sources  []Run
	Contents []Run
	// Source is the source of the statement, when Sources has any: the
	// one nearest the cue, shorn of a prepositional phrase it swallowed
	// (trimSource).
	Source Run
	// Vias are the runs naming whom the speaker is cited through ("The
	// Daily Ledger quoted X as saying": quotedAsSaying).
	Vias []Run
	// ChannelCut marks a content cut before a channel phrase; what follows
	// it ("in a statement on Wednesday") describes the statement.
	ChannelCut bool
	// Cites marks a cue that names what the statement before it cites
	// ("…, citing satellite images": a `cite-lemma` of frame-words.tsv).
	Cites bool
	// Nested marks an attribution read out of another's content
	// (innerGroups): "the ministry had denied the report" in "Officials
	// said the ministry had denied the report".
	Nested bool
	// InnerFrom is, in the outer attribution of a nested one, the token
	// where the nested content starts (0 when none): a negation from
	// there on is the inner speaker's, not the outer's.
	InnerFrom int
	// Impersonal marks a passive cue with no one named ("it was announced
	// that …", "the merger was announced"): no speaker carries over to it
	// from the statement before.
	Impersonal bool
	// Accused marks a passive accusation whose subject, the accused, was
	// taken from the source ("Yukos accused of lying to court"): its
	// speaker is unknown, never one carried over from before.
	Accused bool
	// ContinuedFrom is the token where the quotations joined to the
	// content that carry the speaker's words on with no cue of their own
	// start (joinContinuations; 0 when none): part of what was said, but
	// not of the reported words whose polarity the statement takes.
	ContinuedFrom int
	// RelativeCue marks a source followed by a relative clause that holds
	// a cue of its own ("Dana Colter, who said she votes Green, said
	// …": relativeToMain): the source's mention ends before the clause,
	// which is another attribution, not a description of the speaker.
	RelativeCue bool
	// TimedEnd is the token the source's run ended at before the time
	// expression closing it was dropped ("The prime minister [on Sunday]
	// said": dropTrailingTime), 0 when none: the speaker is read without
	// the time, while the span a reader points at, as PolNeAR's
	// annotators mark a source, keeps it.
	TimedEnd int
}

// Reported returns g's contents before the continuations joined to them
// (ContinuedFrom): what the cue reports.
func (g *Group) Reported() []Run {
	if g.ContinuedFrom == 0 {
		return g.Contents
	}
	reported := make([]Run, 0, len(g.Contents))
	for _, c := range g.Contents {
		if c.First < g.ContinuedFrom {
			reported = append(reported, c)
		}
	}
	return reported
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
func groupRuns(d *layer.Doc, runs []Run) []Group {
	cues := 0
	for _, r := range runs {
		if r.Role == 1 {
			cues++
		}
	}
	if cues == 0 {
		return nil
	}
	gs := make([]Group, 0, cues)
	for _, r := range runs {
		if r.Role == 1 {
			gs = append(gs, Group{Cue: r})
		}
	}
	// each run's group (-1: none), laid out at the end in one array
	to := make([]int32, len(runs))
	// cues in text order; a run looks only at cues within a few sentences
	// of it, found by binary search, so grouping is linear in the text
	prev, prevG := Run{}, -1 // the last content run, and its group
	for ri, r := range runs {
		to[ri] = -1
		if r.Role == 1 {
			continue
		}
		if r.Role == 2 && prevG >= 0 && continuesQuote(d, prev, r) {
			to[ri] = int32(prevG)
			prev = r
			continue
		}
		lo := sort.Search(len(gs), func(i int) bool { return d.Sent[gs[i].Cue.First] >= d.Sent[r.First]-3 })
		best, bestD := -1, 1<<30
		for gi := lo; gi < len(gs) && d.Sent[gs[gi].Cue.First] <= d.Sent[r.Last-1]+3; gi++ {
			g := gs[gi]
			if d.Line[g.Cue.First] != d.Line[r.First] && (r.Role != 2 || !colonLead(d, g.Cue, r)) {
				continue
			}
			sameSent := d.Sent[g.Cue.First] == d.Sent[r.First] || d.Sent[g.Cue.First] == d.Sent[r.Last-1]
			if r.Role == 0 && !sameSent {
				continue
			}
			dist := distance(g.Cue, r)
			if !sameSent {
				dist += 50 // prefer a cue of the same sentence
			}
			// a content after its cue is the common order; before it, a quote
			if r.Role == 2 && r.Last <= g.Cue.First && g.Cue.First-r.Last > 3 && d.Quote[r.First] < 0 {
				dist += 20
			}
			// a "that" clause inside its sentence follows its verb: "X said
			// in an interview last week [that …] and predicted …"
			if r.Role == 2 && r.Last <= g.Cue.First && thatClause(d, r) {
				dist += 40
			}
			if dist < bestD {
				best, bestD = gi, dist
			}
		}
		if r.Role == 2 && prevG >= 0 && best != prevG && startsQuote(d, r) &&
			resumesAfterReport(d, gs, quoteBefore(d, runs[:ri], to, prevG, d.Line[r.First]), prevG, r) &&
			(best < 0 || !cueInSentences(d, gs[best].Cue, r)) {
			best = prevG
		}
		if best < 0 {
			continue
		}
		to[ri] = int32(best)
		if r.Role != 0 {
			prev, prevG = r, best
		}
	}
	layOut(gs, runs, to)
	return gs
}

// midSentenceAfter reports whether content run r lies in a sentence
// after the one cue ends in and opens inside it, after words of that
// sentence that are no quotation mark or punctuation: what the cue's
// speaker goes on to say opens a sentence ('"A," he said. "B."').
func midSentenceAfter(d *layer.Doc, cue, r Run) bool {
	if r.First < cue.Last || d.Sent[r.First] <= d.Sent[cue.Last-1] {
		return false
	}
	for k := d.Sents[d.Sent[r.First]].First; k < r.First; k++ {
		if t := d.Toks[k].Kind; t != token.Quote && t != token.Punct {
			return true
		}
	}
	return false
}

// layOut fills the groups' Sources and Contents from runs, run ri going
// to group to[ri] (none when -1), in text order: every group's runs in
// one array, each group's slice capped at its length so that an append
// copies.
func layOut(gs []Group, runs []Run, to []int32) {
	counts := make([]int, 2*len(gs))
	ns, nc := counts[:len(gs)], counts[len(gs):]
	n := 0
	for ri, g := range to {
		switch {
		case g < 0:
			continue
		case runs[ri].Role == 0:
			ns[g]++
		default:
			nc[g]++
		}
		n++
	}
	if n == 0 {
		return
	}
	all := make([]Run, n)
	at := 0
	for g := range gs {
		if ns[g] > 0 {
			gs[g].Sources = all[at : at : at+ns[g]]
			at += ns[g]
		}
		if nc[g] > 0 {
			gs[g].Contents = all[at : at : at+nc[g]]
			at += nc[g]
		}
	}
	for ri, g := range to {
		switch {
		case g < 0:
		case runs[ri].Role == 0:
			gs[g].Sources = append(gs[g].Sources, runs[ri])
		default:
			gs[g].Contents = append(gs[g].Contents, runs[ri])
		}
	}
}

// thatClause reports whether run r opens with "that" inside its
// sentence, outside a quotation.
func thatClause(d *layer.Doc, r Run) bool {
	return r.First > d.Sents[d.Sent[r.First]].First && d.Quote[r.First] < 0 && layer.IsComplementizer(d.Low[r.First])
}

// continuesQuote reports whether content run r opens with the quotation
// that continues the one content run prev ends in: a quotation left
// unclosed at a sentence's end and reopened ("…: "A. "B." Asked …", the
// news convention of quotations over paragraphs, run into one line). It
// goes to prev's cue, not to the cue nearest it.
func continuesQuote(d *layer.Doc, prev, r Run) bool {
	if prev.Last != r.First || d.Toks[r.First].Kind != token.Quote || r.First+1 >= len(d.Toks) {
		return false
	}
	q, next := d.Quote[prev.Last-1], d.Quote[r.First+1]
	if q < 0 || next < 0 || q == next || d.Line[prev.Last-1] != d.Line[r.First] {
		return false
	}
	pq, nq := d.Quotes[q], d.Quotes[next]
	return pq.Close < 0 && pq.Last == r.First && nq.Open == r.First
}

// resumesAfterReport reports whether content run r, which opens with a
// quotation, resumes the one content run prev closed before the cue of
// group gi in gs (quoteBefore): in '"A," he told The Sun. "B. C."' B and
// C go on what A began, one statement with it (a reporting clause
// between two parts of a quotation), though the cue nearest B may be the
// next sentence's. prev must close in the cue's sentence, and that
// sentence end right before r, with no quotation mark or other cue
// between, and r's quotation open that sentence (midSentenceAfter: a
// quotation inside the reporter's next sentence, "Mr Oaten has branded
// the scheme … "deeply flawed"", is someone else's words).
func resumesAfterReport(d *layer.Doc, gs []Group, prev Run, gi int, r Run) bool {
	cue := gs[gi].Cue
	open := r.First
	if d.Toks[open].Kind != token.Quote {
		open-- // the tagger left the opening mark out
	}
	if prev.First < 0 || prev.Last > cue.First || d.Sent[prev.Last-1] != d.Sent[cue.First] ||
		d.Sent[open] != d.Sent[cue.Last-1]+1 || midSentenceAfter(d, cue, Run{First: open, Last: r.Last}) ||
		gi+1 < len(gs) && gs[gi+1].Cue.First < r.First {
		return false
	}
	for k := cue.Last; k < open; k++ {
		if d.Toks[k].Kind == token.Quote {
			return false
		}
	}
	return true
}

// startsQuote reports whether run r opens with a quotation in double
// marks (opensQuote): its opening mark, or the first word inside it.
func startsQuote(d *layer.Doc, r Run) bool {
	open := r.First
	if d.Toks[open].Kind != token.Quote {
		open--
	}
	return open >= 0 && opensQuote(d, open) >= 0
}

// quoteBefore returns the last content run of runs, among those of line,
// that goes to group gi (to) and holds a quotation; a run with First -1
// when none does.
func quoteBefore(d *layer.Doc, runs []Run, to []int32, gi int, line int32) Run {
	for j := len(runs) - 1; j >= 0 && d.Line[runs[j].First] == line; j-- {
		if to[j] == int32(gi) && runs[j].Role == 2 && quoted(d, runs[j]) {
			return runs[j]
		}
	}
	return Run{First: -1}
}

// cueInSentences reports whether cue lies in one of the sentences run r
// spans: '"B," she added' reports B itself.
func cueInSentences(d *layer.Doc, cue, r Run) bool {
	s := d.Sent[cue.First]
	return s >= d.Sent[r.First] && s <= d.Sent[r.Last-1]
}

// colonLead reports whether content r opens the line after the one
// cue ends with a colon: "He said:" and the quotation as the next
// paragraph.
func colonLead(d *layer.Doc, cue, r Run) bool {
	k := r.First - 1
	if k < cue.Last-1 || k-cue.Last > 4 || d.Line[k] != d.Line[cue.First] || d.Line[r.First] == d.Line[k] {
		return false
	}
	t := d.Toks[k]
	return t.Kind == token.Punct && d.Text[t.Start] == ':'
}

// nest extends a content that a nested attribution cut short. PolNeAR
// gives each token one attribution, so in "X said that during talks, Iran
// has stressed Y" or "X claim that according to officials, planes left"
// the tagger ends X's content where the nested attribution starts. When
// X's content has no verb of its own and runs into other attribution
// material, it extends to the end of its sentence; nested fragments whose
// cue is no reporting verb are dropped.
func nest(d *layer.Doc, gs []Group) {
	if d.POS == nil {
		return
	}
	for i := range gs {
		A := &gs[i]
		if len(A.Contents) == 0 {
			continue
		}
		c := &A.Contents[len(A.Contents)-1]
		if A.Cue.Last > c.First || hasVerb(d, c.First, c.Last) {
			continue
		}
		gerund := gerundObject(d, A.Cue, *c)
		nested := false
		for j := max(i-4, 0); j < len(gs) && j <= i+4; j++ {
			B := &gs[j]
			if j == i || gerund && d.CueClass(B.Cue.First, B.Cue.Last) != "" {
				continue // "Despite praising the Irish [he claimed] …": the main clause's statement
			}
			start := B.Cue.First
			for _, s := range B.Sources {
				start = min(start, s.First)
			}
			if gap := start - c.Last; gap >= 0 && gap <= 1 && d.Sent[start] == d.Sent[c.Last-1] &&
				(gap == 0 || d.Toks[c.Last].Kind == token.Punct && interrupted(d, c.First, start)) {
				nested = true
				break
			}
		}
		if !nested {
			continue
		}
		s := d.Sents[d.Sent[c.Last-1]]
		end := s.Last
		for end > c.Last && (d.Toks[end-1].Kind == token.Punct || d.Toks[end-1].Kind == token.Quote) {
			end--
		}
		lo, hi := c.Last, end
		c.Last = end
		for j := max(i-8, 0); j < len(gs) && j <= i+8; j++ {
			B := &gs[j]
			if j != i && B.Cue.First >= lo && B.Cue.First < hi && d.CueClass(B.Cue.First, B.Cue.Last) == "" {
				B.Contents = nil
			}
		}
	}
}

// gerundObject reports whether content c is the object noun phrase of
// a gerund cue (no complementizer opens it): "Despite praising [the
// Irish] he claimed …". An attribution by a reporting verb after it is
// the main clause the gerund's phrase was fronted to, not one nested in
// the content, which ends with its object (issue 14); material with no
// reporting verb ("ruled out amending the law, which [allows] …") is
// still taken in.
func gerundObject(d *layer.Doc, cue, c Run) bool {
	return d.POSNames[d.POS[cue.Last-1]] == "VBG" && !layer.IsComplementizer(d.Low[c.First])
}

// interrupted reports whether a content that opens at token first and
// stops at the punctuation before token start (another attribution's)
// was cut short by an interruption: it opens a clause ("that during
// talks, Iran has stressed …"), or what starts there is a relative
// clause ("the economy, which stagnated, may …") or resumes the content
// with a finite verb after a comma or dash ("the vote - expected in May -
// will give …"). Otherwise the content is whole: a clause before the
// comma ("Though she never mentioned the mayor by name, Ms Ruiz said …",
// "… the move, party sources said") is no part of it.
func interrupted(d *layer.Doc, first, start int) bool {
	if layer.IsComplementizer(d.Low[first]) || layer.IsRelative(d.Low[start]) {
		return true
	}
	end := d.Sents[d.Sent[start]].Last
	for j := start + 1; j+1 < end; j++ {
		if !isComma(d, j) && !isDash(d, j) {
			continue
		}
		k := j + 1
		for k < end && d.POSNames[d.POS[k]] == "RB" {
			k++
		}
		if k < end && d.FiniteVerb(k) {
			return true
		}
	}
	return false
}

// isDash reports whether token k is a dash set off by spaces or doubled.
func isDash(d *layer.Doc, k int) bool {
	t := d.Toks[k]
	if t.Kind != token.Punct {
		return false
	}
	switch d.Text[t.Start:t.End] {
	case "-", "--", "–", "—", "―":
		return true
	}
	return false
}

// hasVerb reports whether tokens [first, last) hold a verb by their
// part-of-speech tags; a multi-word nominal cue of the lexicon
// ("according to") is a preposition, not the content's verb.
func hasVerb(d *layer.Doc, first, last int) bool {
	for k := first; k < last; k++ {
		if cm := d.Cue[k]; cm.N > 1 && layer.CueClasses[cm.Class] == "nominal" {
			k += int(cm.N) - 1
			continue
		}
		n := d.POSNames[d.POS[k]]
		if strings.HasPrefix(n, "VB") || n == "MD" {
			return true
		}
	}
	return false
}
