-- Let FTS5 hold up to 32 MB of pending terms before writing a segment
-- (the default is 1 MB): a batch of ingested articles then becomes one
-- segment at commit instead of several, and fewer segments means less
-- merging.
INSERT INTO statements_fts (statements_fts, rank) VALUES ('hashsize', 33554432);
INSERT INTO articles_fts (articles_fts, rank) VALUES ('hashsize', 33554432);
