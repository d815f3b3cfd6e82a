package org.hawliyat.store;

/** The database could not do what was asked: it is missing, locked, corrupt or unwritable. */
public class StoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    public StoreException(String message) {
        super(message);
    }
}
