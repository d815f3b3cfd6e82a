-- Hawliyat catalogue, schema version 4: tours.
--
-- A tour is an ordered, titled selection of events with an optional note per stop, played in
-- presentation mode and printed as a handout.
--
-- How a tour stays consistent with its events:
--   * a stop refers to its event by a foreign key; deleting an event's row (nothing in the app
--     does that today: events go to the trash) deletes its stops with it (ON DELETE CASCADE);
--   * a stop of an event in the trash keeps its row, so restoring the event puts it back in its
--     tours; while the event is in the trash the stop is left out when tours are read (and so
--     out of exports, presentations and handouts). Saving the tour then writes the stops it is
--     given: a stop left out that way is dropped for good.

CREATE TABLE tour (
    id       TEXT PRIMARY KEY,
    title_ar TEXT,
    title_en TEXT,
    CHECK (title_ar IS NOT NULL OR title_en IS NOT NULL)
);

CREATE TABLE tour_stop (
    tour_id  TEXT NOT NULL REFERENCES tour (id) ON DELETE CASCADE,
    position INTEGER NOT NULL CHECK (position >= 0),
    event_id TEXT NOT NULL REFERENCES event (id) ON DELETE CASCADE,
    note_ar  TEXT,
    note_en  TEXT,
    PRIMARY KEY (tour_id, position),
    UNIQUE (tour_id, event_id)
);

CREATE INDEX tour_stop_by_event ON tour_stop (event_id);

-- The history's kinds are checked by the table: 'tour' is added by building it again
-- (SQLite cannot change a CHECK in place). Rows and their ids are kept.
CREATE TABLE history_v4 (
    id        INTEGER PRIMARY KEY,
    kind      TEXT NOT NULL CHECK (kind IN ('event', 'article', 'type', 'tour')),
    record_id TEXT NOT NULL,
    version   INTEGER NOT NULL CHECK (version >= 1),
    at        TEXT NOT NULL,
    editor    TEXT NOT NULL,
    field     TEXT NOT NULL,
    old_value TEXT,
    new_value TEXT
);

INSERT INTO history_v4 (id, kind, record_id, version, at, editor, field, old_value, new_value)
    SELECT id, kind, record_id, version, at, editor, field, old_value, new_value FROM history;

DROP TABLE history;

ALTER TABLE history_v4 RENAME TO history;

CREATE INDEX history_by_record ON history (record_id, version);
