package org.hawliyat.ui.edit;

import java.util.List;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.hawliyat.model.Event;
import org.hawliyat.model.EventFields;
import org.hawliyat.ui.common.Styles;
import org.hawliyat.ui.common.UiText;
import org.hawliyat.ui.text.WrappedText;

/**
 * Says that the event changed since it was opened, shows both versions field by field (what is
 * stored now beside what the editor wants to save) and lets the editor choose: save theirs over,
 * keep the stored one, or go back to editing (the default). Nothing is overwritten without this
 * choice. Used when there is nothing to merge with: the event went to the trash, or a new event's
 * id was taken; otherwise the {@link MergeDialog} merges field by field.
 */
final class ConflictDialog {

    enum Choice { SAVE_MINE, KEEP_STORED, KEEP_EDITING }

    private ConflictDialog() {
    }

    static Choice ask(Window owner, UiText text, Event mine, Event stored) {
        Dialog<ButtonType> dialog = new Dialog<>();
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle(text.get("edit.conflict.title"));
        dialog.getDialogPane().setNodeOrientation(text.orientation());
        Styles.applyTo(dialog.getDialogPane());
        dialog.getDialogPane().setId("conflict-dialog");
        WrappedText sentence = new WrappedText(stored == null ? text.get("edit.conflict.deleted")
                : text.get("edit.conflict.changed", stored.version(), mine.version()));
        sentence.getStyleClass().add("dialog-sentence");
        GridPane fields = new GridPane();
        fields.getStyleClass().add("conflict-grid");
        fields.addRow(0, heading(text.get("edit.conflict.field")), heading(text.get("edit.conflict.stored")),
                heading(text.get("edit.conflict.mine")));
        List<EventFields.Change> changes = EventFields.diff(stored, mine);
        int row = 1;
        for (EventFields.Change change : changes) {
            fields.addRow(row++, new Label(change.field()), value(change.before()), value(change.after()));
        }
        dialog.getDialogPane().setContent(new VBox(12, sentence, fields));
        ButtonType saveMine = new ButtonType(text.get("edit.conflict.saveMine"), ButtonBar.ButtonData.YES);
        ButtonType keepStored = new ButtonType(text.get("edit.conflict.keepStored"), ButtonBar.ButtonData.OTHER);
        ButtonType keepEditing = new ButtonType(text.get("edit.conflict.keepEditing"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(saveMine, keepStored, keepEditing);
        EditDialogs.makeDefault(dialog, keepEditing); // Enter never writes over anything
        return dialog.showAndWait().map(choice -> choice == saveMine ? Choice.SAVE_MINE
                : choice == keepStored ? Choice.KEEP_STORED : Choice.KEEP_EDITING).orElse(Choice.KEEP_EDITING);
    }

    private static Label heading(String value) {
        Label label = new Label(value);
        label.getStyleClass().add("conflict-heading");
        return label;
    }

    private static WrappedText value(String value) {
        WrappedText shown = new WrappedText(value == null ? "—" : value);
        shown.setPrefWidth(260);
        shown.getStyleClass().add("conflict-value");
        return shown;
    }
}
