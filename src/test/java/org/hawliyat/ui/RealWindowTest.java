package org.hawliyat.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hawliyat.testing.CuratedWindow.onFx;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.hawliyat.app.Catalogues;
import org.hawliyat.model.Event;
import org.hawliyat.store.CatalogueStore;
import org.hawliyat.ui.common.UiPreferences;
import org.hawliyat.ui.concurrent.BackgroundTaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window as the app builds it, on the real background runner (work off the FX thread, results
 * back on it), used the way a person would: and JavaFX must not log a single CSS warning or
 * conversion error meanwhile (such warnings mean a rule silently does nothing).
 */
@ExtendWith(ApplicationExtension.class)
class RealWindowTest {

    /** JavaFX's CSS engine logs to java.util.logging under this name. */
    private static final Logger CSS_LOG = Logger.getLogger("javafx.css");

    @TempDir
    static Path tempDir;

    private final List<String> cssWarnings = new CopyOnWriteArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
                cssWarnings.add(new java.util.logging.SimpleFormatter().formatMessage(record));
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    private BackgroundTaskRunner tasks;
    private CatalogueStore store;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        CSS_LOG.addHandler(capture); // before the first scene: the window's own stylesheets are checked too
        UiPreferences preferences = UiPreferences.forUser();
        preferences.clear();
        tasks = new BackgroundTaskRunner();
        store = Catalogues.open(tempDir.resolve("real.db"));
        window = new MainWindow(stage, store, tasks, preferences);
        window.show();
        stage.setX(0);
        stage.setY(0);
        stage.setWidth(1280);
        stage.setHeight(800);
    }

    @AfterEach
    void close() {
        CSS_LOG.removeHandler(capture);
        tasks.close();
        store.close();
    }

    @Test
    void usedAsAPersonWouldOnTheRealRunnerWithoutOneCssWarning(FxRobot robot) throws Exception {
        ListView<Event> list = robot.lookup("#event-list").queryListView();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> list.getItems().size() == 14);

        robot.clickOn("#event-list"); // selects the row under the pointer
        int clicked = list.getSelectionModel().getSelectedIndex();
        robot.type(KeyCode.UP, 2);
        assertThat(list.getSelectionModel().getSelectedIndex()).isEqualTo(clicked - 2);

        onFx(() -> {
            window.searchBar().focusSearch();
            window.searchBar().field().setText("السفارة");
            window.searchBar().search();
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.searchBar().resultsShowing());
        robot.type(KeyCode.ESCAPE);

        robot.interact(() -> window.languageProperty().set(org.hawliyat.model.Language.EN));
        robot.interact(() -> window.languageProperty().set(org.hawliyat.model.Language.AR));

        robot.press(KeyCode.CONTROL).type(KeyCode.E).release(KeyCode.CONTROL); // edit mode
        robot.clickOn("#event-list").type(KeyCode.F2);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.openForm().isPresent());
        robot.type(KeyCode.ESCAPE);

        robot.clickOn("#event-list").type(KeyCode.F5);
        robot.type(KeyCode.LEFT).type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(cssWarnings).as("CSS warnings logged by JavaFX").isEmpty();
    }
}
