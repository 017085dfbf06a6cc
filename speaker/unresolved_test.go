package speaker_test

import "testing"

// A "he" or "she" that no name near it and no subject before resolves:
// the person named latest in the sentences before, of no other gender
// ("she" takes no name a man's given name opens), or the last speaker
// when the text gave it no type. The texts are invented.
func TestResolver_UnresolvedPronoun(t *testing.T) {
	tests := []struct {
		name   string
		text   string
		groups []spanGroup
		want   string
	}{
		{"named three sentences back, descriptions between",
			"England prop Daniel Harker is staying positive despite a broken arm. The 28-year-old fractured the bone during Saturday's win. He will undergo an operation on Monday. He said he would be back by April.",
			[]spanGroup{{"he would be back by April", "He", "said"}}, "Daniel Harker"},
		{"a role word inside a run the tags call a body",
			"UK Chancellor Gordon Brown has offered £500m over ten years to an international scheme. He called for action to meet the targets.",
			[]spanGroup{{"action to meet the targets", "He", "called for"}}, "Gordon Brown"},
		{"she passes a man's given name",
			"Kara Voss, who co-wrote the film, worked with director John Carpenter on three films. The 61-year-old began her career in Ohio. Back then, she said, there were few women in the industry.",
			[]spanGroup{{"there were few women in the industry", "she", "said"}}, "Kara Voss"},
		{"he passes a woman named since",
			"Marek Tollan resigned as mayor in May. The 58-year-old then met Mrs Quinn. He said the decision was final.",
			[]spanGroup{{"the decision was final", "He", "said"}}, "Marek Tollan"},
		{"a last speaker of no type",
			"Ulo 3000 thanked fans for their support. We love it, he said.",
			[]spanGroup{{"fans for their support", "Ulo 3000", "thanked"}, {"We love it", "he", "said"}}, "Ulo 3000"},
		{"too far back: no one",
			"Ada Vell won the race. Rain fell. The roads were shut. Trains stopped. Shops closed. Buses ran late. Schools shut. The town was quiet. He said the storm was over.",
			[]spanGroup{{"the storm was over", "He", "said"}}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := resolveSpans(t, tt.text, tt.groups); got.Name != tt.want {
				t.Errorf("got %q (%s), want %q", got.Name, got.Type, tt.want)
			}
		})
	}
}
