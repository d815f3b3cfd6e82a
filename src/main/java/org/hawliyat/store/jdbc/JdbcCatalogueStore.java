package org.hawliyat.store.jdbc;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
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
import org.hawliyat.store.CatalogueStore;
import org.hawliyat.store.EventFilter;
import org.hawliyat.store.HistoryEntry;
import org.hawliyat.store.SearchHit;
import org.hawliyat.store.SearchQuery;
import org.hawliyat.store.StoredDraft;

/**
 * The catalogue in a SQL database, whatever the engine: a façade that hands each call to the part
 * that does it (event rows, other records, the import writer, edits, history, tours, search), all
 * on one {@link SqlSession}. One connection, used by one thread at a time: every call holds this
 * object's lock. An engine subclasses it with the way to open its database, its {@link SqlDialect}
 * and its {@link SearchIndex}.
 */
public class JdbcCatalogueStore implements CatalogueStore {

    private final SqlSession session;
    private final EventRows events;
    private final RecordRows records;
    private final EditHistory history;
    private final CatalogueEdits edits;
    private final ImportWriter importer;
    private final Tours tours;
    private final StoreSearch search;
    private final Drafts drafts;
    private final ChangeLog changes;

    /**
     * A store on an open, migrated session. A database of an earlier version that is opened
     * read-only is not migrated: it is read as it is, without a trash, history or tours.
     */
    protected JdbcCatalogueStore(SqlSession session, SearchIndex index) throws SQLException {
        this.session = session;
        this.events = new EventRows(session, session.hasColumn("event", "deleted_at"));
        this.records = new RecordRows(session);
        this.history = new EditHistory(session, events);
        this.tours = new Tours(session, events, history, session.hasTable("tour"));
        this.search = new StoreSearch(session, index, events, records);
        this.edits = new CatalogueEdits(session, events, records, history, search);
        this.importer = new ImportWriter(session, records, events, history, tours, search);
        this.drafts = new Drafts(session, session.hasTable("draft"));
        this.changes = new ChangeLog(session, session.hasTable("history"));
    }

    /** Builds the search index if it was built by another version of the analyser (or never). */
    protected final synchronized void updateSearchIndexIfOutdated() {
        search.rebuildIfOutdated();
    }

    // ---------------------------------------------------------------- reading

    @Override
    public synchronized List<Event> events(EventFilter filter) {
        return events.events(filter);
    }

    @Override
    public synchronized Optional<Event> event(String id) {
        return events.event(id);
    }

    @Override
    public synchronized List<EventType> types() {
        return records.types();
    }

    @Override
    public synchronized List<Country> countries() {
        return records.countries();
    }

    @Override
    public synchronized List<Place> places() {
        return records.places();
    }

    @Override
    public synchronized List<Person> people() {
        return records.people();
    }

    @Override
    public synchronized List<Period> periods() {
        return records.periods();
    }

    @Override
    public synchronized List<Article> articles() {
        return records.articles();
    }

    @Override
    public synchronized Optional<Article> article(String id) {
        return records.article(id);
    }

    @Override
    public synchronized List<ArticleInfo> articleInfos() {
        return records.articleInfos();
    }

    @Override
    public synchronized Catalogue snapshot() {
        List<Event> all = new ArrayList<>(events.events(EventFilter.ALL));
        all.sort(Comparator.comparing(Event::id));
        return new Catalogue(types(), countries(), places(), people(), periods(), articles(), all, tours());
    }

    @Override
    public boolean isReadOnly() {
        return session.isReadOnly();
    }

    @Override
    public String location() {
        return session.location();
    }

    // ---------------------------------------------------------------- importing

    @Override
    public synchronized void importCatalogue(Catalogue catalogue, String editor, org.hawliyat.store.ImportProgress progress) {
        importer.importCatalogue(catalogue, requireEditor(editor), progress);
    }

    @Override
    public synchronized boolean isSeeded() {
        return importer.isSeeded();
    }

    @Override
    public synchronized void seed(Catalogue curated) {
        importer.seed(curated);
    }

