-- Issue 14. extractor_version names the extractor that read an article's
-- statements (pipeline.ExtractorVersion), so that `claimtrail reextract`
-- finds the articles an upgrade left stale. '' — every article stored
-- before this migration — is stale for any extractor.
ALTER TABLE articles ADD COLUMN extractor_version TEXT NOT NULL DEFAULT '';

-- said_on_expr: a time expression that dates a statement but names no
-- calendar value, as JSON {"text","span","timex"}; NULL when there is none.
ALTER TABLE statements ADD COLUMN said_expr TEXT;
