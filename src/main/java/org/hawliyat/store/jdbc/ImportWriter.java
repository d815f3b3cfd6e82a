package org.hawliyat.store.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hawliyat.model.Article;
import org.hawliyat.model.Catalogue;
import org.hawliyat.model.Country;
import org.hawliyat.model.Event;
import org.hawliyat.model.EventFields;
import org.hawliyat.model.EventType;
import org.hawliyat.model.LocalizedText;
import org.hawliyat.model.Period;
import org.hawliyat.model.Person;
import org.hawliyat.model.Place;
import org.hawliyat.model.RecordFields;
import org.hawliyat.model.Tour;
import org.hawliyat.store.ImportCancelledException;
import org.hawliyat.store.ImportProgress;

/** Writes whole catalogues: an import, and the curated dataset loaded once into a new database. */
final class ImportWriter {

    private static final String SEEDED_KEY = "curated-dataset-loaded";
    /** Who the history names for records written by loading the curated dataset. */
    private static final String CURATED_EDITOR = "curated dataset";

    private final SqlSession session;
    private final RecordRows records;
    private final EventRows events;
    private final EditHistory history;
    private final Tours tours;
    private final StoreSearch search;

    ImportWriter(SqlSession session, RecordRows records, EventRows events, EditHistory history, Tours tours,
                 StoreSearch search) {
        this.session = session;
        this.records = records;
        this.events = events;
        this.history = history;
        this.tours = tours;
        this.search = search;
    }

    void importCatalogue(Catalogue catalogue, String editor, ImportProgress progress) {
        session.inTransaction("import records", () -> write(catalogue, editor, new Steps(progress, catalogue)));
    }

    /** Counts the steps of an import (each record written, each event indexed) and asks whether to go on. */
    private static final class Steps {
        /** How often the watcher is told: often enough for a bar to move, rarely enough to cost nothing. */
        private static final int EVERY = 250;
        private final ImportProgress progress;
        private final long total;
        private long done;

        Steps(ImportProgress progress, Catalogue c) {
            this.progress = progress;
            this.total = 2L * c.events().size() + c.articles().size() + c.types().size() + c.countries().size()
                    + c.places().size() + c.people().size() + c.periods().size() + c.tours().size();
        }

        void step() {
            done++;
            if (done % EVERY == 0 || done == total) {
                check();
            }
        }

        void check() {
            if (!progress.proceed(done, total)) {
                throw new ImportCancelledException(); // rolls the transaction back
            }
        }
    }

    boolean isSeeded() {
        try {
            return session.setting(SEEDED_KEY) != null;
        } catch (SQLException e) {
            throw session.failure("read the database's settings", e);
        }
    }

    void seed(Catalogue curated) {
        session.inTransaction("load the curated dataset", () -> {
            write(curated, CURATED_EDITOR, new Steps(ImportProgress.NONE, curated));
            session.putSetting(SEEDED_KEY, Instant.now().toString());
            session.putSetting(Tours.CURATED_TOURS_KEY,
                    String.join(" ", curated.tours().stream().map(Tour::id).sorted().toList()));
        });
    }

