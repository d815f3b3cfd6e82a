package org.hawliyat.store.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hawliyat.model.Event;
import org.hawliyat.model.EventDate;
import org.hawliyat.model.LocalizedText;
import org.hawliyat.model.PartialDate;
import org.hawliyat.model.Participant;
import org.hawliyat.model.SourceRef;
import org.hawliyat.store.EventFilter;

/**
 * Event rows and their child rows (countries, people, sources): reading them, in time order and
 * by filter, and writing them.
 */
final class EventRows {

    /** An event as stored, in the trash or not. */
    record Stored(Event event, boolean trashed) {
    }

    private final SqlSession session;
    /** Whether the schema has the history and the trash: false only for an older database opened read-only. */
    private final boolean editingSchema;
    private final String eventColumns;

    EventRows(SqlSession session, boolean editingSchema) {
        this.session = session;
        this.editingSchema = editingSchema;
        this.eventColumns = "SELECT e.id, e.type_id, e.start_date, e.start_approximate,"
                + " e.start_note, e.end_date, e.end_approximate, e.end_note, e.title_ar, e.title_en, e.summary_ar,"
                + " e.summary_en, e.place_id, e.version, e.modified_at, "
                // country ids are ISO codes (no spaces): one column instead of a row each
                + session.dialect().joinedInOrder("country_id", "event_country c WHERE c.event_id = e.id", "c.position")
                + " FROM event e";
    }

    boolean editingSchema() {
        return editingSchema;
    }

    // ---------------------------------------------------------------- reading

    List<Event> events(EventFilter filter) {
        StringBuilder where = new StringBuilder();
        List<Object> args = new ArrayList<>();
        if (filter.to() != null) {
            condition(where, "e.first_day <= ?");
            args.add(filter.to().lastDay().toString());
        }
        if (filter.from() != null) {
            condition(where, "e.last_day >= ?");
            args.add(filter.from().firstDay().toString());
        }
        if (!filter.typeIds().isEmpty()) {
            condition(where, "e.type_id IN " + SqlSession.placeholders(filter.typeIds().size()));
            args.addAll(filter.typeIds());
        }
        if (!filter.countryIds().isEmpty()) {
            condition(where, "EXISTS (SELECT 1 FROM event_country c WHERE c.event_id = e.id AND c.country_id IN "
                    + SqlSession.placeholders(filter.countryIds().size()) + ")");
            args.addAll(filter.countryIds());
        }
        if (!filter.personIds().isEmpty()) {
            condition(where, "EXISTS (SELECT 1 FROM event_person p WHERE p.event_id = e.id AND p.person_id IN "
                    + SqlSession.placeholders(filter.personIds().size()) + ")");
            args.addAll(filter.personIds());
        }
        if (filter.sourcedOnly()) {
            condition(where, "EXISTS (SELECT 1 FROM event_source s WHERE s.event_id = e.id)");
        }
        List<Event> events = query(where.toString(), args);
        // a search's matches can be a hundred thousand ids: cheaper to test here than to bind
        return filter.eventIds() == null ? events : events.stream().filter(filter::passesEventIds).toList();
    }

    private static void condition(StringBuilder where, String condition) {
        where.append(where.length() == 0 ? " WHERE " : " AND ").append(condition);
    }

    Optional<Event> event(String id) {
        return query(" WHERE e.id = ?", List.of(id)).stream().findFirst();
    }

    /** The events that are not in the trash, and match the condition when there is one. */
    List<Event> query(String where, List<Object> args) {
        return query(where, args, false);
    }

