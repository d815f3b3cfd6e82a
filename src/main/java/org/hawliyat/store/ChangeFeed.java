package org.hawliyat.store;

import java.util.List;

/**
 * What changed in the catalogue since a window last looked, also when another window or program
 * saved on the same database. {@link #changeToken()} is cheap enough to ask every few seconds; when
 * it differs from the last answer, {@link #changesSince} says which events changed.
 */
public interface ChangeFeed {

    /**
     * A number that changes when another connection commits a change to the database (in SQLite
     * {@code PRAGMA data_version}); this store's own writes do not change it.
     */
    long changeToken();

    /** The mark of the latest recorded change, to pass to {@link #changesSince} later; 0 when there is none. */
    long changeMark();

    /** The changes recorded after {@code mark}, and the mark to ask from next time. */
    Changes changesSince(long mark);

    /** Each changed event once, with its latest change (oldest first); {@code mark} is where to continue. */
    record Changes(long mark, List<EventChange> events) {
        public Changes {
            events = List.copyOf(events);
        }
    }
}
