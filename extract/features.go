package extract

import (
	"github.com/claimtrail/claimtrail/internal/seqtag"
	"github.com/claimtrail/claimtrail/layer"
	"github.com/claimtrail/claimtrail/token"
)

// Labels of the attribution tagger, in model order: BIOES over the three
// roles, so span ends are labels of their own (exact match is decided at
// the boundaries).
var tagLabels = []string{"O",
	"B-source", "I-source", "E-source", "S-source",
	"B-cue", "I-cue", "E-cue", "S-cue",
	"B-content", "I-content", "E-content", "S-content"}

const labO = 0

// Positions of a label within its role.
const (
	posB = iota
	posI
	posE
	posS
)

// labelOf returns the label of role r (0 source, 1 cue, 2 content) at pos.
func labelOf(r, pos int) uint8 { return uint8(1 + 4*r + pos) }

// roleOf returns a label's role, -1 for O.
func roleOf(l uint8) int {
	if l == labO {
		return -1
	}
	return int(l-1) / 4
}

// posOf returns a label's position (posB … posS).
func posOf(l uint8) int { return int(l-1) % 4 }

// feature templates
const (
	fBias = iota + 1
	fW0
	fWm1
	fWp1
	fWm2
	fWp2
	fWm1W0
	fW0Wp1
	fShape
	fSuf3
	fCue0
	fCueM1
	fCueP1
	fInQ
	fQAfterCue
	fQBeforeCue
	fLeftCue
	fRightCue
	fLeftLemma
	fRightLemma
	fSentQ
	fSentPos
	fSentEnd
	fPos0
	fPosM1
	fPosP1
	fPosM1P0
	fPos0P1
	fNer0
	fCapLeft
	fThatAfterCue
	fCommasLeft
	fW0InQ
	fQuoteMark
	fLeftLemmaW0
	fPos0Left
	fPos0Right
	fNerLeftRight
	fSentHasCue
	fQLen
	fS1Lab
	fS1Prev
	fS1Next
	fS1LabW0
	fS1Left
	fS1Right
	fS1Sent
	fS1PrevNext
	fLinePos
	fSpeakerLabel
	fLex0
	fLexM1
	fLexP1
	fLexCue
	fS1Wide
	fS1Src
)

// sentCue is the nearest lexicon cue on each side of a token in its
// sentence, precomputed once per sentence.
type sentCue struct {
	left, right int32 // token index of the cue, -1 when none
}

