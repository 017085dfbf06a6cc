package storecodec

import "github.com/claimtrail/claimtrail"

// ReextractInputs checks a ReplaceStatements batch and returns each input
// as the ArticleInput whose statements the store writes (its Doc the
// stored article's document): EINVALID for an input without article, an
// article twice, or statements ValidateInput rejects.
func ReextractInputs(in []claimtrail.Reextracted) ([]claimtrail.ArticleInput, error) {
	out := make([]claimtrail.ArticleInput, len(in))
	seen := make(map[int64]bool, len(in))
	for i := range in {
		r := &in[i]
		if r.Article == nil {
			return nil, claimtrail.Errorf(claimtrail.EINVALID, "input %d: no article", i)
		}
		if seen[r.Article.ID] {
			return nil, claimtrail.Errorf(claimtrail.EINVALID, "input %d: article %d appears twice", i, r.Article.ID)
		}
		seen[r.Article.ID] = true
		if !CleanText(r.ExtractorVersion) {
			return nil, claimtrail.Errorf(claimtrail.EINVALID, "input %d: extractor version is not UTF-8 or holds a NUL byte", i)
		}
		out[i] = claimtrail.ArticleInput{Doc: &r.Article.Document, Hash: r.Article.Hash,
			Statements: r.Statements, ExtractorVersion: r.ExtractorVersion}
		if err := ValidateInput(i, &out[i]); err != nil {
			return nil, err
		}
	}
	return out, nil
}
