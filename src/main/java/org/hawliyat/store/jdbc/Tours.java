package org.hawliyat.store.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.hawliyat.model.Catalogue;
import org.hawliyat.model.EventFields;
import org.hawliyat.model.LocalizedText;
import org.hawliyat.model.RecordFields;
import org.hawliyat.model.Tour;
import org.hawliyat.model.validation.CatalogueValidator;
import org.hawliyat.model.validation.Problem;
import org.hawliyat.store.HistoryEntry;
import org.hawliyat.store.InvalidEditException;
import org.hawliyat.store.StaleEditException;

/** Tours and their stops: reading, saving and deleting them (recorded like edits), and the curated tours. */
final class Tours {

    /** The ids of the curated tours this database was given, space-separated: each is given once. */
    static final String CURATED_TOURS_KEY = "curated-tours-loaded";

    private final SqlSession session;
    private final EventRows events;
    private final EditHistory history;
    /** Whether the schema has tours (version 4): false only for an older database opened read-only. */
    private final boolean tourSchema;
    private final CatalogueValidator validator = new CatalogueValidator();

    Tours(SqlSession session, EventRows events, EditHistory history, boolean tourSchema) {
        this.session = session;
        this.events = events;
        this.history = history;
        this.tourSchema = tourSchema;
    }

    /**
     * Every tour by id, each with its stops in order. A stop whose event is in the trash is left
     * out (its row stays, so restoring the event puts it back); see {@code V4__tours.sql}.
     */
    List<Tour> tours() {
        if (!tourSchema) {
            return List.of(); // an older database opened read-only has none
        }
        try {
            return read(null, false);
        } catch (SQLException | RuntimeException e) {
            throw session.failure("read tours", e);
        }
    }

    /** The tours (one, when an id is given), with or without the stops of trashed events. */
    private List<Tour> read(String onlyId, boolean withTrashedStops) throws SQLException {
        String where = onlyId == null ? "" : " WHERE t.id = ?";
        List<Object> args = onlyId == null ? List.of() : List.of(onlyId);
        Map<String, List<Tour.Stop>> stops = new HashMap<>();
        try (ResultSet rs = session.query("SELECT s.tour_id, s.event_id, s.note_ar, s.note_en FROM tour_stop s"
                + " JOIN tour t ON t.id = s.tour_id JOIN event e ON e.id = s.event_id" + where
                + (withTrashedStops || !events.editingSchema() ? "" : (where.isEmpty() ? " WHERE" : " AND") + " e.deleted_at IS NULL")
                + " ORDER BY s.tour_id, s.position", args)) {
            while (rs.next()) {
                stops.computeIfAbsent(rs.getString(1), id -> new ArrayList<>())
                        .add(new Tour.Stop(rs.getString(2), LocalizedText.of(rs.getString(3), rs.getString(4))));
            }
        }
        List<Tour> tours = new ArrayList<>();
        try (ResultSet rs = session.query("SELECT t.id, t.title_ar, t.title_en FROM tour t" + where + " ORDER BY t.id", args)) {
            while (rs.next()) {
                String id = rs.getString(1);
                tours.add(new Tour(id, LocalizedText.of(rs.getString(2), rs.getString(3)), stops.getOrDefault(id, List.of())));
            }
        }
        return tours;
    }

    /** The tour as stored, with every stop (also those of trashed events), or null. */
    Tour stored(String id) throws SQLException {
        List<Tour> found = read(id, true);
        return found.isEmpty() ? null : found.get(0);
    }

    /** Writes the tour with exactly these stops, replacing a stored one with its id. */
    void write(Tour t) throws SQLException {
        session.update("INSERT INTO tour (id, title_ar, title_en) VALUES (?, ?, ?)"
                + " ON CONFLICT (id) DO UPDATE SET title_ar = excluded.title_ar, title_en = excluded.title_en",
                t.id(), t.title().ar(), t.title().en());
        session.update("DELETE FROM tour_stop WHERE tour_id = ?", t.id());
        for (int i = 0; i < t.stops().size(); i++) {
            Tour.Stop stop = t.stops().get(i);
            session.update("INSERT INTO tour_stop (tour_id, position, event_id, note_ar, note_en) VALUES (?, ?, ?, ?, ?)",
                    t.id(), i, stop.eventId(), stop.note().ar(), stop.note().en());
        }
    }

