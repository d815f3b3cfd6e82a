package org.hawliyat.store;

/**
 * The database was written by a newer version of Hawliyat: its schema holds migrations this
 * version does not know. It was neither migrated nor written, and is left byte for byte as it was.
 */
public class NewerDatabaseException extends StoreException {
    private static final long serialVersionUID = 1L;

    private final String schemaVersion;
    private final String knownVersion;

    public NewerDatabaseException(String message, String schemaVersion, String knownVersion) {
        super(message);
        this.schemaVersion = schemaVersion;
        this.knownVersion = knownVersion;
    }

    /** The newest schema version recorded in the database. */
    public String schemaVersion() {
        return schemaVersion;
    }

    /** The newest schema version this version of Hawliyat knows. */
    public String knownVersion() {
        return knownVersion;
    }
}
