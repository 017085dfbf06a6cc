package ingest_test

import (
	"strings"
	"testing"

	"github.com/claimtrail/claimtrail/ingest"
)

// Error texts are for people: an application error in the chain is said
// by its message, never as "code=… message=…", and the limit's hint is
// the caller's to give (an upload has no --max-bytes flag). Issue 16.7.
func TestError_Text(t *testing.T) {
	big := strings.Repeat("word ", 40)
	for _, tc := range []struct {
		name, stdin, format, hint string
		want, not                 []string
	}{
		{name: "bad date", format: "jsonl", stdin: `{"id":"a","text":"The mayor said no.","published":"nope"}` + "\n",
			want: []string{`-:1: unparseable date "nope"`}, not: []string{"code=", "claimtrail error"}},
		{name: "record too large, no hint", format: "jsonl", stdin: `{"id":"a","text":"` + big + `"}` + "\n",
			want: []string{"-:1: record larger than the limit of 100 bytes"}, not: []string{"--max-bytes", "("}},
		{name: "record too large, hint", format: "jsonl", hint: "see --max-bytes", stdin: `{"id":"a","text":"` + big + `"}` + "\n",
			want: []string{"-:1: record larger than the limit of 100 bytes (see --max-bytes)"}},
		{name: "text too large, no hint", format: "txt", stdin: big,
			want: []string{"-: larger than the limit of 100 bytes"}, not: []string{"--max-bytes"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := mustRead(t, []string{"-"}, ingest.Options{Stdin: strings.NewReader(tc.stdin), Format: tc.format, MaxBytes: 100, LimitHint: tc.hint})
			got := r.failText()
			for _, w := range tc.want {
				if !strings.Contains(got, w) {
					t.Errorf("errors %q, want %q", got, w)
				}
			}
			for _, n := range tc.not {
				if strings.Contains(got, n) {
					t.Errorf("errors %q hold %q", got, n)
				}
			}
		})
	}
}
