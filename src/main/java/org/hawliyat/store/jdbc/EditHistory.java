package org.hawliyat.store.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.hawliyat.model.Article;
import org.hawliyat.model.AsciiDigits;
import org.hawliyat.model.Event;
import org.hawliyat.model.EventFields;
import org.hawliyat.model.LocalizedText;
import org.hawliyat.model.RecordFields;
import org.hawliyat.store.HistoryEntry;
import org.hawliyat.store.StoreException;

/**
 * The history of every record (one row per changed field of a saved version): recording it,
 * reading it, rebuilding an event's earlier versions from it, and the trash.
 */
final class EditHistory {

    /** The history's field for moving an event to the trash ("true") and back ("false"). */
    static final String DELETED = "deleted";
    static final String EVENT_KIND = "event";
    static final String ARTICLE_KIND = "article";
    static final String TYPE_KIND = "type";
    static final String TOUR_KIND = "tour";
    static final String COUNTRY_KIND = "country";
    static final String PLACE_KIND = "place";
    static final String PERSON_KIND = "person";
    static final String PERIOD_KIND = "period";

    /** An article's fields as the history names them, in that order. */
    static final List<String> ARTICLE_FIELDS = List.of("title", "outlet", "author", "language", "published",
            "publishedApproximate", "publishedNote", "provenance", "text");

    private final SqlSession session;
    private final EventRows events;

    EditHistory(SqlSession session, EventRows events) {
        this.session = session;
        this.events = events;
    }

