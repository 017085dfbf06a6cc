package tempeval

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/claimtrail/claimtrail/timex"
)

// corpus is TBAQ-cleaned beside the checkout (CI puts shared/ next to it).
var corpus = filepath.Join("..", "..", "..", "shared", "data", "tempeval3", "TBAQ-cleaned")

// Floors sit a little below the measured scores so regressions fail.
const (
	floorValueF1   = 80.2
	floorRelaxedF1 = 94.1
)

func TestTempEval(t *testing.T) {
	if _, err := os.Stat(corpus); err != nil {
		t.Skipf("TempEval-3 corpus not found at %s (shared data is placed beside the checkout); skipping", corpus)
	}
	docs, err := Load(corpus)
	if err != nil {
		t.Fatal(err)
	}
	r, err := timex.New("en")
	if err != nil {
		t.Fatal(err)
	}
	rep := Score(docs, r)
	var b strings.Builder
	rep.Write(&b, os.Getenv("TEMPEVAL_VERBOSE") != "")
	t.Log("\n" + b.String())
	if rep.ValueF1 < floorValueF1 {
		t.Errorf("value F1 %.2f below floor %.2f", rep.ValueF1, floorValueF1)
	}
	if rep.RelaxedF1 < floorRelaxedF1 {
		t.Errorf("relaxed F1 %.2f below floor %.2f", rep.RelaxedF1, floorRelaxedF1)
	}
}

func TestParse(t *testing.T) {
	src := `<?xml version="1.0" ?>
<TimeML>
<DCT><TIMEX3 tid="t0" type="DATE" value="2021-03-05" temporalFunction="false" functionInDocument="CREATION_TIME">20210305</TIMEX3></DCT>
<TEXT>
Mara &amp; Tomas <EVENT eid="e1">left</EVENT> <TIMEX3 tid="t1" type="DATE" value="2021-03-04">yesterday</TIMEX3>; café opens <TIMEX3 tid="t2" type="DATE" value="FUTURE_REF">soon</TIMEX3>.
</TEXT>
</TimeML>`
	d, err := Parse("x.tml", src)
	if err != nil {
		t.Fatal(err)
	}
	if d.DCTValue != "2021-03-05" || d.DCT.Day() != 5 {
		t.Errorf("DCT = %q %v", d.DCTValue, d.DCT)
	}
	if !strings.Contains(d.Text, "Mara & Tomas left yesterday") {
		t.Errorf("text = %q", d.Text)
	}
	if len(d.Timexes) != 2 || d.Timexes[0].Text != "yesterday" || d.Timexes[1].Text != "soon" || d.Timexes[1].Value != "FUTURE_REF" {
		t.Errorf("timexes = %+v", d.Timexes)
	}
}
