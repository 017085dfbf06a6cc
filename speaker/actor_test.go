package speaker_test

import (
	"testing"

	"github.com/claimtrail/claimtrail"
)

// "he" or "she" after a sentence about another person than the speaker
// quoted before it means that person: a name after its role, a
// description of a person. The texts are invented.
func TestResolver_SubjectActor(t *testing.T) {
	tests := []struct {
		text     string
		cues     []string
		srcWords []int
		name     string
	}{
		{`Ravi Kell said he would join a club in Spain. Harbour manager Ian Vell is no respecter of reputations. "The onus is on the players to earn a place," he said.`,
			[]string{"said", "said"}, []int{2, 1}, "Ian Vell"},
		{`Ravi Kell said the side was ready. But Harbour manager Sir Ian Vell hinted the striker was injured. He said: "He will need to see how he comes through training."`,
			[]string{"said", "hinted", "said"}, []int{2, 5, 1}, "Sir Ian Vell"},
		{`Ian Vell played to a crowd which included former minister Ravi Kell, who said he loved it. The veteran pop star played for three hours without a break. He told the crowd: "I was a nightmare once."`,
			[]string{"said", "told"}, []int{1, 1}, "Ian Vell"},
		// the description after a doctor spoke of him: the headline's person
		{"Vell doubt over Harbour Open\n\nIan Vell is almost certain to miss the Harbour Open after a groin injury. Team doctor Ravi Kell said the injury was serious. \"The injury is more common in football, although Ian's injury is different.\" The Australian has suffered a host of injury problems but still hopes he can make the event. \"I'll start treatment as soon as possible,\" he said.",
			[]string{"said", "said"}, []int{4, 1}, "Ian Vell"},
		// a chain of the pronoun as subject of acts goes back to whom it follows
		{`Ravi Kell said the kick was hard. Ian Vell came on at half-time. Without further ado, he slotted the kick. "I knew I would score," he said.`,
			[]string{"said", "said"}, []int{2, 1}, "Ian Vell"},
		// a speaker who spoke inside the chain keeps it
		{`Ian Vell came on at half-time. Ravi Kell said the kick was hard. He smiled at the crowd. "I knew he would score," he said.`,
			[]string{"said", "said"}, []int{2, 1}, "Ravi Kell"},
		// a subordinate clause's subject is not the sentence's
		{`Ravi Kell said the vote was close. As Tory leader Ian Vell began his campaign, Lib Dem leader Ada Quill dismissed the Tories. And she insisted there was no limit.`,
			[]string{"said", "dismissed", "insisted"}, []int{2, 5, 1}, "Ada Quill"},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			got := resolveLast(t, tt.text, tt.cues, tt.srcWords)
			if got.Name != tt.name || got.Type != claimtrail.SpeakerPerson {
				t.Errorf("got %q %s, want %q person", got.Name, got.Type, tt.name)
			}
		})
	}
}
