-- Issue 17. claimtrail watch: saved claims, the feeds it polls and the
-- alerts it raised. traced_to is the last statement id a claim was
-- matched against (statements above it are new to it). An alert keeps a
-- copy of its statement (statement_json), since re-extraction replaces
-- statements, and is unique by claim and statement_key (what the
-- statement says, claimtrail.StatementKey), so that no restart, re-polled
-- item or second watcher raises it twice.
CREATE TABLE claims (
	id                 INTEGER PRIMARY KEY,
	text               TEXT NOT NULL,
	name               TEXT NOT NULL DEFAULT '',
	min_match          REAL NOT NULL DEFAULT 0,
	created_at         TEXT NOT NULL,
	traced_to          INTEGER NOT NULL DEFAULT 0,
	earliest_assertion TEXT NOT NULL DEFAULT '',
	earliest_denial    TEXT NOT NULL DEFAULT ''
);
CREATE TABLE sources (
	id            INTEGER PRIMARY KEY,
	url           TEXT NOT NULL UNIQUE,
	follow        INTEGER NOT NULL DEFAULT 0,
	created_at    TEXT NOT NULL,
	etag          TEXT NOT NULL DEFAULT '',
	last_modified TEXT NOT NULL DEFAULT '',
	last_polled   TEXT NOT NULL DEFAULT '',
	last_status   TEXT NOT NULL DEFAULT '',
	failures      INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE alerts (
	id             INTEGER PRIMARY KEY,
	claim_id       INTEGER NOT NULL REFERENCES claims (id) ON DELETE CASCADE,
	statement_key  TEXT NOT NULL,
	statement_id   INTEGER NOT NULL,
	statement_json TEXT NOT NULL,
	stance         TEXT NOT NULL,
	match          REAL NOT NULL,
	first_seen     TEXT NOT NULL,
	earliest       INTEGER NOT NULL DEFAULT 0,
	UNIQUE (claim_id, statement_key)
);
CREATE INDEX alerts_claim_idx ON alerts (claim_id, first_seen DESC, id DESC);

-- Delivery of alerts to each output (a sink: "stdout", a webhook URL):
-- delivered_to is the last alert the sink received. Alerts are sent in
-- id order, each recorded after it is sent, so a watcher killed between
-- storing and sending sends on restart; a sink named for the first time
-- starts at the newest alert stored then.
CREATE TABLE alert_sinks (
	name         TEXT PRIMARY KEY,
	delivered_to BIGINT NOT NULL
);
