package org.hawliyat.ui.present;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.hawliyat.model.Event;
import org.hawliyat.model.Language;
import org.hawliyat.model.Tour;
import org.hawliyat.ui.MainWindow;
import org.hawliyat.ui.text.WrappedText;
import org.hawliyat.testing.CuratedWindow;
import static org.hawliyat.testing.CuratedWindow.onFx;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Presentation mode driven from the keyboard, as a clicker would, in both directions of time. */
@ExtendWith(ApplicationExtension.class)
class PresentationTest {

    @TempDir
    static java.nio.file.Path tempDir;

    private CuratedWindow curated;
    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage primaryStage) {
        stage = primaryStage;
        curated = CuratedWindow.show(stage, tempDir, false);
        window = curated.window();
    }

    @AfterEach
    void closeStore() throws Exception {
        onFx(() -> stage.setFullScreen(false)); // a test that failed midway leaves no full screen behind
        curated.close();
    }

    @Test
    void f5PresentsFromTheSelectedEventAndTheKeysFollowTimeInArabic(FxRobot robot) throws Exception {
        List<Event> events = list(robot).getItems();
        onFx(() -> window.selectEvent(events.get(2)));
        robot.type(KeyCode.F5);
        PresentationView view = window.presentation().orElseThrow();
        assertThat(stage.isFullScreen()).isTrue();
        assertThat(current()).isEqualTo(events.get(2));
        assertThat(progress(robot)).isEqualTo("3 / " + events.size());
        assertThat(title(robot)).isEqualTo(events.get(2).title().ar());
        assertThat(view.timeline().getSelectedEvent()).isEqualTo(events.get(2));

        // right to left: ← goes later, → earlier
        robot.type(KeyCode.LEFT);
        assertThat(current()).isEqualTo(events.get(3));
        robot.type(KeyCode.RIGHT);
        assertThat(current()).isEqualTo(events.get(2));
        // what clickers send
        robot.type(KeyCode.PAGE_DOWN);
        assertThat(current()).isEqualTo(events.get(3));
        robot.type(KeyCode.SPACE);
        assertThat(current()).isEqualTo(events.get(4));
        robot.type(KeyCode.PAGE_UP);
        assertThat(current()).isEqualTo(events.get(3));
        robot.type(KeyCode.END);
        assertThat(current()).isEqualTo(events.get(events.size() - 1));
        robot.type(KeyCode.PAGE_DOWN); // no further than the last
        assertThat(current()).isEqualTo(events.get(events.size() - 1));
        robot.type(KeyCode.HOME);
        assertThat(current()).isEqualTo(events.get(0));
        robot.type(KeyCode.PAGE_UP); // no earlier than the first
        assertThat(current()).isEqualTo(events.get(0));
        robot.type(KeyCode.PAGE_DOWN);

        robot.type(KeyCode.ESCAPE);
        assertThat(window.presentation()).isEmpty();
        assertThat(stage.isFullScreen()).isFalse();
        assertThat(stage.getScene().getRoot()).isSameAs(window.root());
        assertThat(list(robot).getSelectionModel().getSelectedItem()).isEqualTo(events.get(1)); // where the class left off
    }

    @Test
    void inEnglishTheArrowsAreTheOtherWayRound(FxRobot robot) throws Exception {
        onFx(() -> window.languageProperty().set(Language.EN));
        List<Event> events = list(robot).getItems();
        onFx(() -> window.selectEvent(events.get(5)));
        robot.type(KeyCode.F5);
        robot.type(KeyCode.RIGHT);
        assertThat(current()).isEqualTo(events.get(6));
        robot.type(KeyCode.LEFT).type(KeyCode.LEFT);
        assertThat(current()).isEqualTo(events.get(4));
        assertThat(title(robot)).isEqualTo(events.get(4).title().en());
        robot.type(KeyCode.ESCAPE);
        onFx(() -> window.languageProperty().set(Language.AR));
    }

    @Test
    void aTourIsPlayedStopByStopInItsOrderWithItsNotes(FxRobot robot) throws Exception {
        Tour tour = window.tours().get(0);
        assertThat(tour.stops()).hasSizeGreaterThan(2);
        onFx(() -> window.present(tour));
        for (int i = 0; i < tour.stops().size(); i++) {
            assertThat(current().id()).as("stop %d", i + 1).isEqualTo(tour.stops().get(i).eventId());
            assertThat(progress(robot)).isEqualTo((i + 1) + " / " + tour.stops().size());
            robot.type(KeyCode.PAGE_DOWN);
        }
        for (int i = tour.stops().size() - 1; i >= 0; i--) {
            assertThat(current().id()).as("back at stop %d", i + 1).isEqualTo(tour.stops().get(i).eventId());
            robot.type(KeyCode.RIGHT); // earlier, in Arabic
        }
        assertThat(robot.lookup(".presentation-tour").queryLabeled().getText()).isEqualTo(tour.title().ar());
        robot.type(KeyCode.ESCAPE);
        assertThat(window.presentation()).isEmpty();
    }

    @Test
    void aTourIsMadeAndOrderedInEditMode(FxRobot robot) throws Exception {
        List<Event> events = list(robot).getItems();
        onFx(() -> {
            window.editing().editModeProperty().set(true);
            window.selectEvent(events.get(0));
        });
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.R).release(KeyCode.SHIFT, KeyCode.CONTROL);
        onFx(() -> ((javafx.scene.control.TextField) robot.lookup("#tour-title-en").query()).setText("Embassies first"));
        robot.clickOn("#tour-add");
        onFx(() -> window.selectEvent(events.get(3)));
        robot.clickOn("#tour-add");
        onFx(() -> window.selectEvent(events.get(2)));
        robot.clickOn("#tour-add");
        robot.clickOn("#tour-up"); // the last added is selected: it moves before the one added before it
        onFx(() -> ((javafx.scene.control.TextField) robot.lookup("#tour-note-en").query()).setText("Before Astana"));
        robot.clickOn("حفظ");
        Tour made = curated.store().tours().stream().filter(t -> "Embassies first".equals(t.title().en()))
                .findFirst().orElseThrow();
        assertThat(made.stops()).extracting(Tour.Stop::eventId)
                .containsExactly(events.get(0).id(), events.get(2).id(), events.get(3).id());
        assertThat(made.stops().get(1).note().en()).isEqualTo("Before Astana");
        assertThat(window.tours()).extracting(Tour::id).contains(made.id()); // the menu offers it to play
    }

    private Event current() {
        return window.presentation().orElseThrow().current().orElseThrow();
    }

    private static String progress(FxRobot robot) {
        return robot.lookup("#presentation-progress").queryLabeled().getText();
    }

    private static String title(FxRobot robot) {
        return robot.lookup("#presentation-title").queryAs(WrappedText.class).getText();
    }

    private static ListView<Event> list(FxRobot robot) {
        return robot.lookup("#event-list").queryListView();
    }
}
