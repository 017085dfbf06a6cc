package match

import "testing"

// TestSubjectByReference: a text that names the claim's subject only by
// its head noun after "the" or "this" points back at the subject; one
// that names the subject's other items, gives the noun a complement of
// its own or no determiner does not.
func TestSubjectByReference(t *testing.T) {
	m, err := New("en")
	if err != nil {
		t.Fatal(err)
	}
	c := m.Claim("The Veldovia fishing ban will be lifted")
	pred := -1
	for i := range c.Items {
		if c.AfterAuxiliary(i) && pred < 0 {
			pred = i
		}
	}
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"the ban would be lifted before the summer", true},
		{"this ban will be lifted soon", true},
		{"the Veldovia fishing ban will be lifted", false},                   // names it outright
		{"the ban on whale meat would be lifted", false},                     // another ban
		{"a ban would be lifted", false},                                     // no reference
		{"the fishing fleet will sail", false},                               // no ban
		{"the ban angered fishermen although their nets were lifted", false}, // another clause lifts
	} {
		sc := m.scoreText(c, tc.text, 0)
		if got := sc.SubjectByReference(c, pred); got != tc.want {
			t.Errorf("SubjectByReference(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}
