package org.hawliyat.store.jdbc;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hawliyat.model.Language;
import org.hawliyat.model.LocalizedText;
import org.hawliyat.store.SearchHit;
import org.hawliyat.text.TextSpan;
import org.hawliyat.text.search.SearchAnalyzer;
import org.hawliyat.text.search.SearchTerms;
import org.hawliyat.text.search.Snippet;
import org.hawliyat.text.search.SnippetFinder;

/**
 * Ranked matches made into search hits: each record's title, date and the snippet of its original
 * text that shows the query's terms best. Only the hits returned are read and get a snippet.
 */
final class SearchHits {

    private static final String EVENT = SearchHit.Kind.EVENT.code();
    private static final int SNIPPET_LENGTH = 160;

    private final SqlSession session;
    private final SnippetFinder snippets;

    SearchHits(SqlSession session, SearchAnalyzer analyzer) {
        this.session = session;
        this.snippets = new SnippetFinder(analyzer, SNIPPET_LENGTH);
    }

    /** The hits of these matches, in their order; a match whose record is gone is left out. */
    List<SearchHit> of(List<RankedMatch> ranked, SearchTerms terms, Language language) throws SQLException {
        List<SearchHit> hits = new ArrayList<>(ranked.size());
        for (RankedMatch r : ranked) {
            Optional<SearchHit> hit = EVENT.equals(r.kind())
                    ? eventHit(r.recordId(), r.score(), terms, language)
                    : articleHit(r.recordId(), r.score(), terms);
            hit.ifPresent(hits::add);
        }
        return hits;
    }

    private Optional<SearchHit> eventHit(String id, double score, SearchTerms terms, Language language) throws SQLException {
        PreparedStatement ps = session.statement("SELECT start_date, title_ar, title_en, summary_ar, summary_en FROM event WHERE id = ?");
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
        PreparedStatement ps = session.statement("SELECT title, language, published, body FROM article WHERE id = ?");
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
