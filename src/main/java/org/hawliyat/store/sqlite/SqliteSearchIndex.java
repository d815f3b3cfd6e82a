package org.hawliyat.store.sqlite;

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
import org.hawliyat.store.jdbc.RecordNames;
import org.hawliyat.store.jdbc.SearchIndex;
import org.hawliyat.store.jdbc.SqlSession;
import org.hawliyat.text.TextSpan;
import org.hawliyat.text.search.SearchAnalyzer;
import org.hawliyat.text.search.SearchTerms;
import org.hawliyat.text.search.Snippet;
import org.hawliyat.text.search.SnippetFinder;

/**
 * The FTS5 search index ({@code search_index}, {@code search_document}): writing a record's
 * analysed terms, and answering a query with ranked hits and snippets. Used by the store on its
 * session (whose statement cache it shares), under its lock, inside its transactions.
 */
final class SqliteSearchIndex implements SearchIndex {

    private static final String EVENT = SearchHit.Kind.EVENT.code();
    private static final String ARTICLE = SearchHit.Kind.ARTICLE.code();
    private static final int SNIPPET_LENGTH = 160;

    private final SqlSession session;
    private final SearchAnalyzer analyzer = new SearchAnalyzer();
    private final SnippetFinder snippets = new SnippetFinder(analyzer, SNIPPET_LENGTH);
    /** Names recur on thousands of events (every event names its countries): analyse each once. */
    private final Map<String, String> nameTerms = new HashMap<>();

    SqliteSearchIndex(SqlSession session) {
        this.session = session;
    }

    // ---------------------------------------------------------------- writing

    @Override
    public void clear() throws SQLException {
        update("INSERT INTO search_index (search_index) VALUES ('delete-all')");
        update("DELETE FROM search_document");
    }

    /** Merges the index's segments into one, which makes queries faster after a bulk load. */
    @Override
    public void optimize() throws SQLException {
        update("INSERT INTO search_index (search_index) VALUES ('optimize')");
    }

    @Override
    public void index(Event e, RecordNames names) throws SQLException {
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

    @Override
    public void index(Article a) throws SQLException {
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

    @Override
    public void remove(String kind, String recordId) throws SQLException {
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
        session.update(sql);
    }

    private PreparedStatement statement(String sql) throws SQLException {
        return session.statement(sql);
    }

    // ---------------------------------------------------------------- searching

    @Override
    public SearchTerms terms(String typed) {
        return analyzer.query(typed);
    }

    @Override
    public Set<String> eventIds(SearchTerms terms) throws SQLException {
        Set<String> ids = new HashSet<>();
        try (ResultSet rs = session.query("SELECT d.record_id FROM search_index"
                + " JOIN search_document d ON d.id = search_index.rowid WHERE search_index MATCH ? AND d.kind = ?",
                List.of(Fts5Match.of(terms), EVENT))) {
            while (rs.next()) {
                ids.add(rs.getString(1));
            }
        }
        return ids;
    }

    /**
     * The best hits, ranked by bm25. FTS5 ranks every match but only the hits returned are read
     * and get a snippet, so a common word costs one pass over its matches and no more.
     */
    @Override
    public List<SearchHit> search(SearchQuery query, SearchTerms terms) throws SQLException {
        boolean everything = query.events() && query.articles() && query.eventIds() == null;
        List<Ranked> ranked = new ArrayList<>();
        // the index does not know kinds or filters: when only some hits are wanted, they are picked out here
        int limit = everything ? query.limit() : -1;
        try (ResultSet rs = session.query("SELECT d.kind, d.record_id, s.rank FROM"
                + " (SELECT rowid, rank FROM search_index WHERE search_index MATCH ? ORDER BY rank LIMIT ?) AS s"
                + " JOIN search_document d ON d.id = s.rowid ORDER BY s.rank", List.of(Fts5Match.of(terms), limit))) {
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
