package org.hawliyat.store;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hawliyat.model.Article;
import org.hawliyat.model.ArticleInfo;
import org.hawliyat.model.Catalogue;
import org.hawliyat.model.Country;
import org.hawliyat.model.Event;
import org.hawliyat.model.EventType;
import org.hawliyat.model.Period;
import org.hawliyat.model.Person;
import org.hawliyat.model.Place;

/**
 * The catalogue's records, wherever they are kept. The UI and the command line see only this
 * interface; SQL stays behind it. Implementations are safe to call from any thread; the UI must
 * call them off the FX thread. Failures are {@link StoreException}s.
 */
public interface CatalogueStore extends AutoCloseable {

    /** The events that pass the filter, in time order. Writes keep the search index up to date in the same transaction. */
    List<Event> events(EventFilter filter);

    default List<Event> events() {
        return events(EventFilter.ALL);
    }

    Optional<Event> event(String id);

    /** Types in their display order. */
    List<EventType> types();

    List<Country> countries();

    List<Place> places();

    List<Person> people();

    List<Period> periods();

    /** All articles, with their full text. */
    List<Article> articles();

    Optional<Article> article(String id);

    /** Every article's metadata without its text, sorted by id: cheap even for many long articles. */
    default List<ArticleInfo> articleInfos() {
        return articles().stream().map(Article::info).toList();
    }

    /** Every record, each list sorted by id (types in their display order). */
    Catalogue snapshot();

    /**
     * Adds the catalogue's records, replacing records with the same id, in one transaction: on
     * any failure nothing is changed. The caller validates first.
     */
    void importCatalogue(Catalogue catalogue);

    /** Whether the curated dataset has been loaded into this store (it is loaded once, on first open). */
    boolean isSeeded();

    /** Loads the curated dataset and records that it was loaded, in one transaction. */
    void seed(Catalogue curated);

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

    /** The storage engine's own consistency check; an empty list when all is well. */
    List<String> integrityProblems();

    /** Whether the store was opened read-only. */
    boolean isReadOnly();

    /** A short description of where the data is, for messages and the status bar. */
    String location();

    @Override
    void close();
}
