package org.hawliyat.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.hawliyat.app.Backups;
import org.hawliyat.app.Catalogues;
import org.hawliyat.store.CatalogueStore;
import org.hawliyat.store.DamagedDatabaseException;
import org.hawliyat.ui.common.Dialogs;
import org.hawliyat.ui.common.Styles;
import org.hawliyat.ui.common.UiText;
import org.hawliyat.ui.concurrent.TaskRunner;
import org.hawliyat.ui.edit.EditDialogs;
import org.hawliyat.ui.text.WrappedText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * File ▸ Restore from a backup…: the copies in the database's backups folder, newest first, each
 * with its date (in the app's language and digits), why it was made and how many events it holds;
 * a copy is put back after a confirmation. And the offer made when the window meets a damaged
 * database: restore the newest copy that passes the check.
 */
final class BackupRestore {

    private static final Logger LOG = LoggerFactory.getLogger(BackupRestore.class);

    private BackupRestore() {
    }

    /** Reads the copies in the background, then shows them; {@code restored} runs (on the FX thread) after a restore. */
    static void show(Window owner, UiText text, TaskRunner tasks, Path database, Runnable restored) {
        Backups backups = Backups.of(database);
        tasks.run(backups::describe, all -> dialog(owner, text, tasks, backups, all, restored).show(),
                failure -> {
                    LOG.warn("Could not list the backups of {}", database, failure);
                    Dialogs.showError(owner, text, text.get("backup.listFailed", backups.folder().toString()));
                });
    }

    private static Dialog<ButtonType> dialog(Window owner, UiText text, TaskRunner tasks, Backups backups,
                                             List<Backups.Described> all, Runnable restored) {
        Dialog<ButtonType> dialog = new Dialog<>();
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle(text.get("backup.title"));
        dialog.getDialogPane().setNodeOrientation(text.orientation());
        dialog.getDialogPane().setId("backups-dialog");
        Styles.applyTo(dialog.getDialogPane());
        VBox rows = new VBox(6);
        WrappedText intro = new WrappedText(all.isEmpty() ? text.get("backup.none", backups.folder().toString())
                : text.get("backup.intro"));
        rows.getChildren().add(intro);
        for (int i = 0; i < all.size(); i++) {
            Backups.Described described = all.get(i);
            Backups.Backup backup = described.backup();
            Label date = new Label(EditDialogs.savedAt(text, backup.time()));
            date.setId("backup-date-" + i);
            date.setMinWidth(Label.USE_PREF_SIZE);
            Label reason = new Label(text.get("backup.reason." + backup.reason().word()));
            reason.setId("backup-reason-" + i);
            Label events = new Label(described.events() < 0 ? text.get("backup.unreadable")
                    : text.digits(text.get("backup.events", described.events())));
            events.setId("backup-events-" + i);
            VBox what = new VBox(2, reason, events);
            what.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(what, Priority.ALWAYS);
            Button restore = new Button(text.get("backup.restore"));
            restore.setId("backup-restore-" + i);
            restore.setDisable(described.events() < 0);
            restore.setOnAction(e -> {
                if (confirm(dialog.getDialogPane().getScene().getWindow(), text, date.getText())) {
                    restore(dialog, text, tasks, backups, backup.file(), restored);
                }
            });
            HBox row = new HBox(10, date, what, restore);
            row.getStyleClass().add("backup-row");
            rows.getChildren().add(row);
        }
        dialog.getDialogPane().setContent(rows);
        dialog.getDialogPane().setPrefWidth(560);
        dialog.getDialogPane().getButtonTypes().setAll(Dialogs.close(text));
        return dialog;
    }

    private static boolean confirm(Window owner, UiText text, String date) {
        ButtonType yes = new ButtonType(text.get("backup.confirm.yes"), ButtonBar.ButtonData.OK_DONE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "", yes, Dialogs.cancel(text));
        alert.initOwner(owner);
        alert.setTitle(text.get("backup.title"));
        alert.setHeaderText(null);
        alert.getDialogPane().setContent(new WrappedText(text.get("backup.confirm", date)));
        alert.getDialogPane().setNodeOrientation(text.orientation());
        alert.getDialogPane().setId("backup-confirm");
        alert.getDialogPane().setPrefWidth(560); // the sentence wraps rather than stretching the box across the screen
        Styles.applyTo(alert.getDialogPane());
        return alert.showAndWait().filter(yes::equals).isPresent();
    }

    private static void restore(Dialog<ButtonType> dialog, UiText text, TaskRunner tasks, Backups backups, Path copy,
                                Runnable restored) {
        tasks.run(() -> backups.restore(copy), done -> {
            dialog.close();
            restored.run();
        }, failure -> {
            LOG.warn("Could not restore {}", copy, failure);
            Dialogs.showError(dialog.getDialogPane().getScene().getWindow(), text,
                    text.get("backup.restoreFailed", copy.toString()));
        });
    }

    /**
     * The window met a damaged database: one sentence, and the offer to put back the newest copy
     * that passes the check (looked for in the background). {@code opened} gets the database opened
     * after a restore; {@code declined} runs when there is no good copy or the user says no.
     */
    static void offer(UiText text, TaskRunner tasks, DamagedDatabaseException damaged,
                      Consumer<CatalogueStore> opened, Runnable declined) {
        Path database = damaged.file();
        Backups backups = Backups.of(database);
        tasks.run(backups::latestGood, latest -> ask(text, tasks, backups, latest, opened, declined), failure -> {
            LOG.warn("Could not look for backups of {}", database, failure);
            ask(text, tasks, backups, Optional.empty(), opened, declined);
        });
    }

    private static void ask(UiText text, TaskRunner tasks, Backups backups, Optional<Backups.Backup> latest,
                            Consumer<CatalogueStore> opened, Runnable declined) {
        String database = backups.database().toString();
        if (latest.isEmpty()) {
            Dialogs.showError(null, text, text.get("error.damaged.noBackup", database, backups.folder().toString()));
            declined.run();
            return;
        }
        Backups.Backup backup = latest.get();
        ButtonType yes = new ButtonType(text.get("error.damaged.restore"), ButtonBar.ButtonData.OK_DONE);
        ButtonType no = new ButtonType(text.get("menu.file.quit"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.ERROR, "", yes, no);
        alert.setTitle(text.get("error.title"));
        alert.setHeaderText(null);
        alert.getDialogPane().setContent(new WrappedText(text.get("error.damaged", database,
                EditDialogs.savedAt(text, backup.time()), text.get("backup.reason." + backup.reason().word()))));
        alert.getDialogPane().setNodeOrientation(text.orientation());
        alert.getDialogPane().setId("damaged-offer");
        alert.getDialogPane().setPrefWidth(620);
        Styles.applyTo(alert.getDialogPane());
        if (alert.showAndWait().filter(yes::equals).isEmpty()) {
            declined.run();
            return;
        }
        tasks.run(() -> {
            backups.restore(backup.file());
            return Catalogues.open(backups.database());
        }, opened, failure -> {
            LOG.warn("Could not restore {}", backup.file(), failure);
            Dialogs.showError(null, text, text.get("backup.restoreFailed", backup.file().toString()));
            declined.run();
        });
    }
}
