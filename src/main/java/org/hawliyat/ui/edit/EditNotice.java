package org.hawliyat.ui.edit;

import javafx.animation.PauseTransition;
import javafx.geometry.NodeOrientation;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.stage.Popup;
import javafx.stage.Window;
import javafx.util.Duration;
import org.hawliyat.ui.common.Styles;
import org.hawliyat.ui.common.UiText;

/**
 * A short notice of what an edit command just did ("Undone: the edit of «…»"), at the bottom of the
 * window on its end side, gone after a few seconds; a deletion's notice has Undo. It takes no focus
 * and blocks nothing: the window stays usable under it. One at a time.
 */
final class EditNotice {

    private static final Duration SHOWN_FOR = Duration.seconds(6);
    private static Popup shown;

    private EditNotice() {
    }

    /** Shows the message (with a button doing {@code action} when it is not null) over the window. */
    static void show(Window owner, UiText text, String message, String actionLabel, Runnable action) {
        if (owner == null || !owner.isShowing()) {
            return;
        }
        hide();
        Label said = new Label(message);
        said.setId("edit-notice-text");
        said.setMnemonicParsing(false);
        HBox box = new HBox(said);
        box.getStyleClass().add("edit-notice");
        box.setId("edit-notice");
        box.setNodeOrientation(text.orientation());
        Popup popup = new Popup();
        if (action != null) {
            Button button = new Button(actionLabel);
            button.setId("edit-notice-action");
            button.setMnemonicParsing(false);
            button.setFocusTraversable(false);
            button.setOnAction(e -> {
                popup.hide();
                action.run();
            });
            box.getChildren().add(button);
        }
        popup.getContent().add(box);
        Styles.applyTo(popup.getScene());
        popup.setAutoFix(true);
        popup.setOnShown(e -> {
            // the bottom of the window, at its end: right in a left-to-right window, left in Arabic
            double margin = 16;
            double x = text.orientation() == NodeOrientation.RIGHT_TO_LEFT ? owner.getX() + margin
                    : owner.getX() + owner.getWidth() - popup.getWidth() - margin;
            popup.setX(x);
            popup.setY(owner.getY() + owner.getHeight() - popup.getHeight() - 40);
        });
        shown = popup;
        popup.show(owner);
        PauseTransition later = new PauseTransition(SHOWN_FOR);
        later.setOnFinished(e -> popup.hide());
        later.play();
    }

    static void hide() {
        if (shown != null) {
            shown.hide();
            shown = null;
        }
    }
}
