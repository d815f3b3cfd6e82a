package org.hawliyat.store.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.hawliyat.model.Article;
import org.hawliyat.model.Event;
import org.hawliyat.model.LocalizedText;
import org.hawliyat.store.SearchHit;
import org.hawliyat.store.SearchQuery;
import org.hawliyat.store.StoreException;
import org.hawliyat.text.search.SearchAnalyzer;
import org.hawliyat.text.search.SearchTerms;

/**
 * Search, whatever the engine: analysing records and queries ({@link SearchAnalyzer}), answering
 * searches with hits and snippets, building the index again when it was built by another version
 * of the analyser (or never), and indexing again the events that name a renamed record. The index
 * itself, where the terms are stored and ranked, is the engine's ({@link SearchIndex}).
 */
final class StoreSearch {

    /** app_meta key: the {@link SearchAnalyzer#VERSION} the stored index was built with. */
    static final String VERSION_KEY = "search-index-version";

    private final SqlSession session;
    private final SearchIndex index;
    private final SearchAnalyzer analyzer = new SearchAnalyzer();
    private final SearchDocuments documents = new SearchDocuments(analyzer);
    private final SearchHits hits;
    private final EventRows events;
    private final RecordRows records;
    /** Whether the stored search index was built by this version of the analyser; checked once. */
    private Boolean current;

    StoreSearch(SqlSession session, SearchIndex index, EventRows events, RecordRows records) {
        this.session = session;
        this.index = index;
        this.events = events;
        this.records = records;
        this.hits = new SearchHits(session, analyzer);
    }

    List<SearchHit> search(SearchQuery query) {
        SearchTerms terms = analyzer.query(query.text());
        if (terms.isEmpty()) {
            return List.of(); // nothing searchable was typed: the index is not asked
        }
        requireCurrent();
        boolean everything = query.events() && query.articles() && query.eventIds() == null;
        Predicate<RankedMatch> wanted = everything ? null : match -> SearchHit.Kind.EVENT.code().equals(match.kind())
                ? query.events() && (query.eventIds() == null || query.eventIds().contains(match.recordId()))
                : query.articles();
        try {
            return hits.of(index.ranked(terms, query.limit(), wanted), terms, query.language());
        } catch (SQLException | RuntimeException e) {
            throw session.failure("search", e);
        } finally {
            session.closeStatements();
        }
    }

    Set<String> matchingEventIds(String text) {
        SearchTerms terms = analyzer.query(text);
        if (terms.isEmpty()) {
            return Set.of();
        }
        requireCurrent();
        try {
            return index.eventIds(terms);
        } catch (SQLException | RuntimeException e) {
            throw session.failure("search", e);
        }
    }

    /** Builds the index again from every event and article, in one transaction. */
    void rebuild() {
        session.inTransaction("build the search index", this::rebuildIndex);
        current = true;
    }

    void rebuildIfOutdated() {
        if (!isCurrent()) {
            rebuild();
        }
    }

    private void rebuildIndex() throws SQLException {
        index.clear();
        RecordNames names = RecordNames.read(session);
        for (Event e : events.query("", List.of())) {
            index(e, names);
        }
        records.forEachArticle(this::index);
        index.optimize();
        session.putSetting(VERSION_KEY, String.valueOf(SearchAnalyzer.VERSION));
    }

    private boolean isCurrent() {
        if (current == null) {
            try {
                current = String.valueOf(SearchAnalyzer.VERSION).equals(session.setting(VERSION_KEY));
            } catch (SQLException e) {
                throw session.failure("read the database's settings", e);
            }
        }
        return current;
    }

    /** A writable store keeps its index current; a read-only one can only say that it cannot search. */
    private void requireCurrent() {
        if (!isCurrent()) {
            throw new StoreException("The database " + session.location() + " is open read-only and its search index is missing"
                    + " or was built by another version of Hawliyat; open it once with write access to build it.");
        }
    }

    // ---------------------------------------------------------------- keeping it up to date

    /** Indexes the event, as saved or brought back. */
    void index(Event e) throws SQLException {
        index(e, RecordNames.read(session));
    }

    /** Indexes the event, its names looked up in {@code names}. */
    void index(Event e, RecordNames names) throws SQLException {
        index.write(documents.of(e, names));
    }

    void index(Article a) throws SQLException {
        index.write(documents.of(a));
    }

    /** Takes an event out of the index (it went to the trash). */
    void removeEvent(String id) throws SQLException {
        index.remove(SearchHit.Kind.EVENT.code(), id);
    }

    /** Indexes again the stored events (other than those just written) that name a record whose name changed. */
    void reindexRenamed(RecordNames before, RecordNames after, List<Event> written) throws SQLException {
        List<Object> args = new ArrayList<>();
        StringBuilder sql = new StringBuilder("SELECT id FROM event WHERE deleted_at IS NULL AND (1 = 0");
        List<String> types = renamed(before.types(), after.types());
        List<String> places = renamed(before.places(), after.places());
        List<String> countries = renamed(before.countries(), after.countries());
        List<String> people = renamed(before.people(), after.people());
        if (!types.isEmpty()) {
            sql.append(" OR type_id IN ").append(SqlSession.placeholders(types.size()));
            args.addAll(types);
        }
        if (!places.isEmpty()) {
            sql.append(" OR place_id IN ").append(SqlSession.placeholders(places.size()));
            args.addAll(places);
        }
        if (!countries.isEmpty()) {
            sql.append(" OR id IN (SELECT event_id FROM event_country WHERE country_id IN ")
                    .append(SqlSession.placeholders(countries.size())).append(")");
            args.addAll(countries);
        }
        if (!people.isEmpty()) {
            sql.append(" OR id IN (SELECT event_id FROM event_person WHERE person_id IN ")
                    .append(SqlSession.placeholders(people.size())).append(")");
            args.addAll(people);
        }
        if (args.isEmpty()) {
            return;
        }
        sql.append(")");
        Set<String> done = new HashSet<>();
        written.forEach(e -> done.add(e.id()));
        List<String> ids = new ArrayList<>();
        try (ResultSet rs = session.query(sql.toString(), args)) {
            while (rs.next()) {
                if (!done.contains(rs.getString(1))) {
                    ids.add(rs.getString(1));
                }
            }
        }
        for (int from = 0; from < ids.size(); from += 500) {
            List<Object> chunk = new ArrayList<>(ids.subList(from, Math.min(ids.size(), from + 500)));
            for (Event e : events.query(" WHERE e.id IN " + SqlSession.placeholders(chunk.size()), chunk)) {
                index(e, after);
            }
        }
    }

    /** The ids whose name was there before and is different now (new records cannot be named by stored events yet). */
    private static List<String> renamed(Map<String, LocalizedText> before, Map<String, LocalizedText> after) {
        List<String> ids = new ArrayList<>();
        before.forEach((id, name) -> {
            if (!name.equals(after.get(id))) {
                ids.add(id);
            }
        });
        return ids;
    }
}
