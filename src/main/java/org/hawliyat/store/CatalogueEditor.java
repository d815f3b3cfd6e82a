package org.hawliyat.store;

import java.util.List;
import java.util.Optional;
import org.hawliyat.model.Article;
import org.hawliyat.model.Catalogue;
import org.hawliyat.model.Event;
import org.hawliyat.model.EventType;

/**
 * Changing the catalogue: imports, the curated dataset, edits with their history, the trash and
 * earlier versions. One transaction per call; every change is recorded with its editor.
 */
public interface CatalogueEditor {

    /**
     * Adds the catalogue's records, replacing records with the same id, in one transaction: on
     * any failure nothing is changed. The caller validates first. A replaced event, article or type
     * whose content changed is recorded in the history under this editor, and a replaced event's
     * version goes up by one (an event in the trash comes back); one that did not change is left
     * as it was.
     */
    default void importCatalogue(Catalogue catalogue, String editor) {
        importCatalogue(catalogue, editor, ImportProgress.NONE);
    }

    /**
     * {@link #importCatalogue(Catalogue, String)}, telling {@code progress} how far it has gone; when
     * it says stop, nothing is written and {@link ImportCancelledException} is thrown.
     */
    void importCatalogue(Catalogue catalogue, String editor, ImportProgress progress);

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
        return saveEvent(earlier.withVersion(fromVersion, earlier.modified()), editor);
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
     * Every recorded change of a record of any kind, oldest first: a type's, country's or person's
     * {@code name.ar} and {@code name.en}; a place's also {@code country}; a period's also
     * {@code start}, {@code end}, {@code person}, {@code country} and {@code note}. Empty for one never
     * changed here.
     */
    List<HistoryEntry> recordHistory(RecordKind kind, String id);

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
}
