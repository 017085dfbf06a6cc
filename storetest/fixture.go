package storetest

import (
	"fmt"
	"strings"
	"time"

	"github.com/claimtrail/claimtrail"
)

// All fixture text below is invented for these tests.

// at returns the span of the first occurrence of sub in text; a fixture
// that names a missing substring is a bug in the fixture, so it panics.
func at(text, sub string) claimtrail.Span {
	i := strings.Index(text, sub)
	if i < 0 {
		panic(fmt.Sprintf("storetest: %q not in fixture text", sub))
	}
	return claimtrail.Span{Start: i, End: i + len(sub)}
}

// within returns the span of sub inside the first occurrence of ctx, for a
// word that also occurs earlier in the text.
func within(text, ctx, sub string) claimtrail.Span {
	c := at(text, ctx)
	s := at(text[c.Start:c.End], sub)
	return claimtrail.Span{Start: c.Start + s.Start, End: c.Start + s.End}
}

func ptr(s claimtrail.Span) *claimtrail.Span { return &s }

func spanAt(text, sub string) *claimtrail.Span {
	s := at(text, sub)
	return &s
}

// day returns midnight UTC of a date.
func day(s string) time.Time {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		panic(err)
	}
	return t
}

const harborText = `Port commissioner Dana Whitlock said on Monday that the harbor would reopen in April. ` +
	`“We are not selling the northern pier,” Whitlock told reporters in Saltmere. ` +
	`The Ministry of Ports denied that a dredging contract had been signed, citing a spokesperson.`

// harbor is published at 09:30 in UTC+2, so its date in its own zone is
// 2025-03-10 and the round trip must keep the offset.
func harbor() claimtrail.ArticleInput {
	t := harborText
	doc := &claimtrail.Document{
		ID: "harbor-dredging", URL: "https://tidewater.example/2025/03/harbor-dredging",
		Source: "tidewater.example", Title: "Harbor board denies dredging deal", Author: "Mara Quill",
		Published: time.Date(2025, 3, 10, 9, 30, 0, 0, time.FixedZone("", 2*3600)), Text: t,
	}
	return claimtrail.ArticleInput{Doc: doc, Hash: "hash-harbor-1", Statements: []claimtrail.Statement{
		{
			Doc: doc.ID, N: 1,
			Speaker: claimtrail.Speaker{Name: "Dana Whitlock", Mention: "Port commissioner Dana Whitlock",
				Span: spanAt(t, "Port commissioner Dana Whitlock"), Role: "Port commissioner",
				Affiliation: "Saltmere Harbor Board", Type: claimtrail.SpeakerPerson},
			Cue:     claimtrail.Cue{Text: "said", Span: at(t, "said"), Lemma: "say"},
			Content: claimtrail.Content{Text: "the harbor would reopen in April", Spans: []claimtrail.Span{at(t, "the harbor would reopen in April")}},
			Form:    claimtrail.FormIndirect, Polarity: claimtrail.Affirm,
			SaidOn: &claimtrail.TimeRef{Value: "2025-03-10", Grain: claimtrail.GrainDay, Text: "on Monday",
				Span: spanAt(t, "on Monday"), Basis: claimtrail.BasisExplicit},
			Channel: claimtrail.Channel{Kind: claimtrail.ChannelUnknown},
			Via:     []claimtrail.Via{},
			Span:    at(t, "Port commissioner Dana Whitlock said on Monday that the harbor would reopen in April"),
		},
		{
			Doc: doc.ID, N: 2,
			Speaker: claimtrail.Speaker{Name: "Dana Whitlock", Mention: "Whitlock", Span: ptr(within(t, "Whitlock told", "Whitlock")),
				Role: "Port commissioner", Affiliation: "Saltmere Harbor Board", Type: claimtrail.SpeakerPerson},
			Cue:     claimtrail.Cue{Text: "told reporters", Span: at(t, "told reporters"), Lemma: "tell"},
			Content: claimtrail.Content{Text: "We are not selling the northern pier", Spans: []claimtrail.Span{at(t, "We are not selling the northern pier")}},
			Form:    claimtrail.FormDirect, Polarity: claimtrail.Deny, PolarityBy: claimtrail.PolarityByContent,
			Channel:   claimtrail.Channel{Kind: claimtrail.ChannelToldReporters, Text: "told reporters", Span: spanAt(t, "told reporters")},
			Addressee: "reporters",
			Span:      at(t, "“We are not selling the northern pier,” Whitlock told reporters in Saltmere"),
		},
		{
			Doc: doc.ID, N: 3,
			Speaker: claimtrail.Speaker{Name: "Ministry of Ports", Mention: "The Ministry of Ports",
				Span: spanAt(t, "The Ministry of Ports"), Type: claimtrail.SpeakerGovernment},
			Cue:     claimtrail.Cue{Text: "denied", Span: at(t, "denied"), Lemma: "deny"},
			Content: claimtrail.Content{Text: "a dredging contract had been signed", Spans: []claimtrail.Span{at(t, "a dredging contract had been signed")}},
			Form:    claimtrail.FormIndirect, Polarity: claimtrail.Deny, PolarityBy: claimtrail.PolarityByCue,
			SaidOn:  &claimtrail.TimeRef{Value: "2025-03-10", Grain: claimtrail.GrainDay, Basis: claimtrail.BasisPublished},
			Channel: claimtrail.Channel{Kind: claimtrail.ChannelStatement},
			Via:     []claimtrail.Via{{Name: "a spokesperson", Span: at(t, "a spokesperson")}},
			Span:    at(t, "The Ministry of Ports denied that a dredging contract had been signed, citing a spokesperson"),
		},
	}}
}

