package org.hawliyat.ui.edit;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;
import javafx.geometry.NodeOrientation;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.hawliyat.editing.EventDraft;
import org.hawliyat.io.ArticleFiles;
import org.hawliyat.model.Article;
import org.hawliyat.model.EventDate;
import org.hawliyat.model.Language;
import org.hawliyat.model.PartialDate;
import org.hawliyat.ui.common.Dialogs;
import org.hawliyat.ui.common.Styles;
import org.hawliyat.ui.common.UiText;


/**
 * Adds an article (its text pasted, or read from a .txt, .md or .html file as plain text) or edits
 * an article's metadata: title, outlet, author, language, publication date and provenance. The
 * article is kept as text only; nothing in a file is run or fetched.
 */
public final class ArticleDialog {

    private ArticleDialog() {
    }

    /**
     * @param existing the article to edit, or null for a new one
     * @param newId an id for a new article
     * @param readFile reads a chosen file as plain text; throws with one sentence when it cannot
     */
    public static Optional<Article> ask(Window owner, UiText text, Article existing, String newId,
                                        Function<Path, ArticleFiles.ArticleText> readFile) {
        Dialog<ButtonType> dialog = new Dialog<>();
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle(text.get(existing == null ? "article.add.title" : "article.edit.title"));
        dialog.getDialogPane().setNodeOrientation(text.orientation());
        dialog.getDialogPane().setId("article-dialog");
        Styles.applyTo(dialog.getDialogPane());

        TextField title = new TextField();
        TextField outlet = new TextField();
        TextField author = new TextField();
        ComboBox<Language> language = new ComboBox<>();
        language.getItems().setAll(Language.values());
        TextField published = new TextField();
        CheckBox approximate = new CheckBox(text.get("edit.field.approximate"));
        TextField provenance = new TextField();
        ParagraphInput body = new ParagraphInput(text.get("edit.preview"), NodeOrientation.RIGHT_TO_LEFT);
        body.area().setPrefRowCount(8);
        body.setPreviewMaxHeight(220);
        for (TextField field : new TextField[] {title, outlet, author}) {
            field.setNodeOrientation(NodeOrientation.RIGHT_TO_LEFT);
        }
        title.setId("article-title-field");
        body.setId("article-text-input");
        Label problem = new Label();
        problem.getStyleClass().add("dialog-problem");

        if (existing != null) {
            title.setText(existing.title());
            outlet.setText(nullToEmpty(existing.outlet()));
            author.setText(nullToEmpty(existing.author()));
            language.setValue(existing.language());
            published.setText(existing.published() == null ? "" : existing.published().date().toString());
            approximate.setSelected(existing.published() != null && existing.published().approximate());
            provenance.setText(nullToEmpty(existing.provenance()));
            body.setText(existing.text());
            body.area().setEditable(false); // the text holds the cited spans: only the metadata changes here
        } else {
            language.setValue(Language.AR);
        }
        Button open = new Button(text.get("article.add.open"));
        open.setId("article-open-file");
        open.setDisable(existing != null);
        open.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(text.get("article.add.files"),
                    "*.txt", "*.md", "*.html", "*.htm"));
            java.io.File chosen = chooser.showOpenDialog(dialog.getDialogPane().getScene().getWindow());
            if (chosen != null) {
                try {
                    ArticleFiles.ArticleText read = readFile.apply(chosen.toPath());
                    body.setText(read.text());
                    if (title.getText().isBlank() && read.title() != null) {
                        title.setText(read.title());
                    }
                    language.setValue(read.language());
                    provenance.setText(read.provenance());
                } catch (RuntimeException failure) {
                    problem.setText(failure.getMessage());
                }
            }
        });

        GridPane grid = new GridPane();
        grid.getStyleClass().add("dialog-grid");
        int row = 0;
        grid.addRow(row++, new Label(text.get("articles.column.title")), title);
        grid.addRow(row++, new Label(text.get("articles.column.outlet")), outlet);
        grid.addRow(row++, new Label(text.get("articles.column.author")), author);
        grid.addRow(row++, new Label(text.get("article.field.language")), language);
        grid.addRow(row++, new Label(text.get("articles.column.date")), new VBox(published, approximate));
        grid.addRow(row++, new Label(text.get("article.field.provenance")), provenance);
        VBox content = new VBox(10, grid, open, new Label(text.get("article.field.text")), body, problem);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().setPrefWidth(720);
        ButtonType ok = Dialogs.ok(text);
        dialog.getDialogPane().getButtonTypes().setAll(ok, Dialogs.cancel(text));
        Node okButton = dialog.getDialogPane().lookupButton(ok);
        Runnable check = () -> {
            String reason = null;
            if (title.getText().isBlank()) {
                reason = text.get("article.problem.title");
            } else if (body.getText().isBlank()) {
                reason = text.get("article.problem.text");
            } else {
                try {
                    EventDraft.date(published.getText());
                } catch (IllegalArgumentException e) {
                    reason = text.get("edit.problem.date.invalid", published.getText().strip());
                }
            }
            problem.setText(reason == null ? "" : reason);
            okButton.setDisable(reason != null);
        };
        title.textProperty().addListener(o -> check.run());
        body.textProperty().addListener(o -> check.run());
        published.textProperty().addListener(o -> check.run());
        check.run();
        return dialog.showAndWait().filter(ok::equals).map(button -> {
            PartialDate date = EventDraft.date(published.getText());
            return new Article(existing == null ? newId : existing.id(), title.getText().strip(), outlet.getText(),
                    author.getText(), language.getValue(), date == null ? null : new EventDate(date, approximate.isSelected(),
                    existing == null || existing.published() == null ? null : existing.published().note()),
                    provenance.getText().isBlank() ? text.get("article.add.pasted") : provenance.getText(), body.getText());
        });
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

}
