package pipeline_test

import (
	"regexp"
	"testing"

	"github.com/claimtrail/claimtrail/extract"
	"github.com/claimtrail/claimtrail/pipeline"
)

func TestExtractorVersion(t *testing.T) {
	x := newExtractor(t)
	v := pipeline.ExtractorVersion(x)
	if !regexp.MustCompile(`^` + pipeline.ExtractorCodeVersion + `-[0-9a-f]{16}$`).MatchString(v) {
		t.Errorf("version %q: want the code version, a dash and 16 hex digits", v)
	}
	// Another Extractor with the same options reads the same: same version.
	y, err := extract.New(extract.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if w := pipeline.ExtractorVersion(y); w != v {
		t.Errorf("two default extractors: %q and %q", v, w)
	}
	// One that reads otherwise (no dates) has another version.
	z, err := extract.New(extract.Options{NoDates: true})
	if err != nil {
		t.Fatal(err)
	}
	if w := pipeline.ExtractorVersion(z); w == v {
		t.Errorf("an extractor without dates has the default's version %q", w)
	}
}
