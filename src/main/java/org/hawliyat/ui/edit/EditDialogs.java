package org.hawliyat.ui.edit;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.stage.Window;
import org.hawliyat.model.Event;
import org.hawliyat.model.PartialDate;
import org.hawliyat.ui.common.Styles;
import org.hawliyat.ui.common.UiText;
import org.hawliyat.ui.text.WrappedText;

/**
 * The questions editing asks before anything could be lost: leaving a changed form (save, discard,
 * keep editing) and an unsaved draft found (restore, discard, later). The safe answer is the
 * default button, and Escape gives it too: Enter pressed by habit never throws work away.
 */
public final class EditDialogs {

    public enum Leave { SAVE, DISCARD, KEEP_EDITING }

    public enum Draft { RESTORE, DISCARD, LATER }

    private EditDialogs() {
    }

    /**
     * Save, discard or keep editing a changed form; {@code problem} says why it cannot be saved as it
     * is (null when it can: then Save is offered).
     */
    public static Leave askLeave(Window owner, UiText text, String eventTitle, String problem) {
        Dialog<ButtonType> dialog = dialog(owner, text, "edit.unsaved.title", "unsaved-dialog");
        WrappedText sentence = sentence(text.get("edit.unsaved.text", eventTitle)
                + (problem == null ? "" : " " + text.get("edit.unsaved.invalid", problem)));
        dialog.getDialogPane().setContent(sentence);
        ButtonType save = new ButtonType(text.get("edit.unsaved.save"), ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType(text.get("edit.unsaved.discard"), ButtonBar.ButtonData.NO);
        ButtonType keep = new ButtonType(text.get("edit.unsaved.keepEditing"), ButtonBar.ButtonData.CANCEL_CLOSE);
        if (problem == null) {
            dialog.getDialogPane().getButtonTypes().setAll(save, discard, keep);
        } else {
            dialog.getDialogPane().getButtonTypes().setAll(discard, keep);
        }
        makeDefault(dialog, keep);
        return dialog.showAndWait().map(b -> b == save ? Leave.SAVE : b == discard ? Leave.DISCARD : Leave.KEEP_EDITING)
                .orElse(Leave.KEEP_EDITING);
    }

    /** Restore, discard or leave for later an unsaved draft kept at {@code savedAt}. */
    public static Draft askDraft(Window owner, UiText text, String eventTitle, Instant savedAt) {
        Dialog<ButtonType> dialog = dialog(owner, text, "edit.draft.title", "draft-dialog");
        dialog.getDialogPane().setContent(sentence(text.get("edit.draft.text", eventTitle, savedAt(text, savedAt))));
        ButtonType restore = new ButtonType(text.get("edit.draft.restore"), ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType(text.get("edit.draft.discard"), ButtonBar.ButtonData.NO);
        ButtonType later = new ButtonType(text.get("edit.draft.later"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(restore, discard, later);
        makeDefault(dialog, restore);
        return dialog.showAndWait().map(b -> b == restore ? Draft.RESTORE : b == discard ? Draft.DISCARD : Draft.LATER)
                .orElse(Draft.LATER);
    }

    /** An event's title in the window's language (else the other), or "the new event". */
    public static String title(UiText text, String titleAr, String titleEn, boolean isNew) {
        UiText.Shown shown = text.show(org.hawliyat.model.LocalizedText.of(titleAr, titleEn));
        return shown.text().isEmpty() ? text.get(isNew ? "edit.unsaved.newEvent" : "event.untitled") : shown.text();
    }

    public static String title(UiText text, Event event) {
        return title(text, event.title().ar(), event.title().en(), false);
    }

    /** When, in words of the window's language and digits: "29 November 2026 09:41". */
    public static String savedAt(UiText text, Instant at) {
        var local = at.atZone(ZoneId.systemDefault());
        return text.dates().format(PartialDate.of(local.toLocalDate())) + " "
                + text.digits(DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT).format(local));
    }

    static Dialog<ButtonType> dialog(Window owner, UiText text, String titleKey, String id) {
        Dialog<ButtonType> dialog = new Dialog<>();
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle(text.get(titleKey));
        dialog.getDialogPane().setNodeOrientation(text.orientation());
        dialog.getDialogPane().setId(id);
        dialog.getDialogPane().setPrefWidth(520);
        Styles.applyTo(dialog.getDialogPane());
        return dialog;
    }

    public static WrappedText sentence(String value) {
        WrappedText sentence = new WrappedText(value);
        sentence.getStyleClass().add("dialog-sentence");
        return sentence;
    }

    /** Makes this button the only default one (Enter); the others are not. */
    static void makeDefault(Dialog<ButtonType> dialog, ButtonType choice) {
        for (ButtonType type : dialog.getDialogPane().getButtonTypes()) {
            Node button = dialog.getDialogPane().lookupButton(type);
            if (button instanceof Button b) {
                b.setDefaultButton(type == choice);
            }
        }
    }
}
