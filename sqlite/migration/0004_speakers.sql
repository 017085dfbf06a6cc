-- One speaker per person or organisation across articles (issue 14):
-- statements link to it at ingest (storecodec.Linker). key is the folded
-- name without titles; surname is set for a person's full name only;
-- statements counts the statements linked to it (a surname alone joins
-- the full name that has most of them by far).
CREATE TABLE speakers (
	id         INTEGER PRIMARY KEY,
	name       TEXT NOT NULL,
	key        TEXT NOT NULL,
	type       TEXT NOT NULL,
	surname    TEXT NOT NULL DEFAULT '',
	statements INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX speakers_surname_idx ON speakers (surname) WHERE surname <> '';
CREATE TABLE speaker_aliases (
	alias      TEXT PRIMARY KEY,
	speaker_id INTEGER NOT NULL REFERENCES speakers (id)
) WITHOUT ROWID;
CREATE INDEX speaker_aliases_speaker_idx ON speaker_aliases (speaker_id);
ALTER TABLE statements ADD COLUMN speaker_id INTEGER REFERENCES speakers (id);
CREATE INDEX statements_speaker_id_idx ON statements (speaker_id);

-- Statements stored before: one speaker per name as written, unmerged
-- (re-extracting the articles links them as new ones are).
INSERT INTO speakers (name, key, type, statements)
	SELECT min(speaker_name), speaker_key, max(speaker_type), count(*) FROM statements
	WHERE speaker_key <> '' GROUP BY speaker_key;
INSERT INTO speaker_aliases (alias, speaker_id) SELECT key, id FROM speakers;
UPDATE statements SET speaker_id = (SELECT p.id FROM speakers p WHERE p.key = statements.speaker_key)
	WHERE speaker_key <> '';
