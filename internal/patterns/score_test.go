package patterns

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/claimtrail/claimtrail"
)

func st(speaker, typ, cue, content, pol string, via ...string) claimtrail.Statement {
	s := claimtrail.Statement{Speaker: claimtrail.Speaker{Name: speaker, Type: typ},
		Cue: claimtrail.Cue{Text: cue}, Content: claimtrail.Content{Text: content}, Polarity: pol}
	for _, v := range via {
		s.Via = append(s.Via, claimtrail.Via{Name: v})
	}
	return s
}

func TestCheck(t *testing.T) {
	want := Want{Speaker: "Dorn Kessler", Type: "person", Cue: "told|told Reuters", Content: "the merger was off", Polarity: "affirm"}
	tests := []struct {
		name  string
		want  []Want
		got   []claimtrail.Statement
		pass  bool
		diffs string
	}{
		{"exact", []Want{want}, []claimtrail.Statement{st("Dorn Kessler", "person", "told", "the merger was off", "affirm")}, true, ""},
		{"edges, case of cue, complementiser", []Want{want},
			[]claimtrail.Statement{st("Dorn Kessler", "person", "Told Reuters", "that the merger was off.”", "affirm")}, true, ""},
		{"the before a name", []Want{{Speaker: "ministry", Type: "government", Cue: "said", Content: "no", Polarity: "deny", Via: []string{"state media"}}},
			[]claimtrail.Statement{st("The ministry", "government", "said", "“no”", "deny", "the state media")}, true, ""},
		{"split quote", []Want{{Speaker: "A", Type: "person", Cue: "said", Content: "We will … and soon", Polarity: "affirm"}},
			[]claimtrail.Statement{st("A", "person", "said", "We will, … and soon.", "affirm")}, true, ""},
		{"wrong fields", []Want{want}, []claimtrail.Statement{st("Kessler", "organization", "said", "the merger was off", "deny", "Reuters")}, false,
			"wrong speaker, type, cue, via, polarity"},
		{"missing", []Want{want}, nil, false, "missing"},
		{"extra", nil, []claimtrail.Statement{st("firm", "organization", "sought", "approval", "affirm")}, false, "unmatched"},
		{"nothing wanted, nothing given", nil, nil, true, ""},
		{"two wanted, order free", []Want{want, {Speaker: "Ada Quill", Type: "person", Cue: "said", Content: "it was not", Polarity: "deny"}},
			[]claimtrail.Statement{st("Ada Quill", "person", "said", "it was not", "deny"), st("Dorn Kessler", "person", "told", "the merger was off", "affirm")}, true, ""},
		{"one statement cannot match two", []Want{want, want},
			[]claimtrail.Statement{st("Dorn Kessler", "person", "told", "the merger was off", "affirm")}, false, "missing"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := Check(Case{ID: "x", Construction: "c", Text: "t", Want: tt.want}, tt.got)
			if r.Pass != tt.pass {
				t.Fatalf("pass = %v, diffs %q", r.Pass, r.Diffs)
			}
			if tt.diffs != "" && (len(r.Diffs) == 0 || !strings.HasPrefix(r.Diffs[0], tt.diffs)) {
				t.Errorf("diffs %q, want the first to start %q", r.Diffs, tt.diffs)
			}
		})
	}
}

func TestRead(t *testing.T) {
	bad := []struct{ name, in string }{
		{"unknown field", `{"id":"a","construction":"c","text":"t","want":[],"extra":1}`},
		{"bad type", `{"id":"a","construction":"c","text":"t","want":[{"speaker":"A","type":"alien","cue":"said","content":"x","polarity":"affirm"}]}`},
		{"bad polarity", `{"id":"a","construction":"c","text":"t","want":[{"speaker":"A","type":"person","cue":"said","content":"x","polarity":"maybe"}]}`},
		{"no content", `{"id":"a","construction":"c","text":"t","want":[{"speaker":"A","type":"person","cue":"said","content":"","polarity":"affirm"}]}`},
		{"duplicate id", "{\"id\":\"a\",\"construction\":\"c\",\"text\":\"t\"}\n{\"id\":\"a\",\"construction\":\"c\",\"text\":\"u\"}"},
		{"no text", `{"id":"a","construction":"c"}`},
	}
	for _, b := range bad {
		if _, err := Read(strings.NewReader(b.in), "in"); err == nil {
			t.Errorf("%s: no error", b.name)
		}
	}
	cs, err := Read(strings.NewReader("# a comment\n\n{\"id\":\"a\",\"construction\":\"c\",\"text\":\"t\"}\n"), "in")
	if err != nil || len(cs) != 1 || cs[0].ID != "a" {
		t.Errorf("got %v, %v", cs, err)
	}
}

func TestReportWrite(t *testing.T) {
	rep := Report{Results: []Result{
		{Case: Case{ID: "a-1", Construction: "alpha", Text: "A said so."}, Pass: true},
		{Case: Case{ID: "a-2", Construction: "alpha", Text: "B said so."}, Diffs: []string{"missing: B"}},
		{Case: Case{ID: "b-1", Construction: "beta", Text: "C."}, Pass: true},
	}}
	var b strings.Builder
	rep.Write(&b, true)
	want := `construction                        pass cases    rate
alpha                                  1     2   50.0%
beta                                   1     1  100.0%
overall                                2     3   66.7%

FAIL a-2 (alpha): B said so.
  missing: B
`
	if b.String() != want {
		t.Errorf("got\n%s\nwant\n%s", b.String(), want)
	}
}

func TestLoad(t *testing.T) {
	dir := t.TempDir()
	write := func(name, body string) {
		t.Helper()
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("b.jsonl", `{"id":"b-1","construction":"c","text":"B."}`+"\n")
	write("a.jsonl", `{"id":"a-1","construction":"c","text":"A."}`+"\n")
	write("notes.txt", "not a suite file\n")
	cs, err := Load(dir)
	if err != nil || len(cs) != 2 || cs[0].ID != "a-1" || cs[1].ID != "b-1" {
		t.Fatalf("folder: got %v, %v", cs, err)
	}
	if cs, err = Load(filepath.Join(dir, "b.jsonl")); err != nil || len(cs) != 1 {
		t.Fatalf("file: got %v, %v", cs, err)
	}
	if _, err = Load(t.TempDir()); err == nil {
		t.Error("an empty folder gave no error")
	}
}
