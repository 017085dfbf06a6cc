// Package patterns holds the attribution pattern suite of issue 14:
// sentences written for the purpose (fictional names, no real news text),
// each with the statements a careful reader expects extract to print, and
// the scorer that says whether extract's statements match them.
package patterns

import (
	"bufio"
	"bytes"
	_ "embed"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
)

// Case is one sentence (or a few, or a transcript) of the suite.
type Case struct {
	ID string `json:"id"`
	// Construction names the attribution pattern the case covers; the
	// report gives a pass rate per construction.
	Construction string `json:"construction"`
	Text         string `json:"text"`
	// Want lists every statement the text should give; empty means the
	// text holds no attribution and must give none.
	Want []Want `json:"want"`
	// Note says why, where the expectation is a choice.
	Note string `json:"note,omitempty"`
}

// Want is one expected statement. Every field is checked: an empty
// Speaker means the speaker is unknown (speaker.name ""), an empty Via
// means no via. Cue may list alternatives separated by "|" where
// annotators differ on the extent ("reported|was reported"). Affiliation
// is checked only where a case gives it ("" then means none): the body
// a description speaks for ("A spokesman said" after the body spoke).
type Want struct {
	Speaker  string   `json:"speaker"`
	Type     string   `json:"type"`
	Cue      string   `json:"cue"`
	Content  string   `json:"content"`
	Via      []string `json:"via"`
	Polarity string   `json:"polarity"`

	Affiliation *string `json:"affiliation,omitempty"`
}

//go:embed testdata/suite.jsonl
var suite []byte

// Default returns the suite shipped with claimtrail.
func Default() ([]Case, error) { return Read(bytes.NewReader(suite), "suite.jsonl") }

// Load reads a suite file (JSON Lines, one Case a line), or every *.jsonl
// file of a folder in name order. Ids must be unique within a file.
func Load(path string) ([]Case, error) {
	st, err := os.Stat(path)
	if err != nil {
		return nil, err
	}
	files := []string{path}
	if st.IsDir() {
		if files, err = filepath.Glob(filepath.Join(path, "*.jsonl")); err != nil {
			return nil, err
		}
		if len(files) == 0 {
			return nil, fmt.Errorf("patterns: no .jsonl file in %s", path)
		}
		sort.Strings(files)
	}
	var out []Case
	for _, name := range files {
		f, err := os.Open(name)
		if err != nil {
			return nil, err
		}
		cs, err := Read(f, name)
		f.Close()
		if err != nil {
			return nil, err
		}
		out = append(out, cs...)
	}
	return out, nil
}

// Read reads JSON Lines of cases; name is used in errors. Blank lines and
// lines starting with # are skipped.
func Read(r io.Reader, name string) ([]Case, error) {
	var out []Case
	seen := map[string]bool{}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64<<10), 1<<20)
	for line := 1; sc.Scan(); line++ {
		b := bytes.TrimSpace(sc.Bytes())
		if len(b) == 0 || b[0] == '#' {
			continue
		}
		var c Case
		dec := json.NewDecoder(bytes.NewReader(b))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&c); err != nil {
			return nil, fmt.Errorf("%s:%d: %w", name, line, err)
		}
		if err := c.validate(); err != nil {
			return nil, fmt.Errorf("%s:%d: %w", name, line, err)
		}
		if seen[c.ID] {
			return nil, fmt.Errorf("%s:%d: duplicate id %q", name, line, c.ID)
		}
		seen[c.ID] = true
		out = append(out, c)
	}
	return out, sc.Err()
}

var speakerTypes = map[string]bool{"person": true, "organization": true, "government": true,
	"publication": true, "group": true, "anonymous": true, "unknown": true}

func (c *Case) validate() error {
	if c.ID == "" || c.Construction == "" || c.Text == "" {
		return fmt.Errorf("case needs id, construction and text")
	}
	for _, w := range c.Want {
		if !speakerTypes[w.Type] {
			return fmt.Errorf("%s: speaker type %q", c.ID, w.Type)
		}
		if w.Polarity != "affirm" && w.Polarity != "deny" {
			return fmt.Errorf("%s: polarity %q", c.ID, w.Polarity)
		}
		if w.Cue == "" || w.Content == "" {
			return fmt.Errorf("%s: a statement needs a cue and a content", c.ID)
		}
	}
	return nil
}
