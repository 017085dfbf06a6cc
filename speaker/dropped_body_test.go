package speaker_test

import "testing"

// A body named as the subject of a group that makes no statement ("…
// has reported a rise in profits") is what a later "the firm" and "it"
// mean, never a "he". All texts are invented.
func TestResolver_DroppedBody(t *testing.T) {
	lastCueSpeakers(t, []cueSpeaker{
		{"the firm after a one-word body", "Tolvane profits rise 10%\n\nTolvane has reported a 10% rise in profits for the three months to December. The firm said sales of its routers had risen sharply in Asia.", "said", "Tolvane"},
		{"the firm after a body's name", "Harbour profits rise\n\nHarbour Networks has reported a 10% rise in profits. The firm said sales had risen sharply in Asia.", "said", "Harbour Networks"},
		{"it after the firm", "Harbour profits rise\n\nHarbour Networks has reported a 10% rise in profits. The firm said sales had risen sharply in Asia.\n\nIt added that it expected further growth next year.", "added", "Harbour Networks"},
		{"described before its name", "Rescue deal\n\nScandal-hit fuel supplier Kessel Fuels has offered to repay its creditors $220m. The firm said it hoped to pay $100m now.", "said", "Kessel Fuels"},
		// guards
		{"he is no body", "Tolvane profits rise\n\nIvo Quill, the chief executive of Tolvane, spoke to staff on Monday. Tolvane has reported a 10% rise in profits. He said the results were good.", "said", "Ivo Quill"},
	})
}
