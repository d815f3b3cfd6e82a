package org.hawliyat.store.jdbc;

import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.hawliyat.text.search.SearchTerms;

/**
 * The full-text index of one database engine (in SQLite, FTS5 tables): it stores analysed
 * {@link SearchDocument}s and ranks the records that match analysed query terms. What goes in and
 * what comes out (analysis, snippets, hits) is the same for every engine and done by
 * {@link StoreSearch}. The index works on the store's {@link SqlSession}, under the store's lock and
 * inside its transactions.
 */
public interface SearchIndex {

    /** Empties the index. */
    void clear() throws SQLException;

    /** Makes queries faster after a bulk load (where the engine can). */
    void optimize() throws SQLException;

    /** Writes the record's row, replacing the one it had. */
    void write(SearchDocument document) throws SQLException;

    /** Takes the record out of the index (an event moved to the trash); nothing happens when it is not there. */
    void remove(String kind, String recordId) throws SQLException;

    /** The ids of every event that matches, unranked. */
    Set<String> eventIds(SearchTerms terms) throws SQLException;

    /**
     * The best matches, best first: at most {@code limit} of those {@code wanted} accepts (every
     * match when {@code wanted} is null, which lets the index stop ranking at the limit).
     */
    List<RankedMatch> ranked(SearchTerms terms, int limit, Predicate<RankedMatch> wanted) throws SQLException;
}
