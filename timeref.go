package claimtrail

// TIMEX3 types.
const (
	TimexDate     = "DATE"
	TimexTime     = "TIME"
	TimexDuration = "DURATION"
	TimexSet      = "SET"
)

// Grains of a statement date (contract field said_on.grain).
const (
	GrainDay   = "day"
	GrainMonth = "month"
	GrainYear  = "year"
	GrainWeek  = "week"
)

// Bases of a statement date (contract field said_on.basis).
const (
	BasisExplicit  = "explicit"  // a time expression tied to this statement
	BasisContext   = "context"   // inherited from an earlier statement of the same occasion
	BasisPublished = "published" // only the publication date bounds it
)

// Timex is a time expression found in text with its TimeML TIMEX3 type and
// value normalised against the document date ("2022-09-26", "2022-07",
// "2022-W40", "P2W", "PRESENT_REF", "XXXX-04-24").
type Timex struct {
	Doc   string `json:"doc,omitempty"`
	Text  string `json:"text"`
	Span  Span   `json:"span"`
	Type  string `json:"type"`
	Value string `json:"value"`
	Mod   string `json:"mod,omitempty"` // TIMEX3 mod: EARLY, LATE, APPROX, ...
}

// TimeRef dates a statement: when it was said.
type TimeRef struct {
	Value string `json:"value"`
	Grain string `json:"grain"`
	Text  string `json:"text"`
	Span  *Span  `json:"span"`
	Basis string `json:"basis"`
}
