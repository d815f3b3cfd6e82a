package org.hawliyat.ui.common;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;
import org.hawliyat.ui.text.WrappedText;

/**
 * Message boxes in the window's language and direction. The sentence goes through
 * {@link WrappedText}: the Alert's own content label wraps, which draws Arabic wrongly on Linux.
 */
public final class Dialogs {

    private Dialogs() {
    }

    /** The dialog buttons in the window's language (JavaFX's own ButtonType.OK and CANCEL follow the system's). */
    public static ButtonType ok(UiText text) {
        return new ButtonType(text.get("dialog.ok"), ButtonBar.ButtonData.OK_DONE);
    }

    public static ButtonType cancel(UiText text) {
        return new ButtonType(text.get("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
    }

    public static ButtonType close(UiText text) {
        return new ButtonType(text.get("dialog.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
    }

    /** Shows one sentence saying what went wrong, and waits for the user to acknowledge it. */
    public static void showError(Window owner, UiText text, String sentence) {
        error(owner, text, sentence).showAndWait();
    }

    public static void showAbout(Window owner, UiText text) {
        about(owner, text).showAndWait();
    }

    /** The error box, not yet shown. */
    public static Alert error(Window owner, UiText text, String sentence) {
        return create(Alert.AlertType.ERROR, owner, text, text.get("error.title"), sentence);
    }

    /** The About box, not yet shown. */
    public static Alert about(Window owner, UiText text) {
        return create(Alert.AlertType.INFORMATION, owner, text, text.get("about.title"), text.get("about.text"));
    }

    private static Alert create(Alert.AlertType type, Window owner, UiText text, String title, String sentence) {
        Alert alert = new Alert(type, "", ok(text));
        if (owner != null) {
            alert.initOwner(owner);
        }
        alert.setTitle(title);
        alert.setHeaderText(null);
        WrappedText content = new WrappedText(sentence);
        content.getStyleClass().add("dialog-sentence");
        alert.getDialogPane().setContent(content);
        alert.getDialogPane().setNodeOrientation(text.orientation()); // a dialog is a scene of its own
        Styles.applyTo(alert.getDialogPane());
        return alert;
    }
}