// features appends the hashed features of every token of line [first,
// last) to seq, one EndToken per token.
func (a *analysis) features(seq *seqtag.Seq, first, last int, near []sentCue, qinfo []qctx) {
	text := a.Text
	// a transcript line opens with a speaker label: "WALLACE:", "Mr. Smith:"
	label := -1
	for k := first; k < last && k < first+4; k++ {
		t := a.Toks[k]
		if t.Kind == token.Punct && text[t.Start] == ':' {
			if k > first {
				label = k
			}
			break
		}
		if t.Kind != token.Word || shape(t.Text(text)) != 2 && shape(t.Text(text)) != 3 {
			break
		}
	}
	wh := func(i int) uint64 {
		if i < 0 || i >= len(a.WordHash) {
			return 0x5bd1e995
		}
		return a.WordHash[i]
	}
	if a.stage1 != nil && last > first {
		a.stackPrep(first, last)
	}
	for i := first; i < last; i++ {
		tk := a.Toks[i]
		w0 := tk.Text(text)
		h0 := a.WordHash[i]
		f := seq.Feats
		f = append(f,
			seqtag.Mix(fBias, 0),
			seqtag.Mix(fW0, h0),
			seqtag.Mix(fWm1, wh(i-1)),
			seqtag.Mix(fWp1, wh(i+1)),
			seqtag.Mix(fWm2, wh(i-2)),
			seqtag.Mix(fWp2, wh(i+2)),
			seqtag.Mix2(fWm1W0, wh(i-1), h0),
			seqtag.Mix2(fW0Wp1, h0, wh(i+1)),
			seqtag.New(fShape).Byte(shape(w0)).Byte(byte(tk.Kind)).Sum(),
			seqtag.New(fSuf3).Lower(suffix(w0, 3)).Sum(),
			seqtag.New(fCue0).Byte(a.Cue[i].Class).Sum(),
			seqtag.New(fCueM1).Byte(a.cueAt(i-1)).Sum(),
			seqtag.New(fCueP1).Byte(a.cueAt(i+1)).Sum(),
		)
		inq := byte(0)
		if a.Quote[i] >= 0 {
			inq = 1
			q := qinfo[a.Quote[i]]
			f = append(f,
				seqtag.New(fQAfterCue).Byte(q.after).Sum(),
				seqtag.New(fQBeforeCue).Byte(q.before).Sum(),
				seqtag.New(fQLen).Byte(bucket(q.len)).Byte(q.after).Sum(),
				seqtag.Mix(fW0InQ, h0),
			)
		}
		f = append(f, seqtag.New(fInQ).Byte(inq).Byte(a.quoteEdge(i)).Sum())
		if tk.Kind == token.Quote {
			f = append(f, seqtag.New(fQuoteMark).Byte(a.quoteEdge(i)).Byte(inq).Sum())
		}
		// position relative to the nearest cues of the sentence
		nc := near[i]
		s := a.Sents[a.Sent[i]]
		lb, rb := byte(0), byte(0)
		if nc.left >= 0 {
			lb = bucket(i - int(nc.left))
			lh := a.Cue[nc.left].LemmaHash
			f = append(f,
				seqtag.New(fLeftCue).Byte(lb).Byte(a.Cue[nc.left].Class).Sum(),
				seqtag.Mix2(fLeftLemma, lh, uint64(lb)),
				seqtag.Mix2(fLeftLemmaW0, lh, h0),
				seqtag.New(fCommasLeft).Byte(a.commasBetween(int(nc.left), i)).Byte(inq).Sum(),
			)
		}
		if nc.right >= 0 {
			rb = bucket(int(nc.right) - i)
			f = append(f,
				seqtag.New(fRightCue).Byte(rb).Byte(a.Cue[nc.right].Class).Sum(),
				seqtag.Mix2(fRightLemma, a.Cue[nc.right].LemmaHash, uint64(rb)),
			)
		}
		f = append(f,
			seqtag.New(fSentHasCue).Byte(b2(nc.left >= 0)).Byte(b2(nc.right >= 0)).Byte(inq).Sum(),
			seqtag.New(fCapLeft).Byte(shape(w0)).Byte(lb).Byte(rb).Sum(),
			seqtag.New(fSentPos).Byte(bucket(i-s.First)).Sum(),
			seqtag.New(fSentEnd).Byte(bucket(s.Last-1-i)).Sum(),
			seqtag.New(fSentQ).Byte(a.sentHasQuote(s)).Byte(inq).Sum(),
		)
		if i > 0 && a.Cue[i-1].Class != 0 && (w0 == "that" || w0 == "That") {
			f = append(f, seqtag.New(fThatAfterCue).Sum())
		}
		if a.POS != nil {
			p0, pm1, pp1 := a.posAt(i), a.posAt(i-1), a.posAt(i+1)
			f = append(f,
				seqtag.Mix(fPos0, p0),
				seqtag.Mix(fPosM1, pm1),
				seqtag.Mix(fPosP1, pp1),
				seqtag.Mix2(fPosM1P0, pm1, p0),
				seqtag.Mix2(fPos0P1, p0, pp1),
				seqtag.Mix2(fPos0Left, p0, uint64(lb)<<8|uint64(inq)),
				seqtag.Mix2(fPos0Right, p0, uint64(rb)<<8|uint64(inq)),
			)
		}
		if a.NER != nil {
			n0 := a.NERHash[a.NER[i]]
			f = append(f,
				seqtag.Mix(fNer0, n0),
				seqtag.Mix2(fNerLeftRight, n0, uint64(lb)<<8|uint64(rb)),
			)
		}
		lx0 := a.lexAt(i)
		f = append(f,
			seqtag.New(fLex0).Byte(lx0).Sum(),
			seqtag.New(fLexM1).Byte(a.lexAt(i-1)).Byte(lx0).Sum(),
			seqtag.New(fLexP1).Byte(lx0).Byte(a.lexAt(i+1)).Sum(),
			seqtag.New(fLexCue).Byte(lx0).Byte(lb).Byte(rb).Sum(),
		)
		lp := byte(0)
		switch {
		case label >= 0 && i < label:
			lp = 1 // the speaker label
		case label >= 0 && i == label:
			lp = 2 // its colon
		case label >= 0:
			lp = 3 // what the speaker says
		}
		f = append(f,
			seqtag.New(fLinePos).Byte(bucket(i-first)).Byte(b2(last-first < 12)).Sum(),
			seqtag.New(fSpeakerLabel).Byte(lp).Sum(),
		)
		if a.stage1 != nil {
			f = a.stackFeatures(f, i, h0, inq)
		}
		seq.Feats = f
		seq.EndToken()
	}
}

// stackPrep computes, for the tokens of the sentences overlapping [first,
// last), what stackFeatures reads of the first pass's labels: the
// distance to the nearest predicted cue before and after the token in its
// sentence (0 when none), to the nearest predicted source at most 12
// tokens before it, and per sentence the set of roles predicted in it.
func (a *analysis) stackPrep(first, last int) {
	n := len(a.Toks)
	a.s1left = growI32(a.s1left, n)
	a.s1right = growI32(a.s1right, n)
	a.s1src = growI32(a.s1src, n)
	if cap(a.s1has) < len(a.Sents) {
		a.s1has = make([]uint64, len(a.Sents))
	}
	a.s1has = a.s1has[:len(a.Sents)]
	for si := a.Sent[first]; si <= a.Sent[last-1]; si++ {
		s := a.Sents[si]
		var has uint64
		cue, src := -1, -1
		for k := s.First; k < s.Last; k++ {
			r := roleOf(a.stage1[k])
			has |= 1 << uint(r+1)
			a.s1left[k], a.s1src[k] = 0, 0
			if cue >= 0 {
				a.s1left[k] = int32(k - cue)
			}
			if src >= 0 && k-src <= 12 {
				a.s1src[k] = int32(k - src)
			}
			switch r {
			case 1:
				cue = k
			case 0:
				src = k
			}
		}
		cue = -1
		for k := s.Last - 1; k >= s.First; k-- {
			a.s1right[k] = 0
			if cue >= 0 {
				a.s1right[k] = int32(cue - k)
			}
			if roleOf(a.stage1[k]) == 1 {
				cue = k
			}
		}
		a.s1has[si] = has
	}
}

