package extract

// NewOmitting returns an Extractor that leaves out the attribution tagger
// (taggers 1) or every learned tagger, POS and entities too (taggers 2):
// BenchmarkExtractBBC measures with it what each costs.
func NewOmitting(opt Options, taggers int) (*Extractor, error) {
	return newExtractor(opt, omission(taggers))
}
