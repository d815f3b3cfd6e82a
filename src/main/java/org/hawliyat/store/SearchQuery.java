package org.hawliyat.store;

import java.util.Collection;
import java.util.Set;
import org.hawliyat.model.Language;
import org.hawliyat.text.search.SearchAnalyzer;

/**
 * A search as typed: the text (any text at all: it is never parsed as query syntax), how many hits
 * to return at most, the language to prefer for snippets, whether to include events and articles,
 * and optionally only some events (those passing the filters; null for every event).
 */
public record SearchQuery(String text, int limit, Language language, boolean events, boolean articles,
                          Set<String> eventIds) {

    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 1000;

    public SearchQuery {
        text = text == null ? "" : text;
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("the limit must be 1 to " + MAX_LIMIT);
        }
        language = language == null ? SearchAnalyzer.languageOf(text, Language.AR) : language;
        eventIds = eventIds == null ? null : Set.copyOf(eventIds);
    }

    /** Events and articles, the best {@value #DEFAULT_LIMIT}, snippets in the language the text is written in (Arabic when it cannot tell). */
    public static SearchQuery of(String text) {
        return new SearchQuery(text, DEFAULT_LIMIT, null, true, true, null);
    }

    /**
     * Whether the text has a word to search for. When it has none (blank, only punctuation or
     * operators, only stop words) a search finds nothing, and a search field should show every
     * event rather than none.
     */
    public boolean hasSearchableWords() {
        return !new SearchAnalyzer().query(text).isEmpty();
    }

    public SearchQuery withLimit(int max) {
        return new SearchQuery(text, max, language, events, articles, eventIds);
    }

    public SearchQuery withLanguage(Language preferred) {
        return new SearchQuery(text, limit, preferred, events, articles, eventIds);
    }

    /** Events only (no articles), or articles only. */
    public SearchQuery onlyEvents() {
        return new SearchQuery(text, limit, language, true, false, eventIds);
    }

    public SearchQuery onlyArticles() {
        return new SearchQuery(text, limit, language, false, true, eventIds);
    }

    /** Only among these events (for example those that pass the filters); articles are not affected. */
    public SearchQuery withinEvents(Collection<String> ids) {
        return new SearchQuery(text, limit, language, events, articles, ids == null ? null : Set.copyOf(ids));
    }
}
