package polnear

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"strings"

	"github.com/claimtrail/claimtrail"
)

// Sentence is one CofeNet-format sentence: tokens joined by single spaces
// into Text, with gold fragments per role as byte spans of Text.
type Sentence struct {
	Doc  string
	Text string
	Gold [NumRoles][]claimtrail.Span
}

// LoadCofenet reads the CofeNet-format split (one JSON object a line with
// "tokens", "labels" in BIO over source/cue/content, and "id").
func LoadCofenet(path string) ([]Sentence, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []Sentence
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 1<<20), 16<<20)
	line := 0
	for sc.Scan() {
		line++
		var rec struct {
			Tokens []string `json:"tokens"`
			Labels []string `json:"labels"`
			ID     string   `json:"id"`
		}
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			return nil, fmt.Errorf("%s:%d: %w", path, line, err)
		}
		if len(rec.Tokens) != len(rec.Labels) {
			return nil, fmt.Errorf("%s:%d: %d tokens but %d labels", path, line, len(rec.Tokens), len(rec.Labels))
		}
		var b strings.Builder
		starts := make([]int, len(rec.Tokens))
		for i, t := range rec.Tokens {
			if i > 0 {
				b.WriteByte(' ')
			}
			starts[i] = b.Len()
			b.WriteString(t)
		}
		s := Sentence{Doc: rec.ID, Text: b.String()}
		role := -1
		for i, l := range rec.Labels {
			r := roleOf(l)
			end := starts[i] + len(rec.Tokens[i])
			switch {
			case strings.HasPrefix(l, "B-") || (strings.HasPrefix(l, "I-") && r != role):
				s.Gold[r] = append(s.Gold[r], claimtrail.Span{Start: starts[i], End: end})
				role = r
			case strings.HasPrefix(l, "I-"):
				g := &s.Gold[r][len(s.Gold[r])-1]
				g.End = end
			default:
				role = -1
			}
		}
		out = append(out, s)
	}
	return out, sc.Err()
}

func roleOf(label string) int {
	switch {
	case strings.HasSuffix(label, "source"):
		return int(Source)
	case strings.HasSuffix(label, "cue"):
		return int(Cue)
	case strings.HasSuffix(label, "content"):
		return int(Content)
	}
	return -1
}
