package org.hawliyat.store;

import org.hawliyat.model.Event;

/**
 * A save or delete was refused because the record changed since the editor opened it (in another
 * window, or another program on the same database): nothing was written. {@link #current} is the
 * event as it is stored now, or null when it was deleted or never existed (and always for an
 * article, which is read again with {@code article(id)}), so that the editor can compare both
 * versions and choose.
 */
public class StaleEditException extends StoreException {
    private static final long serialVersionUID = 1L;

    private final transient Event current;
    private final long expectedVersion;

    public StaleEditException(String message, long expectedVersion, Event current) {
        super(message);
        this.expectedVersion = expectedVersion;
        this.current = current;
    }

    /** The stored record now, or null. */
    public Event current() {
        return current;
    }

    /** The version the editor started from. */
    public long expectedVersion() {
        return expectedVersion;
    }
}
