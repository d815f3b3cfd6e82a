package org.hawliyat.store;

import java.util.List;

/**
 * The catalogue's records, wherever they are kept: every role a caller may need, in one object.
 * The UI and the command line see only these interfaces; SQL stays behind them. Callers that need
 * one role can take {@link CatalogueReader}, {@link CatalogueEditor}, {@link CatalogueSearch},
 * {@link TourStore}, {@link DraftStore} or {@link ChangeFeed}. Implementations are safe to call from any thread; the UI must call them off
 * the FX thread. Failures are {@link StoreException}s.
 */
public interface CatalogueStore extends CatalogueReader, CatalogueEditor, CatalogueSearch, TourStore, DraftStore,
        ChangeFeed, AutoCloseable {

    /** The storage engine's own consistency check; an empty list when all is well. */
    List<String> integrityProblems();

    @Override
    void close();
}