    /** Milliseconds are enough, and keep the stored times short. */
    static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }

    // ---------------------------------------------------------------- recording

    /** Records one saved version's changes; a record that existed without history had version 1 before. */
    void recordChanges(String kind, String id, boolean existed, Instant at, String editor,
                       List<EventFields.Change> changes) throws SQLException {
        if (changes.isEmpty()) {
            return;
        }
        long last;
        try (ResultSet rs = session.query("SELECT MAX(version) FROM history WHERE record_id = ? AND kind = ?",
                List.of(id, kind))) {
            rs.next();
            long max = rs.getLong(1);
            last = rs.wasNull() ? (existed ? 1 : 0) : max;
        }
        record(kind, id, last + 1, at, editor, changes);
    }

    /** Records the changes of this version. */
    void record(String kind, String id, long version, Instant at, String editor,
                List<EventFields.Change> changes) throws SQLException {
        for (EventFields.Change c : changes) {
            session.update("INSERT INTO history (kind, record_id, version, at, editor, field, old_value, new_value)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)", kind, id, version, at.toString(), editor, c.field(),
                    c.before(), c.after());
        }
    }

    // ---------------------------------------------------------------- reading

    /** Every recorded change of the record, oldest first. */
    List<HistoryEntry> history(String kind, String id) {
        if (!events.editingSchema()) {
            return List.of();
        }
        try (ResultSet rs = session.query("SELECT record_id, version, at, editor, field, old_value, new_value FROM history"
                + " WHERE record_id = ? AND kind = ? ORDER BY version, id", List.of(id, kind))) {
            List<HistoryEntry> entries = new ArrayList<>();
            while (rs.next()) {
                String field = rs.getString(5);
                entries.add(new HistoryEntry(rs.getString(1), rs.getLong(2), Instant.parse(rs.getString(3)),
                        rs.getString(4), field, machineValue(field, rs.getString(6)), machineValue(field, rs.getString(7))));
            }
            return entries;
        } catch (SQLException | RuntimeException e) {
            throw session.failure("read the history of " + kind + " " + id, e);
        }
    }

    /**
     * A history value as it should have been stored: a date in ASCII digits. A database that older
     * versions wrote under an Arabic locale and that is open read-only (so not repaired) reads right.
     */
    private static String machineValue(String field, String value) {
        return HistoryEntry.DATE_FIELDS.contains(field) ? AsciiDigits.toAscii(value) : value;
    }

    /** An article's version: 0 when there is no such article, 1 as imported, one more for each recorded change. */
    long articleVersion(String id) throws SQLException {
        try (ResultSet rs = session.query("SELECT (SELECT COUNT(*) FROM article WHERE id = ?),"
                + " (SELECT MAX(version) FROM history WHERE record_id = ? AND kind = ?)", List.of(id, id, ARTICLE_KIND))) {
            rs.next();
            if (rs.getLong(1) == 0) {
                return 0;
            }
            long recorded = rs.getLong(2);
            return rs.wasNull() ? 1 : recorded;
        }
    }

    /**
     * The event as it was at a version: undoes, newest first, the recorded changes made after it.
     * Every version from there to the current one must have been recorded here; otherwise the
     * earlier version is unknown.
     */
    Optional<Event> eventAt(String id, long version) {
        EventRows.Stored stored;
        try {
            stored = events.stored(id);
        } catch (SQLException e) {
            throw session.failure("read event " + id, e);
        }
        if (stored == null || version < 1 || version > stored.event().version()) {
            return Optional.empty();
        }
        Event current = stored.event();
        if (version == current.version()) {
            return Optional.of(current);
        }
        List<HistoryEntry> entries = history(EVENT_KIND, id);
        Set<Long> recorded = new HashSet<>();
        entries.forEach(h -> recorded.add(h.version()));
        for (long v = version + 1; v <= current.version(); v++) {
            if (!recorded.contains(v)) {
                return Optional.empty();
            }
        }
        Map<String, String> fields = new LinkedHashMap<>(EventFields.of(current));
        for (int i = entries.size() - 1; i >= 0 && entries.get(i).version() > version; i--) {
            HistoryEntry h = entries.get(i);
            if (fields.containsKey(h.field())) { // "deleted" is not a field of the event
                fields.put(h.field(), h.before());
            }
        }
        // when that version was saved, if it was saved here; the first version of an imported event has no record of it
        Instant modified = entries.stream().filter(h -> h.version() == version).map(HistoryEntry::at)
                .findFirst().orElse(Instant.EPOCH);
        try {
            return Optional.of(EventFields.with(current, fields).withVersion(version, modified));
        } catch (IllegalArgumentException e) {
            throw new StoreException("The history of event " + id + " cannot be replayed to version " + version
                    + ": " + e.getMessage(), e);
        }
    }

    /** The events in the trash, the most recently deleted first. */
    List<Event> trash() {
        if (!events.editingSchema()) {
            return List.of();
        }
        try {
            Map<String, Instant> deletedAt = events.deletedTimes();
            if (deletedAt.isEmpty()) {
                return List.of();
            }
            List<Event> trashed = new ArrayList<>(events.query(" WHERE e.deleted_at IS NOT NULL", List.of(), true));
            trashed.sort(Comparator.comparing((Event e) -> deletedAt.get(e.id())).reversed().thenComparing(Event::id));
            return trashed;
        } catch (SQLException | RuntimeException e) {
            throw session.failure("read the trash", e);
        }
    }

    // ---------------------------------------------------------------- what changed

    /** A type's (or any named record's) name changes: {@code name.ar}, {@code name.en}. */
    static List<EventFields.Change> nameChanges(LocalizedText before, LocalizedText after) {
        List<EventFields.Change> changes = new ArrayList<>();
        String arBefore = before == null ? null : before.ar();
        String enBefore = before == null ? null : before.en();
        if (!Objects.equals(arBefore, after.ar())) {
            changes.add(new EventFields.Change("name.ar", arBefore, after.ar()));
        }
        if (!Objects.equals(enBefore, after.en())) {
            changes.add(new EventFields.Change("name.en", enBefore, after.en()));
        }
        return changes;
    }

    /** An article's changed fields ({@link #ARTICLE_FIELDS}); {@code before} is null for a new article. */
    static List<EventFields.Change> articleChanges(Article before, Article after) {
        Map<String, String> old = before == null ? new LinkedHashMap<>() : RecordFields.of(before);
        return RecordFields.diff(old, RecordFields.of(after));
    }
}
