package claimtrail

// Stances toward a claim (contract field stance in trace output).
const (
	Asserts = "asserts"
	Denies  = "denies"
	Neutral = "neutral"
)

// Discusses is an article's stance when it reports a claim without taking
// a side (TracedArticle.Stance; a statement's stance is Neutral then).
const Discusses = "discusses"

// Claim is a proposition in plain words whose statements are traced.
type Claim struct {
	Text string `json:"claim"`
}
