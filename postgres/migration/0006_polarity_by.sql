-- Issue 13. polarity_by says what made a statement deny ('cue': a denial
-- cue; 'content': negated content), so that the tracer reads extraction's
-- decision instead of the cue table; '' for affirm. Statements stored
-- before this migration hold '' until claimtrail reextract reads them
-- again (pipeline.ExtractorCodeVersion was raised with it).
ALTER TABLE statements ADD COLUMN polarity_by text NOT NULL DEFAULT '';
