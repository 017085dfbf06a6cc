package trace_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/claimtrail/claimtrail"
)

// fillerDir returns a directory of 120 unrelated articles, for tests of
// what weighs words by the store (a smaller store keeps the matcher's
// weights), and a function that writes an article into it. Their
// "launch a new review" makes the words "launch" and "new" common.
func fillerDir(t *testing.T) (string, func(id, title, text string)) {
	t.Helper()
	dir := t.TempDir()
	write := func(id, title, text string) {
		meta := fmt.Sprintf(`{"id": %q, "url": "https://example.org/%s", "published": "2025-04-01", "source": "Bay Post", "title": %q}`, id, id, title)
		if err := os.WriteFile(filepath.Join(dir, id+".meta.json"), []byte(meta), 0o644); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, id+".txt"), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	topics := []string{"tides", "weather", "school meals", "bus fares", "library hours", "street lights"}
	for i := 0; i < 120; i++ {
		topic := topics[i%len(topics)]
		write(fmt.Sprintf("f%03d", i), "Council news "+itoa(i), fmt.Sprintf(
			"The town council met on Monday to discuss %s and will launch a new review.\n\nCouncillor Anna Berg said the %s report would be read again in June.\n", topic, topic))
	}
	return dir, write
}

// TestTrace_BodyVoice: an article with an attributed row about the claim
// may state the claim in the reporter's own voice further on (p: "is
// due to be launched in May") — an own-voice row besides the quote; a
// sentence past the lead that holds a reporting word of its own (q:
// "…, he claims") is a source the extractor did not attribute, no own
// voice.
// Deep narration weighs words by the store, so the fixture sits among
// 120 unrelated articles (fillerDir).
func TestTrace_BodyVoice(t *testing.T) {
	dir, write := fillerDir(t)
	write("p", "Shipyard workers await news", strings.Join([]string{
		"Workers at the Kessel yard gathered on Tuesday as talks on pay went on.",
		`"Zorvex will launch a new ferry, and we will build it," said union leader Ivo Brandt.`,
		"Talks resume next week.",
		"Zorvex's new ferry is due to be launched in May, and the yard hopes for more orders.",
	}, "\n\n"))
	write("q", "Yard owners under pressure", strings.Join([]string{
		"The owners of the Kessel yard faced questions from shareholders on Wednesday.",
		`"The order book is thin," said analyst Mira Solt.`,
		"Shareholders want answers. The yard employs 400 people. It was founded in 1921. Its last ship sailed in March.",
		"The board meets again on Friday. Its chairman is new. He took over in January.",
		"Zorvex will launch a new ferry in May, he claims, though others doubt it.",
	}, "\n\n"))
	got := mustTrace(t, ingestDir(t, dir), "Zorvex will launch a new ferry")
	own := map[string]claimtrail.TracedStatement{}
	for _, s := range got.Statements {
		if s.Form == claimtrail.FormNarration {
			own[s.Doc] = s
		}
	}
	if p, ok := own["p"]; !ok || !strings.Contains(p.Content.Text, "due to be launched") {
		t.Errorf("p's own voice %+v: want the sentence that states the launch", p)
	}
	quoted := false
	for _, s := range got.Statements {
		quoted = quoted || s.Doc == "p" && s.Speaker.Name == "Ivo Brandt"
	}
	if !quoted {
		t.Errorf("p's quote of Ivo Brandt is no row: the fixture does not test an article with attributed rows")
	}
	if q, ok := own["q"]; ok {
		t.Errorf("q's own voice %+v: want none (\"he claims\" reports a source)", q)
	}
}

// TestTrace_Discussed: an article about the claim's names whose title and
// lead never name its predicate (r: the new ferry's fares) is not listed
// as discussing the claim; one whose title does (s) is, though no
// statement of it is traced.
func TestTrace_Discussed(t *testing.T) {
	dir, write := fillerDir(t)
	write("r", "Zorvex ferry fares to rise", "Fares on the new Zorvex ferry will rise by five per cent in June.\n\nThe ferry sails twice a day.\n")
	write("s", "Zorvex to launch new ferry", "Zorvex has a new ferry.\n\nThe ferry sails twice a day.\n")
	got := mustTrace(t, ingestDir(t, dir), "Zorvex will launch a new ferry")
	listed := map[string]bool{}
	for _, a := range got.Articles {
		listed[a.Doc] = true
	}
	if listed["r"] || !listed["s"] {
		t.Errorf("articles %+v: want s listed, r not", got.Articles)
	}
}
