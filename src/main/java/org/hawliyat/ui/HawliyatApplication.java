package org.hawliyat.ui;

import java.nio.file.Path;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.hawliyat.app.Catalogues;
import org.hawliyat.store.CatalogueStore;
import org.hawliyat.store.DamagedDatabaseException;
import org.hawliyat.store.NewerDatabaseException;
import org.hawliyat.ui.common.Dialogs;
import org.hawliyat.ui.common.UiPreferences;
import org.hawliyat.ui.common.UiText;
import org.hawliyat.ui.concurrent.BackgroundTaskRunner;
import org.hawliyat.ui.concurrent.TaskRunner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The JavaFX application: opens the database in the background, then shows the main window; if
 * the database cannot be opened, says so in one sentence and quits. Started by
 * {@link DesktopApp#launch}, which passes the database file in {@link #databaseFile} because
 * {@link Application#launch} takes a class, not an instance.
 */
public final class HawliyatApplication extends Application {

    private static final Logger LOG = LoggerFactory.getLogger(HawliyatApplication.class);

    /** The database to open; set before the launch. */
    static volatile Path databaseFile;

    private TaskRunner tasks;
    /** Set and read on the FX thread only. */
    private CatalogueStore store;

    @Override
    public void start(Stage stage) {
        Path file = databaseFile;
        if (file == null) {
            throw new IllegalStateException("no database file: start the window with DesktopApp.launch(Path)");
        }
        UiPreferences preferences = UiPreferences.forUser();
        tasks = new BackgroundTaskRunner();
        tasks.run(() -> Catalogues.open(file),
                opened -> {
                    store = opened;
                    new MainWindow(stage, opened, tasks, preferences).show();
                },
                failure -> {
                    LOG.warn("Could not open the catalogue", failure); // the user gets one sentence
                    UiText text = new UiText(preferences.language());
                    if (failure instanceof DamagedDatabaseException damaged) {
                        // no window is open yet: closing the offer must not end the application
                        Platform.setImplicitExit(false);
                        BackupRestore.offer(text, tasks, damaged, opened -> {
                            store = opened;
                            new MainWindow(stage, opened, tasks, preferences).show();
                            Platform.setImplicitExit(true);
                        }, Platform::exit);
                        return;
                    }
                    Dialogs.showError(null, text, failure instanceof NewerDatabaseException newer
                            ? text.get("error.newer", file.toAbsolutePath().toString(), newer.schemaVersion(),
                                    newer.knownVersion())
                            : text.get("error.open", file.toAbsolutePath().toString()));
                    Platform.exit();
                });
    }

    /** Closes the store on the worker thread, after any read still running there. */
    @Override
    public void stop() {
        if (tasks == null) {
            return;
        }
        CatalogueStore toClose = store;
        try {
            if (toClose != null) {
                tasks.runAndWait(toClose::close);
            }
        } catch (RuntimeException e) {
            // Quitting goes on: SQLite recovers an unclosed database on the next open.
            LOG.warn("The database was not closed cleanly", e);
        } finally {
            tasks.close();
        }
    }
}
