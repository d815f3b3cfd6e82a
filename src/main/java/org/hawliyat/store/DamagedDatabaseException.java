package org.hawliyat.store;

import java.nio.file.Path;

/**
 * The database file is not a database, is cut short, or fails the storage engine's check: nothing
 * was read from it or written to it, and it was left as it is.
 */
public class DamagedDatabaseException extends StoreException {
    private static final long serialVersionUID = 1L;

    private final transient Path file;

    public DamagedDatabaseException(Path file, String message, Throwable cause) {
        super(message, cause);
        this.file = file;
    }

    /** The damaged file, as an absolute path. */
    public Path file() {
        return file;
    }
}
