package org.hawliyat.ui.search;

import java.util.Optional;
import javafx.geometry.NodeOrientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.hawliyat.model.PartialDate;
import org.hawliyat.ui.common.Dialogs;
import org.hawliyat.ui.common.Styles;
import org.hawliyat.ui.common.UiText;
import org.hawliyat.ui.text.WrappedText;

/**
 * Asks for a date range: "from" and "to", each a year, a month or a day ("1993", "2008-05",
 * "1993-07-01", Arabic-Indic digits welcome), either left empty for an open end. The range is
 * accepted only when every date is real and "to" is not before "from"; the reason is said in one
 * sentence under the fields.
 */
final class DateRangeDialog {

    record Range(PartialDate from, PartialDate to) {
    }

    private DateRangeDialog() {
    }

    static Optional<Range> ask(Window owner, UiText text, PartialDate from, PartialDate to) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(text.get("filter.dates.title"));
        dialog.getDialogPane().setNodeOrientation(text.orientation());
        Styles.applyTo(dialog.getDialogPane());
        TextField fromField = new TextField(from == null ? "" : from.toString());
        TextField toField = new TextField(to == null ? "" : to.toString());
        fromField.setId("filter-from");
        toField.setId("filter-to");
        fromField.setPromptText("1993");
        toField.setPromptText("2008-05");
        for (TextField field : new TextField[] {fromField, toField}) {
            // a date is written left to right in both languages ("1993-07-01", never "01-07-1993"),
            // at the side where the reader's lines start
            field.setNodeOrientation(NodeOrientation.LEFT_TO_RIGHT);
            field.setAlignment(text.orientation() == NodeOrientation.RIGHT_TO_LEFT ? Pos.CENTER_RIGHT : Pos.CENTER_LEFT);
        }
        // sentences in the per-word flow, which keeps Arabic, digits and ISO dates in reading order
        WrappedText problem = new WrappedText();
        problem.getStyleClass().add("dialog-problem");
        problem.setId("filter-dates-problem");
        GridPane grid = new GridPane();
        grid.getStyleClass().add("dialog-grid");
        grid.addRow(0, new Label(text.get("filter.from")), fromField);
        grid.addRow(1, new Label(text.get("filter.to")), toField);
        WrappedText hint = new WrappedText(text.get("filter.dates.hint"));
        hint.getStyleClass().add("dialog-hint");
        problem.getStyleClass().add("dialog-sentence-wide"); // a width to wrap at: the stylesheet's
        hint.getStyleClass().add("dialog-sentence-wide");
        javafx.scene.layout.VBox content = new javafx.scene.layout.VBox(grid, hint, problem);
        content.getStyleClass().add("dialog-content");
        dialog.getDialogPane().setContent(content);
        ButtonType ok = Dialogs.ok(text);
        dialog.getDialogPane().getButtonTypes().setAll(ok, Dialogs.cancel(text));
        Node okButton = dialog.getDialogPane().lookupButton(ok);
        Runnable check = () -> {
            String reason = problem(text, fromField.getText(), toField.getText());
            problem.setText(reason == null ? "" : reason);
            okButton.setDisable(reason != null);
        };
        fromField.textProperty().addListener(o -> check.run());
        toField.textProperty().addListener(o -> check.run());
        check.run();
        // the reader types at once (after the dialog has given the keyboard to its default button)
        dialog.setOnShown(e -> javafx.application.Platform.runLater(fromField::requestFocus));
        return dialog.showAndWait().filter(ok::equals)
                .map(button -> new Range(parse(fromField.getText()), parse(toField.getText())));
    }

    /** Why the typed range cannot be used, in one sentence; null when it can. */
    static String problem(UiText text, String from, String to) {
        PartialDate start;
        PartialDate end;
        try {
            start = parse(from);
        } catch (IllegalArgumentException e) {
            return text.get("filter.dates.invalid", text.get("filter.from"), from.strip());
        }
        try {
            end = parse(to);
        } catch (IllegalArgumentException e) {
            return text.get("filter.dates.invalid", text.get("filter.to"), to.strip());
        }
        if (start != null && end != null && end.lastDay().isBefore(start.firstDay())) {
            return text.get("filter.dates.order");
        }
        return null;
    }

    /** The date typed, digits in any script; null when nothing was typed (the editor's own rule). */
    static PartialDate parse(String typed) {
        return org.hawliyat.editing.EventDraft.date(typed);
    }
}
