package org.hawliyat.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hawliyat.testing.CuratedWindow.onFx;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.hawliyat.model.Event;
import org.hawliyat.testing.CuratedWindow;
import org.hawliyat.testing.DefaultLocale;
import org.hawliyat.testing.WindowTexts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * The window on a new database, on a computer set to some language: the curated events are there,
 * and what the reader sees follows the app's language and digits, not the machine's. The build
 * runs the smoke tests under its Arabic and Turkish locale executions as well.
 */
@ExtendWith(ApplicationExtension.class)
abstract class WindowSmokeTest {

    /** The default locale to set around the test, or null for the one the JVM started with. */
    abstract DefaultLocale defaultLocale();

    @TempDir
    static Path tempDir;

    private DefaultLocale before;
    private CuratedWindow curated;

    /** Called from each subclass's own {@code @Start}: TestFX looks for it in the test class only. */
    void open(Stage stage) {
        before = defaultLocale() == null ? null : defaultLocale().apply();
        curated = CuratedWindow.show(stage, tempDir, true);
    }

    @AfterEach
    void close() {
        curated.close();
        if (before != null) {
            before.apply();
        }
    }

    @Test
    void aNewDatabaseShowsTheFourteenCuratedEventsInWesternDigits(FxRobot robot) throws Exception {
        ListView<Event> list = robot.lookup("#event-list").queryListView();
        assertThat(list.getItems()).hasSize(14).isSorted();
        assertThat(list.getItems().get(0).start().date().toIso()).isEqualTo("1993-07-01");
        assertThat(robot.lookup("#status-count").queryLabeled().getText()).isEqualTo("14 حدثًا");
        assertThat(rows(robot)).anySatisfy(row -> assertThat(row).contains("1 يوليو 1993"));
        assertThat(String.join(" ", rows(robot))).doesNotContainPattern("[\u0660-\u0669]");
        int onTimeline = onFx(() -> {
            var timeline = curated.window().timeline();
            timeline.applyCss();
            timeline.layout();
            return ((org.hawliyat.ui.timeline.TimelineSkin) timeline.getSkin()).lastLayout().inRange();
        });
        assertThat(onTimeline).isEqualTo(14);
    }

    @Test
    void theEnglishInterfaceOnAnArabicComputerReadsInEnglish(FxRobot robot) throws Exception {
        robot.interact(() -> WindowTexts.menuItem(robot, "language-en").fire());

        assertThat(robot.lookup("#status-count").queryLabeled().getText()).isEqualTo("14 events");
        assertThat(rows(robot)).anySatisfy(row -> assertThat(row).contains("1 July 1993"));
        assertThat(String.join(" ", rows(robot))).doesNotContainPattern("[\u0660-\u0669]");
    }

    private static List<String> rows(FxRobot robot) throws Exception {
        return onFx(() -> robot.lookup(".event-cell-row").queryAll().stream()
                .map(row -> String.join(" | ", WindowTexts.texts(row))).toList());
    }
}
