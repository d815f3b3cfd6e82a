package org.hawliyat.ui.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.hawliyat.model.Event;
import org.hawliyat.text.TextFolding;
import org.hawliyat.text.TextSpan;
import org.hawliyat.ui.MainWindow;
import org.hawliyat.ui.text.WrappedText;
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

/** The detail and article panes of the main window, on the curated data, driven like a reader would. */
@ExtendWith(ApplicationExtension.class)
class ArticlePaneTest {

    private static final String COMMITTEE = "qa-kz-2020-02-joint-committee-fifth-session";
    private static final String QATARI_EMBASSY = "qa-kz-2008-05-qatari-embassy-astana";
    private static final String KAZAKH_EMBASSY = "qa-kz-2007-05-kazakh-embassy-doha";

    @TempDir
    static java.nio.file.Path tempDir;

    private CuratedWindow curated;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        curated = CuratedWindow.show(stage, tempDir, true);
        window = curated.window();
    }

    @AfterEach
    void closeStore() {
        curated.close();
    }

    @Test
    void selectingAnEventShowsItsDetailWithTypeDateSourceAndRelatedEvents(FxRobot robot) throws Exception {
        select(robot, QATARI_EMBASSY);
        assertThat(robot.lookup("#detail-title").queryAs(WrappedText.class).getText()).isEqualTo("افتتاح سفارة قطر في أستانا");
        assertThat(robot.lookup("#detail-type .label").queryLabeled().getText()).isEqualTo("افتتاح سفارة");
        assertThat(robot.lookup("#detail-date").queryAs(WrappedText.class).getText()).isEqualTo("مايو 2008");
        assertThat(robot.lookup("#open-in-article-0").tryQuery()).isPresent();
        // the neighbours in time are links that select their event
        List<String> related = robot.lookup(".related-link").<javafx.scene.control.Hyperlink>queryAllAs(
                javafx.scene.control.Hyperlink.class).stream().map(link -> (String) link.getUserData()).toList();
        assertThat(related).contains(KAZAKH_EMBASSY, "qa-kz-2014-01-tamim-first-official-visit");
        onFx(() -> {
            robot.lookup(".related-link").<javafx.scene.control.Hyperlink>queryAllAs(javafx.scene.control.Hyperlink.class)
                    .stream().filter(link -> KAZAKH_EMBASSY.equals(link.getUserData())).findFirst().orElseThrow().fire();
            return null;
        });
        assertThat(selected(robot).id()).isEqualTo(KAZAKH_EMBASSY);
        assertThat(window.timeline().getSelectedEvent().id()).isEqualTo(KAZAKH_EMBASSY);
    }

    @Test
    void theHijriEquivalentIsShownWhenTheHijriRowIsOn(FxRobot robot) throws Exception {
        select(robot, "qa-kz-1993-relations-established");
        assertThat(robot.lookup("#detail-hijri").tryQuery()).isEmpty();
        onFx(() -> {
            javafx.scene.control.MenuBar bar = robot.lookup(".menu-bar").query();
            bar.getMenus().stream().flatMap(menu -> menu.getItems().stream())
                    .filter(item -> "menu-hijri".equals(item.getId())).map(javafx.scene.control.CheckMenuItem.class::cast)
                    .findFirst().orElseThrow().setSelected(true);
            return null;
        });
        WrappedText hijri = robot.lookup("#detail-hijri").queryAs(WrappedText.class);
        assertThat(hijri.getText()).contains("محرم").contains("1414"); // 1 July 1993 fell in Muharram 1414
    }

    @Test
    void onStartTheArticleShowsTheSelectedEventsPassageNotItsEnd(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        ArticlePane pane = window.articlePane();
        Event first = selected(robot);
        TextSpan passage = new TextSpan(first.sources().get(0).start(), first.sources().get(0).end());
        assertThat(pane.activeSpans()).containsExactly(passage);
        String state = onFx(() -> "vvalue=" + pane.scrollPane().getVvalue() + " passage=" + screenBounds(pane, passage)
                + " viewport=" + pane.scrollPane().localToScreen(pane.scrollPane().getLayoutBounds())
                + " doc=" + pane.document().getLayoutBounds());
        assertThat(isInView(pane, passage)).as("the first event's passage is in view: " + state).isTrue();
    }

    @Test
    void theArticlesContextMenuReadsInTheInterfacesDirection(FxRobot robot) throws Exception {
        robot.interact(() -> org.hawliyat.testing.WindowTexts.menuItem(robot, "language-en").fire());
        ArticlePane pane = window.articlePane();
        assertThat(pane.document().getEffectiveNodeOrientation()).as("the Arabic article")
                .isEqualTo(javafx.geometry.NodeOrientation.RIGHT_TO_LEFT);
        // a right click in the text in view (the headless platform makes no context-menu event of a
        // right click, so the test sends the one the desktop sends)
        onFx(() -> {
            javafx.geometry.Bounds view = pane.scrollPane().localToScreen(pane.scrollPane().getLayoutBounds());
            javafx.geometry.Point2D at = pane.document().screenToLocal(view.getCenterX(), view.getCenterY());
            javafx.event.Event.fireEvent(pane.document(), new javafx.scene.input.ContextMenuEvent(
                    javafx.scene.input.ContextMenuEvent.CONTEXT_MENU_REQUESTED, at.getX(), at.getY(),
                    view.getCenterX(), view.getCenterY(), false, null));
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.Node menu = onFx(() -> javafx.stage.Window.getWindows().stream()
                .filter(w -> w instanceof javafx.scene.control.ContextMenu && w.isShowing())
                .map(w -> w.getScene().getRoot()).findFirst().orElseThrow());
        assertThat(menu.getEffectiveNodeOrientation()).as("the English menu")
                .isEqualTo(javafx.geometry.NodeOrientation.LEFT_TO_RIGHT);
        robot.type(javafx.scene.input.KeyCode.ESCAPE);
    }

    @Test
    void openInArticleScrollsToAndHighlightsThePassage(FxRobot robot) throws Exception {
        select(robot, COMMITTEE);
        ArticlePane pane = window.articlePane();
        Event committee = selected(robot);
        TextSpan passage = new TextSpan(committee.sources().get(0).start(), committee.sources().get(0).end());
        onFx(() -> {
            pane.scrollPane().setVvalue(0); // the reader has scrolled back to the top
            return null;
        });
        assertThat(isInView(pane, passage)).isFalse();

        clickInDetail(robot, "#open-in-article-0");

        assertThat(pane.scrollPane().getVvalue()).isGreaterThan(0);
        assertThat(isInView(pane, passage)).isTrue();
        assertThat(pane.activeSpans()).containsExactly(passage);
        assertThat(pane.document().getText().substring(passage.start(), passage.end()))
                .isEqualTo(committee.sources().get(0).quote());
        assertThat(robot.lookup(".highlight.passage-active").<javafx.scene.Node>queryAll()).isNotEmpty()
                .allSatisfy(node -> assertThat(node.isVisible()).isTrue());
        assertThat(pane.document().isFocused()).isTrue();
        // the margin marks the same event
        assertThat(robot.lookup(".article-margin-entry").queryAll().stream()
                .filter(node -> node.getPseudoClassStates().stream().anyMatch(p -> p.getPseudoClassName().equals("active")))
                .map(node -> ((Event) node.getUserData()).id())).containsExactly(COMMITTEE);
    }

    @Test
    void clickingAHighlightSelectsItsEvent(FxRobot robot) throws Exception {
        select(robot, QATARI_EMBASSY);
        ArticlePane pane = window.articlePane();
        Event kazakhEmbassy = event(robot, KAZAKH_EMBASSY);
        TextSpan passage = new TextSpan(kazakhEmbassy.sources().get(0).start(), kazakhEmbassy.sources().get(0).end());
        assertThat(isInView(pane, passage)).isTrue(); // the next sentence of the article

        robot.clickOn(centreOf(pane, passage));

        assertThat(selected(robot).id()).isEqualTo(KAZAKH_EMBASSY);
        assertThat(window.timeline().getSelectedEvent().id()).isEqualTo(KAZAKH_EMBASSY);
        assertThat(pane.activeSpans()).containsExactly(passage);
    }

    @Test
    void findInArticleIgnoresHamzaAndStepsThroughTheMatches(FxRobot robot) throws Exception {
        select(robot, QATARI_EMBASSY);
        ArticlePane pane = window.articlePane();
        robot.clickOn(".article-scroll"); // the visible part of the text
        robot.press(KeyCode.CONTROL).press(KeyCode.F).release(KeyCode.F).release(KeyCode.CONTROL);
        assertThat(pane.findField().isFocused()).isTrue();
        onFx(() -> {
            pane.findField().setText("استانا"); // typed without the hamza
            return null;
        });

        String text = pane.document().getText();
        List<String> found = pane.findMatches().stream().map(s -> text.substring(s.start(), s.end())).toList();
        assertThat(found).contains("أستانا").allSatisfy(match ->
                assertThat(TextFolding.foldedText(match)).isEqualTo("استانا"));
        long expected = java.util.regex.Pattern.compile("[أاإآ]ستانا").matcher(text).results().count();
        assertThat(found).hasSize((int) expected);
        assertThat(robot.lookup(".highlight.find-match").queryAll()).isNotEmpty();
        Label count = robot.lookup("#article-find-count").queryLabeled() instanceof Label l ? l : null;
        assertThat(count.getText()).isEqualTo((pane.currentFindMatch() + 1) + " من " + expected);

        int first = pane.currentFindMatch();
        robot.type(KeyCode.ENTER);
        assertThat(pane.currentFindMatch()).isEqualTo((first + 1) % (int) expected);
        assertThat(isInView(pane, pane.findMatches().get(pane.currentFindMatch()))).isTrue();
        robot.press(KeyCode.SHIFT).type(KeyCode.ENTER).release(KeyCode.SHIFT);
        assertThat(pane.currentFindMatch()).isEqualTo(first);

        robot.type(KeyCode.ESCAPE);
        assertThat(pane.findMatches()).isEmpty();
        assertThat(robot.lookup(".highlight.find-match").queryAll()).isEmpty();
    }

    @Test
    void copyCitationPutsAReferenceWithThePassageOnTheClipboard(FxRobot robot) throws Exception {
        select(robot, QATARI_EMBASSY);
        clickInDetail(robot, "#copy-citation-0");
        String copied = onFx(() -> Clipboard.getSystemClipboard().getString());
        Event embassy = selected(robot);
        assertThat(copied).startsWith("سيف الحموري، «العلاقات القطرية الكازاخستانية")
                .contains("حال قطر").contains("حوالي يونيو 2023")
                .endsWith("«" + embassy.sources().get(0).quote() + "»");
    }

    @Test
    void textIsSelectableAndCopyable(FxRobot robot) throws Exception {
        select(robot, QATARI_EMBASSY);
        ArticlePane pane = window.articlePane();
        onFx(() -> {
            pane.document().requestFocus();
            return null;
        });
        robot.press(KeyCode.CONTROL).press(KeyCode.A).release(KeyCode.A).press(KeyCode.C).release(KeyCode.C)
                .release(KeyCode.CONTROL);
        assertThat(pane.document().selectedText()).isEqualTo(pane.article().orElseThrow().text());
        assertThat(onFx(() -> Clipboard.getSystemClipboard().getString())).isEqualTo(pane.article().orElseThrow().text());

        // a drag across the active passage selects part of the text
        Event embassy = selected(robot);
        TextSpan passage = new TextSpan(embassy.sources().get(0).start(), embassy.sources().get(0).end());
        Bounds bounds = screenBounds(pane, passage);
        robot.drag(new Point2D(bounds.getMaxX() - 3, bounds.getCenterY())).dropTo(new Point2D(bounds.getMinX() + 3,
                bounds.getCenterY()));
        assertThat(pane.document().selectedText()).isNotEmpty().isNotEqualTo(pane.document().getText());
        TextSpan selection = pane.document().getSelection();
        assertThat(passage.start() <= selection.start() && selection.end() <= passage.end() + 1)
                .as("selection %s inside passage %s", selection, passage).isTrue();
    }

    @Test
    void theArticlesBrowserCountsEventsAndOpensAnArticle(FxRobot robot) throws Exception {
        robot.clickOn("#tab-articles");
        javafx.scene.control.TableView<ArticlesBrowser.Row> table = robot.lookup("#articles-table").queryTableView();
        assertThat(table.getItems()).hasSize(1);
        ArticlesBrowser.Row row = table.getItems().get(0);
        assertThat(row.events()).isEqualTo(14);
        assertThat(row.article().outlet()).isEqualTo("حال قطر");
        onFx(() -> {
            ((javafx.scene.control.TextField) robot.lookup("#articles-filter").query()).setText("الكازاخستانيه"); // ة typed as ه
            return null;
        });
        assertThat(table.getItems()).hasSize(1);
        onFx(() -> {
            ((javafx.scene.control.TextField) robot.lookup("#articles-filter").query()).setText("no such article");
            return null;
        });
        assertThat(table.getItems()).isEmpty();
        onFx(() -> {
            ((javafx.scene.control.TextField) robot.lookup("#articles-filter").query()).setText("");
            return null;
        });
        // from the filter field, Down goes to the first row and Enter opens it
        robot.clickOn("#articles-filter").type(KeyCode.DOWN);
        assertThat(table.isFocused()).isTrue();
        assertThat(table.getSelectionModel().getSelectedIndex()).isZero();
        robot.type(KeyCode.ENTER);
        assertThat(window.articlePane().article()).isPresent();
        assertThat(window.articlePane().document().isFocused()).isTrue();
    }

    // ---- helpers ----

    private void select(FxRobot robot, String id) throws Exception {
        onFx(() -> {
            window.selectEvent(event(robot, id));
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static Event event(FxRobot robot, String id) {
        ListView<Event> list = robot.lookup("#event-list").queryListView();
        return list.getItems().stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow();
    }

    private static Event selected(FxRobot robot) {
        ListView<Event> list = robot.lookup("#event-list").queryListView();
        return list.getSelectionModel().getSelectedItem();
    }

    private static boolean isInView(ArticlePane pane, TextSpan span) throws Exception {
        return onFx(() -> {
            Bounds passage = screenBounds(pane, span);
            Bounds viewport = pane.scrollPane().localToScreen(pane.scrollPane().getLayoutBounds());
            return passage.getMinY() >= viewport.getMinY() && passage.getMaxY() <= viewport.getMaxY();
        });
    }

    private static Point2D centreOf(ArticlePane pane, TextSpan span) throws Exception {
        return onFx(() -> {
            Bounds bounds = screenBounds(pane, span);
            return new Point2D(bounds.getCenterX(), bounds.getCenterY());
        });
    }

    private static Bounds screenBounds(ArticlePane pane, TextSpan span) {
        pane.scrollPane().layout();
        return pane.document().localToScreen(pane.document().firstLineBoundsOf(span));
    }
}
