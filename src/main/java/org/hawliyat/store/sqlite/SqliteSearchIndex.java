package org.hawliyat.store.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hawliyat.model.Article;
import org.hawliyat.model.Event;
import org.hawliyat.model.Language;
import org.hawliyat.model.LocalizedText;
import org.hawliyat.model.Participant;
import org.hawliyat.store.SearchHit;
import org.hawliyat.store.SearchQuery;
import org.hawliyat.text.TextSpan;
import org.hawliyat.text.search.SearchAnalyzer;
import org.hawliyat.text.search.SearchTerms;
import org.hawliyat.text.search.Snippet;
import org.hawliyat.text.search.SnippetFinder;

/**
 * The FTS5 search index ({@code search_index}, {@code search_document}): writing a record's
 * analysed terms, and answering a query with ranked hits and snippets. Used by
 * {@link SqliteCatalogueStore} on its connection, under its lock, inside its transactions.
 */
final class SqliteSearchIndex {

    /** app_meta key: the {@link SearchAnalyzer#VERSION} the stored index was built with. */
    static final String VERSION_KEY = "search-index-version";

    private static final String EVENT = SearchHit.Kind.EVENT.code();
    private static final String ARTICLE = SearchHit.Kind.ARTICLE.code();
    private static final int SNIPPET_LENGTH = 160;

    private final Connection connection;
    private final SearchAnalyzer analyzer = new SearchAnalyzer();
    private final SnippetFinder snippets = new SnippetFinder(analyzer, SNIPPET_LENGTH);
    /** Statements of the current transaction, reused for each record it writes. */
    private final Map<String, PreparedStatement> prepared = new HashMap<>();
    /** Names recur on thousands of events (every event names its countries): analyse each once. */
    private final Map<String, String> nameTerms = new HashMap<>();

    SqliteSearchIndex(Connection connection) {
        this.connection = connection;
    }

    /** The names an event's index row holds, by record id: what renaming a record changes. */
    record Names(Map<String, LocalizedText> types, Map<String, LocalizedText> countries,
                 Map<String, LocalizedText> places, Map<String, LocalizedText> people) {
    }

    Names names() throws SQLException {
        return new Names(nameMap("event_type"), nameMap("country"), nameMap("place"), nameMap("person"));
    }

