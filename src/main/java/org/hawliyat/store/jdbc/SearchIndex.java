package org.hawliyat.store.jdbc;

import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import org.hawliyat.model.Article;
import org.hawliyat.model.Event;
import org.hawliyat.store.SearchHit;
import org.hawliyat.store.SearchQuery;
import org.hawliyat.text.search.SearchTerms;

/**
 * The full-text index of one database engine (in SQLite, FTS5 tables). It works on the store's
 * {@link SqlSession}, under the store's lock and inside its transactions; {@link StoreSearch}
 * decides when to write it and whether it is current.
 */
public interface SearchIndex {

    /** The query's terms, as the index holds them. */
    SearchTerms terms(String typed);

    /** Empties the index. */
    void clear() throws SQLException;

    /** Makes queries faster after a bulk load (where the engine can). */
    void optimize() throws SQLException;

    /** Writes (or replaces) the event's row, its names looked up in {@code names}. */
    void index(Event event, RecordNames names) throws SQLException;

    /** Writes (or replaces) the article's row. */
    void index(Article article) throws SQLException;

    /** Takes the record out of the index (an event moved to the trash); nothing happens when it is not there. */
    void remove(String kind, String recordId) throws SQLException;

    /** The ids of every event that matches, unranked. */
    Set<String> eventIds(SearchTerms terms) throws SQLException;

    /** The best hits, ranked, each with its snippet. */
    List<SearchHit> search(SearchQuery query, SearchTerms terms) throws SQLException;
}
