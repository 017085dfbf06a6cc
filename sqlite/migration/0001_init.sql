-- Articles: one row per stored version of a document. Rows are never
-- updated except for the latest flag, which moves to a key's newest
-- version so that "latest only" filters need no per-key max(). The
-- UNIQUE (key, hash) index leads with key, so it is the index on key.
CREATE TABLE articles (
	id          INTEGER PRIMARY KEY,
	key         TEXT    NOT NULL CHECK (key <> ''),
	hash        TEXT    NOT NULL CHECK (hash <> ''),
	version     INTEGER NOT NULL CHECK (version >= 1),
	latest      INTEGER NOT NULL DEFAULT 1 CHECK (latest IN (0, 1)),
	doc_id      TEXT    NOT NULL,
	url         TEXT    NOT NULL,
	source      TEXT    NOT NULL,
	title       TEXT    NOT NULL,
	author      TEXT    NOT NULL,
	lang        TEXT    NOT NULL,
	published   TEXT,    -- YYYY-MM-DD in the document's own zone, NULL when unknown
	published_at TEXT,   -- the exact time, RFC 3339 with its offset, for a lossless round trip
	text        TEXT    NOT NULL,
	ingested_at TEXT    NOT NULL, -- RFC 3339 UTC, microseconds
	statements  INTEGER NOT NULL DEFAULT 0,
	UNIQUE (key, hash),
	UNIQUE (key, version)
);
CREATE INDEX articles_doc_idx ON articles (doc_id);
CREATE INDEX articles_latest_idx ON articles (id) WHERE latest = 1;

-- Statements: every contract field. Spans are half-open byte offsets into
-- articles.text; an absent span is NULL in both its columns.
CREATE TABLE statements (
	id                  INTEGER PRIMARY KEY,
	article_id          INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
	n                   INTEGER NOT NULL,
	doc                 TEXT    NOT NULL,
	speaker_name        TEXT    NOT NULL,
	speaker_key         TEXT    NOT NULL, -- lower-cased name, for case-insensitive filters
	speaker_mention     TEXT    NOT NULL,
	speaker_start_byte  INTEGER,
	speaker_end_byte    INTEGER,
	speaker_role        TEXT    NOT NULL,
	speaker_affiliation TEXT    NOT NULL,
	speaker_type        TEXT    NOT NULL,
	cue_text            TEXT    NOT NULL,
	cue_lemma           TEXT    NOT NULL,
	cue_start_byte      INTEGER NOT NULL,
	cue_end_byte        INTEGER NOT NULL,
	content             TEXT    NOT NULL,
	content_spans       TEXT,    -- JSON [[start,end],...]; NULL for a nil slice
	form                TEXT    NOT NULL,
	polarity            TEXT    NOT NULL,
	hedged              INTEGER NOT NULL CHECK (hedged IN (0, 1)),
	said_value          TEXT,    -- NULL when said_on is absent
	said_grain          TEXT,
	said_text           TEXT,
	said_start_byte     INTEGER,
	said_end_byte       INTEGER,
	said_basis          TEXT,
	said_date           TEXT,    -- first day of said_value (YYYY-MM-DD) when it names one
	day                 TEXT,    -- said_date, else the article's published date: the date filters compare this
	channel_kind        TEXT    NOT NULL,
	channel_text        TEXT    NOT NULL,
	channel_venue       TEXT    NOT NULL,
	channel_start_byte  INTEGER,
	channel_end_byte    INTEGER,
	addressee           TEXT    NOT NULL,
	via                 TEXT,    -- JSON [{"name":..,"span":[s,e]}]; NULL for a nil slice
	start_byte          INTEGER NOT NULL,
	end_byte            INTEGER NOT NULL,
	UNIQUE (article_id, n),
	CHECK (start_byte <= end_byte),
	CHECK (cue_start_byte <= cue_end_byte),
	CHECK (speaker_start_byte <= speaker_end_byte),
	CHECK ((speaker_start_byte IS NULL) = (speaker_end_byte IS NULL)),
	CHECK (said_start_byte <= said_end_byte),
	CHECK ((said_start_byte IS NULL) = (said_end_byte IS NULL)),
	CHECK (channel_start_byte <= channel_end_byte),
	CHECK ((channel_start_byte IS NULL) = (channel_end_byte IS NULL))
);
CREATE INDEX statements_speaker_idx ON statements (speaker_key);
CREATE INDEX statements_day_idx ON statements (day);

-- Full text: external-content FTS5 tables, so the text is stored once.
-- PutArticles inserts the index rows itself, at the end of the same
-- transaction as the rows they index: an INSERT trigger would make every
-- row insert open a statement savepoint, and FTS5 flushes its pending terms
-- to disk at each savepoint, which made ingest four times slower. The
-- delete triggers keep the index right should rows ever be deleted.
CREATE VIRTUAL TABLE statements_fts USING fts5 (
	content, cue_text, speaker_name,
	content = 'statements', content_rowid = 'id',
	tokenize = 'porter unicode61 remove_diacritics 2'
);
CREATE TRIGGER statements_fts_delete AFTER DELETE ON statements BEGIN
	INSERT INTO statements_fts (statements_fts, rowid, content, cue_text, speaker_name)
	VALUES ('delete', old.id, old.content, old.cue_text, old.speaker_name);
END;

CREATE VIRTUAL TABLE articles_fts USING fts5 (
	title, text,
	content = 'articles', content_rowid = 'id',
	tokenize = 'porter unicode61 remove_diacritics 2'
);
CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
	INSERT INTO articles_fts (articles_fts, rowid, title, text)
	VALUES ('delete', old.id, old.title, old.text);
END;
