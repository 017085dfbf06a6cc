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
		{"a one-word name that is no subject is passed over",
			"England prop Daniel Harker is out of the tour. The 28-year-old broke his arm during Harbourton's win on Saturday. An operation is planned for Monday. He said he would be back by April.",
			[]spanGroup{{"he would be back by April", "He", "said"}}, "Daniel Harker"},
		{"a titled woman, not the man her surname's full name is",
			"Peter Quarrel leads the party. Mrs Quarrel made her first speech in May. She has also appeared beside her husband on TV. In one interview she said she often teased him.",
			[]spanGroup{{"she often teased him", "she", "said"}}, "Mrs Quarrel"},
		{"she passes a man named since by his given name",
			"Lena Ostrova founded the company in 1990. It was later sold to David Brenk, who kept its name. She said the sale was the right decision.",
			[]spanGroup{{"the sale was the right decision", "She", "said"}}, "Lena Ostrova"},
		{"he passes a woman named since by her given name",
			"The charity was praised, said Karen Delby of the Tremor Trust. The device is the work of engineer Paul Arvik, who built it for his uncle. He said the need would grow.",
			[]spanGroup{{"the need would grow", "He", "said"}}, "Paul Arvik"},
		{"a titled surname whose full name has three words",
			"The painter Bethan Rhys Morgan won the prize on Monday. Ms Morgan said the award was a surprise.",
			[]spanGroup{{"the award was a surprise", "Ms Morgan", "said"}}, "Bethan Rhys Morgan"},
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

// A description of an office the text does not name before is the
// person the next sentence opens with (a country's possessive is no
// relation: "Varnia's finance minister"), unless that subject follows a
// contrast or carries a description of its own. The texts are invented.
func TestResolver_OfficeNamedAfter(t *testing.T) {
	tests := []struct {
		name, text, content, source, want string
	}{
		{"named next", "Fees should be cut, the education secretary has said. Marek Tollan said the cost was being studied.",
			"Fees should be cut", "the education secretary", "Marek Tollan"},
		{"a title and surname next", "Fees should be cut, the education secretary has said. Mr Tollan said the cost was being studied.",
			"Fees should be cut", "the education secretary", "Mr Tollan"},
		{"after a contrast: someone else", "The team were robbed, the Scotland coach said. But Nigel Varley said the game was fair.",
			"The team were robbed", "the Scotland coach", "Scotland coach"},
		{"with a role of its own: someone else", "Fees should be cut, the education secretary has said. Health Secretary Ada Vell said the cost was high.",
			"Fees should be cut", "the education secretary", "education secretary"},
		{"a country's office by its possessive", "The world faces a crisis, Varnia's finance minister has said. Marek Tollan said he would act.",
			"The world faces a crisis", "Varnia's finance minister", "Marek Tollan"},
		{"a person's possessive is a relation: someone else", "Fees should be cut, Ada Vell's spokesman has said. Marek Tollan said the cost was high.",
			"Fees should be cut", "Ada Vell's spokesman", "Ada Vell's spokesman"},
		{"an age is no office", "I feel strong, said the 22-year-old. Ada Vell took second place.",
			"I feel strong", "the 22-year-old", "22-year-old"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := resolveSpans(t, tt.text, []spanGroup{{tt.content, tt.source, "said"}}); got.Name != tt.want {
				t.Errorf("got %q (%s), want %q", got.Name, got.Type, tt.want)
			}
		})
	}
}

// A title and surname right after a preposition is no subject a pronoun
// of its sentence means. The text is invented.
func TestResolver_PronounPastPrepositionObject(t *testing.T) {
	text := "Speaking in London on Monday, Gen Tarvik said the border was calm. But standing next to Mr Quellan he added that talks were needed."
	got := resolveSpans(t, text, []spanGroup{{"the border was calm", "Gen Tarvik", "said"}, {"that talks were needed", "he", "added"}})
	if got.Name != "Gen Tarvik" {
		t.Errorf("got %q (%s), want Gen Tarvik", got.Name, got.Type)
	}
}
