-- Hawliyat catalogue, schema version 7: the history keeps countries, places, people and periods.
--
-- An import that replaces them records each changed field with its old and new value, as it does
-- for events, articles, types and tours. The history's kinds are checked by the table: they are
-- added by building it again (SQLite cannot change a CHECK in place). Rows and their ids are kept.
CREATE TABLE history_v7 (
    id        INTEGER PRIMARY KEY,
    kind      TEXT NOT NULL CHECK (kind IN ('event', 'article', 'type', 'tour', 'country', 'place', 'person', 'period')),
    record_id TEXT NOT NULL,
    version   INTEGER NOT NULL CHECK (version >= 1),
    at        TEXT NOT NULL,
    editor    TEXT NOT NULL,
    field     TEXT NOT NULL,
    old_value TEXT,
    new_value TEXT
);

INSERT INTO history_v7 (id, kind, record_id, version, at, editor, field, old_value, new_value)
    SELECT id, kind, record_id, version, at, editor, field, old_value, new_value FROM history;

DROP TABLE history;

ALTER TABLE history_v7 RENAME TO history;

CREATE INDEX history_by_record ON history (record_id, version);
