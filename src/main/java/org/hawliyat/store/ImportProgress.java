package org.hawliyat.store;

/** Told how far an import has gone, and able to stop it: stopping writes nothing (the transaction is rolled back). */
@FunctionalInterface
public interface ImportProgress {

    /** No one is watching. */
    ImportProgress NONE = (done, total) -> true;

    /**
     * Called every few hundred records, from the thread that imports.
     *
     * @param done steps done so far (a record written, an event indexed for search)
     * @param total steps in all
     * @return false to stop the import: nothing is written and {@link ImportCancelledException} is thrown
     */
    boolean proceed(long done, long total);
}
