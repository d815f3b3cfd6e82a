package org.hawliyat.store.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.hawliyat.model.Article;
import org.hawliyat.model.Catalogue;
import org.hawliyat.model.Event;
import org.hawliyat.model.EventFields;
import org.hawliyat.model.EventType;
import org.hawliyat.model.LocalizedText;
import org.hawliyat.model.SourceRef;
import org.hawliyat.model.validation.CatalogueValidator;
import org.hawliyat.model.validation.Problem;
import org.hawliyat.store.InvalidEditException;
import org.hawliyat.store.StaleEditException;

/**
 * One editor's changes, each in one transaction that checks it first: saving an event from the
 * version it was opened at, moving it to the trash and back, saving a type or an article. Every
 * change is recorded in the {@link EditHistory} and the search index in the same transaction.
 */
final class CatalogueEdits {

    private final SqlSession session;
    private final EventRows events;
    private final RecordRows records;
    private final EditHistory history;
    private final StoreSearch search;
    private final CatalogueValidator validator = new CatalogueValidator();

    CatalogueEdits(SqlSession session, EventRows events, RecordRows records, EditHistory history,
                   StoreSearch search) {
        this.session = session;
        this.events = events;
        this.records = records;
        this.history = history;
        this.search = search;
    }

    // ---------------------------------------------------------------- events

    Event saveEvent(Event edited, String editor) {
        return session.inTransactionReturning("save event " + edited.id(), () -> writeEdit(edited, editor));
    }

    /** Inside the write transaction, so the version read here cannot change before the write. */
    private Event writeEdit(Event edited, String editor) throws SQLException {
        EventRows.Stored stored = events.stored(edited.id());
        Instant now = EditHistory.now();
        if (edited.version() == 0) {
            if (stored != null) {
                throw new StaleEditException("An event with the id \"" + edited.id() + "\" already exists"
                        + (stored.trashed() ? " in the trash" : "") + ", so the new event was not saved.", 0,
                        stored.trashed() ? null : stored.event());
            }
            Event created = edited.withVersion(1, now);
            requireValid(created);
            events.write(created, false);
            history.record(EditHistory.EVENT_KIND, created.id(), 1, now, editor, EventFields.diff(null, created));
            search.index(created);
            return created;
        }
        Event current = requireAt(stored, edited.id(), edited.version(), "saved");
        List<EventFields.Change> changes = EventFields.diff(current, edited);
        if (changes.isEmpty()) {
            return current; // nothing to record, and no reason to make other windows' copies stale
        }
        Event next = edited.withVersion(current.version() + 1, now);
        requireValid(next);
        events.write(next, true);
        history.record(EditHistory.EVENT_KIND, next.id(), next.version(), now, editor, changes);
        search.index(next);
        return next;
    }

    /** The stored event, when it is still at the version an edit started from; else the refusal. */
    private static Event requireAt(EventRows.Stored stored, String id, long version, String what) {
        if (stored == null) {
            throw new StaleEditException("Event \"" + id + "\" does not exist (any more), so it was not " + what + ".",
                    version, null);
        }
        if (stored.trashed()) {
            throw new StaleEditException("Event \"" + id + "\" was moved to the trash since it was opened, so it was not "
                    + what + ".", version, null);
        }
        long now = stored.event().version();
        if (now != version) {
            throw new StaleEditException("Event \"" + id + "\" was changed since it was opened (it is now at version "
                    + now + ", the edit started from version " + version + "), so it was not " + what + ".",
                    version, stored.event());
        }
        return stored.event();
    }

    void deleteEvent(String id, long version, String editor) {
        session.inTransaction("move event " + id + " to the trash", () -> {
            Event current = requireAt(events.stored(id), id, version, "moved to the trash");
            Instant now = EditHistory.now();
            long next = current.version() + 1;
            events.setTrashed(id, now, next, now);
            history.record(EditHistory.EVENT_KIND, id, next, now, editor,
                    List.of(new EventFields.Change(EditHistory.DELETED, "false", "true")));
            search.removeEvent(id);
        });
    }

    Event restoreEvent(String id, String editor) {
        return session.inTransactionReturning("restore event " + id + " from the trash", () -> {
            EventRows.Stored stored = events.stored(id);
            if (stored == null) {
                throw new StaleEditException("No event has the id \"" + id + "\", in the trash or out of it.", 0, null);
            }
            if (!stored.trashed()) {
                throw new StaleEditException("Event \"" + id + "\" is not in the trash (it was restored already).",
                        stored.event().version(), stored.event());
            }
            Instant now = EditHistory.now();
            Event back = stored.event().withVersion(stored.event().version() + 1, now);
            requireValid(back); // what it refers to may have changed while it was in the trash
            events.setTrashed(id, null, back.version(), now);
            history.record(EditHistory.EVENT_KIND, id, back.version(), now, editor,
                    List.of(new EventFields.Change(EditHistory.DELETED, "true", "false")));
            search.index(back);
            return back;
        });
    }

