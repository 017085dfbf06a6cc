package main

import (
	"bufio"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"os"
	"strings"

	"github.com/claimtrail/claimtrail/attrib"
)

// A training record is written beside each tagger file (attrib.bin →
// attrib.inputs): the digest of what the training read, its
// configuration, and the digest of the file it wrote. TestAttribModelRecord
// recomputes the first and compares the others with the defaults and the
// committed file, so that a change of a language table, a feature or a
// default that would make `claimtrail train attrib` write another model
// fails a test instead of going unnoticed (as it did in sessions 5 to 7).

// trainRecord is what a training record holds.
type trainRecord struct {
	inputs, config, model string
}

// recordPath returns the training record's path for tagger file out.
func recordPath(out string) string {
	return strings.TrimSuffix(out, ".bin") + ".inputs"
}

// String returns the configuration as a record line holds it.
func (c trainConfig) String() string {
	return fmt.Sprintf("epochs=%d seeds=%d seed=%d folds=%d bags=%d prune=%g min-count=%d miss-cost=%g o-penalty=%g",
		c.epochs, c.seeds, c.seed, c.folds, c.bags, c.prune, c.minCount, c.missCost, c.oPenalty)
}

// newTrainRecord returns the record of a training by c on docs that wrote
// tagger file out.
func newTrainRecord(docs []attrib.LabeledDoc, c trainConfig, out string) (trainRecord, error) {
	in, err := attrib.InputsDigest(docs)
	if err != nil {
		return trainRecord{}, err
	}
	model, err := fileDigest(out)
	return trainRecord{inputs: in, config: c.String(), model: model}, err
}

func fileDigest(path string) (string, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return "", err
	}
	sum := sha256.Sum256(b)
	return hex.EncodeToString(sum[:]), nil
}

// write writes r to path.
func (r trainRecord) write(path string) error {
	return r.writeAs(path, "claimtrail train attrib")
}

// writeAs writes r to path, naming the command that wrote it.
func (r trainRecord) writeAs(path, command string) error {
	text := "# what the file beside this one was trained from, written by `" + command + "`\n" +
		"inputs " + r.inputs + "\nconfig " + r.config + "\nmodel " + r.model + "\n"
	return os.WriteFile(path, []byte(text), 0o644)
}

// readTrainRecord reads the training record at path.
func readTrainRecord(path string) (trainRecord, error) {
	f, err := os.Open(path)
	if err != nil {
		return trainRecord{}, err
	}
	defer f.Close()
	var r trainRecord
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		key, val, _ := strings.Cut(sc.Text(), " ")
		switch key {
		case "inputs":
			r.inputs = val
		case "config":
			r.config = val
		case "model":
			r.model = val
		}
	}
	if err := sc.Err(); err != nil {
		return r, err
	}
	if r.inputs == "" || r.config == "" || r.model == "" {
		return r, fmt.Errorf("%s: want inputs, config and model lines", path)
	}
	return r, nil
}
