package attrib

import (
	"github.com/claimtrail/claimtrail/internal/seqtag"
	"github.com/claimtrail/claimtrail/layer"
	"github.com/claimtrail/claimtrail/token"
)

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

// featurizer computes the tagger's features over a layer document: the
// Doc, what it precomputes per document (the nearest cues, the quotes'
// surroundings) and, in the second pass, what the first pass predicted.
type featurizer struct {
	*layer.Doc
	near []sentCue
	qc   []qctx
	// stage1 holds the first tagger pass's labels while the second pass
	// computes its features; nil otherwise.
	stage1 []uint8
	// what stackFeatures reads of stage1, by stackPrep
	s1left, s1right, s1src []int32
	s1has                  []uint64 // per sentence
}

// prepare sets d as the featurizer's document and precomputes what its
// features read.
func (ft *featurizer) prepare(d *layer.Doc) *featurizer {
	ft.Doc = d
	ft.near = ft.nearCues(ft.near)
	ft.qc = ft.quoteContexts(ft.qc)
	return ft
}

// features appends the hashed features of every token of line [first,
// last) to seq, one EndToken per token.
func (ft *featurizer) features(seq *seqtag.Seq, first, last int) {
	label := speakerLabel(ft.Doc, first, last)
	if ft.stage1 != nil && last > first {
		ft.stackPrep(first, last)
	}
	for i := first; i < last; i++ {
		w0, h0 := ft.Toks[i].Text(ft.Text), ft.WordHash[i]
		f := ft.wordFeatures(seq.Feats, i, w0, h0)
		f, inq := ft.quoteFeatures(f, i, h0)
		f, lb, rb := ft.cueFeatures(f, i, w0, h0, inq)
		f = ft.tagFeatures(f, i, lb, rb, inq)
		f = ft.lineFeatures(f, i, first, last, label, lb, rb)
		if ft.stage1 != nil {
			f = ft.stackFeatures(f, i, h0, inq)
		}
		seq.Feats = f
		seq.EndToken()
	}
}

