package attrib_test

import (
	"strings"
	"testing"
	"time"

	"github.com/claimtrail/claimtrail/attrib"
	"github.com/claimtrail/claimtrail/layer"
)

// TestComplement checks the complement read after a cue's head (the
// word marked by brackets): the same reading counts PolNeAR's cues
// (cue-heads.tsv) and judges the tagger's.
func TestComplement(t *testing.T) {
	lb, err := layer.New("en", layer.Options{})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		text string
		want attrib.Comp
	}{
		{"The bridge will reopen in March, the council [said].", attrib.CompEnd},
		{"Ada Quill [warned] that sanctions would follow.", attrib.CompThat},
		{"Ada Quill [said]: \"We will not give in.\"", attrib.CompQuote},
		{"Tolvane Corp [plans] to cut 300 jobs.", attrib.CompTo},
		{"Ada Quill did not [say] why the talks failed.", attrib.CompWh},
		{"Ada Quill spoke of the harbour, [adding] there was no money left.", attrib.CompClause},
		{"Van Dorn [blasted] over the bar from six yards.", attrib.CompPrep},
		{"Mara Ellison [said] the deal was dead.", attrib.CompClause},
		{"Dorn Kessler [told] reporters that the plant would close.", attrib.CompObjThat},
		{"Dorn Kessler [told] reporters in Northgate that the plant would close.", attrib.CompObjThat},
		{"The envoy [urged] Varnia to withdraw its troops.", attrib.CompObjTo},
		{"Critics [see] the phones as toys for the rich.", attrib.CompObjAs},
		{"The minister [denied] the report.", attrib.CompObj},
		{"Mara Ellison [said] on Tuesday that the deal was dead.", attrib.CompThat},
		{"The creditors [agreed] on Friday to suspend payments.", attrib.CompTo},
		{"Petra Voss [said] earlier that prices would fall.", attrib.CompThat},
	}
	for _, tt := range tests {
		i := strings.Index(tt.text, "[")
		j := strings.Index(tt.text, "]")
		text := tt.text[:i] + tt.text[i+1:j] + tt.text[j+1:]
		d := lb.Build(text, time.Time{})
		k := d.TokenAt(i)
		if got := attrib.Complement(d, k); got != tt.want {
			t.Errorf("%s: complement %s, want %s", tt.text, attrib.CompNames[got], attrib.CompNames[tt.want])
		}
	}
}
