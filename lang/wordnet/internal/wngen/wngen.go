// Package wngen compiles the WordNet 3.0 database files (Debian
// wordnet-base, /usr/share/wordnet) into the compact tables package
// wordnet embeds. It keeps what claim matching needs: each synset's part
// of speech, members with their sense ranks, hypernyms, derivations,
// antonyms, verb groups and similar-to links; glosses, examples, verb
// frames and the other pointers are dropped. The output depends on the
// input bytes alone: run twice, it is identical.
package wngen

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

// Files are the generated tables and the licence they ship with.
type Files struct {
	Synsets    []byte // wordnet.tsv.gz, uncompressed
	Exceptions []byte // wordnet-exceptions.tsv
	License    []byte // LICENSE-wordnet
}

// The four parts of speech in the order their files are read: a synset's
// line number in the table follows this order, then the data file's.
var posFiles = []struct{ pos, file string }{
	{"n", "noun"}, {"v", "verb"}, {"a", "adj"}, {"r", "adv"},
}

// synset is one line of a data.* file, as read.
type synset struct {
	pos     string // n, v, a (satellites too), r
	offset  string
	members []string // lower-case, adjective markers dropped
	ptrs    []pointer
}

// pointer is one relation of a synset; src and dst are 1-based member
// numbers, both 0 for a relation between whole synsets.
type pointer struct {
	sym      string
	pos      string // the target's file: n, v, a, r
	offset   string
	src, dst int
}

// Build reads the WordNet files under dir and returns the tables.
func Build(dir string) (*Files, error) {
	ranks, err := readIndexes(dir)
	if err != nil {
		return nil, err
	}
	var all []*synset
	var license []byte
	for _, pf := range posFiles {
		ss, lic, err := readData(filepath.Join(dir, "data."+pf.file), pf.pos)
		if err != nil {
			return nil, err
		}
		if license == nil {
			license = lic
		}
		all = append(all, ss...)
	}
	syn, err := writeSynsets(all, ranks)
	if err != nil {
		return nil, err
	}
	exc, err := readExceptions(dir)
	if err != nil {
		return nil, err
	}
	return &Files{Synsets: syn, Exceptions: exc, License: license}, nil
}

// readIndexes reads index.* into the sense rank of each (pos, lemma,
// offset): 1 for the lemma's most frequent sense in that part of speech.
func readIndexes(dir string) (map[string]int, error) {
	ranks := map[string]int{}
	for _, pf := range posFiles {
		err := eachLine(filepath.Join(dir, "index."+pf.file), func(line string) error {
			f := strings.Fields(line)
			if len(f) < 4 {
				return fmt.Errorf("short index line %q", line)
			}
			nsyn, err1 := strconv.Atoi(f[2])
			nptr, err2 := strconv.Atoi(f[3])
			if err1 != nil || err2 != nil || len(f) != 4+nptr+2+nsyn {
				return fmt.Errorf("bad index line %q", line)
			}
			for i, off := range f[len(f)-nsyn:] {
				ranks[pf.pos+" "+f[0]+" "+off] = i + 1
			}
			return nil
		})
		if err != nil {
			return nil, err
		}
	}
	return ranks, nil
}

// eachLine calls fn on each line of path that is not the licence header
// (lines starting with two spaces).
func eachLine(path string, fn func(string) error) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if strings.HasPrefix(line, "  ") || line == "" {
			continue
		}
		if err := fn(line); err != nil {
			return fmt.Errorf("%s:%d: %w", path, n, err)
		}
	}
	return sc.Err()
}

// licenseOf returns the licence header of a data file without its line
// numbers and trailing spaces.
func licenseOf(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var b bytes.Buffer
	sc := bufio.NewScanner(f)
	for sc.Scan() && strings.HasPrefix(sc.Text(), "  ") {
		f := strings.SplitN(strings.TrimSpace(sc.Text()), " ", 2)
		if len(f) == 2 {
			b.WriteString(strings.TrimRight(f[1], " "))
		}
		b.WriteByte('\n')
	}
	return b.Bytes(), sc.Err()
}

// The files Build's output goes to, in lang/data/en.
const (
	SynsetsFile    = "wordnet.tsv.gz"
	ExceptionsFile = "wordnet-exceptions.tsv"
	LicenseFile    = "LICENSE-wordnet"
)

// Compress gzips the synset table for embedding: best compression, no
// name, no time, so the same table always compresses to the same bytes
// with one Go release (the test compares the uncompressed table, which
// does not depend on the release).
func Compress(b []byte) []byte {
	var out bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&out, gzip.BestCompression)
	zw.Write(b)
	zw.Close()
	return out.Bytes()
}