// stackFeatures adds what the first tagger pass predicted around token i
// (stackPrep must have run over its sentence):
// the second pass learns to correct boundaries and roles from it.
func (a *analysis) stackFeatures(f []uint64, i int, h0 uint64, inq byte) []uint64 {
	// labels of the current sentence only: at run time the next line (or
	// chunk) is not decoded yet, and training must see what run time sees
	lab := func(k int) uint64 {
		if k < 0 || k >= len(a.stage1) || a.Sent[k] != a.Sent[i] {
			return 99
		}
		return uint64(a.stage1[k])
	}
	l0 := lab(i)
	f = append(f,
		seqtag.Mix(fS1Lab, l0),
		seqtag.Mix(fS1Prev, lab(i-1)),
		seqtag.Mix(fS1Next, lab(i+1)),
		seqtag.Mix2(fS1LabW0, l0, h0),
		seqtag.Mix2(fS1PrevNext, lab(i-1)<<8|l0, lab(i+1)),
	)
	// nearest predicted cue on each side in the sentence, whether the
	// sentence has predicted sources and contents (see stackPrep)
	left, right, src, has := int(a.s1left[i]), int(a.s1right[i]), int(a.s1src[i]), a.s1has[a.Sent[i]]
	f = append(f,
		seqtag.Mix2(fS1Wide, lab(i-2)<<8|lab(i-1), lab(i+1)<<8|lab(i+2)),
		seqtag.Mix2(fS1Src, uint64(bucket(src)), l0),
		seqtag.Mix2(fS1Left, uint64(bucket(left)), l0),
		seqtag.Mix2(fS1Right, uint64(bucket(right)), l0),
		seqtag.Mix2(fS1Sent, has, l0<<8|uint64(inq)),
	)
	return f
}

// lexAt returns the lexicon class of token i: 0 none, 1–4 a role word
// (person, group, office, organization), 5 a demonym or place, 6 a
// pronoun, 7 a publication word; 255 outside the text.
func (a *analysis) lexAt(i int) byte {
	if i < 0 || i >= len(a.Lex) {
		return 255
	}
	return a.Lex[i]
}

func b2(b bool) byte {
	if b {
		return 1
	}
	return 0
}

func (a *analysis) cueAt(i int) byte {
	if i < 0 || i >= len(a.Cue) {
		return 255
	}
	return a.Cue[i].Class
}

// posAt returns the hash of the part-of-speech tag name of token i.
func (a *analysis) posAt(i int) uint64 {
	if i < 0 || i >= len(a.POS) {
		return 0x2545f491
	}
	return a.POSHash[a.POS[i]]
}

// quoteEdge tells whether token i opens (1) or closes (2) its quote.
func (a *analysis) quoteEdge(i int) byte {
	if a.Toks[i].Kind != token.Quote {
		return 0
	}
	if i+1 < len(a.Quote) && a.Quote[i+1] >= 0 && (a.Quote[i] < 0 || a.Quote[i] != a.Quote[i+1]) {
		return 1
	}
	if i > 0 && a.Quote[i-1] >= 0 {
		return 2
	}
	return 3
}

// commasBetween counts the commas strictly between tokens from and to,
// up to 3.
func (a *analysis) commasBetween(from, to int) byte {
	if to <= from+1 {
		return 0
	}
	return byte(min(a.Commas[to]-a.Commas[from+1], 3))
}

func (a *analysis) sentHasQuote(s layer.Sentence) byte {
	return s.Quoted
}

// bucket groups a token distance.
func bucket(d int) byte {
	switch {
	case d <= 0:
		return 0
	case d <= 3:
		return byte(d)
	case d <= 6:
		return 4
	case d <= 10:
		return 5
	case d <= 20:
		return 6
	}
	return 7
}

// shape is a coarse word shape: lower, Capitalised, UPPER, digit, mixed, other.
func shape(w string) byte {
	if w == "" {
		return 0
	}
	c := w[0]
	switch {
	case c >= 'a' && c <= 'z':
		return 1
	case c >= 'A' && c <= 'Z':
		if len(w) > 1 && w[1] >= 'A' && w[1] <= 'Z' {
			return 3
		}
		return 2
	case c >= '0' && c <= '9':
		return 4
	case c >= 0x80:
		return 5
	}
	return 6
}

func suffix(w string, n int) string {
	if len(w) <= n {
		return w
	}
	return w[len(w)-n:]
}

// qctx describes a quote's surroundings: whether a cue follows its close
// (within a few tokens, as in `"...," he said`) or precedes its open (as in
// `she said: "..."`), and its length.
type qctx struct {
	after, before byte
	len           int
}
