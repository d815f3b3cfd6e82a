package org.hawliyat.ui.edit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.hawliyat.editing.FieldMerge;
import org.hawliyat.store.EventChange;
import org.hawliyat.ui.common.UiText;
import org.hawliyat.ui.text.WrappedText;

/**
 * The event changed since the form was opened: says who saved it and when (from the history),
 * which fields keep the other editor's values, which take the editor's own, and shows the fields
 * both changed side by side, each with a choice. Nothing is saved until every such field has been
 * chosen; the default button (and Escape) is Keep editing, which writes nothing.
 */
final class MergeDialog {

    enum Kind { SAVE_MERGE, KEEP_STORED, KEEP_EDITING }

    /** What the editor chose; {@code choices} for the conflicting fields when saving the merge. */
    record Choice(Kind kind, Map<String, FieldMerge.Side> choices) {
    }

    private MergeDialog() {
    }

    static Choice ask(Window owner, UiText text, FieldMerge merge, EventChange theirs, long openedAt) {
        Dialog<ButtonType> dialog = EditDialogs.dialog(owner, text, "edit.conflict.title", "merge-dialog");
        dialog.getDialogPane().setPrefWidth(680);
        String other = theirs.editor();
        VBox content = new VBox(10);
        content.getChildren().add(EditDialogs.sentence(text.get("edit.merge.changed", other,
                EditDialogs.savedAt(text, theirs.at()), text.digits(Long.toString(theirs.version())),
                text.digits(Long.toString(openedAt)))));
        if (!merge.theirsOnly().isEmpty()) {
            content.getChildren().add(line(text.get("edit.merge.theirsKept", other, names(text, merge.theirsOnly())),
                    "merge-theirs-kept"));
        }
        if (!merge.mineOnly().isEmpty()) {
            content.getChildren().add(line(text.get("edit.merge.mineApplied", names(text, merge.mineOnly())),
                    "merge-mine-applied"));
        }
        Map<String, ToggleGroup> groups = new LinkedHashMap<>();
        if (!merge.conflicts().isEmpty()) {
            content.getChildren().add(line(text.get("edit.merge.both", other), "merge-both"));
            GridPane grid = new GridPane();
            grid.getStyleClass().add("conflict-grid");
            grid.addRow(0, heading(text.get("edit.conflict.field")), heading(text.get("edit.conflict.mine")),
                    heading(text.get("edit.merge.theirs", other)));
            int row = 1;
            for (FieldMerge.Conflict conflict : merge.conflicts()) {
                ToggleGroup group = new ToggleGroup();
                groups.put(conflict.field(), group);
                grid.addRow(row++, new Label(fieldName(text, conflict.field())),
                        option(text.get("edit.merge.useMine"), conflict.mine(), group, FieldMerge.Side.MINE,
                                "merge-mine-" + conflict.field().replace('.', '-')),
                        option(text.get("edit.merge.useTheirs", other), conflict.theirs(), group, FieldMerge.Side.THEIRS,
                                "merge-theirs-" + conflict.field().replace('.', '-')));
            }
            content.getChildren().add(grid);
        }
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(Math.min(420, 140 + 90 * merge.conflicts().size()));
        dialog.getDialogPane().setContent(scroll);
        ButtonType save = new ButtonType(text.get("edit.merge.save"), ButtonBar.ButtonData.YES);
        ButtonType keepStored = new ButtonType(text.get("edit.merge.keepStored", other), ButtonBar.ButtonData.NO);
        ButtonType keepEditing = new ButtonType(text.get("edit.conflict.keepEditing"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(save, keepStored, keepEditing);
        EditDialogs.makeDefault(dialog, keepEditing);
        Node saveButton = dialog.getDialogPane().lookupButton(save);
        Runnable allChosen = () -> saveButton.setDisable(groups.values().stream().anyMatch(g -> g.getSelectedToggle() == null));
        groups.values().forEach(g -> g.selectedToggleProperty().addListener(o -> allChosen.run()));
        allChosen.run();
        Optional<ButtonType> answer = dialog.showAndWait();
        if (answer.isEmpty() || answer.get() == keepEditing) {
            return new Choice(Kind.KEEP_EDITING, Map.of());
        }
        if (answer.get() == keepStored) {
            return new Choice(Kind.KEEP_STORED, Map.of());
        }
        Map<String, FieldMerge.Side> choices = new LinkedHashMap<>();
        groups.forEach((field, group) -> choices.put(field, (FieldMerge.Side) group.getSelectedToggle().getUserData()));
        return new Choice(Kind.SAVE_MERGE, choices);
    }

    private static Node option(String label, String value, ToggleGroup group, FieldMerge.Side side, String id) {
        RadioButton choice = new RadioButton(label);
        choice.setToggleGroup(group);
        choice.setUserData(side);
        choice.setId(id);
        choice.setMnemonicParsing(false);
        WrappedText shown = new WrappedText(value == null ? "—" : value);
        shown.setPrefWidth(250);
        shown.getStyleClass().add("conflict-value");
        shown.setOnMouseClicked(e -> choice.setSelected(true)); // the value itself can be clicked
        VBox box = new VBox(4, choice, shown);
        box.getStyleClass().add("merge-option");
        return box;
    }

    static String fieldName(UiText text, String field) {
        return text.fieldName(field);
    }

    private static String names(UiText text, List<String> fields) {
        return String.join(text.get("edit.merge.listSeparator"), fields.stream().map(f -> fieldName(text, f)).toList());
    }

    private static WrappedText line(String value, String id) {
        WrappedText line = new WrappedText(value);
        line.setId(id);
        line.getStyleClass().add("dialog-sentence");
        return line;
    }

    private static Label heading(String value) {
        Label label = new Label(value);
        label.getStyleClass().add("conflict-heading");
        return label;
    }
}
