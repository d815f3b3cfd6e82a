package org.hawliyat.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.lang.reflect.Proxy;
import java.util.UUID;
import java.util.concurrent.Callable;
import javafx.application.Platform;
import javafx.geometry.NodeOrientation;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.hawliyat.app.Catalogues;
import org.hawliyat.model.Catalogue;
import org.hawliyat.model.Event;
import org.hawliyat.model.EventDate;
import org.hawliyat.model.Language;
import org.hawliyat.model.LocalizedText;
import org.hawliyat.store.CatalogueStore;
import org.hawliyat.store.StoreException;
import org.hawliyat.ui.common.UiPreferences;
import org.hawliyat.ui.concurrent.SynchronousTaskRunner;
import org.hawliyat.ui.text.WrappedText;
import org.hawliyat.testing.WindowTexts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The main window on a temporary database filled with the curated data. */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {

    private static final String FIRST_TITLE_AR = "إقامة العلاقات الدبلوماسية بين قطر وكازاخستان";
    private static final String FIRST_TITLE_EN = "Qatar and Kazakhstan establish diplomatic relations";

    @TempDir
    static Path tempDir;

    private CatalogueStore store;
    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage primaryStage) {
        stage = primaryStage;
        UiPreferences preferences = UiPreferences.forUser();
        preferences.clear(); // the test node (hawliyat-test, set by surefire), never the user's own
        // a fresh database per test: one test adds an event
        store = Catalogues.open(tempDir.resolve(UUID.randomUUID().toString()).resolve("t.db"));
        window = new MainWindow(stage, store, new SynchronousTaskRunner(), preferences);
        window.show();
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    @Test
    void theCuratedEventsAreListedInTimeOrderFirstOneSelected(FxRobot robot) throws Exception {
        ListView<Event> list = robot.lookup("#event-list").queryListView();
        assertThat(list.getItems()).hasSizeGreaterThanOrEqualTo(12);
        assertThat(list.getItems()).isSorted();
        assertThat(list.getSelectionModel().getSelectedIndex()).isZero();
        assertThat(list.isFocused()).isTrue();

        // What the rows show, not just what the model holds.
        List<String> rows = onFx(() -> robot.lookup(".event-cell-row").queryAll().stream()
                .map(row -> String.join(" | ", WindowTexts.texts(row))).toList());
        assertThat(rows).anySatisfy(row -> assertThat(row).contains("1 يوليو 1993").contains(FIRST_TITLE_AR));
        assertThat(detailTitle(robot)).isEqualTo(FIRST_TITLE_AR);
    }

    @Test
    void theTimelineOpensOnEveryCuratedEventWithTheFirstSelected(FxRobot robot) throws Exception {
        org.hawliyat.ui.timeline.TimelineView timeline = window.timeline();
        org.hawliyat.timeline.TimelineLayout layout = onFx(() -> {
            timeline.applyCss();
            timeline.layout();
            return ((org.hawliyat.ui.timeline.TimelineSkin) timeline.getSkin()).lastLayout();
        });
        // the whole range is shown: selecting the first event at start must not pan away from the rest
        assertThat(layout.inRange()).isEqualTo(14);
        assertThat(timeline.getSelectedEvent().id()).isEqualTo("qa-kz-1993-relations-established");
    }

    @Test
    void selectingAnEventShowsItsDetails(FxRobot robot) throws Exception {
        // scrolled into view first, as a reader would: the rows are two lines high
        ListView<Event> list = robot.lookup("#event-list").queryListView();
        robot.interact(() -> list.scrollTo(list.getItems().stream()
                .filter(e -> e.title().in(Language.AR).contains("ألتين قيران")).findFirst().orElseThrow()));
        robot.clickOn(robot.lookup(".event-cell-title").match(node -> ((Label) node).getText().contains("ألتين قيران"))
                .<Node>query());
        assertThat(detailTitle(robot)).isEqualTo("منح الأمير تميم وسام «ألتين قيران»");
        List<String> detail = detailTexts(robot);
        assertThat(detail).contains("وسام أو تكريم"); // the type
        assertThat(detail).anySatisfy(t -> assertThat(t).contains("أكتوبر 2022"));
        assertThat(detail).anySatisfy(t -> assertThat(t).contains("قطر").contains("كازاخستان"));
        assertThat(detail).anySatisfy(t -> assertThat(t).contains("العلاقات القطرية الكازاخستانية").contains("حال قطر"));
    }

    @Test
    void arrowKeysMoveTheSelectionAndTheDetailsFollow(FxRobot robot) throws Exception {
        ListView<Event> list = robot.lookup("#event-list").queryListView();
        robot.type(KeyCode.DOWN);
        assertThat(list.getSelectionModel().getSelectedIndex()).isEqualTo(1);
        assertThat(detailTitle(robot)).isEqualTo(list.getItems().get(1).title().ar());
        robot.type(KeyCode.DOWN, 2).type(KeyCode.UP);
        assertThat(list.getSelectionModel().getSelectedIndex()).isEqualTo(2);
        assertThat(detailTitle(robot)).isEqualTo(list.getItems().get(2).title().ar());
    }

    @Test
    void arabicByDefaultRightToLeftAndTheLanguageMenuSwitchesToEnglish(FxRobot robot) throws Exception {
        Node root = stage.getScene().getRoot();
        assertThat(root.getEffectiveNodeOrientation()).isEqualTo(NodeOrientation.RIGHT_TO_LEFT);
        assertThat(stage.getTitle()).isEqualTo("حوليات");

        robot.interact(() -> WindowTexts.menuItem(robot, "language-en").fire());

        assertThat(root.getEffectiveNodeOrientation()).isEqualTo(NodeOrientation.LEFT_TO_RIGHT);
        assertThat(stage.getTitle()).isEqualTo("Hawliyat");
        assertThat(detailTitle(robot)).isEqualTo(FIRST_TITLE_EN);
        List<String> rows = onFx(() -> robot.lookup(".event-cell-row").queryAll().stream()
                .map(row -> String.join(" | ", WindowTexts.texts(row))).toList());
        assertThat(rows).anySatisfy(row -> assertThat(row).contains("1 July 1993").contains(FIRST_TITLE_EN));
        assertThat(robot.lookup("#status-count").queryLabeled().getText()).endsWith(" events");
        assertThat(UiPreferences.forUser().language()).as("remembered").isEqualTo(Language.EN);

        robot.interact(() -> WindowTexts.menuItem(robot, "language-ar").fire());
        assertThat(root.getEffectiveNodeOrientation()).isEqualTo(NodeOrientation.RIGHT_TO_LEFT);
        assertThat(UiPreferences.forUser().language()).isEqualTo(Language.AR);
    }

    @Test
    void theStatusBarCountsTheEventsAndNamesTheDatabase(FxRobot robot) {
        assertThat(robot.lookup("#status-count").queryLabeled().getText()).isEqualTo("14 حدثًا");
        assertThat(robot.lookup("#status-location").queryLabeled().getText()).contains("t.db");
        assertThat(robot.lookup("#status-read-only").queryLabeled().isVisible()).isFalse();
    }

    @Test
    void theStatusBarCountsInTheReadersDigits(FxRobot robot) {
        robot.interact(() -> ((javafx.scene.control.RadioMenuItem) WindowTexts.menuItem(robot, "menu-digits-arabic_indic")).fire());
        assertThat(robot.lookup("#status-count").queryLabeled().getText()).isEqualTo("١٤ حدثًا");
        robot.interact(() -> ((javafx.scene.control.RadioMenuItem) WindowTexts.menuItem(robot, "menu-digits-western")).fire());
        assertThat(robot.lookup("#status-count").queryLabeled().getText()).isEqualTo("14 حدثًا");
    }

    @Test
    void aTextMissingInTheWindowsLanguageIsShownInTheOtherOneAndMarked(FxRobot robot) throws Exception {
        Event englishOnly = new Event("test-english-only", "state-visit", EventDate.parse("1990-01-02"), null,
                LocalizedText.of(null, "An event known only in English"), LocalizedText.of(null, "Only an English summary."),
                List.of("QA"), null, List.of(), List.of(), 1, Instant.parse("2026-01-01T00:00:00Z"));
        store.importCatalogue(new Catalogue(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(englishOnly)));
        robot.interact(() -> {
            window = new MainWindow(stage, store, new SynchronousTaskRunner(), UiPreferences.forUser());
            window.show();
        });
        assertThat(detailTitle(robot)).isEqualTo("An event known only in English");
        List<String> tags = onFx(() -> robot.lookup(".fallback-tag").queryAll().stream()
                .filter(Node::isVisible).map(node -> ((Label) node).getText()).toList());
        assertThat(tags).contains("(بالإنجليزية)");
        // each chip is drawn whole, never cut to "…" beside a long paragraph
        List<String> drawn = onFx(() -> robot.lookup(".fallback-tag").queryAll().stream().filter(Node::isVisible)
                .map(node -> node.lookupAll(".text").stream().filter(t -> t instanceof javafx.scene.text.Text)
                        .map(t -> ((javafx.scene.text.Text) t).getText()).findFirst().orElse("")).toList());
        assertThat(drawn).allSatisfy(text -> assertThat(text).doesNotContain("…").doesNotContain("..."));
        // the English paragraph reads from the left inside the Arabic window
        WrappedText title = robot.lookup("#detail-title").query();
        assertThat(title.getEffectiveNodeOrientation()).isEqualTo(NodeOrientation.LEFT_TO_RIGHT);
    }

    @Test
    void labelsAndParagraphsUseTheChosenFontFamily(FxRobot robot) throws Exception {
        List<String> families = onFx(() -> robot.lookup(".event-cell-title").queryAll().stream()
                .map(node -> ((Label) node).getFont().getFamily()).distinct().toList());
        assertThat(families).containsExactly("DejaVu Sans");
        WrappedText title = robot.lookup("#detail-title").query();
        assertThat(((javafx.scene.text.Text) title.getChildren().get(0)).getFont().getFamily()).isEqualTo("DejaVu Sans");
    }

    @Test
    void aStoreThatCannotBeReadGivesOneSentenceNotAStackTrace(FxRobot robot) throws Exception {
        CatalogueStore failing = (CatalogueStore) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {CatalogueStore.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "location" -> "/nowhere/t.db";
                    case "isReadOnly" -> false;
                    case "close" -> null;
                    default -> throw new StoreException("SQLITE_CORRUPT: database disk image is malformed");
                });
        // Not waited for: the error box blocks in showAndWait until the robot closes it.
        Platform.runLater(() -> new MainWindow(stage, failing, new SynchronousTaskRunner(), UiPreferences.forUser()).show());
        WaitForAsyncUtils.waitForFxEvents();

        Node sentence = robot.lookup(".dialog-sentence").query();
        assertThat(((WrappedText) sentence).getText())
                .isEqualTo("تعذّرت قراءة الأحداث من قاعدة البيانات \u200E/nowhere/t.db\u200E، ربما لأنها تالفة أو مقفلة من برنامج آخر.")
                .doesNotContain("SQLITE", "Exception");
        robot.clickOn("حسنًا");
        assertThat(robot.lookup("#status-problem").queryLabeled().getText()).isEqualTo("تعذّرت قراءة الأحداث.");
        assertThat(robot.lookup("#status-problem").queryLabeled().isVisible()).isTrue();
    }

    @Test
    void onlyWrappedTextWraps(FxRobot robot) throws Exception {
        List<String> wrapping = onFx(() -> robot.lookup(node -> node instanceof javafx.scene.control.Labeled labeled
                && labeled.isWrapText()).queryAll().stream().map(Node::toString).toList());
        assertThat(wrapping).isEmpty();
        List<String> wrappingTexts = onFx(() -> robot.lookup(node -> node instanceof javafx.scene.text.Text text
                && text.getWrappingWidth() > 0).queryAll().stream().map(Node::toString).toList());
        assertThat(wrappingTexts).isEmpty();
    }

    private static String detailTitle(FxRobot robot) throws Exception {
        return onFx(() -> robot.lookup("#detail-title").<WrappedText>query().getText());
    }

    private static List<String> detailTexts(FxRobot robot) throws Exception {
        return onFx(() -> {
            List<String> texts = new ArrayList<>();
            for (Node node : robot.lookup(".detail-pane").queryAll()) {
                texts.addAll(WindowTexts.texts(node));
            }
            return texts;
        });
    }




    private static <T> T onFx(Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get();
    }
}
