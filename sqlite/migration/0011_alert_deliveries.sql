-- Delivery queue of each sink (issue 17): a row for each alert a sink
-- is still due, written in the transaction that stores the alert, for
-- every sink named before, and removed when the alert has been sent to
-- it. It replaces alert_sinks.delivered_to, a position in alert ids,
-- which two watchers on one store could pass over an alert committed
-- late with a smaller id. delivered_to stays, no longer read.
CREATE TABLE alert_deliveries (
	sink     TEXT NOT NULL REFERENCES alert_sinks (name) ON DELETE CASCADE,
	alert_id BIGINT NOT NULL REFERENCES alerts (id) ON DELETE CASCADE,
	PRIMARY KEY (sink, alert_id)
);
CREATE INDEX alert_deliveries_alert_idx ON alert_deliveries (alert_id);
-- What each sink had not received by its position is due to it.
INSERT INTO alert_deliveries (sink, alert_id)
	SELECT s.name, a.id FROM alert_sinks s JOIN alerts a ON a.id > s.delivered_to;
