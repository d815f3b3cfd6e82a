package org.hawliyat.ui.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hawliyat.testing.CuratedWindow.onFx;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.geometry.VerticalDirection;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollBar;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.hawliyat.model.Event;
import org.hawliyat.model.Language;
import org.hawliyat.testing.CuratedWindow;
import org.hawliyat.timeline.TimelineItem;
import org.hawliyat.ui.MainWindow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The lanes in a small window, used as a person uses them (issue 13, item 4): at 1024 × 700 the
 * nine lanes of the curated data do not fit; choosing the last event (the anniversary, in the
 * ninth lane) in the list must bring its label into the part of the timeline one sees, and the
 * lanes scroll, with the scroll bar and with Ctrl and the wheel. Checked on screen: the label's
 * bounds inside the lane area's, which ends above the overview strip.
 */
@ExtendWith(ApplicationExtension.class)
class TimelineLanesWindowTest {

    private static final String ANNIVERSARY = "qa-kz-2023-07-01-thirtieth-anniversary";
    private static final String FIRST_LANE = "relations-established";

    @TempDir
    static java.nio.file.Path tempDir;

    private CuratedWindow curated;
    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        curated = CuratedWindow.show(stage, tempDir, true);
        window = curated.window();
        stage.setWidth(1024);
        stage.setHeight(700);
    }

    @AfterEach
    void closeStore() {
        curated.close();
    }

    @Test
    void theAnniversaryChosenInTheListIsSeenOnTheTimelineInArabic(FxRobot robot) throws Exception {
        chooseTheLastEventAndSeeItsLabel(robot);
        scrollBackToTheFirstLane(robot);
    }

    @Test
    void theAnniversaryChosenInTheListIsSeenOnTheTimelineInEnglish(FxRobot robot) throws Exception {
        robot.interact(() -> window.languageProperty().set(Language.EN));
        WaitForAsyncUtils.waitForFxEvents();
        chooseTheLastEventAndSeeItsLabel(robot);
        scrollBackToTheFirstLane(robot);
    }

    @Test
    void aTallWindowShowsEveryLaneWithoutAScrollBar(FxRobot robot) throws Exception {
        robot.interact(() -> {
            stage.setWidth(1280);
            stage.setHeight(800);
        });
        TimelineView timeline = robot.lookup(".timeline").query();
        // make the timeline as tall as the window allows: the split below it gives way
        robot.interact(() -> timeline.setMinHeight(520));
        WaitForAsyncUtils.waitForFxEvents();
        ScrollBar bar = robot.lookup(".lane-scroll-bar").query();
        assertThat(onFx(bar::isVisible)).isFalse();
        Node body = robot.lookup(".timeline-body").query();
        for (Node header : robot.lookup(".lane-header").queryAll()) {
            if (onFx(header::isVisible)) {
                assertThat(onScreen(header).getMaxY()).isLessThanOrEqualTo(onScreen(body).getMaxY() + 0.5);
            }
        }
        assertThat(onFx(() -> visibleHeaders(robot))).hasSize(9);
    }

    private void chooseTheLastEventAndSeeItsLabel(FxRobot robot) throws Exception {
        ListView<Event> list = robot.lookup("#event-list").queryListView();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> list.getItems().size() == 14);
        TimelineView timeline = robot.lookup(".timeline").query();
        Node body = robot.lookup(".timeline-body").query();
        Node overview = robot.lookup(".timeline-overview").query();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onFx(() -> labelOf(robot, ANNIVERSARY).filter(l -> inside(l, body)))).as("shown before choosing").isEmpty();
        ScrollBar bar = robot.lookup(".lane-scroll-bar").query();
        assertThat(onFx(bar::isVisible)).as("a scroll bar, for lanes that do not fit").isTrue();

        // as a person does: click into the list, then End goes to the last (latest) event
        robot.clickOn("#event-list").type(KeyCode.END);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> timeline.getSelectedEvent() != null
                && ANNIVERSARY.equals(timeline.getSelectedEvent().id()));
        WaitForAsyncUtils.waitForFxEvents();
        Thread.sleep(400); // the timeline may glide to the event
        WaitForAsyncUtils.waitForFxEvents();

        Text label = onFx(() -> labelOf(robot, ANNIVERSARY)).orElseThrow(() -> new AssertionError("no label for the anniversary"));
        Bounds seen = onScreen(label);
        Bounds area = onScreen(body);
        assertThat(seen.getMinY()).as("label top %s inside the lanes %s", seen, area).isGreaterThanOrEqualTo(area.getMinY() - 0.5);
        assertThat(seen.getMaxY()).as("label bottom %s inside the lanes %s", seen, area).isLessThanOrEqualTo(area.getMaxY() + 0.5);
        assertThat(seen.getMinX()).isGreaterThanOrEqualTo(area.getMinX() - 0.5);
        assertThat(seen.getMaxX()).isLessThanOrEqualTo(area.getMaxX() + 0.5);
        assertThat(area.getMaxY()).as("the lanes end above the overview strip").isLessThanOrEqualTo(onScreen(overview).getMinY() + 0.5);
        assertThat(onFx(label::isVisible)).isTrue();
        // and what is drawn there is that label: the topmost node under its middle
        Point2D middle = new Point2D(seen.getCenterX(), seen.getCenterY());
        Node hit = onFx(() -> pick(timeline, middle));
        assertThat(hit).isSameAs(label);
        assertThat(((TimelineSkin) timeline.getSkin()).laneOffset()).as("scrolled down to the ninth lane").isPositive();
    }

    /**
     * Ctrl and the wheel over the lanes scroll them (and do not zoom); dragging the scroll bar's
     * thumb to the top brings back the first lane's name. (Which way a wheel click turns differs
     * between Monocle and real screens, so the wheel is checked for moving the lanes at all.)
     */
    private void scrollBackToTheFirstLane(FxRobot robot) throws Exception {
        TimelineView timeline = robot.lookup(".timeline").query();
        TimelineSkin skin = (TimelineSkin) timeline.getSkin();
        Node body = robot.lookup(".timeline-body").query();
        Node gutter = robot.lookup(".timeline-gutter").query();
        assertThat(onFx(() -> headerOf(robot, FIRST_LANE).filter(h -> inside(h, gutter)))).isEmpty();
        Bounds area = onScreen(body);
        double before = onFx(skin::laneOffset);
        var range = onFx(timeline::getVisibleRange);
        robot.moveTo(new Point2D(area.getCenterX(), area.getCenterY()));
        robot.press(KeyCode.CONTROL);
        try {
            robot.scroll(2, VerticalDirection.DOWN);
        } finally {
            robot.release(KeyCode.CONTROL);
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onFx(skin::laneOffset)).as("Ctrl and the wheel scroll the lanes").isNotEqualTo(before);
        assertThat(onFx(timeline::getVisibleRange)).as("and do not zoom").isEqualTo(range);

        Node thumb = robot.lookup(".lane-scroll-bar .thumb").query();
        Bounds t = onScreen(thumb);
        robot.drag(new Point2D(t.getCenterX(), t.getCenterY())).moveTo(new Point2D(t.getCenterX(), t.getCenterY() - 300))
                .release(javafx.scene.input.MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onFx(skin::laneOffset)).isZero();
        assertThat(onFx(() -> headerOf(robot, FIRST_LANE).filter(h -> inside(h, gutter)))).isPresent();
    }

    private static Optional<Text> labelOf(FxRobot robot, String eventId) {
        for (Node node : robot.lookup(".event-label").queryAll()) {
            if (node.isVisible() && node.getUserData() instanceof TimelineItem item && item.id().equals(eventId)
                    && node instanceof Text text) {
                return Optional.of(text);
            }
        }
        return Optional.empty();
    }

    private static Optional<Label> headerOf(FxRobot robot, String laneKey) {
        for (Node node : robot.lookup(".lane-header").queryAll()) {
            if (node.isVisible() && laneKey.equals(node.getUserData()) && node instanceof Label label) {
                return Optional.of(label);
            }
        }
        return Optional.empty();
    }

    private static List<Node> visibleHeaders(FxRobot robot) {
        Node gutter = robot.lookup(".timeline-gutter").query();
        return robot.lookup(".lane-header").queryAll().stream()
                .filter(Node::isVisible).filter(h -> inside(h, gutter)).toList();
    }

    /** Whether the node lies wholly inside the area on screen (the area clips what is outside it). */
    private static boolean inside(Node node, Node area) {
        Bounds b = node.localToScreen(node.getBoundsInLocal());
        Bounds a = area.localToScreen(area.getBoundsInLocal());
        return b != null && a != null && b.getMinY() >= a.getMinY() - 0.5 && b.getMaxY() <= a.getMaxY() + 0.5
                && b.getMinX() >= a.getMinX() - 0.5 && b.getMaxX() <= a.getMaxX() + 0.5;
    }

    private static Bounds onScreen(Node node) throws Exception {
        return onFx(() -> node.localToScreen(node.getBoundsInLocal()));
    }

    /** The topmost visible, pickable node at a point on screen, among the timeline's. */
    private static Node pick(Node root, Point2D screen) {
        if (!root.isVisible()) {
            return null;
        }
        Point2D local = root.screenToLocal(screen);
        if (local == null || !root.contains(local)) {
            if (!(root instanceof javafx.scene.Parent)) {
                return null;
            }
        }
        if (root.getClip() != null && local != null && !root.getClip().contains(local)) {
            return null;
        }
        if (root instanceof javafx.scene.Parent parent) {
            List<Node> children = parent.getChildrenUnmodifiable();
            for (int i = children.size() - 1; i >= 0; i--) {
                Node hit = pick(children.get(i), screen);
                if (hit != null) {
                    return hit;
                }
            }
            return null;
        }
        return root.isMouseTransparent() ? null : root;
    }
}
