package org.hawliyat.store.jdbc;

import java.util.HashMap;
import java.util.Map;
import org.hawliyat.model.Article;
import org.hawliyat.model.Event;
import org.hawliyat.model.LocalizedText;
import org.hawliyat.model.Participant;
import org.hawliyat.store.SearchHit;
import org.hawliyat.text.search.SearchAnalyzer;

/**
 * What the index holds of an event or an article: its texts and the names it refers to, in both
 * languages, analysed into index terms. The same for every engine.
 */
final class SearchDocuments {

    private static final String EVENT = SearchHit.Kind.EVENT.code();
    private static final String ARTICLE = SearchHit.Kind.ARTICLE.code();

    private final SearchAnalyzer analyzer;
    /** Names recur on thousands of events (every event names its countries): analyse each once. */
    private final Map<String, String> nameTerms = new HashMap<>();

    SearchDocuments(SearchAnalyzer analyzer) {
        this.analyzer = analyzer;
    }

    SearchDocument of(Event e, RecordNames names) {
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
        return new SearchDocument(EVENT, e.id(), title.toString(), named.toString(), analyzer.indexTerms(both(e.summary())));
    }

    SearchDocument of(Article a) {
        StringBuilder named = new StringBuilder();
        appendName(named, a.outlet());
        appendName(named, a.author());
        if (a.published() != null) {
            appendName(named, String.valueOf(a.published().date().year()));
        }
        return new SearchDocument(ARTICLE, a.id(), analyzer.indexTerms(a.title()), named.toString(),
                analyzer.indexTerms(a.text()));
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
}
