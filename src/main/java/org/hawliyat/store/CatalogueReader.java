package org.hawliyat.store;

import java.util.List;
import java.util.Optional;
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
 * Reading the catalogue's records: what the timeline, the lists, exports and the reading views
 * need. Failures are {@link StoreException}s.
 */
public interface CatalogueReader {

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

    /** Whether the store was opened read-only: every write then fails with a {@link StoreException}, so editing should be offered only when this is false. */
    boolean isReadOnly();

    /** A short description of where the data is, for messages and the status bar. */
    String location();
}
