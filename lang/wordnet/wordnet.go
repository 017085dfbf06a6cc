// Package wordnet answers lexical questions a claim matcher asks — are
// two words synonyms, is one a kind of the other, is one derived from the
// other — from WordNet 3.0, compiled into lang/data/en (wordnet.tsv.gz,
// wordnet-exceptions.tsv; licence LICENSE-wordnet) by gen.go.
//
// Words are looked up lower-case, the words of a collocation joined by
// "_" as WordNet writes them ("take_a_picture"); spaces are read as "_".
// Inflected forms are reduced to their lemmas first (Lemmas). The table
// is read on first use, not at start-up (about 0.3 s of CPU and 75 MB,
// once).
package wordnet

//go:generate go run gen.go

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
	"sync"

	"github.com/claimtrail/claimtrail/lang"
)

// POS is a WordNet part of speech; Any matches all four.
type POS byte

// The parts of speech (adjective satellites are adjectives).
const (
	Any  POS = 0
	Noun POS = 'n'
	Verb POS = 'v'
	Adj  POS = 'a'
	Adv  POS = 'r'
)

func (p POS) matches(q POS) bool { return p == Any || p == q }

// Synset is a WordNet synonym set: one sense shared by its members.
type Synset int32

// lexPtr is a word-to-word relation: member From of its synset to
// member To of synset Syn.
type lexPtr struct {
	From, To uint8
	Syn      Synset
}

// synset is one parsed line of wordnet.tsv.
type synset struct {
	pos             POS
	members         []string
	hyper, group    []Synset
	similar         []Synset
	deriv, antonyms []lexPtr
}

// db is the loaded table.
type db struct {
	synsets []synset
	// index lists each lemma's synsets: nouns, verbs, adjectives, then
	// adverbs, each by sense rank (most frequent first).
	index map[string][]sense
	// exceptions maps an inflected form to its base forms per POS.
	exceptions map[string][]exception
}

type exception struct {
	pos  POS
	base string
}

var (
	once    sync.Once
	loaded  *db
	loadErr error
)

// get loads the table on first use; a failure is a build mistake (the
// table ships in the binary), so it panics.
func get() *db {
	once.Do(func() { loaded, loadErr = load() })
	if loadErr != nil {
		panic(loadErr)
	}
	return loaded
}

func load() (*db, error) {
	gz, err := lang.File("en", "wordnet.tsv.gz")
	if err != nil {
		return nil, err
	}
	zr, err := gzip.NewReader(bytes.NewReader(gz))
	if err != nil {
		return nil, fmt.Errorf("wordnet.tsv.gz: %w", err)
	}
	raw, err := io.ReadAll(zr)
	if err != nil {
		return nil, fmt.Errorf("wordnet.tsv.gz: %w", err)
	}
	d := &db{}
	if err := d.parseSynsets(string(raw)); err != nil {
		return nil, err
	}
	exc, err := lang.File("en", "wordnet-exceptions.tsv")
	if err != nil {
		return nil, err
	}
	d.parseExceptions(string(exc))
	return d, nil
}
