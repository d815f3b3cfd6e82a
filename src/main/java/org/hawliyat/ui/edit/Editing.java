package org.hawliyat.ui.edit;

import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.stage.Window;
import org.hawliyat.app.CatalogueChange;
import org.hawliyat.model.Article;
import org.hawliyat.model.Event;
import org.hawliyat.model.EventType;
import org.hawliyat.model.Tour;
import org.hawliyat.editing.FieldMerge;
import org.hawliyat.editing.NewEvents;
import org.hawliyat.store.CatalogueStore;
import org.hawliyat.store.EventChange;
import org.hawliyat.store.InvalidEditException;
import org.hawliyat.store.StaleEditException;
import org.hawliyat.ui.common.Dialogs;
import org.hawliyat.ui.common.UiText;
import org.hawliyat.ui.concurrent.TaskRunner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Edit mode and every change an editor makes: saving a form, deleting, restoring from the trash or
 * to an earlier version, undo and redo. Each change is one call to the store, off the FX thread,
 * recorded there with the editor's name. A save refused because the event changed meanwhile opens
 * the {@link ConflictDialog}; any other failure is one sentence, and nothing is lost.
 *
 * <p>After a change, only what it touched is handed on (a {@link CatalogueChange}, with the event to
 * select): the window updates its model with it instead of reading the catalogue again. After a
 * failure nobody knows what is stored, so the window is asked to read everything again.
 */
public final class Editing {

    private static final Logger LOG = LoggerFactory.getLogger(Editing.class);

    private final UiText text;
    private final TaskRunner tasks;
    private final CatalogueStore store;
    private final Supplier<String> editor;
    private final Supplier<Window> owner;
    /** Called after every change with what changed and the id of the event to show (or null). */
    private final BiConsumer<CatalogueChange, String> changed;
    /** Called after a failure: what is stored is read again. */
    private final Runnable resync;
    private final BooleanProperty editMode;
    private final UndoStack undo = new UndoStack();

    public Editing(UiText text, TaskRunner tasks, CatalogueStore store, Supplier<String> editor,
                   Supplier<Window> owner, BooleanProperty editMode, BiConsumer<CatalogueChange, String> changed,
                   Runnable resync) {
        this.text = text;
        this.tasks = tasks;
        this.store = store;
        this.editor = editor;
        this.owner = owner;
        this.editMode = editMode;
        this.changed = changed;
        this.resync = resync;
    }

    /** Edit mode, as the window's model holds it. */
    public BooleanProperty editModeProperty() {
        return editMode;
    }

    public boolean isEditing() {
        return editMode.get();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return undo.canUndoProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return undo.canRedoProperty();
    }

    /**
     * Saves the form: first any type it created, then the event, from the version the form was
     * opened at. {@code done} is called with the saved event (before the window shows the change);
     * a conflict asks the editor first. Afterwards the event {@code selectAfter} is selected, or
     * else the saved one.
     */
    public void save(EventForm form, Event before, String selectAfter, Consumer<Event> done) {
        Event typed = form.event();
        List<EventType> newTypes = List.copyOf(form.newTypes());
        Event[] edited = {typed};
        tasks.run(() -> {
            if (before == null) {
                // a new event is first saved under an id a person can read: date, type and country, unique
                Set<String> trashed = store.trash().stream().map(Event::id).collect(java.util.stream.Collectors.toSet());
                edited[0] = NewEvents.withId(typed, NewEvents.readableId(typed,
                        id -> trashed.contains(id) || store.event(id).isPresent()));
            }
            for (EventType type : newTypes) {
                store.saveType(type, editor.get());
            }
            return store.saveEvent(edited[0], editor.get());
        }, saved -> saved(before, saved, newTypes, selectAfter, done), failure -> {
            if (failure instanceof StaleEditException stale) {
                resolveConflict(edited[0], before, newTypes, stale, selectAfter, done);
            } else {
                failed(failure);
            }
        });
    }