    // ---------------------------------------------------------------- changes

    /** The changed fields; {@code before} is null for a new tour, {@code after} for a deleted one. */
    static List<EventFields.Change> changes(Tour before, Tour after) {
        return RecordFields.diff(fieldsOf(before), fieldsOf(after));
    }

    /** A missing tour has every field, empty. */
    private static Map<String, String> fieldsOf(Tour t) {
        if (t != null) {
            return RecordFields.of(t);
        }
        Map<String, String> none = new LinkedHashMap<>();
        none.put("title.ar", null);
        none.put("title.en", null);
        none.put("stops", null);
        return none;
    }

    void save(Tour tour, String editor) {
        session.inTransaction("save tour " + tour.id(), () -> {
            requireValid(tour);
            Tour before = stored(tour.id());
            List<EventFields.Change> changes = changes(before, tour);
            if (changes.isEmpty()) {
                return;
            }
            write(tour);
            history.recordChanges(EditHistory.TOUR_KIND, tour.id(), before != null, EditHistory.now(), editor, changes);
        });
    }

    /** A well-formed id, a title, and every stop an event that exists and is not in the trash, once. */
    private void requireValid(Tour tour) throws SQLException {
        List<String> eventIds = tour.stops().stream().map(Tour.Stop::eventId).distinct().toList();
        Map<String, EventRows.Stored> stored = events.stored(eventIds);
        Catalogue incoming = new Catalogue(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(tour));
        Catalogue context = new Catalogue(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                stored.values().stream().map(EventRows.Stored::event).toList(), List.of(tour));
        List<Problem> problems = new ArrayList<>(validator.validate(incoming, context));
        for (int i = 0; i < tour.stops().size(); i++) {
            EventRows.Stored s = stored.get(tour.stops().get(i).eventId());
            if (s != null && s.trashed()) {
                problems.add(new Problem("tour", 0, tour.id(), "stops[" + i + "].event",
                        "event \"" + s.event().id() + "\" is in the trash"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidEditException(problems);
        }
    }

    void delete(String id, String editor) {
        session.inTransaction("delete tour " + id, () -> {
            Tour before = stored(id);
            if (before == null) {
                throw new StaleEditException("No tour has the id \"" + id + "\" (any more), so none was deleted.", 0, null);
            }
            session.update("DELETE FROM tour WHERE id = ?", id); // its stops go with it
            history.recordChanges(EditHistory.TOUR_KIND, id, true, EditHistory.now(), editor, changes(before, null));
        });
    }

    List<HistoryEntry> history(String tourId) {
        return history.history(EditHistory.TOUR_KIND, tourId);
    }

    // ---------------------------------------------------------------- curated tours

    /**
     * Gives this database the curated tours it was never given: one seeded before tours existed,
     * or before a tour was added to the curated data. Each curated tour is given once (its id is
     * remembered in {@code app_meta}), so a tour the user deleted does not come back; an id already
     * taken is left as it is; a stop whose event is not in the database is left out.
     */
    void seed(List<Tour> curated) {
        if (session.isReadOnly() || !tourSchema) {
            return;
        }
        if (curatedGiven().containsAll(curated.stream().map(Tour::id).toList())) {
            return; // the usual case: no write, no lock
        }
        session.inTransaction("add the curated tours", () -> {
            Set<String> given = new TreeSet<>(curatedGiven());
            Set<String> eventIds = session.ids("SELECT id FROM event");
            for (Tour t : curated) {
                if (given.add(t.id()) && stored(t.id()) == null) {
                    write(new Tour(t.id(), t.title(),
                            t.stops().stream().filter(s -> eventIds.contains(s.eventId())).toList()));
                }
            }
            session.putSetting(CURATED_TOURS_KEY, String.join(" ", given));
        });
    }

    private Set<String> curatedGiven() {
        try {
            String given = session.setting(CURATED_TOURS_KEY);
            return given != null && !given.isBlank() ? new HashSet<>(List.of(given.split(" "))) : Set.of();
        } catch (SQLException e) {
            throw session.failure("read the database's settings", e);
        }
    }
}