    /**
     * Reads events and their lists in one pass: the events and each child table come ordered by
     * event id and are merged as they stream, so a hundred thousand events need no lookup tables.
     * The child rows of trashed events are skipped by the merge rather than by the query, which
     * keeps reading every event a plain scan.
     */
    List<Event> query(String where, List<Object> args, boolean withTrash) {
        String rows = withTrash || !editingSchema ? where
                : where.isEmpty() ? " WHERE e.deleted_at IS NULL" : where + " AND e.deleted_at IS NULL";
        String children = where.isEmpty() ? "" : " WHERE event_id IN (SELECT e.id FROM event e" + where + ")";
        try (ResultSet rs = session.query(eventColumns + rows + " ORDER BY e.id", args);
             ChildRows people = new ChildRows(session.query("SELECT event_id, person_id, role_ar, role_en FROM event_person"
                     + children + " ORDER BY event_id, position", args));
             ChildRows sources = new ChildRows(session.query("SELECT event_id, article_id, span_start, span_end, quote"
                     + " FROM event_source" + children + " ORDER BY event_id, position", args))) {
            List<Event> events = new ArrayList<>();
            String lastModifiedText = null;
            Instant lastModified = null;
            while (rs.next()) {
                String id = rs.getString(1);
                String end = rs.getString(6);
                String modifiedText = rs.getString(15);
                if (!modifiedText.equals(lastModifiedText)) { // imported records share their time
                    lastModifiedText = modifiedText;
                    lastModified = Instant.parse(modifiedText);
                }
                events.add(new Event(id, rs.getString(2),
                        new EventDate(PartialDate.parse(rs.getString(3)), rs.getBoolean(4), rs.getString(5)),
                        end == null ? null : new EventDate(PartialDate.parse(end), rs.getBoolean(7), rs.getString(8)),
                        LocalizedText.of(rs.getString(9), rs.getString(10)),
                        LocalizedText.of(rs.getString(11), rs.getString(12)),
                        countryList(rs.getString(16)), rs.getString(13),
                        people.take(id, r -> new Participant(r.getString(2), LocalizedText.of(r.getString(3), r.getString(4)))),
                        sources.take(id, r -> new SourceRef(r.getString(2), r.getInt(3), r.getInt(4), r.getString(5))),
                        rs.getLong(14), lastModified));
            }
            return inTimeOrder(events);
        } catch (SQLException | RuntimeException e) {
            throw session.failure("read events", e);
        }
    }

    /**
     * Events read in id order, put in time order ({@link Event#compareTo}): sorted on packed
     * primitive keys (first day, precision, position) because comparing records a hundred
     * thousand times over costs more than reading them. Ties keep id order.
     */
    private static List<Event> inTimeOrder(List<Event> byId) {
        if (byId.size() >= 1 << 21) {
            List<Event> sorted = new ArrayList<>(byId);
            sorted.sort(Comparator.naturalOrder()); // too many to pack their positions in the key
            return sorted;
        }
        long[] keys = new long[byId.size()];
        long dayOffset = 1L << 22; // epoch days of years 1..9999 lie within ±2^22
        for (int i = 0; i < keys.length; i++) {
            PartialDate start = byId.get(i).start().date();
            long precisionRank = 2 - start.precision().ordinal(); // the more precise date first
            keys[i] = ((start.firstEpochDay() + dayOffset) << 23) | (precisionRank << 21) | i;
        }
        Arrays.sort(keys);
        List<Event> sorted = new ArrayList<>(keys.length);
        for (long key : keys) {
            sorted.add(byId.get((int) (key & ((1L << 21) - 1))));
        }
        return sorted;
    }

    private static List<String> countryList(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : List.of(joined.split(" "));
    }

    /** Rows of a child table ordered by event id, consumed event by event. */
    private static final class ChildRows implements AutoCloseable {
        private final ResultSet rows;
        private boolean hasRow;

        ChildRows(ResultSet rows) throws SQLException {
            this.rows = rows;
            this.hasRow = rows.next();
        }

        /** The rows of this event (the cursor is at or before them); an empty list when it has none. */
        <T> List<T> take(String eventId, SqlSession.RowReader<T> reader) throws SQLException {
            List<T> taken = null;
            while (hasRow) {
                int order = rows.getString(1).compareTo(eventId);
                if (order > 0) {
                    break;
                }
                if (order == 0) {
                    if (taken == null) {
                        taken = new ArrayList<>(2);
                    }
                    taken.add(reader.read(rows));
                }
                hasRow = rows.next();
            }
            return taken == null ? List.of() : taken;
        }

        @Override
        public void close() throws SQLException {
            rows.close();
        }
    }

    /** The stored events with these ids, in the trash or not. */
    Map<String, Stored> stored(List<String> ids) throws SQLException {
        Map<String, Stored> found = new HashMap<>();
        for (int from = 0; from < ids.size(); from += 500) {
            List<Object> chunk = new ArrayList<>(ids.subList(from, Math.min(ids.size(), from + 500)));
            String in = SqlSession.placeholders(chunk.size());
            Set<String> trashed = new HashSet<>();
            if (editingSchema) {
                try (ResultSet rs = session.query("SELECT id FROM event WHERE deleted_at IS NOT NULL AND id IN " + in, chunk)) {
                    while (rs.next()) {
                        trashed.add(rs.getString(1));
                    }
                }
            }
            for (Event e : query(" WHERE e.id IN " + in, chunk, true)) {
                found.put(e.id(), new Stored(e, trashed.contains(e.id())));
            }
        }
        return found;
    }