    // ---------------------------------------------------------------- editing

    @Override
    public synchronized Event saveEvent(Event edited, String editor) {
        return edits.saveEvent(edited, requireEditor(editor));
    }

    @Override
    public synchronized void deleteEvent(String id, long version, String editor) {
        edits.deleteEvent(id, version, requireEditor(editor));
    }

    @Override
    public synchronized Event restoreEvent(String id, String editor) {
        return edits.restoreEvent(id, requireEditor(editor));
    }

    @Override
    public synchronized List<Event> trash() {
        return history.trash();
    }

    @Override
    public synchronized List<HistoryEntry> history(String eventId) {
        return history.history(EditHistory.EVENT_KIND, eventId);
    }

    @Override
    public synchronized List<HistoryEntry> articleHistory(String articleId) {
        return history.history(EditHistory.ARTICLE_KIND, articleId);
    }

    @Override
    public synchronized List<HistoryEntry> recordHistory(org.hawliyat.store.RecordKind kind, String id) {
        return history.history(kind.code(), id);
    }

    @Override
    public synchronized Optional<Event> eventAt(String id, long version) {
        return history.eventAt(id, version);
    }

    @Override
    public synchronized void saveType(EventType type, String editor) {
        edits.saveType(type, requireEditor(editor));
    }

    @Override
    public synchronized void saveArticle(Article article, String editor) {
        saveArticle(article, -1, editor);
    }

    /** With a negative {@code fromVersion}, the version is not compared. */
    @Override
    public synchronized void saveArticle(Article article, long fromVersion, String editor) {
        edits.saveArticle(article, fromVersion, requireEditor(editor));
    }

    @Override
    public synchronized long articleVersion(String articleId) {
        return edits.articleVersion(articleId);
    }

    // ---------------------------------------------------------------- tours

    @Override
    public synchronized List<Tour> tours() {
        return tours.tours();
    }

    @Override
    public synchronized void saveTour(Tour tour, String editor) {
        tours.save(tour, requireEditor(editor));
    }

    @Override
    public synchronized void deleteTour(String id, String editor) {
        tours.delete(id, requireEditor(editor));
    }

    @Override
    public synchronized List<HistoryEntry> tourHistory(String tourId) {
        return tours.history(tourId);
    }

    @Override
    public synchronized void seedTours(List<Tour> curated) {
        tours.seed(curated);
    }

    // ---------------------------------------------------------------- searching

    @Override
    public synchronized List<SearchHit> search(SearchQuery query) {
        return search.search(query);
    }

    @Override
    public synchronized Set<String> matchingEventIds(String text) {
        return search.matchingEventIds(text);
    }

    @Override
    public synchronized void rebuildSearchIndex() {
        search.rebuild();
    }

    // ---------------------------------------------------------------- drafts and changes

    @Override
    public synchronized void saveDraft(StoredDraft draft) {
        drafts.save(draft);
    }

    @Override
    public synchronized Optional<StoredDraft> draft(String eventId, String editor) {
        return drafts.draft(eventId, editor);
    }

    @Override
    public synchronized List<StoredDraft> drafts(String editor) {
        return drafts.drafts(editor);
    }

    @Override
    public synchronized void deleteDraft(String eventId, String editor) {
        drafts.remove(eventId, editor);
    }

    @Override
    public synchronized long changeToken() {
        return changes.token();
    }

    @Override
    public synchronized long changeMark() {
        return changes.mark();
    }

    @Override
    public synchronized Changes changesSince(long mark) {
        return changes.since(mark);
    }

    // ---------------------------------------------------------------- checking and closing

    @Override
    public synchronized List<String> integrityProblems() {
        try {
            return session.dialect().integrityProblems(session);
        } catch (SQLException e) {
            throw session.failure("check the database", e);
        }
    }

    @Override
    public synchronized void close() {
        session.close();
    }

    private static String requireEditor(String editor) {
        if (editor == null || editor.isBlank()) {
            throw new IllegalArgumentException("every change is recorded with its editor's name, and none was given");
        }
        return editor.strip();
    }
}
