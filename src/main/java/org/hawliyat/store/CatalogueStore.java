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
import org.hawliyat.model.Tour;

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
     * any failure nothing is changed. The caller validates first. A replaced event, article or type
     * whose content changed is recorded in the history under this editor, and a replaced event's
     * version goes up by one (an event in the trash comes back); one that did not change is left
     * as it was.
     */
    void importCatalogue(Catalogue catalogue, String editor);

    /** {@link #importCatalogue(Catalogue, String)} with the changes recorded as made by {@value #IMPORT_EDITOR}. */
    default void importCatalogue(Catalogue catalogue) {
        importCatalogue(catalogue, IMPORT_EDITOR);
    }

    /** The editor named in the history for an import that did not say who ran it. */
    String IMPORT_EDITOR = "import";

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

    // ---- editing: one transaction per call; every change recorded with its editor ----

    /**
     * Saves an event as edited from the version it was opened at ({@code edited.version()}; 0 for a
     * new event). Each changed field is recorded in the history with its old and new value. Returns
     * the stored event: the next version, modified now. When no field changed, nothing is written
     * and the stored event is returned as it is (same version).
     *
     * @throws StaleEditException when the stored version is not the one the edit started from (or a
     *     new event's id is taken, or the event was deleted): nothing is written
     * @throws InvalidEditException when the event would break the catalogue (an unknown type,
     *     country, place, person or article, a quote its article does not hold, no title, an end
     *     before the start, an id that is not a valid id): nothing is written
     */
    Event saveEvent(Event edited, String editor);

    /**
     * Restores an earlier version of an event ({@link #eventAt}) as a new, recorded change, if the
     * event is still at {@code fromVersion}. Returns the stored event.
     *
     * @throws StaleEditException when the event changed since {@code fromVersion} or is in the trash
     * @throws StoreException when that earlier version is not known
     */
    default Event restoreVersion(String id, long version, long fromVersion, String editor) {
        Event earlier = eventAt(id, version).orElseThrow(() -> new StoreException(
                "Version " + version + " of event \"" + id + "\" is not in its history."));
        return saveEvent(new Event(earlier.id(), earlier.typeId(), earlier.start(), earlier.end(), earlier.title(),
                earlier.summary(), earlier.countryIds(), earlier.placeId(), earlier.people(), earlier.sources(),
                fromVersion, earlier.modified()), editor);
    }

    /**
     * Moves an event to the trash (a recorded change), if it is still at this version.
     *
     * @throws StaleEditException when it changed or is already gone: nothing is written
     */
    void deleteEvent(String id, long version, String editor);

    /** Brings an event back from the trash (a recorded change) and returns it. */
    Event restoreEvent(String id, String editor);

    /** The events in the trash, the most recently deleted first. */
    List<Event> trash();

    /** Every recorded change of an event, oldest first; empty for an event never edited here. */
    List<HistoryEntry> history(String eventId);

    /**
     * Every recorded change of an article, oldest first (fields {@code title}, {@code outlet},
     * {@code author}, {@code language}, {@code published}, {@code publishedApproximate},
     * {@code publishedNote}, {@code provenance}, {@code text}); empty for one never edited here.
     */
    List<HistoryEntry> articleHistory(String articleId);

    /**
     * The event (also one in the trash) as it was at a version, rebuilt from its history by undoing
     * the later changes; its {@code modified} is when that version was saved ({@link
     * java.time.Instant#EPOCH} when the version came from an import or the curated dataset). Empty
     * when the event or that version is unknown (versions before the first change recorded here).
     */
    Optional<Event> eventAt(String id, long version);

    /**
     * Adds a new event type (created while editing), or renames one; recorded like any change.
     *
     * @throws InvalidEditException when the id is not a valid id or the type has no name
     */
    void saveType(EventType type, String editor);

    /**
     * Adds an article (pasted or read from a file), or saves an existing one's metadata and text,
     * with its provenance; recorded in the history under the article's id ({@link #articleHistory}).
     *
     * @throws InvalidEditException when the id is not a valid id, the title is empty, or a new text
     *     no longer holds a passage that an event (also one in the trash) quotes: nothing is written
     */
    void saveArticle(Article article, String editor);

    /**
     * {@link #saveArticle(Article, String)}, if the article is still at the version its editor
     * opened ({@link #articleVersion}; 0 for a new article, whose id must then be free; a negative
     * version is not compared, as in the two-argument form).
     *
     * @throws StaleEditException when it is not (its {@code current()} is null: read the article again)
     */
    void saveArticle(Article article, long fromVersion, String editor);

    /**
     * An article's version, for {@link #saveArticle(Article, long, String)}: 0 when there is no such
     * article, 1 as imported, one more for each recorded change.
     */
    long articleVersion(String articleId);

    // ---- tours ----

    /**
     * Every tour, by id. A stop whose event is in the trash is left out while it is there (restoring
     * the event brings the stop back); deleting an event for good deletes its stops.
     */
    List<Tour> tours();

    /**
     * Adds or replaces a tour (its stops in order, exactly as given), in one transaction; recorded in
     * the history under its id (fields {@code title.ar}, {@code title.en}, {@code stops}). Nothing is
     * written when nothing changed.
     *
     * @throws InvalidEditException when the id is not a valid id, the tour has no title, or a stop
     *     names an event that does not exist, is in the trash or is already a stop: nothing is written
     */
    void saveTour(Tour tour, String editor);

    /**
     * Removes a tour (the events stay); recorded in the history.
     *
     * @throws StaleEditException when no tour has this id (any more)
     */
    void deleteTour(String id, String editor);

    /** Every recorded change of a tour, oldest first; empty for one never changed here. */
    List<HistoryEntry> tourHistory(String tourId);

    /**
     * Adds the curated tours this database has never been given (it was seeded before they were
     * curated), each once: a curated tour the user deleted does not come back, and an id already in
     * use is left alone. A database filled by {@link #seed} has been given the tours of that dataset.
     * Does nothing on a read-only store.
     */
    void seedTours(List<Tour> curated);

    /** The storage engine's own consistency check; an empty list when all is well. */
    List<String> integrityProblems();

    /** Whether the store was opened read-only: every write then fails with a {@link StoreException}, so editing should be offered only when this is false. */
    boolean isReadOnly();

    /** A short description of where the data is, for messages and the status bar. */
    String location();

    @Override
    void close();
}
