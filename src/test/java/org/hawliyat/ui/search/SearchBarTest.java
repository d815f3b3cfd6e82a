package org.hawliyat.ui.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.hawliyat.model.Event;
import org.hawliyat.model.PartialDate;
import org.hawliyat.store.EventFilter;
import org.hawliyat.store.SearchHit;
import org.hawliyat.ui.MainWindow;
import org.hawliyat.ui.common.UiPreferences;
import org.hawliyat.ui.common.UiText;
import org.hawliyat.model.Language;
import org.hawliyat.testing.CuratedWindow;
import static org.hawliyat.testing.CuratedWindow.onFx;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The search field and the filter chips in the main window, on the curated data. */
@ExtendWith(ApplicationExtension.class)
class SearchBarTest {

    @TempDir
    static java.nio.file.Path tempDir;

    private CuratedWindow curated;
    private MainWindow window;
    private UiPreferences preferences;

    @Start
    void start(Stage stage) {
        curated = CuratedWindow.show(stage, tempDir, true);
        window = curated.window();
        preferences = curated.preferences();
    }

    @AfterEach
    void closeStore() {
        curated.close();
    }

    @Test
    void ctrlKPutsTheKeyboardInTheSearchFieldAndCtrlFDoesOutsideTheArticle(FxRobot robot) {
        robot.clickOn("#event-list");
        robot.press(KeyCode.CONTROL).type(KeyCode.K).release(KeyCode.CONTROL);
        assertThat(window.searchBar().field().isFocused()).isTrue();
        robot.clickOn("#event-list");
        robot.press(KeyCode.CONTROL).type(KeyCode.F).release(KeyCode.CONTROL);
        assertThat(window.searchBar().field().isFocused()).isTrue();
        robot.clickOn(".article-scroll"); // the visible part of the text
        assertThat(window.articlePane().document().isFocused()).isTrue();
        robot.press(KeyCode.CONTROL).type(KeyCode.F).release(KeyCode.CONTROL);
        assertThat(window.articlePane().findField().isFocused()).isTrue();
    }

    @Test
    void aSearchWithoutHamzaFindsTheEventsAndTheArticleAndNarrowsTheList(FxRobot robot) throws Exception {
        search(robot, "استانا");
        List<SearchHit> hits = window.searchBar().hits();
        assertThat(hits).extracting(SearchHit::id).contains("qa-kz-2008-05-qatari-embassy-astana",
                "hal-qatar-qatar-kazakhstan-relations-2023");
        assertThat(window.searchBar().resultsShowing()).isTrue();
        assertThat(robot.lookup(".search-result").queryAll()).hasSize(hits.size());
        assertThat(robot.lookup(".wrapped-text-mark").queryAll()).isNotEmpty(); // the matched words
        // the list and the timeline show the matching events only
        List<Event> listed = list(robot).getItems();
        assertThat(listed).extracting(Event::id).contains("qa-kz-2008-05-qatari-embassy-astana")
                .doesNotContain("qa-kz-2007-05-kazakh-embassy-doha");
        assertThat(window.timeline().getData().items()).hasSize(listed.size());
    }

    @Test
    void arrowsAndEnterChooseAResultWhichSelectsTheEventEverywhere(FxRobot robot) throws Exception {
        search(robot, "السفاره");
        List<SearchHit> hits = window.searchBar().hits();
        int eventAt = hits.stream().map(SearchHit::kind).toList().indexOf(SearchHit.Kind.EVENT);
        assertThat(eventAt).isGreaterThanOrEqualTo(0);
        for (int i = 0; i < eventAt; i++) {
            robot.type(KeyCode.DOWN);
        }
        robot.type(KeyCode.ENTER);
        String chosen = hits.get(eventAt).id();
        assertThat(list(robot).getSelectionModel().getSelectedItem().id()).isEqualTo(chosen);
        assertThat(window.timeline().getSelectedEvent().id()).isEqualTo(chosen);
        assertThat(window.searchBar().resultsShowing()).isFalse();
    }

    @Test
    void anArticleResultOpensTheArticleAtTheMatch(FxRobot robot) throws Exception {
        openFirstArticleResult(robot, "جامبول");
        String text = window.articlePane().article().orElseThrow().text();
        assertThat(window.articlePane().document().selectedText()).contains("جامبول");
        assertThat(text).contains(window.articlePane().document().selectedText());

        // the search ends: its mark leaves the article
        search(robot, "");
        assertThat(window.articlePane().document().getSelection()).isNull();
    }