    /** The stored event with this id, in the trash or not; null when there is none. */
    Stored stored(String id) throws SQLException {
        return stored(List.of(id)).get(id);
    }

    /** The events in the trash, with when each was deleted. */
    Map<String, Instant> deletedTimes() throws SQLException {
        Map<String, Instant> deletedAt = new HashMap<>();
        try (ResultSet rs = session.query("SELECT id, deleted_at FROM event WHERE deleted_at IS NOT NULL", List.of())) {
            while (rs.next()) {
                deletedAt.put(rs.getString(1), Instant.parse(rs.getString(2)));
            }
        }
        return deletedAt;
    }

    // ---------------------------------------------------------------- writing

    /** Writes the event and its lists; a replaced event (also one in the trash) takes its place, out of the trash. */
    void write(Event e, boolean replacing) throws SQLException {
        if (replacing) { // its old lists go; a new event has none
            session.update("DELETE FROM event_country WHERE event_id = ?", e.id());
            session.update("DELETE FROM event_person WHERE event_id = ?", e.id());
            session.update("DELETE FROM event_source WHERE event_id = ?", e.id());
        }
        EventDate end = e.end();
        session.update("INSERT INTO event (id, type_id, start_date, start_approximate, start_note, end_date, end_approximate,"
                        + " end_note, title_ar, title_en, summary_ar, summary_en, place_id, first_day, last_day, version, modified_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                        + " ON CONFLICT (id) DO UPDATE SET type_id = excluded.type_id, start_date = excluded.start_date,"
                        + " start_approximate = excluded.start_approximate, start_note = excluded.start_note,"
                        + " end_date = excluded.end_date, end_approximate = excluded.end_approximate,"
                        + " end_note = excluded.end_note, title_ar = excluded.title_ar, title_en = excluded.title_en,"
                        + " summary_ar = excluded.summary_ar, summary_en = excluded.summary_en,"
                        + " place_id = excluded.place_id, first_day = excluded.first_day, last_day = excluded.last_day,"
                        + " version = excluded.version, modified_at = excluded.modified_at, deleted_at = NULL",
                e.id(), e.typeId(), e.start().date().toIso(), e.start().approximate(), e.start().note(),
                end == null ? null : end.date().toIso(), end != null && end.approximate(), end == null ? null : end.note(),
                e.title().ar(), e.title().en(), e.summary().ar(), e.summary().en(), e.placeId(),
                e.start().date().firstDay().toString(),
                (end == null ? e.start() : end).date().lastDay().toString(),
                e.version(), e.modified().toString());
        for (int i = 0; i < e.countryIds().size(); i++) {
            session.update("INSERT INTO event_country (event_id, position, country_id) VALUES (?, ?, ?)",
                    e.id(), i, e.countryIds().get(i));
        }
        for (int i = 0; i < e.people().size(); i++) {
            Participant p = e.people().get(i);
            session.update("INSERT INTO event_person (event_id, position, person_id, role_ar, role_en) VALUES (?, ?, ?, ?, ?)",
                    e.id(), i, p.personId(), p.role().ar(), p.role().en());
        }
        for (int i = 0; i < e.sources().size(); i++) {
            SourceRef s = e.sources().get(i);
            session.update("INSERT INTO event_source (event_id, position, article_id, span_start, span_end, quote)"
                    + " VALUES (?, ?, ?, ?, ?, ?)", e.id(), i, s.articleId(), s.start(), s.end(), s.quote());
        }
    }

    /** Moves the event to the trash (when {@code deletedAt} is given) or out of it, at its next version. */
    void setTrashed(String id, Instant deletedAt, long version, Instant modified) throws SQLException {
        if (deletedAt != null) {
            session.update("UPDATE event SET deleted_at = ?, version = ?, modified_at = ? WHERE id = ?",
                    deletedAt.toString(), version, modified.toString(), id);
        } else {
            session.update("UPDATE event SET deleted_at = NULL, version = ?, modified_at = ? WHERE id = ?",
                    version, modified.toString(), id);
        }
    }
}