    /**
     * What the database itself needs of an event: every reference resolves, every quote is in its
     * article, a title, the end not before the start (checked as {@link CatalogueValidator} does
     * for {@code check}, so that a saved event always passes it).
     */
    private void requireValid(Event e) throws SQLException {
        List<Article> cited = new ArrayList<>();
        for (String articleId : new LinkedHashSet<>(e.sources().stream().map(SourceRef::articleId).toList())) {
            Article a = records.storedArticle(articleId);
            if (a != null) {
                cited.add(a);
            }
        }
        Catalogue incoming = new Catalogue(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(e));
        Catalogue context = new Catalogue(records.types(), records.countries(), records.places(), records.people(),
                List.of(), cited, List.of(e));
        // the validator also refuses an end less precise than the start, which the table's check (dates compared as text) would
        requireNoProblems(new ArrayList<>(validator.validate(incoming, context)));
    }

    private static void requireNoProblems(List<Problem> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidEditException(problems);
        }
    }

    // ---------------------------------------------------------------- types and articles

    void saveType(EventType type, String editor) {
        session.inTransaction("save event type " + type.id(), () -> {
            Catalogue incoming = new Catalogue(List.of(type), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
            requireNoProblems(validator.validate(incoming, incoming));
            RecordNames before = RecordNames.read(session);
            LocalizedText old = before.types().get(type.id());
            List<EventFields.Change> changes = EditHistory.nameChanges(old, type.name());
            if (changes.isEmpty()) {
                return;
            }
            if (old == null) {
                session.update("INSERT INTO event_type (id, name_ar, name_en, position) VALUES (?, ?, ?, ?)",
                        type.id(), type.name().ar(), type.name().en(), records.nextTypePosition());
            } else {
                session.update("UPDATE event_type SET name_ar = ?, name_en = ? WHERE id = ?",
                        type.name().ar(), type.name().en(), type.id());
            }
            history.recordChanges(EditHistory.TYPE_KIND, type.id(), old != null, EditHistory.now(), editor, changes);
            if (old != null) { // the events of this type are found by its name
                search.reindexRenamed(before, RecordNames.read(session), List.of());
            }
        });
    }

    long articleVersion(String articleId) {
        try {
            return history.articleVersion(articleId);
        } catch (SQLException e) {
            throw session.failure("read article " + articleId, e);
        }
    }

    /** With a negative {@code fromVersion}, the version is not compared. */
    void saveArticle(Article article, long fromVersion, String editor) {
        session.inTransaction("save article " + article.id(), () -> {
            if (fromVersion >= 0) {
                long stored = history.articleVersion(article.id());
                if (stored != fromVersion) {
                    throw new StaleEditException(fromVersion == 0
                            ? "An article with the id \"" + article.id() + "\" already exists, so the new article was not saved."
                            : stored == 0 ? "Article \"" + article.id() + "\" does not exist (any more), so it was not saved."
                            : "Article \"" + article.id() + "\" was changed since it was opened (it is now at version "
                                    + stored + ", the edit started from version " + fromVersion + "), so it was not saved.",
                            fromVersion, null);
                }
            }
            Catalogue incoming = new Catalogue(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(article),
                    List.of());
            requireNoProblems(validator.validate(incoming, incoming));
            Article before = records.storedArticle(article.id());
            List<EventFields.Change> changes = EditHistory.articleChanges(before, article);
            if (changes.isEmpty()) {
                return;
            }
            if (before != null && !before.text().equals(article.text())) {
                requireQuotesStillHold(article);
            }
            records.writeArticle(article);
            search.index(article);
            history.recordChanges(EditHistory.ARTICLE_KIND, article.id(), before != null, EditHistory.now(), editor, changes);
        });
    }

    /** A new text must still hold every passage that events (also those in the trash) quote from it. */
    private void requireQuotesStillHold(Article article) throws SQLException {
        try (ResultSet rs = session.query("SELECT event_id, span_start, span_end, quote FROM event_source WHERE article_id = ?"
                + " ORDER BY event_id, position", List.of(article.id()))) {
            while (rs.next()) {
                SourceRef source = new SourceRef(article.id(), rs.getInt(2), rs.getInt(3), rs.getString(4));
                if (!source.matches(article.text())) {
                    throw new InvalidEditException(List.of(new Problem("article", -1, article.id(), "text",
                            "the new text no longer holds the passage that event \"" + rs.getString(1) + "\" quotes at "
                                    + source.start() + "–" + source.end())));
                }
            }
        }
    }
}
