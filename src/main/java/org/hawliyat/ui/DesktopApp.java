package org.hawliyat.ui;

import java.nio.file.Path;
import java.util.Objects;
import javafx.application.Application;

/**
 * Starts the desktop window. The command line calls {@link #launch(Path)} from its {@code main};
 * it is a plain class because a class extending {@link Application} cannot be started directly
 * when JavaFX is on the class path.
 */
public final class DesktopApp {

    private DesktopApp() {
    }

    /**
     * Shows the window on this database (created and filled with the curated data if new) and
     * returns when the window has been closed. Call once per process, from a non-FX thread.
     */
    public static void launch(Path databaseFile) {
        HawliyatApplication.databaseFile = Objects.requireNonNull(databaseFile, "databaseFile");
        Application.launch(HawliyatApplication.class);
    }
}
