package seqtag_test

import (
	"bytes"
	"testing"

	"github.com/claimtrail/claimtrail/internal/seqtag"
)

// A toy task: words after "said" up to "." are content; "said" is the cue.
func toy() ([]string, []seqtag.Seq) {
	labels := []string{"O", "B-cue", "I-cue", "B-content", "I-content"}
	sents := [][]string{
		{"he", "said", "it", "rained", "."},
		{"she", "said", "they", "left", "early", "."},
		{"it", "rained", "."},
		{"they", "said", "she", "rained", "."},
	}
	var seqs []seqtag.Seq
	for _, s := range sents {
		var q seqtag.Seq
		q.Reset()
		state := 0
		prev := "<s>"
		for _, w := range s {
			q.Feats = append(q.Feats, seqtag.New(1).Str(w).Sum(), seqtag.New(2).Sum(), seqtag.New(3).Str(prev).Sum())
			prev = w
			q.EndToken()
			switch {
			case w == "said":
				q.Gold = append(q.Gold, 1)
				state = 1
			case w == ".":
				q.Gold = append(q.Gold, 0)
				state = 0
			case state == 1:
				q.Gold = append(q.Gold, 3)
				state = 2
			case state == 2:
				q.Gold = append(q.Gold, 4)
			default:
				q.Gold = append(q.Gold, 0)
			}
		}
		seqs = append(seqs, q)
	}
	return labels, seqs
}

