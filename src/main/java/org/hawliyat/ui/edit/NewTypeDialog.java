package org.hawliyat.ui.edit;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import javafx.geometry.NodeOrientation;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.hawliyat.model.EventType;
import org.hawliyat.model.LocalizedText;
import org.hawliyat.app.CatalogueContents;
import org.hawliyat.ui.common.Dialogs;
import org.hawliyat.ui.common.Styles;
import org.hawliyat.ui.common.UiText;

/** Creates an event type on purpose, with its name in both languages (at least one). */
final class NewTypeDialog {

    private NewTypeDialog() {
    }

    static Optional<EventType> ask(Window owner, UiText text, CatalogueContents catalogue) {
        Dialog<ButtonType> dialog = new Dialog<>();
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle(text.get("edit.newType.title"));
        dialog.getDialogPane().setNodeOrientation(text.orientation());
        Styles.applyTo(dialog.getDialogPane());
        TextField nameAr = new TextField();
        TextField nameEn = new TextField();
        nameAr.setNodeOrientation(NodeOrientation.RIGHT_TO_LEFT);
        nameAr.setId("new-type-name-ar");
        nameEn.setId("new-type-name-en");
        nameEn.setNodeOrientation(NodeOrientation.LEFT_TO_RIGHT);
        GridPane grid = new GridPane();
        grid.getStyleClass().add("dialog-grid");
        grid.addRow(0, new Label(text.get("edit.field.nameAr")), nameAr);
        grid.addRow(1, new Label(text.get("edit.field.nameEn")), nameEn);
        dialog.getDialogPane().setContent(grid);
        ButtonType ok = Dialogs.ok(text);
        dialog.getDialogPane().getButtonTypes().setAll(ok, Dialogs.cancel(text));
        dialog.getDialogPane().lookupButton(ok).disableProperty().bind(nameAr.textProperty().isEmpty().and(nameEn.textProperty().isEmpty()));
        javafx.application.Platform.runLater(nameAr::requestFocus);
        return dialog.showAndWait().filter(ok::equals).map(button -> {
            LocalizedText name = LocalizedText.of(nameAr.getText(), nameEn.getText());
            return new EventType(uniqueId(name, catalogue), name);
        });
    }

    /** An id from the English name ("Trade agreement" → trade-agreement), else a numbered one; never one in use. */
    static String uniqueId(LocalizedText name, CatalogueContents catalogue) {
        String base = name.en() == null ? "" : Normalizer.normalize(name.en(), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-|-$)", "");
        if (base.isEmpty()) {
            base = "type";
        }
        String id = base;
        for (int n = 2; catalogue.types().containsKey(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }
}
