package claimtrail

// Stances toward a claim (contract field stance in trace output).
const (
	Asserts = "asserts"
	Denies  = "denies"
	Neutral = "neutral"
)

// Claim is a proposition in plain words whose statements are traced.
type Claim struct {
	Text string `json:"claim"`
}
