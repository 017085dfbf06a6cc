// Package seqtag is a linear-chain sequence tagger: a structured averaged
// perceptron over hashed features with Viterbi decoding and BIO
// constraints. It is trained by the repository's own code and embedded as
// its run-time tables (taggerfile.go), used where they lie, so nothing is
// downloaded or decoded at run time.
package seqtag

import "sync"

// Seq is one training or decoding sequence: for token t its hashed
// features are Feats[Off[t]:Off[t+1]].
type Seq struct {
	Off   []int32
	Feats []uint64
	Gold  []uint8 // training only
}

// Len returns the number of tokens.
func (s *Seq) Len() int { return len(s.Off) - 1 }

// Reset empties s for reuse.
func (s *Seq) Reset() {
	s.Off = append(s.Off[:0], 0)
	s.Feats = s.Feats[:0]
	s.Gold = s.Gold[:0]
}

// EndToken closes the token whose features callers appended to Feats
// since the last EndToken.
func (s *Seq) EndToken() { s.Off = append(s.Off, int32(len(s.Feats))) }

// Model is a trained tagger.
type Model struct {
	Labels []string
	L      int
	Trans  []float32 // (L+1)*L; row L is the start state
	allow  []bool    // (L+1)*L BIO constraints
	final  []bool    // labels that may end a sequence
	tl     trellis
	keys   []uint64 // feature keys, in the order of the weights' rows
	// The weights, row by row (one row of L per key): w, or for a model
	// read from a file q, int16 steps of qscale, decoded into w on first
	// use (decoding with a Pair needs neither).
	wOnce  sync.Once
	w      []float32
	q      []int16
	qscale float32
	// The run-time open-addressing table of Decode, built on first use:
	// key (0 = empty) and the row's weights quantised to int16, packed
	// inline, so a lookup touches one cache line. (A Pair builds its own.)
	slotsOnce sync.Once
	slots     []slot
	mask      uint64
	scale     float32
	// pair is the shared table a model was loaded with (LoadTagger),
	// which NewPair of it and its partner returns.
	pair *Pair
}

// newModel returns the model of labels with weights w (a row of
// len(labels) per key) and transitions trans.
func newModel(labels []string, keys []uint64, w, trans []float32) *Model {
	L := len(labels)
	m := &Model{Labels: labels, L: L, Trans: trans, keys: keys, w: w}
	m.allow = bioAllow(labels)
	m.final = finalAllow(labels)
	m.tl = newTrellis(L, trans, m.allow, m.final)
	return m
}

// NumFeatures returns how many features carry weights.
func (m *Model) NumFeatures() int { return len(m.keys) }

// weights returns the weights row by row, decoding them on first use.
func (m *Model) weights() []float32 {
	m.wOnce.Do(func() {
		if m.w != nil || m.q == nil {
			return
		}
		m.w = make([]float32, len(m.q))
		for i, v := range m.q {
			m.w[i] = float32(v) * m.qscale
		}
	})
	return m.w
}