    private void saved(Event before, Event saved, List<EventType> newTypes, String selectAfter, Consumer<Event> done) {
        undo.done(before == null ? new Change.Created(saved) : new Change.Saved(before, saved));
        done.accept(saved);
        changed.accept(CatalogueChange.saved(List.of(saved), newTypes), selectAfter == null ? saved.id() : selectAfter);
    }

    /**
     * The event changed since the form was opened. When both versions exist, the editor's changes
     * are merged field by field into what is stored now ({@link FieldMerge}), the fields both
     * changed chosen in the {@link MergeDialog}, which names the other editor and the time from the
     * history; else (the event went to the trash, or a new event's id was taken) both are shown.
     * {@code newTypes} were stored before the event was refused: whatever the choice, they are shown.
     */
    private void resolveConflict(Event edited, Event before, List<EventType> newTypes, StaleEditException stale,
                                 String selectAfter, Consumer<Event> done) {
        Event stored = stale.current();
        if (stored == null || before == null) {
            askWithoutMerge(edited, before, newTypes, stored, selectAfter, done);
            return;
        }
        tasks.run(() -> lastChange(stored), theirs -> {
            FieldMerge merge = new FieldMerge(before, edited, stored);
            MergeDialog.Choice choice = MergeDialog.ask(owner.get(), text, merge, theirs, before.version());
            switch (choice.kind()) {
                case SAVE_MERGE -> {
                    Event merged = merge.merged(choice.choices());
                    tasks.run(() -> store.saveEvent(merged, editor.get()),
                            saved -> saved(stored, saved, newTypes, selectAfter, done), failure -> {
                                if (failure instanceof StaleEditException again) {
                                    resolveConflict(edited, before, newTypes, again, selectAfter, done);
                                } else {
                                    failed(failure);
                                }
                            });
                }
                case KEEP_STORED -> {
                    done.accept(stored);
                    changed.accept(CatalogueChange.saved(List.of(stored), newTypes),
                            selectAfter == null ? stored.id() : selectAfter);
                }
                case KEEP_EDITING -> {
                    // the form stays open with the editor's values
                }
            }
        }, this::failed);
    }

    /** Who saved the stored version and when, from the history (the event's own time when it has none). */
    private EventChange lastChange(Event stored) {
        return store.history(stored.id()).stream().filter(h -> h.version() == stored.version())
                .reduce((first, second) -> second)
                .map(h -> new EventChange(stored.id(), h.version(), h.at(), h.editor()))
                .orElse(new EventChange(stored.id(), stored.version(), stored.modified(), text.get("edit.merge.someone")));
    }

    private void askWithoutMerge(Event edited, Event before, List<EventType> newTypes, Event stored, String selectAfter,
                                 Consumer<Event> done) {
        switch (ConflictDialog.ask(owner.get(), text, edited, stored)) {
            case SAVE_MINE -> {
                // the editor chose, having seen both: save over the stored version (recorded as such)
                Event over = edited.withVersion(stored == null ? 0 : stored.version(), edited.modified());
                tasks.run(() -> store.saveEvent(over, editor.get()),
                        saved -> saved(stored == null ? before : stored, saved, newTypes, selectAfter, done), this::failed);
            }
            case KEEP_STORED -> {
                // the stored version is shown; none when it went to the trash meanwhile
                done.accept(stored);
                if (stored == null) {
                    tasks.run(() -> membershipChange(null, edited.id()), change -> changed.accept(
                            new CatalogueChange(change.events(), change.removedEventIds(), newTypes, List.of(),
                                    change.tours()), selectAfter), this::failed);
                } else {
                    changed.accept(CatalogueChange.saved(List.of(stored), newTypes),
                            selectAfter == null ? stored.id() : selectAfter);
                }
            }
            case KEEP_EDITING -> {
                // the form stays open with the editor's values
            }
        }
    }

    /** Moves the event to the trash (undoable, also from the notice that says so). */
    public void delete(Event event) {
        tasks.run(() -> {
            store.deleteEvent(event.id(), event.version(), editor.get());
            return membershipChange(null, event.id());
        }, change -> {
            Change deleted = new Change.Deleted(event);
            undo.done(deleted);
            changed.accept(change, null);
            EditNotice.show(owner.get(), text, text.get("edit.notice.deleted", EditDialogs.title(text, event)),
                    text.get("edit.notice.undo"), this::undo);
        }, this::failed);
    }

