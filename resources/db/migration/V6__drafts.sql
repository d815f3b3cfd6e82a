-- Hawliyat catalogue, schema version 6: drafts of open event forms.
--
-- What an editor has typed into an event form and not yet saved, kept every few seconds so that
-- nothing typed is lost when the program is killed, and offered back when it opens again. One
-- draft per event and editor: the event's id (a new event's id too), the version the form was
-- opened at (0 for a new event), when it was kept (ISO instant), and the form's fields as text
-- (org.hawliyat.editing.DraftFields names), one row per field. Saving or discarding the form
-- removes its draft. A draft is not part of the catalogue: it is never exported or searched.

CREATE TABLE draft (
    event_id     TEXT NOT NULL,
    editor       TEXT NOT NULL,
    base_version INTEGER NOT NULL CHECK (base_version >= 0),
    saved_at     TEXT NOT NULL,
    PRIMARY KEY (event_id, editor)
);

CREATE TABLE draft_field (
    event_id TEXT NOT NULL,
    editor   TEXT NOT NULL,
    field    TEXT NOT NULL,
    value    TEXT,
    PRIMARY KEY (event_id, editor, field),
    FOREIGN KEY (event_id, editor) REFERENCES draft (event_id, editor) ON DELETE CASCADE
);
