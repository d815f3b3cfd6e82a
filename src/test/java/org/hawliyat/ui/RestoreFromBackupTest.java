package org.hawliyat.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hawliyat.testing.CuratedWindow.onFx;

import java.nio.file.Path;
import java.time.Year;
import java.time.ZoneId;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.DialogPane;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.hawliyat.app.Backups;
import org.hawliyat.model.Event;
import org.hawliyat.model.Language;
import org.hawliyat.testing.CuratedWindow;
import org.hawliyat.testing.WindowTexts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** File ▸ Restore from a backup…, in both languages: the copies listed, one put back after a confirmation, the window reloaded. */
@ExtendWith(ApplicationExtension.class)
class RestoreFromBackupTest {

    private static final String EMBASSY = "qa-kz-2008-05-qatari-embassy-astana";

    @TempDir
    static Path tempDir;

    private CuratedWindow curated;

    @Start
    void start(Stage stage) {
        curated = CuratedWindow.show(stage, tempDir, true);
    }

    @AfterEach
    void close() {
        curated.close();
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void restoresACopyFromTheFileMenuAndTheWindowShowsItsEvents(Language language, FxRobot robot) throws Exception {
        if (language == Language.EN) {
            robot.interact(() -> WindowTexts.menuItem(robot, "language-en").fire());
        }
        Backups.Backup copy = Backups.of(curated.database()).make(Backups.Reason.MANUAL);
        Event embassy = curated.store().event(EMBASSY).orElseThrow();
        curated.store().deleteEvent(EMBASSY, embassy.version(), "Someone else");
        assertThat(curated.store().trash()).extracting(Event::id).containsExactly(EMBASSY);

        robot.interact(() -> WindowTexts.menuItem(robot, "menu-restore").fire());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#backups-dialog").tryQuery().isPresent());
        String date = robot.lookup("#backup-date-0").queryLabeled().getText();
        assertThat(date).contains(Integer.toString(Year.now(ZoneId.systemDefault()).getValue()));
        if (language == Language.AR) {
            assertThat(date).containsPattern("[\u0621-\u064A]"); // the month's Arabic name
            assertThat(robot.lookup("#backup-reason-0").queryLabeled().getText()).isEqualTo("نسخة يدوية");
            assertThat(robot.lookup("#backup-events-0").queryLabeled().getText()).isEqualTo("14 حدثًا");
        } else {
            assertThat(robot.lookup("#backup-reason-0").queryLabeled().getText()).isEqualTo("Made by hand");
            assertThat(robot.lookup("#backup-events-0").queryLabeled().getText()).isEqualTo("14 events");
        }
        DialogPane list = robot.lookup("#backups-dialog").query();
        assertThat(list.getNodeOrientation()).isEqualTo(language == Language.AR
                ? javafx.geometry.NodeOrientation.RIGHT_TO_LEFT : javafx.geometry.NodeOrientation.LEFT_TO_RIGHT);

        robot.clickOn("#backup-restore-0");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#backup-confirm").tryQuery().isPresent());
        DialogPane confirm = robot.lookup("#backup-confirm").query();
        assertThat(onFx(() -> String.join(" ", WindowTexts.texts(confirm))))
                .contains(language == Language.AR ? "هل تريد إرجاع نسخة " + date : "Put back the copy of " + date);
        Button yes = onFx(() -> confirm.lookupAll(".button").stream().map(Button.class::cast)
                .filter(b -> ButtonBar.getButtonData(b) == ButtonBar.ButtonData.OK_DONE).findFirst().orElseThrow());
        assertThat(yes.getText()).isEqualTo(language == Language.AR ? "استعادة" : "Restore");
        robot.clickOn(yes);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#backups-dialog").tryQuery().isEmpty());

        assertThat(curated.store().trash()).isEmpty();
        assertThat(curated.store().event(EMBASSY)).isPresent();
        ListView<Event> events = robot.lookup("#event-list").queryListView();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> events.getItems().size() == 14);
        assertThat(events.getItems()).extracting(Event::id).contains(EMBASSY);
        assertThat(robot.lookup("#status-count").queryLabeled().getText())
                .isEqualTo(language == Language.AR ? "14 حدثًا" : "14 events");
        // the state before the restore was copied away first
        assertThat(Backups.of(curated.database()).list()).extracting(Backups.Backup::reason)
                .contains(Backups.Reason.BEFORE_RESTORE, Backups.Reason.MANUAL);
        assertThat(copy.file()).exists();
    }
}
