-- Merge full-text index segments less eagerly while writing: FTS5 merges
-- when 12 segments of a level exist instead of 4. Ingest writes batch
-- after batch, and the default merged the same postings again and again
-- (BBC ×40: 62.5 s → 60.0 s); queries read a few more segments.
INSERT INTO statements_fts (statements_fts, rank) VALUES ('automerge', 12);
INSERT INTO articles_fts (articles_fts, rank) VALUES ('automerge', 12);
