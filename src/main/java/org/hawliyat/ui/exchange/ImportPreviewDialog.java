package org.hawliyat.ui.exchange;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.hawliyat.app.ImportPlan;
import org.hawliyat.app.ImportPlan.Action;
import org.hawliyat.model.EventFields;
import org.hawliyat.model.Language;
import org.hawliyat.text.Shortened;
import org.hawliyat.ui.common.Dialogs;
import org.hawliyat.ui.common.Styles;
import org.hawliyat.ui.common.UiText;
import org.hawliyat.ui.text.WrappedText;

/**
 * What an import would do, before it does it: one sentence with the counts, then the records it
 * adds, the ones it replaces with each changed field (old → new), and the ones it leaves alone
 * because they were edited here since the file was written; a box to keep those; Import or Cancel.
 */
final class ImportPreviewDialog extends Dialog<ButtonType> {

    /** A value shown in a line: the start of a long one (an article's text). */
    private static final int SHOWN_VALUE = 160;

    private final UiText text;
    private final Label summary = new Label();
    private final ListView<Line> lines = new ListView<>();
    private final CheckBox keepNewer = new CheckBox();
    private final ButtonType importButton;

    /** One line of the list: a record or one of its fields; values are shown left to right inside their line. */
    record Line(String text, boolean field, boolean warning) {
    }

    ImportPreviewDialog(Window owner, UiText text, List<Path> files, Consumer<Boolean> onKeepNewer) {
        this.text = text;
        initOwner(owner);
        setTitle(text.get("import.preview.title"));
        setHeaderText(null);
        getDialogPane().setId("import-preview");
        Styles.applyTo(getDialogPane());
        getDialogPane().setNodeOrientation(text.orientation());
        importButton = new ButtonType(text.get("import.preview.import"), ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().setAll(importButton, Dialogs.cancel(text));

        WrappedText fileSentence = new WrappedText(text.get("import.preview.files",
                String.join(text.language() == Language.AR ? "، " : ", ",
                        files.stream().map(f -> String.valueOf(f.getFileName())).toList())));
        fileSentence.getStyleClass().add("dialog-sentence");
        summary.setId("import-preview-summary");
        summary.setWrapText(true);
        keepNewer.setText(text.get("import.preview.keepNewer"));
        keepNewer.setId("import-keep-newer");
        keepNewer.selectedProperty().addListener((o, was, now) -> onKeepNewer.accept(now));
        lines.setId("import-preview-lines");
        lines.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(Line line, boolean empty) {
                super.updateItem(line, empty);
                getStyleClass().removeAll("import-field", "import-warning");
                if (empty || line == null) {
                    setText(null);
                    return;
                }
                setText(line.text());
                if (line.field()) {
                    getStyleClass().add("import-field");
                }
                if (line.warning()) {
                    getStyleClass().add("import-warning");
                }
            }
        });
        lines.setPrefSize(640, 360);
        VBox.setVgrow(lines, Priority.ALWAYS);
        VBox content = new VBox(10, fileSentence, summary, lines, keepNewer);
        content.getStyleClass().add("import-preview");
        getDialogPane().setContent(content);
        setResizable(true);
    }

    boolean isImport(ButtonType pressed) {
        return pressed == importButton;
    }

    boolean keepsNewer() {
        return keepNewer.isSelected();
    }

    /** Shows a plan (again, when "keep newer" changed it). */
    void show(ImportPlan plan) {
        summary.setText(text.get("import.preview.summary", n(plan.count(Action.ADD)), n(plan.count(Action.REPLACE)),
                n(plan.count(Action.UNCHANGED)), n(plan.count(Action.KEPT_NEWER))));
        keepNewer.setDisable(plan.entries().stream().noneMatch(ImportPlan.Entry::undoesNewerEdits)
                && plan.count(Action.KEPT_NEWER) == 0);
        lines.getItems().setAll(lines(plan));
        getDialogPane().lookupButton(importButton).setDisable(plan.count(Action.ADD) + plan.count(Action.REPLACE) == 0);
    }

    private List<Line> lines(ImportPlan plan) {
        List<Line> out = new ArrayList<>();
        for (ImportPlan.Entry e : plan.with(Action.REPLACE)) {
            out.add(new Line(text.get("import.preview.replace", kind(e), e.id()), false, false));
            if (e.undoesNewerEdits()) {
                out.add(new Line(text.get("import.preview.undoes", n(e.storedVersion()), n(e.fileVersion())), true, true));
            }
            for (EventFields.Change c : e.changes()) {
                out.add(new Line(field(c), true, false));
            }
        }
        for (ImportPlan.Entry e : plan.with(Action.KEPT_NEWER)) {
            out.add(new Line(text.get("import.preview.kept", kind(e), e.id(), n(e.storedVersion()), n(e.fileVersion())),
                    false, false));
        }
        for (ImportPlan.Entry e : plan.with(Action.ADD)) {
            out.add(new Line(text.get("import.preview.add", kind(e), e.id()), false, false));
        }
        return out;
    }

    /** "title.en: «old» → «new»", each value isolated so that an Arabic value does not reorder the line. */
    private String field(EventFields.Change c) {
        return text.get("import.preview.field", c.field(), value(c.before()), value(c.after()));
    }

    private String value(String v) {
        if (v == null) {
            return text.get("import.preview.none");
        }
        return "\u2068" + Shortened.to(v.replace('\n', ' ').replace('\t', ' '), SHOWN_VALUE) + "\u2069";
    }

    private String kind(ImportPlan.Entry e) {
        return text.get("import.kind." + e.kind().code());
    }

    private String n(long count) {
        return text.digits(Long.toString(count));
    }
}