    /** What a change did, in the window's words: "the edit of «…»", "adding «…»", "moving «…» to the trash". */
    private String describe(Change change) {
        if (change instanceof Change.Saved saved) {
            return text.get("edit.notice.change.saved", EditDialogs.title(text, saved.after()));
        }
        if (change instanceof Change.Created created) {
            return text.get("edit.notice.change.created", EditDialogs.title(text, created.created()));
        }
        return text.get("edit.notice.change.deleted", EditDialogs.title(text, ((Change.Deleted) change).deleted()));
    }

    /** Brings an event back from the trash (undoable, as a new change). */
    public void restore(Event trashed) {
        tasks.run(() -> membershipChange(store.restoreEvent(trashed.id(), editor.get()), trashed.id()), change -> {
            Event restored = change.events().get(0);
            undo.done(new Change.Created(restored));
            changed.accept(change, restored.id());
        }, this::failed);
    }

    /**
     * An event came back ({@code now}) or went to the trash ({@code now} null). Tours leave out the
     * stops of trashed events, so their stops are read again with it (a few rows): in the background.
     */
    private CatalogueChange membershipChange(Event now, String id) {
        return new CatalogueChange(now == null ? List.of() : List.of(now), now == null ? Set.of(id) : Set.of(),
                List.of(), List.of(), store.tours());
    }

    /** Makes an earlier version the current one: itself a recorded, undoable change. */
    public void restoreVersion(Event current, long version) {
        tasks.run(() -> store.restoreVersion(current.id(), version, current.version(), editor.get()), saved -> {
            undo.done(new Change.Saved(current, saved));
            changed.accept(CatalogueChange.saved(saved), saved.id());
        }, this::failed);
    }

    public void undo() {
        Change change = undo.takeUndo();
        if (change != null) {
            tasks.run(() -> membershipChange(change.undo(store, editor.get()), change.eventId()), done -> {
                changedTo(done);
                EditNotice.show(owner.get(), text, text.get("edit.notice.undone", describe(change)), null, null);
            }, failure -> {
                        undo.undoTake(change, true);
                        failed(failure);
                    });
        }
    }

    public void redo() {
        Change change = undo.takeRedo();
        if (change != null) {
            tasks.run(() -> membershipChange(change.redo(store, editor.get()), change.eventId()), done -> {
                changedTo(done);
                EditNotice.show(owner.get(), text, text.get("edit.notice.redone", describe(change)), null, null);
            }, failure -> {
                        undo.undoTake(change, false);
                        failed(failure);
                    });
        }
    }

    /** After an undo or redo: the event is shown as it is now, unless it went to the trash. */
    private void changedTo(CatalogueChange change) {
        changed.accept(change, change.events().isEmpty() ? null : change.events().get(0).id());
    }

    /** Saves a tour (its title, stops in order and notes); the tours are read again, in their stored order. */
    public void saveTour(Tour tour) {
        tasks.run(() -> {
            store.saveTour(tour, editor.get());
            return store.tours();
        }, tours -> changed.accept(CatalogueChange.tours(tours), null), this::failed);
    }

    /** Adds an article or saves an article's details, if it is still as it was when its editor opened it. */
    public void saveArticle(Article article, long fromVersion) {
        tasks.run(() -> {
            store.saveArticle(article, fromVersion, editor.get());
            return article;
        }, saved -> changed.accept(CatalogueChange.article(saved.info()), null), this::failed);
    }

    private void failed(Throwable failure) {
        LOG.warn("An edit failed", failure); // for the log; the editor gets one sentence
        String reason = failure instanceof StaleEditException ? text.get("edit.failed.changed")
                : failure instanceof InvalidEditException invalid && !invalid.problems().isEmpty()
                ? invalid.problems().get(0).describe()
                : failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
        Dialogs.showError(owner.get(), text, text.get("edit.failed", reason));
        resync.run();
    }
}
