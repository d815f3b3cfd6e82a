-- Hawliyat catalogue, schema version 3: editing with history and a trash.
--
-- Every saved change is one row per changed field: which record (kind and id), the version the
-- save produced, when (ISO instant), by whom, the field (org.hawliyat.model.EventFields names for
-- events, 'deleted' for the trash) and its value before and after (null when absent). The rows of
-- one save are written in the same transaction as the record itself.

CREATE TABLE history (
    id        INTEGER PRIMARY KEY,
    kind      TEXT NOT NULL CHECK (kind IN ('event', 'article', 'type')),
    record_id TEXT NOT NULL,
    version   INTEGER NOT NULL CHECK (version >= 1),
    at        TEXT NOT NULL,
    editor    TEXT NOT NULL,
    field     TEXT NOT NULL,
    old_value TEXT,
    new_value TEXT
);

CREATE INDEX history_by_record ON history (record_id, version);

-- a trashed event keeps its row (and its lists) so that it can be restored; it is left out of
-- every listing, export and search while deleted_at is set
ALTER TABLE event ADD COLUMN deleted_at TEXT;

CREATE INDEX event_in_trash ON event (deleted_at) WHERE deleted_at IS NOT NULL;