const lighthouseText = `The restoration fund for the Greyhook lighthouse was approved, dana whitlock said in a radio interview last week. ` +
	`Engineer Ilse Moravec said the lamp might be replaced by October. ` +
	`Moravec rejected claims that the tower was unsafe.`

func lighthouse() claimtrail.ArticleInput {
	t := lighthouseText
	doc := &claimtrail.Document{
		ID: "lighthouse-fund", URL: "https://coastline.example/lighthouse-fund", Source: "coastline.example",
		Title: "Lighthouse restoration fund approved", Lang: "en",
		Published: day("2025-06-02"), Text: t,
	}
	return claimtrail.ArticleInput{Doc: doc, Hash: "hash-lighthouse-1", Statements: []claimtrail.Statement{
		{
			Doc: doc.ID, N: 1,
			// A lower-case spelling of a speaker named elsewhere: filters
			// and summaries must fold case.
			Speaker: claimtrail.Speaker{Name: "dana whitlock", Mention: "dana whitlock", Span: spanAt(t, "dana whitlock"),
				Type: claimtrail.SpeakerPerson},
			Cue:     claimtrail.Cue{Text: "said", Span: at(t, "said"), Lemma: "say"},
			Content: claimtrail.Content{Text: "The restoration fund for the Greyhook lighthouse was approved", Spans: []claimtrail.Span{at(t, "The restoration fund for the Greyhook lighthouse was approved")}},
			Form:    claimtrail.FormIndirect, Polarity: claimtrail.Affirm,
			SaidOn: &claimtrail.TimeRef{Value: "2025-W22", Grain: claimtrail.GrainWeek, Text: "last week",
				Span: spanAt(t, "last week"), Basis: claimtrail.BasisExplicit},
			Channel: claimtrail.Channel{Kind: claimtrail.ChannelInterview, Text: "radio interview", Venue: "radio", Span: spanAt(t, "radio interview")},
			Span:    at(t, "The restoration fund for the Greyhook lighthouse was approved, dana whitlock said in a radio interview last week"),
		},
		{
			Doc: doc.ID, N: 2,
			Speaker: claimtrail.Speaker{Name: "Ilse Moravec", Mention: "Engineer Ilse Moravec", Span: spanAt(t, "Engineer Ilse Moravec"),
				Role: "Engineer", Type: claimtrail.SpeakerPerson},
			Cue:     claimtrail.Cue{Text: "said", Span: within(t, "said the lamp", "said"), Lemma: "say"},
			Content: claimtrail.Content{Text: "the lamp might be replaced by October", Spans: []claimtrail.Span{at(t, "the lamp might be replaced by October")}},
			Form:    claimtrail.FormIndirect, Polarity: claimtrail.Affirm, Hedged: true,
			Channel: claimtrail.Channel{Kind: claimtrail.ChannelUnknown},
			Span:    at(t, "Engineer Ilse Moravec said the lamp might be replaced by October"),
		},
		{
			Doc: doc.ID, N: 3,
			Speaker: claimtrail.Speaker{Name: "Ilse Moravec", Mention: "Moravec", Span: ptr(within(t, "Moravec rejected", "Moravec"))},
			Cue:     claimtrail.Cue{Text: "rejected", Span: at(t, "rejected"), Lemma: "reject"},
			Content: claimtrail.Content{Text: "the tower was unsafe", Spans: []claimtrail.Span{at(t, "the tower was unsafe")}},
			Form:    claimtrail.FormIndirect, Polarity: claimtrail.Deny, PolarityBy: claimtrail.PolarityByCue,
			Channel: claimtrail.Channel{Kind: claimtrail.ChannelUnknown},
			Span:    at(t, "Moravec rejected claims that the tower was unsafe"),
		},
	}}
}

