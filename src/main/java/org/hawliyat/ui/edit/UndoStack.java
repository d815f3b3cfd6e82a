package org.hawliyat.ui.edit;

import java.util.ArrayDeque;
import java.util.Deque;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/** The changes that can be undone and redone, newest on top; a new change clears what could be redone. */
final class UndoStack {

    private final Deque<Change> undoable = new ArrayDeque<>();
    private final Deque<Change> redoable = new ArrayDeque<>();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");

    void done(Change change) {
        undoable.push(change);
        redoable.clear();
        update();
    }

    /** The change to undo, moved to the redo side; null when there is none. */
    Change takeUndo() {
        Change change = undoable.poll();
        if (change != null) {
            redoable.push(change);
        }
        update();
        return change;
    }

    /** The change to redo, moved back to the undo side; null when there is none. */
    Change takeRedo() {
        Change change = redoable.poll();
        if (change != null) {
            undoable.push(change);
        }
        update();
        return change;
    }

    /** Puts back a change whose undo or redo failed, so that it can be tried again. */
    void undoTake(Change change, boolean wasUndo) {
        if (wasUndo) {
            redoable.remove(change);
            undoable.push(change);
        } else {
            undoable.remove(change);
            redoable.push(change);
        }
        update();
    }

    ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    private void update() {
        canUndo.set(!undoable.isEmpty());
        canRedo.set(!redoable.isEmpty());
    }
}
