package org.hawliyat.ui.edit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.hawliyat.app.Catalogues;
import org.hawliyat.model.Event;
import org.hawliyat.model.EventFields;
import org.hawliyat.model.EventType;
import org.hawliyat.store.CatalogueStore;
import org.hawliyat.store.HistoryEntry;
import org.hawliyat.ui.MainWindow;
import org.hawliyat.testing.CuratedWindow;
import static org.hawliyat.testing.CuratedWindow.clickInDetail;
import static org.hawliyat.testing.CuratedWindow.onFx;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Editing in the main window, on a fresh copy of the curated data, driven from the keyboard and mouse. */
@ExtendWith(ApplicationExtension.class)
class EditingTest {

    private static final String EMBASSY = "qa-kz-2008-05-qatari-embassy-astana";

    @TempDir
    static Path tempDir;

    private CuratedWindow curated;
    private Path database;
    private CatalogueStore store;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        curated = CuratedWindow.show(stage, tempDir, true);
        curated.preferences().setEditorName("Test Editor");
        database = curated.database();
        store = curated.store();
        window = curated.window();
    }

    @AfterEach
    void closeStore() {
        curated.close();
    }

    @Test
    void editModeIsOffUntilTurnedOnAndThenVisible(FxRobot robot) throws Exception {
        assertThat(window.editing().isEditing()).isFalse();
        onFx(window::newEvent);
        assertThat(window.openForm()).isEmpty(); // nothing can be changed by accident
        robot.press(KeyCode.CONTROL).type(KeyCode.E).release(KeyCode.CONTROL);
        assertThat(window.editing().isEditing()).isTrue();
        assertThat(robot.lookup("#edit-toggle").queryAs(javafx.scene.control.ToggleButton.class).isSelected()).isTrue();
        assertThat(robot.lookup("#detail-edit").tryQuery()).isPresent();
    }

    @Test
    void aNewEventIsValidatedAsTypedAndSaved(FxRobot robot) throws Exception {
        editMode();
        robot.press(KeyCode.CONTROL).type(KeyCode.N).release(KeyCode.CONTROL);
        EventForm form = window.openForm().orElseThrow();
        assertThat(form.isValid()).isFalse(); // no type, no title yet
        onFx(() -> {
            form.typeChoice().setValue(form.typeChoice().getItems().stream()
                    .filter(t -> t.id().equals("official-visit")).findFirst().orElseThrow());
            form.titleEnField().setText("A test visit");
            form.startField().setText("2023-02-30");
            return null;
        });
        assertThat(form.isValid()).isFalse();
        assertThat(form.saveButton().isDisabled()).isTrue();
        assertThat(form.problemMessages()).containsExactly(
                "«\u200E2023-02-30\u200E» ليس تاريخًا صحيحًا على صيغة 1993 أو \u200E1993-07\u200E أو \u200E1993-07-01\u200E.");
        assertThat(form.lookup("#form-problems").lookupAll(".form-problem")).hasSize(1); // listed under the form
        // and said in words right under the date field, not only in a tooltip
        javafx.scene.Node dateField = form.lookup("#form-date");
        assertThat(onFx(() -> org.hawliyat.testing.WindowTexts.texts(dateField))).last().asString()
                .startsWith("«\u200E2023-02-30\u200E» ليس تاريخًا صحيحًا");
        assertThat(form.lookupAll("#form-field-problem")).hasSize(1);
        onFx(() -> {
            form.startField().setText("٢٠٢٤-٠٣");
            form.endField().setText("2024-02");
            return null;
        });
        assertThat(form.problemMessages()).containsExactly("تاريخ الانتهاء قبل تاريخ البداية.");
        onFx(() -> {
            form.endField().setText("");
            form.summaryArInput().setText("زيارة تجريبية إلى أستانا في مارس 2024.");
            return null;
        });
        assertThat(form.isValid()).isTrue();
        assertThat(form.summaryArInput().preview().getText()).isEqualTo("زيارة تجريبية إلى أستانا في مارس 2024.");
        clickInDetail(robot, "#form-save");

        Event saved = list(robot).getSelectionModel().getSelectedItem();
        assertThat(saved.id()).isEqualTo("2024-03-official"); // readable: date and type (no country chosen)
        assertThat(saved.title().en()).isEqualTo("A test visit");
        assertThat(saved.start().date().toString()).isEqualTo("2024-03");
        assertThat(saved.version()).isEqualTo(1);
        assertThat(store.event(saved.id())).contains(saved);
        assertThat(list(robot).getItems()).hasSize(15);
    }

    @Test
    void savingRecordsOnlyTheFieldsThatChanged(FxRobot robot) throws Exception {
        String kazakhFirst = "qa-kz-2007-05-kazakh-embassy-doha"; // countries KZ, QA: not in the boxes' order
        editMode();
        select(robot, kazakhFirst);
        Event before = store.event(kazakhFirst).orElseThrow();
        robot.type(KeyCode.F2);
        EventForm form = window.openForm().orElseThrow();
        onFx(() -> {
            form.titleEnField().setText("Kazakhstan opens its embassy in Doha");
            return null;
        });
        clickInDetail(robot, "#form-save");
        Event after = store.event(kazakhFirst).orElseThrow();
        assertThat(after.countryIds()).isEqualTo(before.countryIds());
        assertThat(store.history(kazakhFirst)).filteredOn(h -> h.version() == after.version())
                .extracting(HistoryEntry::field).containsExactly("title.en");
    }

    @Test
    void anEditIsSavedRecordedAndUndoneAndRedone(FxRobot robot) throws Exception {
        editMode();
        select(robot, EMBASSY);
        Event before = store.event(EMBASSY).orElseThrow();
        robot.type(KeyCode.F2);
        EventForm form = window.openForm().orElseThrow();
        onFx(() -> {
            form.titleEnField().setText("Qatar opens its embassy in Astana");
            return null;
        });
        clickInDetail(robot, "#form-save");
        Event after = store.event(EMBASSY).orElseThrow();
        assertThat(after.title().en()).isEqualTo("Qatar opens its embassy in Astana");
        assertThat(after.version()).isEqualTo(before.version() + 1);
        List<HistoryEntry> history = store.history(EMBASSY);
        assertThat(history).anySatisfy(h -> {
            assertThat(h.field()).isEqualTo("title.en");
            assertThat(h.before()).isEqualTo(before.title().en());
            assertThat(h.after()).isEqualTo("Qatar opens its embassy in Astana");
            assertThat(h.editor()).isEqualTo("Test Editor");
        });
        assertThat(robot.lookup(".history-version").queryAll()).isNotEmpty(); // shown in the details
        // when, in words of the window's language and digits (not an ISO stamp, not the machine's locale),
        // with Arabic commas: a middle dot looks like the Arabic-Indic zero «٠»
        String heading = onFx(() -> robot.lookup(".history-heading").<org.hawliyat.ui.text.WrappedText>query().getText());
        String today = org.hawliyat.text.DateWords.in(org.hawliyat.model.Language.AR)
                .format(org.hawliyat.model.PartialDate.of(java.time.LocalDate.now()));
        assertThat(heading).startsWith("النسخة " + after.version() + "، " + today + " ")
                .matches(".* [0-2][0-9]:[0-5][0-9]، Test Editor");
        // the field in words, not its key
        String change = onFx(() -> robot.lookup(".history-change").<org.hawliyat.ui.text.WrappedText>query().getText());
        assertThat(change).startsWith("العنوان بالإنجليزية: ").contains("Qatar opens its embassy in Astana");

        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        assertThat(store.event(EMBASSY).orElseThrow().title().en()).isEqualTo(before.title().en());
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.Z).release(KeyCode.SHIFT, KeyCode.CONTROL);
        assertThat(store.event(EMBASSY).orElseThrow().title().en()).isEqualTo("Qatar opens its embassy in Astana");
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL).type(KeyCode.Y).release(KeyCode.CONTROL);
        // one Redo in the Edit menu (Ctrl+Y works without an item of its own)
        javafx.scene.control.Menu edit = (javafx.scene.control.Menu) org.hawliyat.testing.WindowTexts.menuItem(robot, "menu-edit");
        assertThat(edit.getItems()).filteredOn(i -> i.getText() != null && i.getText().startsWith("إعادة")).hasSize(1);
        assertThat(store.event(EMBASSY).orElseThrow().title().en()).isEqualTo("Qatar opens its embassy in Astana");
        // every step is itself recorded
        assertThat(store.history(EMBASSY).stream().filter(h -> h.field().equals("title.en"))).hasSize(5);
    }

    @Test
    void deleteGoesToTheTrashAndCanBeRestoredOrUndone(FxRobot robot) throws Exception {
        editMode();
        select(robot, EMBASSY);
        clickInDetail(robot, "#detail-delete");
        assertThat(list(robot).getItems()).extracting(Event::id).doesNotContain(EMBASSY);
        assertThat(store.trash()).extracting(Event::id).contains(EMBASSY);
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        assertThat(list(robot).getItems()).extracting(Event::id).contains(EMBASSY);
        assertThat(store.trash()).isEmpty();

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.Z).release(KeyCode.SHIFT, KeyCode.CONTROL);
        assertThat(store.trash()).extracting(Event::id).contains(EMBASSY);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.T).release(KeyCode.SHIFT, KeyCode.CONTROL);
        // who moved it there, and when
        assertThat(robot.lookup("#trash-who-" + EMBASSY).queryLabeled().getText()).startsWith("حذفه Test Editor في ");
        robot.clickOn("#trash-restore-" + EMBASSY);
        assertThat(store.event(EMBASSY)).isPresent();
        assertThat(list(robot).getItems()).extracting(Event::id).contains(EMBASSY);
    }

    @Test
    void aDeletionCanBeUndoneFromItsNoticeAndUndoAndRedoSayWhatTheyDid(FxRobot robot) throws Exception {
        editMode();
        select(robot, EMBASSY);
        String title = store.event(EMBASSY).orElseThrow().title().ar();
        clickInDetail(robot, "#detail-delete");
        WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS,
                () -> robot.lookup("#edit-notice").tryQuery().isPresent());
        assertThat(robot.lookup("#edit-notice-text").queryLabeled().getText())
                .isEqualTo("نُقل «" + title + "» إلى المهملات.");
        robot.clickOn("تراجع"); // the notice's own Undo, found by what it says
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(store.event(EMBASSY)).isPresent();
        assertThat(list(robot).getItems()).extracting(Event::id).contains(EMBASSY);
        assertThat(robot.lookup("#edit-notice-text").queryLabeled().getText())
                .isEqualTo("تم التراجع عن نقل «" + title + "» إلى المهملات.");
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.Z).release(KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(store.event(EMBASSY)).isEmpty();
        assertThat(robot.lookup("#edit-notice-text").queryLabeled().getText())
                .isEqualTo("أُعيد نقل «" + title + "» إلى المهملات.");
    }

    @Test
    void aSaveOverAnotherWindowsSaveIsRefusedUntilTheEditorChooses(FxRobot robot) throws Exception {
        editMode();
        select(robot, EMBASSY);
        robot.type(KeyCode.F2);
        EventForm form = window.openForm().orElseThrow();
        // meanwhile another program saves the same event on the same file
        try (CatalogueStore other = Catalogues.open(database)) {
            Event stored = other.event(EMBASSY).orElseThrow();
            other.saveEvent(EventFields.with(stored, java.util.Map.of("title.en", "Saved elsewhere")), "Other");
        }
        onFx(() -> {
            form.titleEnField().setText("Mine");
            return null;
        });
        clickInDetail(robot, "#form-save");
        // refused: the other save is intact, and the editor is asked, told who saved
        assertThat(robot.lookup("#merge-dialog").tryQuery()).isPresent();
        assertThat(store.event(EMBASSY).orElseThrow().title().en()).isEqualTo("Saved elsewhere");
        javafx.scene.Node dialog = robot.lookup("#merge-dialog").query();
        assertThat(onFx(() -> String.join(" ", org.hawliyat.testing.WindowTexts.texts(dialog)))).contains("حفظ Other هذا الحدث في");
        robot.clickOn("#merge-mine-title-en");
        robot.clickOn("احفظ الدمج");
        assertThat(store.event(EMBASSY).orElseThrow().title().en()).isEqualTo("Mine");
        assertThat(store.history(EMBASSY).stream().filter(h -> h.field().equals("title.en")).map(HistoryEntry::after))
                .containsExactly("Saved elsewhere", "Mine"); // nothing lost: both saves are in the history
    }

    @Test
    void aNewTypeMustBeCreatedOnPurpose(FxRobot robot) throws Exception {
        editMode();
        select(robot, EMBASSY);
        robot.type(KeyCode.F2);
        EventForm form = window.openForm().orElseThrow();
        assertThat(form.typeChoice().getItems()).extracting(EventType::id).doesNotContain("trade-fair");
        clickInDetail(robot, "#form-new-type");
        javafx.scene.control.TextField english = robot.lookup("#new-type-name-en").queryAs(javafx.scene.control.TextField.class);
        robot.clickOn(english).write("Trade fair");
        assertThat(english.getText()).isEqualTo("Trade fair");
        robot.type(KeyCode.ENTER); // the English name
        assertThat(form.typeChoice().getValue().id()).isEqualTo("trade-fair");
        assertThat(store.types()).extracting(EventType::id).doesNotContain("trade-fair"); // not until saved
        clickInDetail(robot, "#form-save");
        assertThat(store.types()).extracting(EventType::id).contains("trade-fair");
        assertThat(store.event(EMBASSY).orElseThrow().typeId()).isEqualTo("trade-fair");
    }

    @Test
    void aSelectedPassageBecomesTheSourceOfANewEvent(FxRobot robot) throws Exception {
        editMode();
        select(robot, EMBASSY);
        org.hawliyat.ui.article.ArticlePane pane = window.articlePane();
        String text = pane.article().orElseThrow().text();
        int start = text.indexOf("افتتحت السفارة الكازاخستانية");
        int end = start + "افتتحت السفارة الكازاخستانية".length();
        // the selection takes the spaces on either side, as a double click and drag often does
        int from = start - 1;
        int to = end + 1;
        assertThat(text.substring(from, to)).startsWith(" ").endsWith(" ");
        onFx(() -> {
            pane.document().select(new org.hawliyat.text.TextSpan(from, to));
            return null;
        });
        // the context menu's command (Monocle sends no context-menu events, so it is called as the menu does)
        assertThat(onFx(pane::newEventFromSelection)).isTrue();
        EventForm form = window.openForm().orElseThrow();
        assertThat(form.draft().sources()).singleElement().satisfies(source -> {
            assertThat(source.start()).isEqualTo(start);
            assertThat(source.quote()).isEqualTo("افتتحت السفارة الكازاخستانية");
            assertThat(source.matches(text)).isTrue();
        });
    }

    // ---- helpers ----

    private void editMode() throws Exception {
        onFx(() -> {
            window.editing().editModeProperty().set(true);
            return null;
        });
    }

    private void select(FxRobot robot, String id) throws Exception {
        onFx(() -> {
            window.selectEvent(list(robot).getItems().stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow());
            list(robot).requestFocus();
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static ListView<Event> list(FxRobot robot) {
        return robot.lookup("#event-list").queryListView();
    }
}