    @Test
    void copyingACitationFromTheTimelineIgnoresTheSelectionLeftInTheArticleAndSaysCopied(FxRobot robot)
            throws Exception {
        openFirstArticleResult(robot, "جامبول");
        String leftover = window.articlePane().document().selectedText();
        assertThat(leftover).contains("جامبول");

        // the reader goes back to the timeline and copies the selected event's citation
        onFx(() -> {
            robot.lookup("#timeline").query().requestFocus();
            return null;
        });
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.C).release(KeyCode.SHIFT, KeyCode.CONTROL);
        String copied = onFx(() -> javafx.scene.input.Clipboard.getSystemClipboard().getString());
        assertThat(copied).isNotBlank().doesNotContain("«" + leftover.strip() + "»");
        javafx.scene.control.Label note = robot.lookup("#status-note").queryAs(javafx.scene.control.Label.class);
        assertThat(note.isVisible()).isTrue();
        assertThat(note.getText()).isEqualTo("نُسخ");

        // in the article, the selection is what is cited
        onFx(() -> {
            window.articlePane().document().requestFocus();
            return null;
        });
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.C).release(KeyCode.SHIFT, KeyCode.CONTROL);
        assertThat(onFx(() -> javafx.scene.input.Clipboard.getSystemClipboard().getString()))
                .endsWith("«" + leftover.strip() + "»");
    }

    @Test
    void typedOperatorsNeverFail(FxRobot robot) throws Exception {
        for (String typed : List.of("\"", "(", ")", "*", "-", "AND", "NEAR(", "\"unbalanced", "^", ":")) {
            search(robot, typed);
            assertThat(window.searchBar().searchFailed()).as(typed).isFalse();
        }
        // operators around a word are ignored: the word is still found
        search(robot, "\"(استانا*)\" -");
        assertThat(window.searchBar().searchFailed()).isFalse();
        assertThat(window.searchBar().hits()).extracting(SearchHit::id).contains("qa-kz-2008-05-qatari-embassy-astana");
    }

    @Test
    void chipsNarrowTheEventsCombineWithTheSearchAndComeOff(FxRobot robot) throws Exception {
        WindowFilter filter = filterOf();
        onFx(() -> {
            filter.setChips(EventFilter.ALL.withType("embassy-opening"));
            return null;
        });
        assertThat(list(robot).getItems()).extracting(Event::id)
                .containsExactly("qa-kz-2007-05-kazakh-embassy-doha", "qa-kz-2008-05-qatari-embassy-astana");
        search(robot, "استانا");
        assertThat(list(robot).getItems()).extracting(Event::id).containsExactly("qa-kz-2008-05-qatari-embassy-astana");
        onFx(() -> {
            filter.setChips(EventFilter.ALL.withFrom(PartialDate.parse("2020")).withTo(PartialDate.parse("2022")));
            window.searchBar().field().clear();
            window.searchBar().search();
            return null;
        });
        assertThat(list(robot).getItems()).isNotEmpty().allSatisfy(e ->
                assertThat(e.start().date().year()).isBetween(2020, 2022));
        onFx(() -> {
            filter.setChips(EventFilter.ALL);
            return null;
        });
        assertThat(list(robot).getItems()).hasSize(14);
    }

    @Test
    void theDateRangeDialogReadsInTheWindowsDirectionAndTakesTypingAtOnce(FxRobot robot) throws Exception {
        robot.clickOn("#add-filter");
        robot.clickOn(robot.lookup(".menu-item").match(n -> n.getId() != null && n.getId().equals("filter-dates"))
                .<javafx.scene.Node>query());
        WaitForAsyncUtils.waitForFxEvents();
        // the hint's words, in reading order, stand from the right to the left on screen
        org.hawliyat.ui.text.WrappedText hint = robot.lookup(".dialog-hint").query();
        List<double[]> words = onFx(() -> hint.getChildren().stream()
                .filter(n -> !((javafx.scene.text.Text) n).getText().isBlank())
                .map(n -> new double[] {n.localToScreen(n.getBoundsInLocal()).getMinX(),
                        n.localToScreen(n.getBoundsInLocal()).getMinY()})
                .toList());
        assertThat(words.get(0)[0]).as("the first word starts the first line from the right")
                .isGreaterThan(words.get(1)[0]);
        javafx.scene.control.TextField from = robot.lookup("#filter-from").query();
        assertThat(from.isFocused()).as("the first field has the keyboard").isTrue();
        // a date reads left to right in the Arabic dialog too, at the side where its lines start
        assertThat(from.getEffectiveNodeOrientation()).isEqualTo(javafx.geometry.NodeOrientation.LEFT_TO_RIGHT);
        assertThat(from.getAlignment()).isEqualTo(javafx.geometry.Pos.CENTER_RIGHT);
        robot.type(KeyCode.ESCAPE);
    }

    @Test
    void anEnglishQueryShowsEnglishTitlesAndApproximateDatesSayAbout(FxRobot robot) throws Exception {
        search(robot, "state visit");
        List<String> rows = onFx(() -> robot.lookup(".search-result").queryAll().stream()
                .map(row -> String.join(" | ", org.hawliyat.testing.WindowTexts.texts(row))).toList());
        // in the Arabic window: the titles in the query's language, the approximate date with «حوالي»
        assertThat(rows).anySatisfy(row -> assertThat(row).contains("Emir Tamim's state visit to Kazakhstan")
                .contains("حوالي أكتوبر 2022"));
        assertThat(rows).noneSatisfy(row -> assertThat(row).contains("زيارة دولة للأمير تميم إلى كازاخستان"));
    }

    @Test
    void aChipShowsItsCountAndItsCrossRemovesIt(FxRobot robot) throws Exception {
        WindowFilter filter = filterOf();
        onFx(() -> {
            filter.setChips(EventFilter.ALL.withType("official-visit"));
            return null;
        });
        javafx.scene.control.Label label = robot.lookup("#chip-type-official-visit .label").query();
        assertThat(label.getText()).isEqualTo("النوع: زيارة رسمية (" + list(robot).getItems().size() + ")");
        CuratedWindow.clickOnFx(robot, robot.lookup("#chip-type-official-visit-remove").query());
        assertThat(filter.chips().isAll()).isTrue();
        assertThat(list(robot).getItems()).hasSize(14);
    }

    @Test
    void dimmingKeepsEveryEventListedAndFaintensTheOthers(FxRobot robot) throws Exception {
        WindowFilter filter = filterOf();
        onFx(() -> {
            filter.dimProperty().set(true);
            filter.setChips(EventFilter.ALL.withType("embassy-opening"));
            return null;
        });
        assertThat(list(robot).getItems()).hasSize(14);
        assertThat(window.timeline().getMatchingEvents())
                .containsExactlyInAnyOrder("qa-kz-2007-05-kazakh-embassy-doha", "qa-kz-2008-05-qatari-embassy-astana");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#event-list .list-cell").queryAll().stream()
                .filter(cell -> cell.getPseudoClassStates().stream().anyMatch(p -> p.getPseudoClassName().equals("dimmed"))))
                .hasSizeGreaterThan(5);
        assertThat(preferences.filterDims().get()).isTrue();
        onFx(() -> {
            filter.dimProperty().set(false);
            return null;
        });
    }

    @Test
    void aTypedDateRangeIsCheckedAndItsProblemSaidInOneSentence() {
        UiText text = new UiText(Language.EN);
        assertThat(DateRangeDialog.problem(text, "1993", "2008-05")).isNull();
        assertThat(DateRangeDialog.problem(text, "١٩٩٣", "")).isNull();
        assertThat(DateRangeDialog.parse("١٩٩٣-٠٧")).isEqualTo(PartialDate.parse("1993-07"));
        assertThat(DateRangeDialog.problem(text, "2023-02-30", "")).contains("2023-02-30").contains("From");
        assertThat(DateRangeDialog.problem(text, "2010", "2001")).isEqualTo("“To” is before “From”.");
    }

    // ---- helpers ----

    private WindowFilter filterOf() {
        return window.filter();
    }

    /** Searches, then opens the first article among the results with the keyboard, as a reader would. */
    private void openFirstArticleResult(FxRobot robot, String typed) throws Exception {
        search(robot, typed);
        SearchHit article = window.searchBar().hits().stream().filter(h -> h.kind() == SearchHit.Kind.ARTICLE)
                .findFirst().orElseThrow();
        onFx(() -> {
            window.searchBar().field().requestFocus();
            return null;
        });
        for (int i = 0; i < window.searchBar().hits().indexOf(article); i++) {
            robot.type(KeyCode.DOWN);
        }
        robot.type(KeyCode.ENTER);
    }

    private void search(FxRobot robot, String typed) throws Exception {
        onFx(() -> {
            window.searchBar().focusSearch();
            window.searchBar().field().setText(typed);
            window.searchBar().search();
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static ListView<Event> list(FxRobot robot) {
        return robot.lookup("#event-list").queryListView();
    }
}
