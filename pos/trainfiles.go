package pos

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"

	"github.com/claimtrail/claimtrail/lang"
	"github.com/claimtrail/claimtrail/token"
)

// Tokenizer returns the tokenizer the models are trained with: the
// English abbreviation table, as the pipeline uses.
func Tokenizer() *token.Tokenizer {
	tbl := lang.MustLoad("en", "abbreviations")
	return token.New(func(w string) bool { return tbl.Has(w) })
}

// Defaults of the shipped models.
var (
	POSOptions = TrainOptions{Target: TargetPOS, Iterations: 8, Seed: 1, MinCount: 2, Prune: 0.5, Narrow: true}
	NEROptions = TrainOptions{Target: TargetNER, Iterations: 8, Seed: 1, MinCount: 1, Prune: 0.5, TagWord: true,
		Tags: []string{"O", "B-PERSON", "I-PERSON", "B-ORGANIZATION", "I-ORGANIZATION",
			"B-LOCATION", "I-LOCATION", "B-MISC", "I-MISC"}}
)

// LoadPolNeAR reads the silver train and dev splits under dataDir (the
// polnear folder) and logs how the tokenisations align.
func LoadPolNeAR(dataDir string, log io.Writer) (train, dev []Sentence, err error) {
	if log == nil {
		log = io.Discard
	}
	// accept the shared data folder as well as its polnear subfolder
	if _, err := os.Stat(filepath.Join(dataDir, "silver")); err != nil {
		if _, err2 := os.Stat(filepath.Join(dataDir, "polnear", "silver")); err2 == nil {
			dataDir = filepath.Join(dataDir, "polnear")
		}
	}
	tz := Tokenizer()
	var st AlignStats
	train, st, err = LoadSilver(filepath.Join(dataDir, "silver", "train.conllu"), filepath.Join(dataDir, "train", "text"), tz)
	if err != nil {
		return nil, nil, err
	}
	fmt.Fprintf(log, "align train: %v\n", st)
	dev, st, err = LoadSilver(filepath.Join(dataDir, "silver", "dev.conllu"), filepath.Join(dataDir, "dev", "text"), tz)
	if err != nil {
		return nil, nil, err
	}
	fmt.Fprintf(log, "align dev: %v\n", st)
	return train, dev, nil
}

// TrainPOS trains the part-of-speech model from the PolNeAR data in
// dataDir, reports dev scores to log and writes outDir/pos.bin (the
// embedded model lives in pos/model). Training is deterministic: the same
// data gives the same bytes.
func TrainPOS(dataDir, outDir string, log io.Writer) error {
	return trainFiles(dataDir, outDir, log, TargetPOS)
}

// TrainNER is TrainPOS for the named-entity model, outDir/ner.bin.
func TrainNER(dataDir, outDir string, log io.Writer) error {
	return trainFiles(dataDir, outDir, log, TargetNER)
}

// TrainAll trains both models, reading the data once.
func TrainAll(dataDir, outDir string, log io.Writer) error {
	return trainFiles(dataDir, outDir, log, TargetPOS, TargetNER)
}

func trainFiles(dataDir, outDir string, log io.Writer, targets ...Target) error {
	if log == nil {
		log = io.Discard
	}
	train, dev, err := LoadPolNeAR(dataDir, log)
	if err != nil {
		return err
	}
	for _, tg := range targets {
		opts, name := POSOptions, POSModelFile
		if tg == TargetNER {
			opts, name = NEROptions, NERModelFile
		}
		opts.Log = log
		t0 := time.Now()
		m, err := Train(train, opts)
		if err != nil {
			return err
		}
		t := m.Tagger()
		var buf bytes.Buffer
		if _, err := t.WriteTo(&buf); err != nil {
			return err
		}
		fmt.Fprintf(log, "%s: trained in %v, %d bytes\n", name, time.Since(t0).Round(time.Millisecond), buf.Len())
		fmt.Fprintf(log, "%s dev by sentence: %v\n", name, Eval(t, dev, tg, BySentence))
		fmt.Fprintf(log, "%s dev by document: %v\n", name, Eval(t, dev, tg, ByDocument))
		if err := os.MkdirAll(outDir, 0o755); err != nil {
			return err
		}
		if err := os.WriteFile(filepath.Join(outDir, name), buf.Bytes(), 0o644); err != nil {
			return err
		}
	}
	return nil
}
