package org.hawliyat.ui.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hawliyat.testing.CuratedWindow.clickOnFx;
import static org.hawliyat.testing.CuratedWindow.onFx;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.hawliyat.app.Catalogues;
import org.hawliyat.model.Event;
import org.hawliyat.model.Language;
import org.hawliyat.store.CatalogueStore;
import org.hawliyat.store.StoredDraft;
import org.hawliyat.testing.CuratedWindow;
import org.hawliyat.testing.WindowTexts;
import org.hawliyat.ui.MainWindow;
import org.hawliyat.ui.concurrent.SynchronousTaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Nothing typed into the event form is lost: leaving it asks first (save, discard, keep editing:
 * the default), and what was typed is kept as a draft that a new window on the same database
 * offers back. Driven as a person would: click the field, type, click another event in the list.
 */
@ExtendWith(ApplicationExtension.class)
class UnsavedEditsTest {

    private static final String EMBASSY = "qa-kz-2008-05-qatari-embassy-astana";
    private static final String OTHER = "qa-kz-2007-05-kazakh-embassy-doha";

    @TempDir
    static Path tempDir;

    private CuratedWindow curated;
    private Stage stage;
    private Stage second;
    private CatalogueStore secondStore;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        curated = CuratedWindow.show(stage, tempDir, true);
        curated.preferences().setEditorName("Test Editor");
    }

    @AfterEach
    void close() throws Exception {
        if (second != null) {
            onFx(() -> second.close());
        }
        if (secondStore != null) {
            secondStore.close();
        }
        curated.close();
    }

    @Test
    void selectingAnotherEventAfterTypingAsksAndKeepEditingIsTheDefault(FxRobot robot) throws Exception {
        Event before = curated.store().event(EMBASSY).orElseThrow();
        typeIntoEnglishTitle(robot, " (typed)");

        clickRow(robot, OTHER);
        waitForDialog(robot, "#unsaved-dialog");
        assertThat(dialogText(robot, "#unsaved-dialog")).contains("غيّرت «").contains("ولم تحفظه");
        pointerAway(robot);
        robot.type(KeyCode.ENTER); // the default: keep editing
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#unsaved-dialog").tryQuery()).isEmpty();
        assertThat(selectedId(robot)).isEqualTo(EMBASSY); // the selection went back to the form's event
        EventForm form = curated.window().openForm().orElseThrow();
        assertThat(form.titleEnField().getText()).isEqualTo(before.title().en() + " (typed)");

        clickRow(robot, OTHER);
        waitForDialog(robot, "#unsaved-dialog");
        robot.clickOn("تجاهل التغييرات");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(curated.window().openForm()).isEmpty();
        assertThat(selectedId(robot)).isEqualTo(OTHER);
        assertThat(curated.store().event(EMBASSY).orElseThrow()).isEqualTo(before);
    }

    @Test
    void saveFromTheQuestionSavesAndThenShowsTheEventChosen(FxRobot robot) throws Exception {
        onFx(() -> curated.window().languageProperty().set(Language.EN));
        Event before = curated.store().event(EMBASSY).orElseThrow();
        typeIntoEnglishTitle(robot, " (saved)");
        clickRow(robot, OTHER);
        waitForDialog(robot, "#unsaved-dialog");
        assertThat(dialogText(robot, "#unsaved-dialog")).startsWith("You changed «").endsWith("and have not saved it.");
        robot.clickOn(dialogButton(robot, "#unsaved-dialog", "Save")); // the dialog's, not the form's Save
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(curated.store().event(EMBASSY).orElseThrow().title().en()).isEqualTo(before.title().en() + " (saved)");
        assertThat(selectedId(robot)).isEqualTo(OTHER);
        assertThat(curated.window().openForm()).isEmpty();
    }

    @Test
    void switchingTheLanguageKeepsTheFormAndWhatWasTyped(FxRobot robot) throws Exception {
        typeIntoEnglishTitle(robot, " kept");
        String typed = curated.window().openForm().orElseThrow().titleEnField().getText();
        onFx(() -> curated.window().languageProperty().set(Language.EN));
        WaitForAsyncUtils.waitForFxEvents();
        EventForm form = curated.window().openForm().orElseThrow();
        assertThat(form.titleEnField().getText()).isEqualTo(typed);
        assertThat(form.isDirty()).isTrue();
        Node shown = robot.lookup("#detail-pane").query();
        assertThat(onFx(() -> WindowTexts.texts(shown))).contains("Edit event");
    }

    @Test
    void closingTheWindowWithAChangedFormIsRefusedWhileTheEditorKeepsEditing(FxRobot robot) throws Exception {
        typeIntoEnglishTitle(robot, "x");
        pointerAway(robot); // Monocle hands the pointer's release to a dialog that opens under it
        Platform.runLater(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        waitForDialog(robot, "#unsaved-dialog");
        robot.clickOn("تابع التحرير");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stage.isShowing()).isTrue();
        assertThat(curated.window().openForm()).isPresent();
        // Cancel on a changed form asks too
        EventForm form = curated.window().openForm().orElseThrow();
        // from the keyboard: Monocle gives a dialog opened by a click that click's release
        onFx(() -> form.lookup("#form-cancel").requestFocus());
        robot.type(KeyCode.SPACE);
        waitForDialog(robot, "#unsaved-dialog");
        robot.type(KeyCode.ESCAPE); // also keeps editing
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(curated.window().openForm()).isPresent();
    }

    @Test
    void whatWasTypedIsKeptAsADraftAndOfferedByANewWindowOnTheSameDatabase(FxRobot robot) throws Exception {
        typeIntoEnglishTitle(robot, " draft");
        String typed = curated.window().openForm().orElseThrow().titleEnField().getText();
        // kept a moment after the last keystroke, without saving the event
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> curated.store().draft(EMBASSY, "Test Editor").isPresent());
        StoredDraft kept = curated.store().draft(EMBASSY, "Test Editor").orElseThrow();
        assertThat(kept.fields()).containsEntry("title.en", typed);
        assertThat(curated.store().event(EMBASSY).orElseThrow().title().en()).isNotEqualTo(typed);

        // as if the program had been killed: a new store and a new window on the file
        secondStore = Catalogues.open(curated.database());
        Platform.runLater(() -> {
            second = new Stage();
            new MainWindow(second, secondStore, new SynchronousTaskRunner(), curated.preferences()).show();
        });
        waitForDialog(robot, "#draft-dialog");
        assertThat(dialogText(robot, "#draft-dialog")).startsWith("لديك مسودة غير محفوظة من «");
        robot.clickOn("استعِدها");
        WaitForAsyncUtils.waitForFxEvents();
        EventForm restored = onFx(() -> (EventForm) second.getScene().getRoot().lookup("#event-form"));
        assertThat(restored).isNotNull();
        assertThat(restored.titleEnField().getText()).isEqualTo(typed);
        assertThat(restored.initial().version()).isEqualTo(kept.baseVersion());
        assertThat(restored.isDirty()).isTrue();
        assertThat(onFx(() -> WindowTexts.texts(restored.lookup("#form-notices")))).singleElement()
                .asString().startsWith("استُعيد من مسودتك");
    }

    // ---- helpers ----

    private void typeIntoEnglishTitle(FxRobot robot, String typed) throws Exception {
        onFx(() -> curated.window().editing().editModeProperty().set(true));
        selectRow(robot, EMBASSY);
        robot.type(KeyCode.F2);
        EventForm form = curated.window().openForm().orElseThrow();
        TextField title = form.titleEnField();
        CuratedWindow.clickInDetail(robot, "#form-title-en");
        clickOnFx(robot, title);
        robot.type(KeyCode.END);
        robot.write(typed);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(title.getText()).endsWith(typed);
    }

    /** The pointer to the window's top corner (on the menu bar), where no dialog opens. */
    private void pointerAway(FxRobot robot) throws Exception {
        robot.moveTo(onFx(() -> new javafx.geometry.Point2D(stage.getX() + 3, stage.getY() + 3)));
    }

    private void selectRow(FxRobot robot, String id) throws Exception {
        clickRow(robot, id);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(selectedId(robot)).isEqualTo(id);
    }

    /** Clicks the list's row of the event, found by its title as the row shows it. */
    private void clickRow(FxRobot robot, String id) throws Exception {
        ListView<Event> list = robot.lookup("#event-list").queryListView();
        Event event = onFx(() -> list.getItems().stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow());
        onFx(() -> list.scrollTo(event));
        WaitForAsyncUtils.waitForFxEvents();
        String title = onFx(() -> curated.window().languageProperty().get() == Language.AR
                ? event.title().ar() : event.title().en());
        Node row = onFx(() -> list.lookupAll(".label").stream()
                .filter(n -> n instanceof Label l && title.equals(l.getText()) && n.isVisible())
                .findFirst().orElseThrow(() -> new AssertionError("no row shows " + title)));
        clickOnFx(robot, row);
    }

    private static String selectedId(FxRobot robot) throws Exception {
        ListView<Event> list = robot.lookup("#event-list").queryListView();
        return onFx(() -> list.getSelectionModel().getSelectedItem().id());
    }

    private static void waitForDialog(FxRobot robot, String id) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(id).tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static Node dialogButton(FxRobot robot, String dialog, String text) {
        Node pane = robot.lookup(dialog).query();
        return pane.lookupAll(".button").stream()
                .filter(b -> b instanceof javafx.scene.control.Button button && text.equals(button.getText()))
                .findFirst().orElseThrow(() -> new AssertionError("no button " + text + " in " + dialog));
    }

    private static String dialogText(FxRobot robot, String id) throws Exception {
        Node pane = robot.lookup(id).query();
        return onFx(() -> String.join(" ", WindowTexts.texts(pane).stream().filter(t -> t != null && !t.isBlank()).toList()));
    }
}