const quarryText = `Ilse Moravec told the hearing in May that the quarry permits were lawful. Residents said the dust was unbearable.`

// quarry has no URL (its key is its id), no source and no publication date.
func quarry() claimtrail.ArticleInput {
	t := quarryText
	doc := &claimtrail.Document{ID: "quarry-notes", Title: "Notes from the quarry hearing", Text: t}
	return claimtrail.ArticleInput{Doc: doc, Hash: "hash-quarry-1", Statements: []claimtrail.Statement{
		{
			Doc: doc.ID, N: 1,
			Speaker: claimtrail.Speaker{Name: "Ilse Moravec", Mention: "Ilse Moravec", Span: spanAt(t, "Ilse Moravec"),
				Affiliation: "Greyhook Works", Type: claimtrail.SpeakerPerson},
			Cue:     claimtrail.Cue{Text: "told", Span: at(t, "told"), Lemma: "tell"},
			Content: claimtrail.Content{Text: "the quarry permits were lawful", Spans: []claimtrail.Span{at(t, "the quarry permits were lawful")}},
			Form:    claimtrail.FormIndirect, Polarity: claimtrail.Affirm,
			SaidOn:    &claimtrail.TimeRef{Value: "2025-05", Grain: claimtrail.GrainMonth, Text: "in May", Span: spanAt(t, "in May"), Basis: claimtrail.BasisExplicit},
			Channel:   claimtrail.Channel{Kind: claimtrail.ChannelMeeting, Text: "the hearing"},
			Addressee: "the hearing",
			Span:      at(t, "Ilse Moravec told the hearing in May that the quarry permits were lawful"),
		},
		{
			// An unresolved source: no name, so no speaker summary.
			Doc: doc.ID, N: 2,
			Speaker: claimtrail.Speaker{Mention: "Residents", Span: spanAt(t, "Residents"), Type: claimtrail.SpeakerGroup},
			Cue:     claimtrail.Cue{Text: "said", Span: at(t, "said"), Lemma: "say"},
			Content: claimtrail.Content{Text: "the dust was unbearable", Spans: []claimtrail.Span{at(t, "the dust was unbearable")}},
			Form:    claimtrail.FormIndirect, Polarity: claimtrail.Affirm,
			Channel: claimtrail.Channel{Kind: claimtrail.ChannelUnknown},
			Span:    at(t, "Residents said the dust was unbearable"),
		},
	}}
}

// harborV2 is a corrected version of harbor: the same URL, other text.
func harborV2() claimtrail.ArticleInput {
	t := `Port commissioner Dana Whitlock said on Tuesday that the harbor would reopen in May.`
	doc := &claimtrail.Document{
		ID: "harbor-dredging", URL: "https://tidewater.example/2025/03/harbor-dredging",
		Source: "tidewater.example", Title: "Harbor reopening delayed (corrected)", Author: "Mara Quill",
		Published: time.Date(2025, 3, 11, 8, 0, 0, 0, time.UTC), Text: t,
	}
	return claimtrail.ArticleInput{Doc: doc, Hash: "hash-harbor-2", Statements: []claimtrail.Statement{{
		Doc: doc.ID, N: 1,
		Speaker: claimtrail.Speaker{Name: "Dana Whitlock", Mention: "Port commissioner Dana Whitlock",
			Span: spanAt(t, "Port commissioner Dana Whitlock"), Role: "Port commissioner", Type: claimtrail.SpeakerPerson},
		Cue:     claimtrail.Cue{Text: "said", Span: at(t, "said"), Lemma: "say"},
		Content: claimtrail.Content{Text: "the harbor would reopen in May", Spans: []claimtrail.Span{at(t, "the harbor would reopen in May")}},
		Form:    claimtrail.FormIndirect, Polarity: claimtrail.Affirm,
		SaidOn:  &claimtrail.TimeRef{Value: "2025-03-11", Grain: claimtrail.GrainDay, Text: "on Tuesday", Span: spanAt(t, "on Tuesday"), Basis: claimtrail.BasisExplicit},
		Channel: claimtrail.Channel{Kind: claimtrail.ChannelUnknown},
		Span:    at(t, "Port commissioner Dana Whitlock said on Tuesday that the harbor would reopen in May"),
	}}}
}

// corpus returns the three fixture articles.
func corpus() []claimtrail.ArticleInput {
	return []claimtrail.ArticleInput{harbor(), lighthouse(), quarry()}
}
