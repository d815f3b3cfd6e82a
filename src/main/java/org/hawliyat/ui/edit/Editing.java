package org.hawliyat.ui.edit;

import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.stage.Window;
import org.hawliyat.model.Article;
import org.hawliyat.model.Event;
import org.hawliyat.model.EventType;
import org.hawliyat.model.Tour;
import org.hawliyat.store.CatalogueStore;
import org.hawliyat.store.InvalidEditException;
import org.hawliyat.store.StaleEditException;
import org.hawliyat.ui.Dialogs;
import org.hawliyat.ui.UiText;
import org.hawliyat.ui.concurrent.TaskRunner;

/**
 * Edit mode and every change an editor makes: saving a form, deleting, restoring from the trash or
 * to an earlier version, undo and redo. Each change is one call to the store, off the FX thread,
 * recorded there with the editor's name. A save refused because the event changed meanwhile opens
 * the {@link ConflictDialog}; any other failure is one sentence, and nothing is lost.
 */
public final class Editing {

    private final UiText text;
    private final TaskRunner tasks;
    private final CatalogueStore store;
    private final Supplier<String> editor;
    private final Supplier<Window> owner;
    /** Called after every change with the id of the event to show (or null): the window reads the catalogue again. */
    private final Consumer<String> changed;
    private final BooleanProperty editMode = new SimpleBooleanProperty(this, "editMode", false);
    private final UndoStack undo = new UndoStack();

    public Editing(UiText text, TaskRunner tasks, CatalogueStore store, Supplier<String> editor,
                   Supplier<Window> owner, Consumer<String> changed) {
        this.text = text;
        this.tasks = tasks;
        this.store = store;
        this.editor = editor;
        this.owner = owner;
        this.changed = changed;
        editMode.addListener((o, before, on) -> {
            if (on && store.isReadOnly()) {
                editMode.set(false); // a database that cannot be written is never edited
            }
        });
    }

    /** Off by default, so that a class or a reader cannot change data by accident. */
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
     * opened at. {@code done} is called with the saved event; a conflict asks the editor first.
     */
    public void save(EventForm form, Event before, Consumer<Event> done) {
        Event edited = form.event();
        tasks.run(() -> {
            for (EventType type : form.newTypes()) {
                store.saveType(type, editor.get());
            }
            return store.saveEvent(edited, editor.get());
        }, saved -> {
            undo.done(before == null ? new Change.Created(saved) : new Change.Saved(before, saved));
            changed.accept(saved.id());
            done.accept(saved);
        }, failure -> {
            if (failure instanceof StaleEditException stale) {
                resolveConflict(edited, before, stale, done);
            } else {
                failed(failure);
            }
        });
    }

    private void resolveConflict(Event edited, Event before, StaleEditException stale, Consumer<Event> done) {
        Event stored = stale.current();
        switch (ConflictDialog.ask(owner.get(), text, edited, stored)) {
            case SAVE_MINE -> {
                // the editor chose, having seen both: save over the stored version (recorded as such)
                Event over = edited.withVersion(stored == null ? 0 : stored.version(), edited.modified());
                tasks.run(() -> store.saveEvent(over, editor.get()), saved -> {
                    undo.done(new Change.Saved(stored == null ? before : stored, saved));
                    changed.accept(saved.id());
                    done.accept(saved);
                }, this::failed);
            }
            case KEEP_STORED -> {
                changed.accept(stored == null ? null : stored.id());
                done.accept(stored);
            }
            case KEEP_EDITING -> {
                // the form stays open with the editor's values
            }
        }
    }

    /** Moves the event to the trash (undoable). */
    public void delete(Event event) {
        tasks.run(() -> {
            store.deleteEvent(event.id(), event.version(), editor.get());
            return event;
        }, deleted -> {
            undo.done(new Change.Deleted(deleted));
            changed.accept(null);
        }, this::failed);
    }

    /** Brings an event back from the trash (undoable, as a new change). */
    public void restore(Event trashed) {
        tasks.run(() -> store.restoreEvent(trashed.id(), editor.get()), restored -> {
            undo.done(new Change.Created(restored));
            changed.accept(restored.id());
        }, this::failed);
    }

    /** Makes an earlier version the current one: itself a recorded, undoable change. */
    public void restoreVersion(Event current, long version) {
        tasks.run(() -> store.restoreVersion(current.id(), version, current.version(), editor.get()), saved -> {
            undo.done(new Change.Saved(current, saved));
            changed.accept(saved.id());
        }, this::failed);
    }

    public void undo() {
        Change change = undo.takeUndo();
        if (change != null) {
            tasks.run(() -> change.undo(store, editor.get()), now -> changed.accept(now == null ? null : now.id()),
                    failure -> {
                        undo.undoTake(change, true);
                        failed(failure);
                    });
        }
    }

    public void redo() {
        Change change = undo.takeRedo();
        if (change != null) {
            tasks.run(() -> change.redo(store, editor.get()), now -> changed.accept(now == null ? null : now.id()),
                    failure -> {
                        undo.undoTake(change, false);
                        failed(failure);
                    });
        }
    }

    /** Saves a tour (its title, stops in order and notes). */
    public void saveTour(Tour tour) {
        tasks.run(() -> {
            store.saveTour(tour, editor.get());
            return tour;
        }, saved -> changed.accept(null), this::failed);
    }

    /** Adds an article or saves an article's details, if it is still as it was when its editor opened it. */
    public void saveArticle(Article article, long fromVersion) {
        tasks.run(() -> {
            store.saveArticle(article, fromVersion, editor.get());
            return article;
        }, saved -> changed.accept(null), this::failed);
    }

    private void failed(Throwable failure) {
        failure.printStackTrace(); // for the log; the editor gets one sentence
        String reason = failure instanceof StaleEditException ? text.get("edit.failed.changed")
                : failure instanceof InvalidEditException invalid && !invalid.problems().isEmpty()
                ? invalid.problems().get(0).describe()
                : failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
        Dialogs.showError(owner.get(), text, text.get("edit.failed", reason));
        changed.accept(null);
    }
}
