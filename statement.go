package claimtrail

// Speaker kinds (contract field speaker.type).
const (
	SpeakerPerson       = "person"
	SpeakerOrganization = "organization"
	SpeakerGovernment   = "government"
	SpeakerPublication  = "publication"
	SpeakerGroup        = "group"
	// SpeakerAnonymous is an unnamed source, named by its description
	// ("two people familiar with the matter", "a source").
	SpeakerAnonymous = "anonymous"
	SpeakerUnknown   = "unknown"
)

// Statement forms (contract field form).
const (
	FormDirect      = "direct"
	FormIndirect    = "indirect"
	FormMixed       = "mixed"
	FormAccordingTo = "according_to"
)

// Polarities (contract field polarity).
const (
	Affirm = "affirm"
	Deny   = "deny"
)

// What made a statement deny (contract field polarity_by, absent for
// affirm): extraction decides the polarity once and says why, so the
// tracer weighs a denial without reading the cue table again.
const (
	// PolarityByCue: the cue is a denial cue ("denied", "rejected");
	// the content may be negated too.
	PolarityByCue = "cue"
	// PolarityByContent: a negation or falsity word in the content ("are
	// not true", "baseless") under a cue that denies nothing.
	PolarityByContent = "content"
)

// Channel kinds (contract field channel.kind).
const (
	ChannelPhoneCall     = "phone_call"
	ChannelInterview     = "interview"
	ChannelPressConf     = "press_conference"
	ChannelBriefing      = "briefing"
	ChannelToldReporters = "told_reporters"
	ChannelSocialMedia   = "social_media"
	ChannelStatement     = "statement"
	ChannelArticle       = "article"
	ChannelSpeech        = "speech"
	ChannelMeeting       = "meeting"
	ChannelUnknown       = "unknown"
)

// Speaker is the source of a statement: the mention as written and the
// entity a careful reader resolves it to across the document.
type Speaker struct {
	Name        string `json:"name"`
	Mention     string `json:"mention"`
	Span        *Span  `json:"span"` // nil when the source is implicit
	Role        string `json:"role"`
	Affiliation string `json:"affiliation"`
	Type        string `json:"type"`
	// ID is the store's speaker this statement is linked to, one per
	// person or organisation across articles ("Mr Blair", "Tony Blair"
	// and "Blair" are one when the store makes it plain); 0, and left out
	// of the JSON, before a statement is stored or when it names no one.
	ID int64 `json:"id,omitempty"`
	// Key is the name as a store links it: folded, titles left out
	// ("Mr Blair" → "blair"); extraction sets it, "" means the folded
	// name. A key opening with DescriptionKey is a description's, which
	// a store links within its article only. Not part of the output.
	Key string `json:"-"`
	// Gender is "f" or "m" when the text says it of a person (a title, a
	// woman's given name), else "": a store joins no man's surname alone
	// to a woman's full name. Not part of the output.
	Gender string `json:"-"`
}

// DescriptionKey opens the Key of a speaker that a description names,
// not a name ("a spokesman", "the company" the text names no company
// for, "fire service"): "a spokesman" of one article is not that of the
// next.
const DescriptionKey = "~"

// Cue is the reporting expression ("said", "told reporters", "according to").
type Cue struct {
	Text  string `json:"text"`
	Span  Span   `json:"span"`
	Lemma string `json:"lemma"`
}

// Content is what is attributed, possibly in several pieces (a direct
// quote split by "he said"); quotation marks are excluded from the spans.
type Content struct {
	Text  string `json:"text"`
	Spans []Span `json:"spans"`
}

// Channel is how the statement was made.
type Channel struct {
	Kind  string `json:"kind"`
	Text  string `json:"text"`
	Venue string `json:"venue"`
	Span  *Span  `json:"span,omitempty"`
}

// Via is a source the speaker attributes the content to inside the
// statement ("according to U.S. officials").
type Via struct {
	Name string `json:"name"`
	Span Span   `json:"span"`
}

// Statement is one attributed statement: who said what, how and when.
// Every field carries the span it was read from.
type Statement struct {
	Doc      string  `json:"doc"`
	N        int     `json:"n"`
	Speaker  Speaker `json:"speaker"`
	Cue      Cue     `json:"cue"`
	Content  Content `json:"content"`
	Form     string  `json:"form"`
	Polarity string  `json:"polarity"`
	// PolarityBy says what made Polarity deny: PolarityByCue or
	// PolarityByContent; "" for affirm, and for a statement a store
	// holds from before the field (until claimtrail reextract).
	PolarityBy string   `json:"polarity_by,omitempty"`
	Hedged     bool     `json:"hedged"`
	SaidOn     *TimeRef `json:"said_on"`
	// SaidOnExpr keeps a time expression that dates the statement but
	// names no calendar value ("on Tuesday" with no document date, "in the
	// third quarter"); SaidOn is nil then. Contract field said_on_expr,
	// absent when nil.
	SaidOnExpr *TimeExpr `json:"said_on_expr,omitempty"`
	Channel    Channel   `json:"channel"`
	Addressee  string    `json:"addressee"`
	Via        []Via     `json:"via"`
	// Span covers the cue, the source mention and the content: the
	// statement's extent in the text.
	Span Span `json:"span"`
}

// Spans returns every span the statement carries, for bounds checks.
func (s *Statement) Spans() []Span {
	out := []Span{s.Cue.Span}
	if s.Speaker.Span != nil {
		out = append(out, *s.Speaker.Span)
	}
	out = append(out, s.Content.Spans...)
	if s.SaidOn != nil && s.SaidOn.Span != nil {
		out = append(out, *s.SaidOn.Span)
	}
	if s.SaidOnExpr != nil && s.SaidOnExpr.Span != nil {
		out = append(out, *s.SaidOnExpr.Span)
	}
	if s.Channel.Span != nil {
		out = append(out, *s.Channel.Span)
	}
	for _, v := range s.Via {
		out = append(out, v.Span)
	}
	return out
}