    private Map<String, LocalizedText> nameMap(String table) throws SQLException {
        Map<String, LocalizedText> names = new HashMap<>();
        try (PreparedStatement ps = connection.prepareStatement("SELECT id, name_ar, name_en FROM " + table);
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                names.put(rs.getString(1), LocalizedText.of(rs.getString(2), rs.getString(3)));
            }
        }
        return names;
    }

    // ---------------------------------------------------------------- writing

    /** Empties the index. */
    void clear() throws SQLException {
        update("INSERT INTO search_index (search_index) VALUES ('delete-all')");
        update("DELETE FROM search_document");
    }

    /** Merges the index's segments into one, which makes queries faster after a bulk load. */
    void optimize() throws SQLException {
        update("INSERT INTO search_index (search_index) VALUES ('optimize')");
    }

    void index(Event e, Names names) throws SQLException {
        StringBuilder title = new StringBuilder();
        analyzer.appendIndexTerms(both(e.title()), title);
        StringBuilder named = new StringBuilder();
        appendNames(named, names.types().get(e.typeId()));
        for (String country : e.countryIds()) {
            appendName(named, country);
            appendNames(named, names.countries().get(country));
        }
        if (e.placeId() != null) {
            appendNames(named, names.places().get(e.placeId()));
        }
        for (Participant p : e.people()) {
            appendNames(named, names.people().get(p.personId()));
            appendNames(named, p.role());
        }
        appendName(named, String.valueOf(e.start().date().year()));
        if (e.end() != null && e.end().date().year() != e.start().date().year()) {
            appendName(named, String.valueOf(e.end().date().year()));
        }
        write(EVENT, e.id(), title.toString(), named.toString(), analyzer.indexTerms(both(e.summary())));
    }

    void index(Article a) throws SQLException {
        StringBuilder named = new StringBuilder();
        appendName(named, a.outlet());
        appendName(named, a.author());
        if (a.published() != null) {
            appendName(named, String.valueOf(a.published().date().year()));
        }
        write(ARTICLE, a.id(), analyzer.indexTerms(a.title()), named.toString(), analyzer.indexTerms(a.text()));
    }

    private static String both(LocalizedText text) {
        return (text.ar() == null ? "" : text.ar()) + "\n" + (text.en() == null ? "" : text.en());
    }

    private void appendNames(StringBuilder terms, LocalizedText name) {
        if (name != null) {
            appendName(terms, name.ar());
            appendName(terms, name.en());
        }
    }

    private void appendName(StringBuilder terms, String name) {
        if (name == null || name.isBlank()) {
            return;
        }
        if (nameTerms.size() > 50_000) {
            nameTerms.clear(); // a bound, not a cache policy: names are few
        }
        String analysed = nameTerms.computeIfAbsent(name, analyzer::indexTerms);
        if (!analysed.isEmpty()) {
            if (terms.length() > 0) {
                terms.append(' ');
            }
            terms.append(analysed);
        }
    }

    /** Takes the record out of the index (an event moved to the trash); nothing happens when it is not there. */
    void remove(String kind, String recordId) throws SQLException {
        PreparedStatement find = statement("SELECT id FROM search_document WHERE kind = ? AND record_id = ?");
        find.setString(1, kind);
        find.setString(2, recordId);
        long rowid;
        try (ResultSet rs = find.executeQuery()) {
            if (!rs.next()) {
                return;
            }
            rowid = rs.getLong(1);
        }
        PreparedStatement delete = statement("DELETE FROM search_index WHERE rowid = ?");
        delete.setLong(1, rowid);
        delete.executeUpdate();
        PreparedStatement forget = statement("DELETE FROM search_document WHERE id = ?");
        forget.setLong(1, rowid);
        forget.executeUpdate();
    }

    /** Replaces the record's row of the index. */
    private void write(String kind, String recordId, String title, String names, String body) throws SQLException {
        PreparedStatement find = statement("SELECT id FROM search_document WHERE kind = ? AND record_id = ?");
        find.setString(1, kind);
        find.setString(2, recordId);
        long rowid;
        try (ResultSet rs = find.executeQuery()) {
            rowid = rs.next() ? rs.getLong(1) : -1;
        }
        if (rowid >= 0) {
            PreparedStatement delete = statement("DELETE FROM search_index WHERE rowid = ?");
            delete.setLong(1, rowid);
            delete.executeUpdate();
        } else {
            PreparedStatement insert = statement("INSERT INTO search_document (kind, record_id) VALUES (?, ?)");
            insert.setString(1, kind);
            insert.setString(2, recordId);
            insert.executeUpdate();
        }
        // a new document's row takes the id just given to it
        PreparedStatement row = statement("INSERT INTO search_index (rowid, title, names, body)"
                + " VALUES (CASE WHEN ? < 0 THEN last_insert_rowid() ELSE ? END, ?, ?, ?)");
        row.setLong(1, rowid);
        row.setLong(2, rowid);
        row.setString(3, title);
        row.setString(4, names);
        row.setString(5, body);
        row.executeUpdate();
    }

    private void update(String sql) throws SQLException {
        statement(sql).executeUpdate();
    }

    private PreparedStatement statement(String sql) throws SQLException {
        PreparedStatement ps = prepared.get(sql);
        if (ps == null) {
            ps = connection.prepareStatement(sql);
            prepared.put(sql, ps);
        }
        return ps;
    }

    /** Closes the statements of a finished transaction or search. */
    void closeStatements() {
        for (PreparedStatement ps : prepared.values()) {
            try {
                ps.close();
            } catch (SQLException e) {
                // closing a statement whose work is done: nothing left to protect
            }
        }
        prepared.clear();
    }

    // ---------------------------------------------------------------- searching

    /** The query's terms, as the index holds them. */
    SearchTerms terms(String typed) {
        return analyzer.query(typed);
    }

    /** The ids of every event that matches, unranked. */
    Set<String> eventIds(SearchTerms terms) throws SQLException {
        Set<String> ids = new HashSet<>();
        try (PreparedStatement ps = connection.prepareStatement("SELECT d.record_id FROM search_index"
                + " JOIN search_document d ON d.id = search_index.rowid WHERE search_index MATCH ? AND d.kind = ?")) {
            ps.setString(1, Fts5Match.of(terms));
            ps.setString(2, EVENT);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
        }
        return ids;
    }

    /**
     * The best hits, ranked by bm25. FTS5 ranks every match but only the hits returned are read
     * and get a snippet, so a common word costs one pass over its matches and no more.
     */
    List<SearchHit> search(SearchQuery query, SearchTerms terms) throws SQLException {
        boolean everything = query.events() && query.articles() && query.eventIds() == null;
        List<Ranked> ranked = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement("SELECT d.kind, d.record_id, s.rank FROM"
                + " (SELECT rowid, rank FROM search_index WHERE search_index MATCH ? ORDER BY rank LIMIT ?) AS s"
                + " JOIN search_document d ON d.id = s.rowid ORDER BY s.rank")) {
            ps.setString(1, Fts5Match.of(terms));
            // the index does not know kinds or filters: when only some hits are wanted, they are picked out here
            ps.setInt(2, everything ? query.limit() : -1);
            try (ResultSet rs = ps.executeQuery()) {
                while (ranked.size() < query.limit() && rs.next()) {
                    String kind = rs.getString(1);
                    String id = rs.getString(2);
                    boolean wanted = EVENT.equals(kind)
                            ? query.events() && (query.eventIds() == null || query.eventIds().contains(id))
                            : query.articles();
                    if (wanted) {
                        ranked.add(new Ranked(kind, id, -rs.getDouble(3))); // FTS5's bm25 is lower for better matches
                    }
                }
            }
        }
        List<SearchHit> hits = new ArrayList<>(ranked.size());
        for (Ranked r : ranked) {
            Optional<SearchHit> hit = EVENT.equals(r.kind())
                    ? eventHit(r.id(), r.score(), terms, query.language())
                    : articleHit(r.id(), r.score(), terms);
            hit.ifPresent(hits::add);
        }
        return hits;
    }

    private record Ranked(String kind, String id, double score) {
    }

    private Optional<SearchHit> eventHit(String id, double score, SearchTerms terms, Language language) throws SQLException {
        PreparedStatement ps = statement("SELECT start_date, title_ar, title_en, summary_ar, summary_en FROM event WHERE id = ?");
        ps.setString(1, id);
        try (ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                return Optional.empty(); // an index row whose record is gone: the next rebuild drops it
            }
            LocalizedText title = LocalizedText.of(rs.getString(2), rs.getString(3));
            LocalizedText summary = LocalizedText.of(rs.getString(4), rs.getString(5));
            // the summary is the snippet's first choice (the title is shown anyway), in the query's language first
            List<String> candidates = new ArrayList<>(4);
            summary.exactly(language).ifPresent(candidates::add);
            summary.exactly(language.other()).ifPresent(candidates::add);
            title.exactly(language).ifPresent(candidates::add);
            title.exactly(language.other()).ifPresent(candidates::add);
            SnippetFinder.Found best = null;
            for (String text : candidates) {
                SnippetFinder.Found found = snippets.find(text, terms).orElse(null);
                if (found != null && found.betterThan(best)) {
                    best = found;
                }
            }
            Snippet snippet = best != null ? best.snippet()
                    : snippets.opening(summary.isEmpty() ? title.in(language) : summary.in(language));
            return Optional.of(new SearchHit(SearchHit.Kind.EVENT, id, rs.getString(1), title, snippet, null, score));
        }
    }

    private Optional<SearchHit> articleHit(String id, double score, SearchTerms terms) throws SQLException {
        PreparedStatement ps = statement("SELECT title, language, published, body FROM article WHERE id = ?");
        ps.setString(1, id);
        try (ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                return Optional.empty();
            }
            String title = rs.getString(1);
            Language language = Language.fromCode(rs.getString(2));
            String text = rs.getString(4);
            Optional<SnippetFinder.Found> inText = snippets.find(text, terms);
            Snippet snippet;
            TextSpan textMatch = null;
            if (inText.isPresent()) {
                snippet = inText.get().snippet();
                textMatch = snippet.highlights().isEmpty() ? null : snippet.inSource(snippet.highlights().get(0));
            } else {
                snippet = snippets.find(title, terms).map(SnippetFinder.Found::snippet).orElseGet(() -> snippets.opening(text));
            }
            LocalizedText localizedTitle = language == Language.AR ? LocalizedText.of(title, null) : LocalizedText.of(null, title);
            return Optional.of(new SearchHit(SearchHit.Kind.ARTICLE, id, rs.getString(3), localizedTitle, snippet,
                    textMatch, score));
        }
    }
}
