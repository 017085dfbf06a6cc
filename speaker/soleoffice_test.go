package speaker_test

import "testing"

// A description of an office one person holds at a time ("the prime
// minister", sole-offices.tsv) means the holder the article names, or a
// speaker or subject the text gives no other office; never a person the
// text gives another office, nor one named beside it in its own
// sentence: left as written is better than wrong. The texts are
// invented.
func TestResolver_SoleOffice(t *testing.T) {
	tests := []struct {
		name     string
		text     string
		groups   []spanGroup
		wantName string
	}{
		{"a deputy whose role holds the office's words is not its holder",
			"Deputy Prime Minister Mr Dorney told reporters the split was over. A new book claims the prime minister told aides he would step down.",
			[]spanGroup{{"the split was over", "Deputy Prime Minister Mr Dorney", "told"}, {"he would step down", "the prime minister", "told"}},
			"prime minister"},
		{"the last speaker holding another sole office",
			"Home Secretary Bo Lindqvist said the bill was fair. The prime minister said the bill would pass.",
			[]spanGroup{{"the bill was fair", "Home Secretary Bo Lindqvist", "said"}, {"the bill would pass", "The prime minister", "said"}},
			"prime minister"},
		{"the last speaker named beside the description in its sentence",
			"Ravi Okafor said there was a lunch. The book claims Mr Okafor hosted a lunch where the prime minister told Mr Vane he would quit.",
			[]spanGroup{{"there was a lunch", "Ravi Okafor", "said"}, {"he would quit", "the prime minister", "told"}},
			"prime minister"},
		{"the holder the article names with the office's words, over a shadow who spoke last",
			"Foreign Secretary Helen Marsh visited Leeds. Shadow foreign secretary Tom Reyes said the trip was a stunt. The foreign secretary said the trip was planned.",
			[]spanGroup{{"the trip was a stunt", "Shadow foreign secretary Tom Reyes", "said"}, {"the trip was planned", "The foreign secretary", "said"}},
			"Helen Marsh"},
		{"guard: a last speaker the text gives no office",
			"Helen Marsh said rates would fall. The prime minister said the plan was sound.",
			[]spanGroup{{"rates would fall", "Helen Marsh", "said"}, {"the plan was sound", "The prime minister", "said"}},
			"Helen Marsh"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := resolveSpans(t, tt.text, tt.groups)
			if got.Name != tt.wantName {
				t.Errorf("got %q (%s), want %q", got.Name, got.Type, tt.wantName)
			}
		})
	}
}
