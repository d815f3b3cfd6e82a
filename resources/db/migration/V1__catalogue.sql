-- Hawliyat catalogue, schema version 1.
-- Dates are ISO strings whose length is their precision (YYYY, YYYY-MM, YYYY-MM-DD): they sort in time order.

CREATE TABLE app_meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE event_type (
    id       TEXT PRIMARY KEY,
    name_ar  TEXT,
    name_en  TEXT,
    position INTEGER NOT NULL,
    CHECK (name_ar IS NOT NULL OR name_en IS NOT NULL)
);

CREATE TABLE country (
    id      TEXT PRIMARY KEY,
    name_ar TEXT,
    name_en TEXT,
    CHECK (name_ar IS NOT NULL OR name_en IS NOT NULL)
);

CREATE TABLE place (
    id         TEXT PRIMARY KEY,
    name_ar    TEXT,
    name_en    TEXT,
    country_id TEXT REFERENCES country (id),
    CHECK (name_ar IS NOT NULL OR name_en IS NOT NULL)
);

CREATE TABLE person (
    id      TEXT PRIMARY KEY,
    name_ar TEXT,
    name_en TEXT,
    CHECK (name_ar IS NOT NULL OR name_en IS NOT NULL)
);

CREATE TABLE period (
    id         TEXT PRIMARY KEY,
    name_ar    TEXT,
    name_en    TEXT,
    start_date TEXT NOT NULL,
    end_date   TEXT,
    person_id  TEXT REFERENCES person (id),
    country_id TEXT REFERENCES country (id),
    note       TEXT,
    CHECK (name_ar IS NOT NULL OR name_en IS NOT NULL)
);

CREATE TABLE article (
    id                    TEXT PRIMARY KEY,
    title                 TEXT NOT NULL,
    outlet                TEXT,
    author                TEXT,
    language              TEXT NOT NULL CHECK (language IN ('ar', 'en')),
    published             TEXT,
    published_approximate INTEGER NOT NULL DEFAULT 0,
    published_note        TEXT,
    provenance            TEXT,
    body                  TEXT NOT NULL
);

CREATE TABLE event (
    id                TEXT PRIMARY KEY,
    type_id           TEXT NOT NULL REFERENCES event_type (id),
    start_date        TEXT NOT NULL,
    start_approximate INTEGER NOT NULL DEFAULT 0,
    start_note        TEXT,
    end_date          TEXT,
    end_approximate   INTEGER NOT NULL DEFAULT 0,
    end_note          TEXT,
    title_ar          TEXT,
    title_en          TEXT,
    summary_ar        TEXT,
    summary_en        TEXT,
    place_id          TEXT REFERENCES place (id),
    -- the whole days the event may cover, from the start's first day to the end's (or start's) last day:
    -- range queries compare these, since a partial date such as 2008-05 is not a point in time
    first_day         TEXT NOT NULL,
    last_day          TEXT NOT NULL,
    version           INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
    modified_at       TEXT NOT NULL,
    CHECK (title_ar IS NOT NULL OR title_en IS NOT NULL),
    CHECK (end_date IS NULL OR end_date >= start_date)
);

CREATE INDEX event_by_start ON event (first_day, id);
CREATE INDEX event_by_end ON event (last_day);
CREATE INDEX event_by_type ON event (type_id);

CREATE TABLE event_country (
    event_id   TEXT NOT NULL REFERENCES event (id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    country_id TEXT NOT NULL REFERENCES country (id),
    PRIMARY KEY (event_id, position),
    UNIQUE (event_id, country_id)
);

CREATE TABLE event_person (
    event_id  TEXT NOT NULL REFERENCES event (id) ON DELETE CASCADE,
    position  INTEGER NOT NULL,
    person_id TEXT NOT NULL REFERENCES person (id),
    role_ar   TEXT,
    role_en   TEXT,
    PRIMARY KEY (event_id, position)
);

CREATE TABLE event_source (
    event_id   TEXT NOT NULL REFERENCES event (id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    article_id TEXT NOT NULL REFERENCES article (id),
    span_start INTEGER NOT NULL CHECK (span_start >= 0),
    span_end   INTEGER NOT NULL CHECK (span_end >= span_start),
    quote      TEXT NOT NULL,
    PRIMARY KEY (event_id, position)
);

CREATE INDEX event_source_by_article ON event_source (article_id);
CREATE INDEX event_country_by_country ON event_country (country_id);
CREATE INDEX event_person_by_person ON event_person (person_id);
