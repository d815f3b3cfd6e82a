-- Hawliyat catalogue, schema version 2: full-text search over events and articles.
--
-- The index holds analysed terms, not the original text: Arabic folded, normalised and stemmed,
-- English stemmed (org.hawliyat.text.search.SearchAnalyzer), space-separated, so FTS5 only matches
-- and ranks (bm25) and the app cuts snippets from the original records. It has no content of its
-- own (content=''); contentless_delete lets a re-imported record replace its row.
-- The app fills it in the same transaction as every write, and rebuilds it when it opens a
-- database whose index was built by another version of the analyser (app_meta 'search-index-version').

-- which record each row of the index stands for
CREATE TABLE search_document (
    id        INTEGER PRIMARY KEY,
    kind      TEXT NOT NULL CHECK (kind IN ('event', 'article')),
    record_id TEXT NOT NULL,
    UNIQUE (kind, record_id)
);

-- title: titles in both languages; names: type, countries, place, people and their roles, years,
-- an article's outlet and author; body: summaries in both languages, an article's text
CREATE VIRTUAL TABLE search_index USING fts5(
    title, names, body,
    content = '',
    contentless_delete = 1,
    tokenize = 'unicode61 remove_diacritics 0'
);

-- a word in a title counts four times a word in the body, in a name twice
INSERT INTO search_index (search_index, rank) VALUES ('rank', 'bm25(4.0, 2.0, 1.0)');
