package lang

import "strings"

// Cue is a reporting expression's lemma and class (see data/en/README.md).
type Cue struct {
	Lemma string
	Class string
}

// Cues returns the cue lexicon of a language: every form (lower-case; a
// multi-word cue with single spaces) → its lemma and class. Regular English
// -s/-ed/-ing forms of each verb lemma are generated; irregular ones are
// listed in the table. Entries written as keys win over generated forms.
func Cues(code string) (map[string]Cue, error) {
	t, err := Load(code, "cues")
	if err != nil {
		return nil, err
	}
	out := map[string]Cue{}
	for _, lemma := range t.Order {
		class := t.Field(lemma, 0)
		c := Cue{Lemma: lemma, Class: class}
		if class != "nominal" && !strings.Contains(lemma, " ") && code == "en" {
			for _, f := range inflectEN(lemma) {
				if _, ok := out[f]; !ok {
					out[f] = c
				}
			}
		}
		for _, f := range strings.Split(t.Field(lemma, 1), ",") {
			if f = strings.TrimSpace(f); f != "" {
				out[f] = c
			}
		}
	}
	// keys themselves override generated forms ("claims" the noun); a
	// multi-word cue may name its lemma in the third field
	for _, key := range t.Order {
		lemma := key
		if l := t.Field(key, 2); l != "" {
			lemma = l
		}
		out[key] = Cue{Lemma: lemma, Class: t.Field(key, 0)}
	}
	return out, nil
}

// inflectEN generates the regular forms of an English verb.
func inflectEN(v string) []string {
	n := len(v)
	if n < 2 {
		return []string{v}
	}
	last, prev := v[n-1], v[n-2]
	vowel := func(c byte) bool { return strings.IndexByte("aeiou", c) >= 0 }
	var s, ed, ing string
	switch {
	case strings.HasSuffix(v, "s") || strings.HasSuffix(v, "x") || strings.HasSuffix(v, "z") ||
		strings.HasSuffix(v, "ch") || strings.HasSuffix(v, "sh"):
		s = v + "es"
	case last == 'y' && !vowel(prev):
		s = v[:n-1] + "ies"
	default:
		s = v + "s"
	}
	switch {
	case last == 'e':
		ed = v + "d"
	case last == 'y' && !vowel(prev):
		ed = v[:n-1] + "ied"
	default:
		ed = v + "ed"
	}
	switch {
	case last == 'e' && prev != 'e':
		ing = v[:n-1] + "ing"
	default:
		ing = v + "ing"
	}
	return []string{v, s, ed, ing}
}
