package speaker_test

import "testing"

// A statement named by its channel noun is its maker's: the name
// written before the noun, its owner ("Ms Quill's statement"), or for
// "the statement" the last speaker of its sentence or the two before;
// "it" just after such a statement is its maker. The texts are
// invented.
func TestResolver_StatementBy(t *testing.T) {
	tests := []resolveCase{
		{"the name before the noun",
			"A Kestrel Networks statement said jobs would go.",
			[]spanGroup{{"jobs would go", "A Kestrel Networks statement", "said"}},
			"Kestrel Networks", "organization"},
		{"the statement continued",
			"A Kestrel Networks statement said jobs would go. The statement continued: \"We regret it.\"",
			[]spanGroup{{"jobs would go", "A Kestrel Networks statement", "said"}, {"We regret it.", "The statement", "continued"}},
			"Kestrel Networks", "organization"},
		{"the last speaker's statement",
			"Ada Quill denied the claim. The statement added that she would appeal.",
			[]spanGroup{{"the claim", "Ada Quill", "denied"}, {"that she would appeal", "The statement", "added"}},
			"Ada Quill", "person"},
		{"the owner of the statement",
			"Ada Quill met the board. Ms Quill's statement said jobs would go.",
			[]spanGroup{{"jobs would go", "Ms Quill's statement", "said"}},
			"Ada Quill", "person"},
		{"it after a statement named by its owner",
			"Ms Quill's statement said jobs would go. It added that the plant would close.",
			[]spanGroup{{"jobs would go", "Ms Quill's statement", "said"}, {"that the plant would close", "It", "added"}},
			"Ms Quill", "person"},
		{"a statement three sentences on is no one's",
			"Ada Quill denied the claim. Shares fell. Trading was thin. Prices rose. The statement added that jobs would go.",
			[]spanGroup{{"the claim", "Ada Quill", "denied"}, {"that jobs would go", "The statement", "added"}},
			"statement", "unknown"},
	}
	checkResolved(t, tests)
}
