-- Issue 17. The watch queue: an entry for each article whose statements
-- were stored (a new article, a new version, a re-extraction), written in
-- the same transaction, removed by the watcher in the transaction that
-- records the alerts it raised from them. A claim's traced_to becomes the
-- queue's position when it was saved: entries above it are new to it.
-- AUTOINCREMENT: a seq is never given out twice, even once the queue has
-- been emptied, so a saved claim's position stays below every later one.
CREATE TABLE watch_queue (
	seq        INTEGER PRIMARY KEY AUTOINCREMENT,
	article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE
);
-- What a watcher had not matched yet (statements above the lowest
-- claim's traced_to, an id) is queued; claims start at the queue's start.
INSERT INTO watch_queue (article_id)
	SELECT DISTINCT article_id FROM statements WHERE id > (SELECT min(traced_to) FROM claims) ORDER BY article_id;
UPDATE claims SET traced_to = 0;