    /**
     * Writes the records, replacing those with the same id. A replaced event, article or type whose
     * content changed is a recorded change like an edit (its event version goes up, so that a
     * window that opened it before cannot save over the import); an unchanged one is left as it
     * was. New records start without history, like the curated dataset.
     */
    private void write(Catalogue c, String editor, Steps steps) throws SQLException {
        steps.check();
        Instant now = EditHistory.now();
        boolean renaming = !(c.types().isEmpty() && c.countries().isEmpty() && c.places().isEmpty() && c.people().isEmpty());
        RecordNames namesBefore = renaming ? RecordNames.read(session) : null;
        int position = records.nextTypePosition();
        for (EventType t : c.types()) {
            LocalizedText before = namesBefore.types().get(t.id());
            records.upsertType(t, position++);
            steps.step();
            if (before != null) {
                history.recordChanges(EditHistory.TYPE_KIND, t.id(), true, now, editor,
                        EditHistory.nameChanges(before, t.name()));
            }
        }
        writeReferences(c, now, editor);
        for (int i = c.countries().size() + c.places().size() + c.people().size() + c.periods().size(); i > 0; i--) {
            steps.step();
        }
        Set<String> storedArticles = c.articles().isEmpty() ? Set.of() : session.ids("SELECT id FROM article");
        for (Article a : c.articles()) {
            Article before = storedArticles.contains(a.id()) ? records.storedArticle(a.id()) : null;
            records.writeArticle(a);
            search.index(a);
            steps.step();
            if (before != null) {
                history.recordChanges(EditHistory.ARTICLE_KIND, a.id(), true, now, editor,
                        EditHistory.articleChanges(before, a));
            }
        }
        RecordNames names = RecordNames.read(session);
        List<Event> written = writeEvents(c.events(), now, editor, steps);
        // indexed after all are written rather than one by one: the two kinds of page writes, taken
        // in turns, made a large import take a third longer
        for (Event e : written) {
            search.index(e, names);
            steps.step();
        }
        for (int i = c.events().size() - written.size(); i > 0; i--) {
            steps.step(); // unchanged events: nothing to index
        }
        if (renaming) {
            search.reindexRenamed(namesBefore, names, written);
        }
        for (Tour t : c.tours()) {
            Tour before = tours.stored(t.id());
            tours.write(t);
            steps.step();
            if (before != null) {
                history.recordChanges(EditHistory.TOUR_KIND, t.id(), true, now, editor, Tours.changes(before, t));
            }
        }
    }

    /**
     * Countries, places, people and periods: replaced as they come; a replaced one whose fields
     * changed is recorded in the history like a type, with its old and new values.
     */
    private void writeReferences(Catalogue c, Instant now, String editor) throws SQLException {
        Map<String, Map<String, String>> before = c.countries().isEmpty() ? Map.of() : stored("country",
                "SELECT id, name_ar, name_en FROM country", rs -> fields(rs, null));
        for (Country x : c.countries()) {
            session.update("INSERT INTO country (id, name_ar, name_en) VALUES (?, ?, ?)"
                            + " ON CONFLICT (id) DO UPDATE SET name_ar = excluded.name_ar, name_en = excluded.name_en",
                    x.id(), x.name().ar(), x.name().en());
            recordReplaced(EditHistory.COUNTRY_KIND, x.id(), before, RecordFields.names(x.name()), now, editor);
        }
        before = c.places().isEmpty() ? Map.of() : stored("place",
                "SELECT id, name_ar, name_en, country_id FROM place", rs -> fields(rs, "country"));
        for (Place x : c.places()) {
            session.update("INSERT INTO place (id, name_ar, name_en, country_id) VALUES (?, ?, ?, ?)"
                            + " ON CONFLICT (id) DO UPDATE SET name_ar = excluded.name_ar, name_en = excluded.name_en,"
                            + " country_id = excluded.country_id",
                    x.id(), x.name().ar(), x.name().en(), x.countryId());
            recordReplaced(EditHistory.PLACE_KIND, x.id(), before, RecordFields.of(x), now, editor);
        }
        before = c.people().isEmpty() ? Map.of() : stored("person",
                "SELECT id, name_ar, name_en FROM person", rs -> fields(rs, null));
        for (Person x : c.people()) {
            session.update("INSERT INTO person (id, name_ar, name_en) VALUES (?, ?, ?)"
                            + " ON CONFLICT (id) DO UPDATE SET name_ar = excluded.name_ar, name_en = excluded.name_en",
                    x.id(), x.name().ar(), x.name().en());
            recordReplaced(EditHistory.PERSON_KIND, x.id(), before, RecordFields.names(x.name()), now, editor);
        }
        before = c.periods().isEmpty() ? Map.of() : stored("period",
                "SELECT id, name_ar, name_en, start_date, end_date, person_id, country_id, note FROM period",
                rs -> {
                    Map<String, String> f = fields(rs, null);
                    f.put("start", rs.getString(4));
                    f.put("end", rs.getString(5));
                    f.put("person", rs.getString(6));
                    f.put("country", rs.getString(7));
                    f.put("note", rs.getString(8));
                    return f;
                });
        for (Period x : c.periods()) {
            session.update("INSERT INTO period (id, name_ar, name_en, start_date, end_date, person_id, country_id, note)"
                            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
                            + " ON CONFLICT (id) DO UPDATE SET name_ar = excluded.name_ar, name_en = excluded.name_en,"
                            + " start_date = excluded.start_date, end_date = excluded.end_date,"
                            + " person_id = excluded.person_id, country_id = excluded.country_id, note = excluded.note",
                    x.id(), x.name().ar(), x.name().en(), x.start().toIso(), x.end() == null ? null : x.end().toIso(),
                    x.personId(), x.countryId(), x.note());
            recordReplaced(EditHistory.PERIOD_KIND, x.id(), before, RecordFields.of(x), now, editor);
        }
    }

