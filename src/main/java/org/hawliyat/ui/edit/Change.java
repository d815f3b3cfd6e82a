package org.hawliyat.ui.edit;

import org.hawliyat.model.Event;
import org.hawliyat.store.CatalogueStore;

/**
 * One change an editor made, that can be undone and redone. Each way is itself a change in the
 * store (recorded in the history), made from the version stored now, so that an undo never
 * overwrites a save made since in another window or program without saying so.
 */
sealed interface Change {

    /** The id of the event the change is about, to select it afterwards. */
    String eventId();

    /** Makes the change again (redo). Returns the event as it is now, or null when it went to the trash. */
    Event redo(CatalogueStore store, String editor);

    /** Takes the change back (undo). Returns the event as it is now, or null when it went to the trash. */
    Event undo(CatalogueStore store, String editor);

    /** An edit of an existing event: before and after. */
    record Saved(Event before, Event after) implements Change {
        public String eventId() {
            return after.id();
        }

        public Event redo(CatalogueStore store, String editor) {
            return store.saveEvent(withStoredVersion(store, after), editor);
        }

        public Event undo(CatalogueStore store, String editor) {
            return store.saveEvent(withStoredVersion(store, before), editor);
        }
    }

    /** A new event (created or duplicated): undone by moving it to the trash. */
    record Created(Event created) implements Change {
        public String eventId() {
            return created.id();
        }

        public Event redo(CatalogueStore store, String editor) {
            return store.restoreEvent(created.id(), editor);
        }

        public Event undo(CatalogueStore store, String editor) {
            store.deleteEvent(created.id(), storedVersion(store, created.id()), editor);
            return null;
        }
    }

    /** An event moved to the trash: undone by restoring it. */
    record Deleted(Event deleted) implements Change {
        public String eventId() {
            return deleted.id();
        }

        public Event redo(CatalogueStore store, String editor) {
            store.deleteEvent(deleted.id(), storedVersion(store, deleted.id()), editor);
            return null;
        }

        public Event undo(CatalogueStore store, String editor) {
            return store.restoreEvent(deleted.id(), editor);
        }
    }

    /** The event's content with the version stored now, so that the save is checked against what is there. */
    private static Event withStoredVersion(CatalogueStore store, Event content) {
        return content.withVersion(storedVersion(store, content.id()), content.modified());
    }

    private static long storedVersion(CatalogueStore store, String id) {
        return store.event(id).map(Event::version)
                .orElseGet(() -> store.trash().stream().filter(e -> e.id().equals(id)).map(Event::version)
                        .findFirst().orElse(0L));
    }
}
