package org.hawliyat.store;

/** An import was stopped before it ended: nothing of it was written. */
public final class ImportCancelledException extends StoreException {
    private static final long serialVersionUID = 1L;

    public ImportCancelledException() {
        super("The import was stopped before it ended: nothing was written.");
    }
}
