package org.hawliyat.ui.edit;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.hawliyat.model.Event;
import org.hawliyat.store.EventChange;
import org.hawliyat.ui.common.Dialogs;
import org.hawliyat.ui.common.Styles;
import org.hawliyat.ui.common.UiText;

/** The deleted events, each with who deleted it and when, and "restore"; the most recently deleted first. */
public final class TrashDialog {

    private TrashDialog() {
    }

    /**
     * Shows the trash: each event with who moved it there and when ({@code deletions}, by event id;
     * one missing is shown without), and Restore.
     */
    public static void show(Window owner, UiText text, List<Event> trashed, Map<String, EventChange> deletions,
                            Consumer<Event> restore) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(text.get("edit.trash.title"));
        dialog.getDialogPane().setNodeOrientation(text.orientation());
        dialog.getDialogPane().setId("trash-dialog");
        Styles.applyTo(dialog.getDialogPane());
        VBox rows = new VBox(6);
        if (trashed.isEmpty()) {
            rows.getChildren().add(new Label(text.get("edit.trash.empty")));
        }
        for (Event event : trashed) {
            Label date = new Label(text.dates().format(event.start()));
            date.setMinWidth(Label.USE_PREF_SIZE);
            UiText.Shown title = text.show(event.title());
            Label name = new Label(title.text().isEmpty() ? text.get("event.untitled") : title.text());
            name.setMaxWidth(Double.MAX_VALUE);
            VBox what = new VBox(2, name);
            EventChange deleted = deletions.get(event.id());
            if (deleted != null) {
                Label who = new Label(text.get("edit.trash.deletedBy", deleted.editor(), EditDialogs.savedAt(text, deleted.at())));
                who.getStyleClass().add("trash-who");
                who.setId("trash-who-" + event.id());
                what.getChildren().add(who);
            }
            what.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(what, Priority.ALWAYS);
            Button back = new Button(text.get("edit.trash.restore"));
            back.setId("trash-restore-" + event.id());
            HBox row = new HBox(10, date, what, back);
            row.getStyleClass().add("trash-row");
            back.setOnAction(e -> {
                restore.accept(event);
                rows.getChildren().remove(row);
            });
            rows.getChildren().add(row);
        }
        dialog.getDialogPane().setContent(rows);
        dialog.getDialogPane().setPrefWidth(560);
        dialog.getDialogPane().getButtonTypes().setAll(Dialogs.close(text));
        dialog.show(); // not modal for the keyboard's sake: the window stays usable
    }
}
