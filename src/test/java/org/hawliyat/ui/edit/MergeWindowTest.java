package org.hawliyat.ui.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hawliyat.testing.CuratedWindow.onFx;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.DialogPane;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.hawliyat.app.Catalogues;
import org.hawliyat.model.Event;
import org.hawliyat.model.EventFields;
import org.hawliyat.model.Language;
import org.hawliyat.store.CatalogueStore;
import org.hawliyat.testing.CuratedWindow;
import org.hawliyat.testing.WindowTexts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Two editors on one database (this window is B; A saves through a second store handle): B's save
 * of a stale form merges field by field instead of writing B's whole form over A's save.
 */
@ExtendWith(ApplicationExtension.class)
class MergeWindowTest {

    private static final String EMBASSY = "qa-kz-2008-05-qatari-embassy-astana";

    @TempDir
    static Path tempDir;

    private CuratedWindow curated;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        curated = CuratedWindow.show(stage, tempDir, true);
        curated.preferences().setEditorName("Bilal");
    }

    @AfterEach
    void close() {
        curated.close();
    }

    @Test
    void onlyTheArabicTitleOfBIsAppliedOverASaveOfBothTitlesByA(FxRobot robot) throws Exception {
        runIn(robot, Language.AR);
    }

    @Test
    void theSameInTheEnglishWindow(FxRobot robot) throws Exception {
        runIn(robot, Language.EN);
    }

    private void runIn(FxRobot robot, Language language) throws Exception {
        onFx(() -> curated.window().languageProperty().set(language));
        onFx(() -> curated.window().editing().editModeProperty().set(true));
        ListView<Event> list = robot.lookup("#event-list").queryListView();
        onFx(() -> curated.window().selectEvent(curated.store().event(EMBASSY).orElseThrow()));
        robot.clickOn("#event-list"); // the keyboard in the list, the selection unchanged? select again to be sure
        onFx(() -> curated.window().selectEvent(curated.store().event(EMBASSY).orElseThrow()));
        robot.type(KeyCode.F2);
        EventForm form = curated.window().openForm().orElseThrow();
        Event opened = curated.store().event(EMBASSY).orElseThrow();

        // meanwhile A saves both titles on the same file
        try (CatalogueStore a = Catalogues.open(curated.database())) {
            a.saveEvent(EventFields.with(a.event(EMBASSY).orElseThrow(),
                    Map.of("title.ar", "عنوان كتبه أمل", "title.en", "Title written by Amal")), "Amal");
        }

        // within a few seconds B's form says that A saved: wait for that sentence, which moves the form's
        // fields down (clicking before it arrived sometimes hit the line above the title instead)
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup("#form-changed-elsewhere").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();

        // B changes only the Arabic title, typing it, and saves with Ctrl+S
        TextField titleAr = form.titleArField();
        CuratedWindow.clickInDetail(robot, "#form-title-ar");
        CuratedWindow.clickOnFx(robot, titleAr);
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        robot.write("عنوان بلال");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(titleAr.getText()).isEqualTo("عنوان بلال");
        robot.moveTo(onFx(() -> new Point2D(stage.getX() + 3, stage.getY() + 3)));
        robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#merge-dialog").tryQuery().isPresent());
        DialogPane pane = robot.lookup("#merge-dialog").query();
        String said = onFx(() -> String.join(" ", WindowTexts.texts(pane)));
        // who and when, from the history, instead of «someone»
        assertThat(said).contains(language == Language.AR ? "حفظ Amal هذا الحدث في" : "Amal saved this event on")
                .doesNotContain("أحدهم").doesNotContain("Someone");
        assertThat(said).contains(language == Language.AR ? "يبقى كما حفظه Amal: العنوان بالإنجليزية"
                : "Kept as Amal saved them: Title in English");
        // the default button writes nothing, and saving waits for a choice
        Button saveMerge = onFx(() -> (Button) pane.lookupAll(".button").stream()
                .filter(b -> ((Button) b).getText().equals(language == Language.AR ? "احفظ الدمج" : "Save the merge"))
                .findFirst().orElseThrow());
        assertThat(saveMerge.isDisabled()).isTrue();
        Button byDefault = onFx(() -> (Button) pane.lookupAll(".button").stream()
                .filter(b -> b instanceof Button bb && bb.isDefaultButton()).findFirst().orElseThrow());
        assertThat(ButtonBar.getButtonData(byDefault)).isEqualTo(ButtonBar.ButtonData.CANCEL_CLOSE);

        robot.clickOn(language == Language.AR ? "خذ نسختك" : "Use yours");
        assertThat(saveMerge.isDisabled()).isFalse();
        robot.clickOn(saveMerge);
        WaitForAsyncUtils.waitForFxEvents();

        Event stored = curated.store().event(EMBASSY).orElseThrow();
        assertThat(stored.title().ar()).isEqualTo("عنوان بلال"); // B's
        assertThat(stored.title().en()).isEqualTo("Title written by Amal"); // A's remains
        assertThat(stored.version()).isEqualTo(opened.version() + 2);
        assertThat(curated.store().history(EMBASSY)).filteredOn(h -> h.version() == stored.version())
                .singleElement().satisfies(h -> {
                    assertThat(h.field()).isEqualTo("title.ar");
                    assertThat(h.editor()).isEqualTo("Bilal");
                });
        assertThat(curated.window().openForm()).isEmpty();
        assertThat(onFx(() -> list.getSelectionModel().getSelectedItem())).isEqualTo(stored);
    }

}