    /** Reads one row of a table as the history's fields. */
    @FunctionalInterface
    private interface RowFields {
        Map<String, String> read(ResultSet rs) throws SQLException;
    }

    /** The stored records of a table, by id, as the history's fields (the tables are small: names, not events). */
    private Map<String, Map<String, String>> stored(String table, String select, RowFields row) throws SQLException {
        Map<String, Map<String, String>> byId = new HashMap<>();
        try (ResultSet rs = session.query(select, List.of())) {
            while (rs.next()) {
                byId.put(rs.getString(1), row.read(rs));
            }
        }
        return byId;
    }

    /** name.ar, name.en (columns 2 and 3), and a third column under the given field name. */
    private static Map<String, String> fields(ResultSet rs, String thirdField) throws SQLException {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("name.ar", rs.getString(2));
        f.put("name.en", rs.getString(3));
        if (thirdField != null) {
            f.put(thirdField, rs.getString(4));
        }
        return f;
    }

    private void recordReplaced(String kind, String id, Map<String, Map<String, String>> before, Map<String, String> after,
                                Instant now, String editor) throws SQLException {
        Map<String, String> old = before.get(id);
        if (old != null) {
            history.recordChanges(kind, id, true, now, editor, RecordFields.diff(old, after));
        }
    }

    /** Writes the new and the changed events (a changed one at its next version, recorded); returns those written. */
    private List<Event> writeEvents(List<Event> incoming, Instant now, String editor, Steps steps) throws SQLException {
        Set<String> existing = incoming.isEmpty() ? Set.of() : session.ids("SELECT id FROM event");
        List<String> replacedIds = incoming.stream().map(Event::id).filter(existing::contains).toList();
        Map<String, EventRows.Stored> replaced = replacedIds.isEmpty() ? Map.of() : events.stored(replacedIds);
        List<Event> written = new ArrayList<>(incoming.size());
        for (Event e : incoming) {
            steps.step();
            EventRows.Stored stored = replaced.get(e.id());
            if (stored == null) {
                events.write(e, false);
                written.add(e);
                continue;
            }
            List<EventFields.Change> changes = new ArrayList<>();
            if (stored.trashed()) {
                changes.add(new EventFields.Change(EditHistory.DELETED, "true", "false")); // importing an id brings it back
            }
            changes.addAll(EventFields.diff(stored.event(), e));
            if (changes.isEmpty()) {
                continue; // the same record again: its version stays, so no open editor is made stale for nothing
            }
            Event next = e.withVersion(stored.event().version() + 1, e.modified());
            events.write(next, true);
            history.record(EditHistory.EVENT_KIND, e.id(), next.version(), now, editor, changes);
            written.add(next);
        }
        return written;
    }
}
