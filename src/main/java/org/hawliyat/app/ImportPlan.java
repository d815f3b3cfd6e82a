package org.hawliyat.app;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.hawliyat.model.Article;
import org.hawliyat.model.Catalogue;
import org.hawliyat.model.Event;
import org.hawliyat.model.EventFields;
import org.hawliyat.model.RecordFields;
import org.hawliyat.store.RecordKind;

/**
 * What an import would do, record by record, before anything is written: what it adds, what it
 * replaces (field by field, old → new), what it leaves unchanged, and which events it leaves alone
 * because the database holds a newer version than the file ({@code --keep-newer}). The preview on
 * the command line and in the window shows it; the import then writes exactly {@link #toWrite()}.
 */
public final class ImportPlan {

    /** What happens to one record. */
    public enum Action {
        ADD, REPLACE, UNCHANGED,
        /** Left alone: the database's version is newer than the file's, and the import keeps newer versions. */
        KEPT_NEWER
    }

    /**
     * One record of the files. {@code fileVersion} and {@code storedVersion} are an event's versions
     * (0 for other kinds, and stored 0 for a new event); {@code changes} are a replaced record's fields.
     */
    public record Entry(RecordKind kind, String id, Action action, long fileVersion, long storedVersion,
                        List<EventFields.Change> changes) {

        /** A replaced event that was edited in the database after the file was written: importing it undoes that. */
        public boolean undoesNewerEdits() {
            return kind == RecordKind.EVENT && storedVersion > fileVersion && action != Action.ADD;
        }
    }

    private final List<Entry> entries;
    private final Catalogue toWrite;

    private ImportPlan(List<Entry> entries, Catalogue toWrite) {
        this.entries = List.copyOf(entries);
        this.toWrite = toWrite;
    }

    public List<Entry> entries() {
        return entries;
    }

    /** The records to write: the incoming ones without those kept newer. */
    public Catalogue toWrite() {
        return toWrite;
    }

    public long count(Action action) {
        return entries.stream().filter(e -> e.action() == action).count();
    }

    public List<Entry> with(Action action) {
        return entries.stream().filter(e -> e.action() == action).toList();
    }

    /** Whether the import would change or replace anything that exists (then a backup is made first). */
    public boolean replacesAnything() {
        return count(Action.REPLACE) > 0;
    }

    /** Compares the incoming records with the stored ones. */
    public static ImportPlan of(Catalogue stored, Catalogue incoming, boolean keepNewer) {
        List<Entry> entries = new ArrayList<>();
        compare(entries, RecordKind.TYPE, stored.types(), incoming.types(), t -> t.id(), t -> RecordFields.names(t.name()));
        compare(entries, RecordKind.COUNTRY, stored.countries(), incoming.countries(), c -> c.id(),
                c -> RecordFields.names(c.name()));
        compare(entries, RecordKind.PLACE, stored.places(), incoming.places(), p -> p.id(), RecordFields::of);
        compare(entries, RecordKind.PERSON, stored.people(), incoming.people(), p -> p.id(), p -> RecordFields.names(p.name()));
        compare(entries, RecordKind.PERIOD, stored.periods(), incoming.periods(), p -> p.id(), RecordFields::of);
        compare(entries, RecordKind.ARTICLE, stored.articles(), incoming.articles(), Article::id, RecordFields::of);
        List<Event> events = compareEvents(entries, stored.events(), incoming.events(), keepNewer);
        compare(entries, RecordKind.TOUR, stored.tours(), incoming.tours(), t -> t.id(), RecordFields::of);
        Catalogue toWrite = new Catalogue(incoming.types(), incoming.countries(), incoming.places(), incoming.people(),
                incoming.periods(), incoming.articles(), events, incoming.tours());
        return new ImportPlan(entries, toWrite);
    }

    private static <T> void compare(List<Entry> entries, RecordKind kind, List<T> stored, List<T> incoming,
                                    Function<T, String> id, Function<T, Map<String, String>> fields) {
        if (incoming.isEmpty()) {
            return;
        }
        Map<String, T> byId = new HashMap<>();
        stored.forEach(r -> byId.put(id.apply(r), r));
        for (T record : incoming) {
            T before = byId.get(id.apply(record));
            if (before == null) {
                entries.add(new Entry(kind, id.apply(record), Action.ADD, 0, 0, List.of()));
                continue;
            }
            List<EventFields.Change> changes = RecordFields.diff(fields.apply(before), fields.apply(record));
            entries.add(new Entry(kind, id.apply(record), changes.isEmpty() ? Action.UNCHANGED : Action.REPLACE, 0, 0,
                    changes));
        }
    }

    /** The events to write: all incoming ones, except those kept newer. */
    private static List<Event> compareEvents(List<Entry> entries, List<Event> stored, List<Event> incoming,
                                             boolean keepNewer) {
        if (incoming.isEmpty()) {
            return incoming;
        }
        Map<String, Event> byId = new LinkedHashMap<>();
        stored.forEach(e -> byId.put(e.id(), e));
        List<Event> written = new ArrayList<>(incoming.size());
        for (Event e : incoming) {
            Event before = byId.get(e.id());
            if (before == null) {
                entries.add(new Entry(RecordKind.EVENT, e.id(), Action.ADD, e.version(), 0, List.of()));
                written.add(e);
                continue;
            }
            List<EventFields.Change> changes = EventFields.diff(before, e);
            Action action = changes.isEmpty() ? Action.UNCHANGED
                    : keepNewer && before.version() > e.version() ? Action.KEPT_NEWER : Action.REPLACE;
            entries.add(new Entry(RecordKind.EVENT, e.id(), action, e.version(), before.version(), changes));
            if (action != Action.KEPT_NEWER) {
                written.add(e);
            }
        }
        return written;
    }
}
