-- A workspace as schema version 1 wrote it (Fieldbench 0.0.x): documents only,
-- no index tables, no revision history, no outbox. Used by the migration test.
PRAGMA application_id = 1178752851;
CREATE TABLE docs (
    id      TEXT PRIMARY KEY,
    type    TEXT NOT NULL,
    rev     TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0,
    body    TEXT NOT NULL,
    seq     INTEGER NOT NULL
);
CREATE INDEX docs_type ON docs(type);
CREATE UNIQUE INDEX docs_seq ON docs(seq);
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
INSERT INTO meta VALUES ('created_by', 'fieldbench 0.0.9');
INSERT INTO docs VALUES ('customer:C1', 'customer', '1-aaa', 0,
  '{"_id":"customer:C1","type":"customer","name":"Rheintal Clinic","region":"eu","contacts":[{"name":"Jana Weber","email":"jana@example.de","phone":"+49 6221 1","trained":true}]}', 1);
INSERT INTO docs VALUES ('site:C1-S1', 'site', '1-bbb', 0,
  '{"_id":"site:C1-S1","type":"site","customer_id":"customer:C1","name":"Central lab","address":"Hauptstraße 1, Heidelberg","region":"eu"}', 2);
INSERT INTO docs VALUES ('device:FBF0000001', 'device', '1-ccc', 0,
  '{"_id":"device:FBF0000001","type":"device","serial":"FBF0000001","model":"freezer","site_id":"site:C1-S1","install_date":"2025-01-31","firmware":"1.4.2"}', 3);
INSERT INTO docs VALUES ('ticket:T-000001', 'ticket', '2-ddd', 0,
  '{"_id":"ticket:T-000001","type":"ticket","number":"T-000001","customer_id":"customer:C1","site_id":"site:C1-S1","device_serial":"FBF0000001","priority":"high","channel":"phone","summary":"Freezer temperature alarm at night","status":"remote_troubleshooting","received_at":"2026-11-20T22:15:00Z","status_history":[{"status":"new","at":"2026-11-20T22:15:00Z","by":"hq","reason":"Received"},{"status":"remote_troubleshooting","at":"2026-11-20T22:40:00Z","by":"tech-anna","reason":""}],"notes":[{"id":"n1","at":"2026-11-20T22:45:00Z","by":"tech-anna","text":"Door gasket torn."}],"time_entries":[],"parts_used":[],"troubleshooting":[],"changed":{"status":"2026-11-20T22:40:00Z"},"updated_at":"2026-11-20T22:45:00Z","hq_routing":{"queue":"eu-2"}}', 4);
INSERT INTO docs VALUES ('ticket:T-000002', 'ticket', '1-eee', 0,
  '{"_id":"ticket:T-000002","type":"ticket","number":"T-000002","customer_id":"customer:C1","site_id":"site:C1-S1","device_serial":"FBF0000001","priority":"normal","channel":"email","summary":"RFID scan misses items","status":"new","received_at":"2026-11-25T09:00:00Z","status_history":[{"status":"new","at":"2026-11-25T09:00:00Z","by":"hq","reason":"Received"}],"notes":[],"time_entries":[],"parts_used":[],"troubleshooting":[],"changed":{},"updated_at":"2026-11-25T09:00:00Z"}', 5);
PRAGMA user_version = 1;
