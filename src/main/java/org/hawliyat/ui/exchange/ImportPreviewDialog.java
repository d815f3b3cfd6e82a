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
    /** Added records are listed by id up to this many; the rest are counted (the replaced ones are all listed). */
    static final int LISTED_ADDITIONS = 500;

    private final UiText text;
    private final WrappedText summary = new WrappedText("");
    private final ListView<Line> lines = new ListView<>();
    private final CheckBox keepNewer = new CheckBox();
    private final ButtonType importButton;

    /**
     * One line of the list: a record, a warning about it, or one of its changed fields (then
     * {@code before} and {@code after} are its values, each drawn on a line of its own in its own
     * direction: an Arabic value and an English field name on one line would reorder each other).
     */
    record Line(String text, boolean field, boolean warning, String before, String after) {
        Line(String text, boolean field, boolean warning) {
            this(text, field, warning, null, null);
        }
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
        summary.getStyleClass().add("dialog-sentence");
        keepNewer.setText(text.get("import.preview.keepNewer"));
        keepNewer.setId("import-keep-newer");
        keepNewer.selectedProperty().addListener((o, was, now) -> onKeepNewer.accept(now));
        lines.setId("import-preview-lines");
        lines.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(Line line, boolean empty) {
                super.updateItem(line, empty);
                getStyleClass().removeAll("import-field", "import-warning");
                setGraphic(null);
                if (empty || line == null) {
                    setText(null);
                    return;
                }
                if (line.before() != null || line.after() != null) {
                    setText(null);
                    setGraphic(changeOf(line));
                } else {
                    setText(line.text());
                }
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
        content.setPrefWidth(680); // the sentences wrap; the dialog stays inside a small screen
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
                out.add(new Line(text.fieldName(c.field()), true, false, value(c.before()), value(c.after())));
            }
        }
        for (ImportPlan.Entry e : plan.with(Action.KEPT_NEWER)) {
            out.add(new Line(text.get("import.preview.kept", kind(e), e.id(), n(e.storedVersion()), n(e.fileVersion())),
                    false, false));
        }
        List<ImportPlan.Entry> added = plan.with(Action.ADD);
        added.stream().limit(LISTED_ADDITIONS)
                .forEach(e -> out.add(new Line(text.get("import.preview.add", kind(e), e.id()), false, false)));
        if (added.size() > LISTED_ADDITIONS) {
            out.add(new Line(text.get("import.preview.moreAdded", n(added.size() - LISTED_ADDITIONS)), false, false));
        }
        return out;
    }

    /** The field's name, then what it was and what it becomes, each on its own line. */
    private VBox changeOf(Line line) {
        Label name = new Label(line.text());
        name.getStyleClass().add("import-field-name");
        Label before = new Label(text.get("import.preview.before", line.before()));
        before.getStyleClass().add("import-before");
        Label after = new Label(text.get("import.preview.after", line.after()));
        after.getStyleClass().add("import-after");
        VBox box = new VBox(2, name, before, after);
        box.getStyleClass().add("import-change");
        return box;
    }

    private String value(String v) {
        if (v == null) {
            return text.get("import.preview.none");
        }
        return Shortened.to(v.replace('\n', ' ').replace('\t', ' '), SHOWN_VALUE);
    }

    private String kind(ImportPlan.Entry e) {
        return text.get("import.kind." + e.kind().code());
    }

    /** A count as people read it: 100,000 rather than 100000, in the window's digits. */
    private String n(long count) {
        return text.digits(String.format(java.util.Locale.ROOT, "%,d", count));
    }
}