// speakerLabel returns the colon of the speaker label opening line
// [first, last) of a transcript ("WALLACE:", "Mr. Smith:"), -1 when there
// is none.
func speakerLabel(d *layer.Doc, first, last int) int {
	text := d.Text
	// a transcript line opens with a speaker label: "WALLACE:", "Mr. Smith:"
	label := -1
	for k := first; k < last && k < first+4; k++ {
		t := d.Toks[k]
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
	return label
}

// wordFeatures appends the features of token i's word w0 (hash h0) and
// its neighbours.
func (ft *featurizer) wordFeatures(f []uint64, i int, w0 string, h0 uint64) []uint64 {
	tk := ft.Toks[i]
	wh := func(i int) uint64 {
		if i < 0 || i >= len(ft.WordHash) {
			return 0x5bd1e995
		}
		return ft.WordHash[i]
	}
	return append(f,
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
		seqtag.New(fCue0).Byte(ft.Cue[i].Class).Sum(),
		seqtag.New(fCueM1).Byte(ft.cueAt(i-1)).Sum(),
		seqtag.New(fCueP1).Byte(ft.cueAt(i+1)).Sum(),
	)
}

// quoteFeatures appends the features of token i's quotation, and returns
// whether it is inside one (inq).
func (ft *featurizer) quoteFeatures(f []uint64, i int, h0 uint64) ([]uint64, byte) {
	tk := ft.Toks[i]
	inq := byte(0)
	if ft.Quote[i] >= 0 {
		inq = 1
		q := ft.qc[ft.Quote[i]]
		f = append(f,
			seqtag.New(fQAfterCue).Byte(q.after).Sum(),
			seqtag.New(fQBeforeCue).Byte(q.before).Sum(),
			seqtag.New(fQLen).Byte(bucket(q.len)).Byte(q.after).Sum(),
			seqtag.Mix(fW0InQ, h0),
		)
	}
	f = append(f, seqtag.New(fInQ).Byte(inq).Byte(ft.quoteEdge(i)).Sum())
	if tk.Kind == token.Quote {
		f = append(f, seqtag.New(fQuoteMark).Byte(ft.quoteEdge(i)).Byte(inq).Sum())
	}
	return f, inq
}

// cueFeatures appends the features of token i's position relative to
// the nearest cues of its sentence, and returns the bucketed distances
// to them (0 when none).
func (ft *featurizer) cueFeatures(f []uint64, i int, w0 string, h0 uint64, inq byte) ([]uint64, byte, byte) {
	// position relative to the nearest cues of the sentence
	nc := ft.near[i]
	s := ft.Sents[ft.Sent[i]]
	lb, rb := byte(0), byte(0)
	if nc.left >= 0 {
		lb = bucket(i - int(nc.left))
		lh := ft.Cue[nc.left].LemmaHash
		f = append(f,
			seqtag.New(fLeftCue).Byte(lb).Byte(ft.Cue[nc.left].Class).Sum(),
			seqtag.Mix2(fLeftLemma, lh, uint64(lb)),
			seqtag.Mix2(fLeftLemmaW0, lh, h0),
			seqtag.New(fCommasLeft).Byte(ft.commasBetween(int(nc.left), i)).Byte(inq).Sum(),
		)
	}
	if nc.right >= 0 {
		rb = bucket(int(nc.right) - i)
		f = append(f,
			seqtag.New(fRightCue).Byte(rb).Byte(ft.Cue[nc.right].Class).Sum(),
			seqtag.Mix2(fRightLemma, ft.Cue[nc.right].LemmaHash, uint64(rb)),
		)
	}
	f = append(f,
		seqtag.New(fSentHasCue).Byte(b2(nc.left >= 0)).Byte(b2(nc.right >= 0)).Byte(inq).Sum(),
		seqtag.New(fCapLeft).Byte(shape(w0)).Byte(lb).Byte(rb).Sum(),
		seqtag.New(fSentPos).Byte(bucket(i-s.First)).Sum(),
		seqtag.New(fSentEnd).Byte(bucket(s.Last-1-i)).Sum(),
		seqtag.New(fSentQ).Byte(ft.sentHasQuote(s)).Byte(inq).Sum(),
	)
	if i > 0 && ft.Cue[i-1].Class != 0 && (w0 == "that" || w0 == "That") {
		f = append(f, seqtag.New(fThatAfterCue).Sum())
	}
	return f, lb, rb
}

// tagFeatures appends the features of token i's part-of-speech and
// entity tags.
func (ft *featurizer) tagFeatures(f []uint64, i int, lb, rb, inq byte) []uint64 {
	if ft.POS != nil {
		p0, pm1, pp1 := ft.posAt(i), ft.posAt(i-1), ft.posAt(i+1)
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
	if ft.NER != nil {
		n0 := ft.NERHash[ft.NER[i]]
		f = append(f,
			seqtag.Mix(fNer0, n0),
			seqtag.Mix2(fNerLeftRight, n0, uint64(lb)<<8|uint64(rb)),
		)
	}
	return f
}

// lineFeatures appends the features of token i's lexicon class and its
// place in line [first, last), whose speaker label ends at label.
func (ft *featurizer) lineFeatures(f []uint64, i, first, last, label int, lb, rb byte) []uint64 {
	lx0 := ft.lexAt(i)
	f = append(f,
		seqtag.New(fLex0).Byte(lx0).Sum(),
		seqtag.New(fLexM1).Byte(ft.lexAt(i-1)).Byte(lx0).Sum(),
		seqtag.New(fLexP1).Byte(lx0).Byte(ft.lexAt(i+1)).Sum(),
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
	return f
}

// stackPrep computes, for the tokens of the sentences overlapping [first,
// last), what stackFeatures reads of the first pass's labels: the
// distance to the nearest predicted cue before and after the token in its
// sentence (0 when none), to the nearest predicted source at most 12
// tokens before it, and per sentence the set of roles predicted in it.
func (ft *featurizer) stackPrep(first, last int) {
	n := len(ft.Toks)
	ft.s1left = growI32(ft.s1left, n)
	ft.s1right = growI32(ft.s1right, n)
	ft.s1src = growI32(ft.s1src, n)
	if cap(ft.s1has) < len(ft.Sents) {
		ft.s1has = make([]uint64, len(ft.Sents))
	}
	ft.s1has = ft.s1has[:len(ft.Sents)]
	for si := ft.Sent[first]; si <= ft.Sent[last-1]; si++ {
		s := ft.Sents[si]
		var has uint64
		cue, src := -1, -1
		for k := s.First; k < s.Last; k++ {
			r := roleOf(ft.stage1[k])
			has |= 1 << uint(r+1)
			ft.s1left[k], ft.s1src[k] = 0, 0
			if cue >= 0 {
				ft.s1left[k] = int32(k - cue)
			}
			if src >= 0 && k-src <= 12 {
				ft.s1src[k] = int32(k - src)
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
			ft.s1right[k] = 0
			if cue >= 0 {
				ft.s1right[k] = int32(cue - k)
			}
			if roleOf(ft.stage1[k]) == 1 {
				cue = k
			}
		}
		ft.s1has[si] = has
	}
}

// stackFeatures adds what the first tagger pass predicted around token i
// (stackPrep must have run over its sentence):
// the second pass learns to correct boundaries and roles from it.
func (ft *featurizer) stackFeatures(f []uint64, i int, h0 uint64, inq byte) []uint64 {
	// labels of the current sentence only: at run time the next line (or
	// chunk) is not decoded yet, and training must see what run time sees
	lab := func(k int) uint64 {
		if k < 0 || k >= len(ft.stage1) || ft.Sent[k] != ft.Sent[i] {
			return 99
		}
		return uint64(ft.stage1[k])
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
	left, right, src, has := int(ft.s1left[i]), int(ft.s1right[i]), int(ft.s1src[i]), ft.s1has[ft.Sent[i]]
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
func (ft *featurizer) lexAt(i int) byte {
	if i < 0 || i >= len(ft.Lex) {
		return 255
	}
	return ft.Lex[i]
}

func b2(b bool) byte {
	if b {
		return 1
	}
	return 0
}

func (ft *featurizer) cueAt(i int) byte {
	if i < 0 || i >= len(ft.Cue) {
		return 255
	}
	return ft.Cue[i].Class
}

// posAt returns the hash of the part-of-speech tag name of token i.
func (ft *featurizer) posAt(i int) uint64 {
	if i < 0 || i >= len(ft.POS) {
		return 0x2545f491
	}
	return ft.POSHash[ft.POS[i]]
}

// quoteEdge tells whether token i opens (1) or closes (2) its quote.
func (ft *featurizer) quoteEdge(i int) byte {
	if ft.Toks[i].Kind != token.Quote {
		return 0
	}
	if i+1 < len(ft.Quote) && ft.Quote[i+1] >= 0 && (ft.Quote[i] < 0 || ft.Quote[i] != ft.Quote[i+1]) {
		return 1
	}
	if i > 0 && ft.Quote[i-1] >= 0 {
		return 2
	}
	return 3
}

// commasBetween counts the commas strictly between tokens from and to,
// up to 3.
func (ft *featurizer) commasBetween(from, to int) byte {
	if to <= from+1 {
		return 0
	}
	return byte(min(ft.Commas[to]-ft.Commas[from+1], 3))
}

func (ft *featurizer) sentHasQuote(s layer.Sentence) byte {
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