func TestTrainDecodeRoundTrip(t *testing.T) {
	labels, seqs := toy()
	m, err := seqtag.Train(labels, seqs, seqtag.TrainOptions{Epochs: 10, MinCount: 1})
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if _, err := m.WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	m2, err := seqtag.Read(bytes.NewReader(buf.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	var d seqtag.Decoder
	for i, s := range seqs {
		got := m2.Decode(&d, &s, nil)
		if !bytes.Equal(got, s.Gold) {
			t.Errorf("seq %d: got %v want %v", i, got, s.Gold)
		}
	}
	// deterministic: a second training writes the same bytes
	m3, _ := seqtag.Train(labels, seqs, seqtag.TrainOptions{Epochs: 10, MinCount: 1})
	var buf2 bytes.Buffer
	m3.WriteTo(&buf2)
	if !bytes.Equal(buf.Bytes(), buf2.Bytes()) {
		t.Error("training is not deterministic")
	}
}

func TestReadRejectsGarbage(t *testing.T) {
	if _, err := seqtag.Read(bytes.NewReader([]byte("not a model"))); err == nil {
		t.Error("Read accepted garbage")
	}
}

func TestBIOConstraint(t *testing.T) {
	labels, seqs := toy()
	m, _ := seqtag.Train(labels, seqs, seqtag.TrainOptions{Epochs: 3, MinCount: 1})
	var d seqtag.Decoder
	var s seqtag.Seq
	s.Reset()
	for _, w := range []string{"x", "y", "z"} {
		s.Feats = append(s.Feats, seqtag.New(1).Str(w).Sum())
		s.EndToken()
	}
	out := m.Decode(&d, &s, nil)
	for i, l := range out {
		prev := "O"
		if i > 0 {
			prev = labels[out[i-1]]
		}
		if labels[l] == "I-content" && prev != "B-content" && prev != "I-content" {
			t.Errorf("I-content after %s", prev)
		}
	}
}

// A Pair decodes as its two models do alone: it rounds weights to 2,047
// steps of the largest, far below the toy's margins (TestPairSums checks
// the sums themselves).
func TestPairMatchesModels(t *testing.T) {
	labels, seqs := toy()
	m1, err := seqtag.Train(labels, seqs, seqtag.TrainOptions{Epochs: 3, MinCount: 1})
	if err != nil {
		t.Fatal(err)
	}
	// the second model sees the same features and one more per token
	extra := func(s *seqtag.Seq, t int) uint64 { return seqtag.Mix(9, uint64(t%3)) }
	var seqs2 []seqtag.Seq
	for _, s := range seqs {
		var q seqtag.Seq
		q.Reset()
		for t := 0; t < s.Len(); t++ {
			q.Feats = append(q.Feats, s.Feats[s.Off[t]:s.Off[t+1]]...)
			q.Feats = append(q.Feats, extra(&s, t))
			q.EndToken()
		}
		q.Gold = s.Gold
		seqs2 = append(seqs2, q)
	}
	m2, err := seqtag.Train(labels, seqs2, seqtag.TrainOptions{Epochs: 2, MinCount: 1, Seed: 7})
	if err != nil {
		t.Fatal(err)
	}
	p := seqtag.NewPair(m1, m2)
	var d, d2 seqtag.Decoder
	for i := range seqs {
		s := &seqs[i]
		want1 := m1.Decode(&d, s, nil)
		want2 := m2.Decode(&d, &seqs2[i], nil)
		got1 := p.DecodeFirst(&d2, s, nil)
		var q seqtag.Seq
		q.Reset()
		var at []int32
		for t := 0; t < s.Len(); t++ {
			q.Feats = append(q.Feats, extra(s, t))
			q.EndToken()
			at = append(at, int32(t))
		}
		got2 := p.DecodeSecond(&d2, &q, at, nil)
		if !bytes.Equal(got1, want1) || !bytes.Equal(got2, want2) {
			t.Errorf("seq %d: pair %v %v, models %v %v", i, got1, got2, want1, want2)
		}
	}
}

// TestTaggerFile writes a stacked pair as a tagger file and loads it in
// place: the loaded models decode as the written ones, the shared table
// is the one NewPair builds, and the bytes depend only on the models.
func TestTaggerFile(t *testing.T) {
	labels, seqs := toy()
	m1, _ := seqtag.Train(labels, seqs, seqtag.TrainOptions{Epochs: 3, MinCount: 1})
	m2, _ := seqtag.Train(labels, seqs, seqtag.TrainOptions{Epochs: 4, MinCount: 1, Seed: 3})
	var buf, buf2 bytes.Buffer
	if err := seqtag.WriteTagger(&buf, m1, m2); err != nil {
		t.Fatal(err)
	}
	l1, l2, err := seqtag.LoadTagger(buf.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	if l1.NumFeatures() != m1.NumFeatures() || l2.NumFeatures() != m2.NumFeatures() {
		t.Errorf("features %d/%d, want %d/%d", l1.NumFeatures(), l2.NumFeatures(), m1.NumFeatures(), m2.NumFeatures())
	}
	// written again from the loaded models: the same bytes
	if err := seqtag.WriteTagger(&buf2, l1, l2); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(buf.Bytes(), buf2.Bytes()) {
		t.Error("a loaded tagger writes other bytes")
	}
	p, fresh := seqtag.NewPair(l1, l2), seqtag.NewPair(m1, m2)
	var d, d2, d3 seqtag.Decoder
	for i := range seqs {
		s := &seqs[i]
		want := m1.Decode(&d, s, nil)
		if got := l1.Decode(&d, s, nil); !bytes.Equal(got, want) {
			t.Errorf("seq %d: loaded model %v, trained %v", i, got, want)
		}
		if got, want := p.DecodeFirst(&d2, s, nil), fresh.DecodeFirst(&d3, s, nil); !bytes.Equal(got, want) {
			t.Errorf("seq %d: loaded pair %v, built %v", i, got, want)
		}
	}
	one, none, err := seqtag.LoadTagger(func() []byte { var b bytes.Buffer; seqtag.WriteTagger(&b, m1, nil); return b.Bytes() }())
	if err != nil || one == nil || none != nil {
		t.Errorf("one-model file: %v %v %v", one, none, err)
	}
	for _, b := range [][]byte{nil, []byte("claimtrail-seqtag/2\n"), buf.Bytes()[:len(buf.Bytes())/2]} {
		if _, _, err := seqtag.LoadTagger(b); err == nil {
			t.Errorf("LoadTagger accepted %d bytes of garbage", len(b))
		}
	}
}
