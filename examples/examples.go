// Package examples holds the fictional articles claimtrail ships for its
// README commands and its demo: every place, person and outlet in them is
// invented. Demo is the demo corpus: a claim ("Veldovia sold patrol boats
// to Marisca"), its first assertion and denial in February, two outlets
// that date the same statement differently, and an origin story its own
// article's dates contradict.
package examples

import "embed"

// Demo holds the demo corpus: demo/NAME.txt with demo/NAME.meta.json.
//
//go:embed demo/*.txt demo/*.meta.json harbour-deal-denied.txt harbour-deal-denied.meta.json
var Demo embed.FS

// DemoClaim is the claim the demo traces.
const DemoClaim = "Veldovia sold patrol boats to Marisca"
