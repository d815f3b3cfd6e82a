package org.hawliyat.store;

import java.util.List;
import java.util.Set;

/** Full-text search over events and articles, kept up to date by every write. */
public interface CatalogueSearch {

    /**
     * The events and articles that match a typed query, best first (bm25 over titles, names and
     * texts in both languages), at most {@code query.limit()}, each with a snippet of its original
     * text. Whatever was typed is taken literally: it never fails because of quotes, brackets or
     * operators, and a query without a searchable word (only punctuation, or only words such as
     * «the» or «في») has no hits.
     */
    List<SearchHit> search(SearchQuery query);

    /**
     * The ids of every event that matches the typed text, unranked: what the timeline and the list
     * show while a search is active ({@link EventFilter#withEventIds}). Empty when nothing
     * searchable was typed.
     */
    Set<String> matchingEventIds(String text);

    /** Builds the search index again from every event and article, in one transaction. */
    void rebuildSearchIndex();
}
