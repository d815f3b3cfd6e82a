package org.hawliyat.ui.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hawliyat.ui.timeline.TimelineViewTest.CURATED;
import static org.hawliyat.ui.timeline.TimelineViewTest.curated;
import static org.hawliyat.ui.timeline.TimelineViewTest.event;
import static org.hawliyat.ui.timeline.TimelineViewTest.id;
import static org.hawliyat.ui.timeline.TimelineViewTest.range;
import static org.hawliyat.ui.timeline.TimelineViewTest.typeOf;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import javafx.event.Event;
import javafx.geometry.Bounds;
import javafx.geometry.NodeOrientation;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.MouseButton;
import javafx.scene.input.PickResult;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.hawliyat.timeline.LaneMode;
import org.hawliyat.timeline.TimeRange;
import org.hawliyat.timeline.TimeScale;
import org.hawliyat.timeline.TimelineData;
import org.hawliyat.timeline.TimelineLayout.Cluster;
import org.hawliyat.timeline.TimelineLayout.LaneLayout;
import org.hawliyat.timeline.TimelineLayout.PlacedItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The timeline under the mouse, driven by the robot in both directions of time: the wheel zooms
 * around the pointer, dragging moves the content with the pointer, clicks select events, open
 * clusters and collapse lanes, and the overview strip moves, resizes and picks the view.
 */
@ExtendWith(ApplicationExtension.class)
class TimelineMouseTest {

    private static final List<NodeOrientation> BOTH = List.of(NodeOrientation.LEFT_TO_RIGHT, NodeOrientation.RIGHT_TO_LEFT);

    private TimelineViewTest.Harness h;

    @Start
    void start(Stage stage) {
        h = TimelineViewTest.Harness.show(stage, curated(), NodeOrientation.LEFT_TO_RIGHT, 1200, 760);
    }

    private void prepare(NodeOrientation orientation, TimeRange range) {
        h.orient(orientation);
        h.fx(() -> {
            h.view.setSelectedEvent(null);
            h.view.zoomTo(range);
        });
    }

    /** A point of the body on the screen, at a share of its width from the left edge of the screen. */
    private Point2D bodyPoint(double shareFromLeft) {
        Bounds body = h.screenBounds(h.body());
        return new Point2D(body.getMinX() + body.getWidth() * shareFromLeft, body.getMinY() + 8);
    }

    // ------------------------------------------------------------------ wheel

    /** One notch of a mouse wheel, as JavaFX reports it on the desktop platforms: 40 px, positive away from the user. */
    private static final double NOTCH = 40;

    /**
     * Turns the wheel notch by notch, a frame after each, with the pointer at a point of the screen.
     * The robot puts the pointer there; the wheel events are fired at the body, because Monocle's
     * headless robot reports a notch as a delta of 1, with the opposite sign to the desktop
     * platforms (a notch away from the user gives -1).
     */
    private void wheel(FxRobot robot, Point2D screen, double deltaY, int notches) {
        robot.moveTo(screen);
        Point2D scene = h.onFx(() -> h.body().localToScene(h.body().screenToLocal(screen)));
        h.repeat(notches, () -> Event.fireEvent(h.body(), new ScrollEvent(ScrollEvent.SCROLL, scene.getX(),
                scene.getY(), screen.getX(), screen.getY(), false, false, false, false, false, false, 0, deltaY, 0,
                deltaY, ScrollEvent.HorizontalTextScrollUnits.NONE, 0, ScrollEvent.VerticalTextScrollUnits.NONE, 0, 0,
                new PickResult(h.body(), scene.getX(), scene.getY()))));
    }

    @Test
    void theWheelZoomsAroundThePointerInBothDirections(FxRobot robot) {
        for (NodeOrientation orientation : BOTH) {
            for (double share : new double[] {0.2, 0.85}) {
                prepare(orientation, range("2000-01-01", "2015-12-31"));
                Point2D pointer = bodyPoint(share);
                double x = h.logicalX(pointer);
                double dayUnderPointer = h.scale().day(x);
                double length = h.scale().visible().length();

                wheel(robot, pointer, NOTCH, 5);
                assertThat(h.scale().visible().length()).as("%s at %s: the wheel away from the user zooms in",
                        orientation, share).isLessThan(length * 0.8);
                assertThat(h.scale().x(dayUnderPointer)).as("%s at %s: the time under the pointer stays there",
                        orientation, share).isCloseTo(x, within(2.0));

                wheel(robot, pointer, -NOTCH, 10);
                assertThat(h.scale().visible().length()).as("%s: the wheel toward the user zooms out", orientation)
                        .isGreaterThan(length);
                assertThat(h.scale().x(dayUnderPointer)).as("%s: zooming out, too", orientation)
                        .isCloseTo(x, within(2.0));
            }
        }
    }

    @Test
    void theWheelStopsAtTheZoomLimitsWithoutMovingTheTimeUnderThePointer(FxRobot robot) {
        prepare(NodeOrientation.RIGHT_TO_LEFT, range("2022-09-01", "2022-11-30"));
        Point2D pointer = bodyPoint(0.7);
        double x = h.logicalX(pointer);
        double day = h.scale().day(x);
        wheel(robot, pointer, 10 * NOTCH, 12);
        assertThat(h.scale().visible().length()).isCloseTo(TimeScale.MIN_SPAN_DAYS, within(1e-6));
        assertThat(h.scale().x(day)).isCloseTo(x, within(2.0));
        wheel(robot, pointer, -10 * NOTCH, 60);
        assertThat(h.scale().visible().length()).isCloseTo(TimeScale.MAX_SPAN_DAYS, within(1e-3));
    }

    @Test
    void aHorizontalScrollMovesTheContentWithTheFingers() {
        for (NodeOrientation orientation : BOTH) {
            prepare(orientation, range("2000-01-01", "2015-12-31"));
            Bounds body = h.sceneBounds(h.body());
            double sceneX = body.getMinX() + body.getWidth() / 2;
            double sceneY = body.getMinY() + 10;
            double dayAtPoint = h.scale().day(h.onFx(() -> h.body().sceneToLocal(sceneX, sceneY).getX()));
            TimeRange before = h.scale().visible();

            // fingers moving 100 px to the right on a touchpad
            h.fx(() -> Event.fireEvent(h.body(), new ScrollEvent(ScrollEvent.SCROLL, sceneX, sceneY, 0, 0,
                    false, false, false, false, false, false, 100, 0, 100, 0,
                    ScrollEvent.HorizontalTextScrollUnits.NONE, 0, ScrollEvent.VerticalTextScrollUnits.NONE, 0, 0,
                    new PickResult(h.body(), sceneX, sceneY))));
            assertThat(h.scale().visible().length()).isCloseTo(before.length(), within(1e-6));
            double movedTo = h.onFx(() -> h.body().localToScene(h.scale().x(dayAtPoint), 0).getX());
            assertThat(movedTo).as("%s: the time that was under the fingers moved right with them", orientation)
                    .isCloseTo(sceneX + 100, within(1.0));
            boolean rtl = orientation == NodeOrientation.RIGHT_TO_LEFT;
            assertThat(h.scale().visible().start() > before.start()).as("%s: later times come in", orientation)
                    .isEqualTo(rtl);
        }
    }

    // ------------------------------------------------------------------ drag

    /**
     * Drags with the robot's button held, the pointer jumping in a few steps with a frame between
     * them (the JavaFX robot moves the pointer in one go; TestFX's glides a pixel at a time).
     */
    private void dragInSteps(FxRobot robot, Point2D from, double dx, int steps) {
        robot.moveTo(from);
        robot.press(MouseButton.PRIMARY);
        h.settle();
        for (int i = 1; i <= steps; i++) {
            Point2D p = from.add(dx * i / steps, 0);
            h.onFx(() -> {
                new javafx.scene.robot.Robot().mouseMove(p);
                return null;
            });
            h.settle();
        }
        robot.release(MouseButton.PRIMARY);
        h.settle();
    }

    @Test
    void draggingTheBodyMovesTheContentWithThePointerInBothDirections(FxRobot robot) {
        for (NodeOrientation orientation : BOTH) {
            for (double dx : new double[] {-240, 180}) {
                prepare(orientation, range("2000-01-01", "2015-12-31"));
                Point2D from = bodyPoint(0.5);
                double dayGrabbed = h.scale().day(h.logicalX(from));
                TimeRange before = h.scale().visible();

                dragInSteps(robot, from, dx, 6);

                Point2D to = from.add(dx, 0);
                assertThat(h.scale().x(dayGrabbed)).as("%s, drag by %s: the grabbed time stays under the pointer",
                        orientation, dx).isCloseTo(h.logicalX(to), within(2.0));
                assertThat(h.scale().visible().length()).isCloseTo(before.length(), within(1e-6));
                // content dragged toward the start side (left in LTR, right in RTL) shows later times
                boolean towardStart = orientation == NodeOrientation.RIGHT_TO_LEFT ? dx > 0 : dx < 0;
                assertThat(h.scale().visible().start() > before.start())
                        .as("%s, drag by %s: later times come in", orientation, dx).isEqualTo(towardStart);
                assertThat(h.view.getSelectedEvent()).as("a drag selects nothing").isNull();
            }
        }
    }

    @Test
    void aSmoothDragKeepsTheGrabbedTimeUnderThePointer(FxRobot robot) {
        prepare(NodeOrientation.LEFT_TO_RIGHT, range("2000-01-01", "2015-12-31"));
        Point2D from = bodyPoint(0.5);
        double dayGrabbed = h.scale().day(h.logicalX(from));
        robot.drag(from, MouseButton.PRIMARY).moveTo(from.add(-240, 0)).release(MouseButton.PRIMARY);
        h.settle();
        assertThat(h.scale().x(dayGrabbed)).isCloseTo(h.logicalX(from.add(-240, 0)), within(2.0));
    }

    // ------------------------------------------------------------------ clicks

    @Test
    void clickingAnEventLabelSelectsItWithoutMovingTheView(FxRobot robot) {
        for (NodeOrientation orientation : BOTH) {
            prepare(orientation, h.onFx(h.view::fitRange));
            for (String eventId : List.of(TimelineViewTest.OFF_CENTRE_ID, TimelineViewTest.LAST_ID)) {
                Text label = h.label(eventId);
                assertThat(label).as("%s: %s is labelled", orientation, eventId).isNotNull();
                TimeRange before = h.scale().visible();
                robot.clickOn(label, MouseButton.PRIMARY);
                h.settle();
                assertThat(h.view.getSelectedEvent().id()).as("%s: clicked %s", orientation, eventId).isEqualTo(eventId);
                assertThat(h.scale().visible()).isEqualTo(before);
                assertThat(h.view.isFocused()).isTrue();
            }
        }
    }

    @Test
    void clickingAMarkerSelectsItAndADoubleClickOpensIt(FxRobot robot) {
        List<org.hawliyat.model.Event> opened = new ArrayList<>();
        h.fx(() -> h.view.setOnOpenEvent(opened::add));
        for (NodeOrientation orientation : BOTH) {
            prepare(orientation, h.onFx(h.view::fitRange));
            Node marker = h.marker(TimelineViewTest.FIRST_ID);
            robot.clickOn(marker, MouseButton.PRIMARY);
            h.settle();
            assertThat(h.view.getSelectedEvent().id()).isEqualTo(TimelineViewTest.FIRST_ID);
            assertThat(opened).isEmpty();
            robot.doubleClickOn(h.label(TimelineViewTest.LAST_ID), MouseButton.PRIMARY);
            h.settle();
            assertThat(opened).containsExactly(event(TimelineViewTest.LAST_ID));
            opened.clear();
        }
    }

    @Test
    void clickingAClusterZoomsIntoItSoThatItsEventsSpreadOut(FxRobot robot) {
        // a burst of forty visits in three weeks, among a few events over three years
        List<org.hawliyat.model.Event> events = new ArrayList<>();
        LocalDate burst = LocalDate.parse("2001-05-01");
        for (int i = 0; i < 40; i++) {
            events.add(event(String.format(Locale.ROOT, "burst-%02d", i), "official-visit", burst.plusDays(i / 2).toString(),
                    "Visit " + i));
        }
        for (int i = 0; i < 10; i++) {
            events.add(event("spread-" + i, "state-visit", LocalDate.parse("2000-01-15").plusDays(i * 110L).toString(),
                    "State visit " + i));
        }
        for (NodeOrientation orientation : BOTH) {
            h.orient(orientation);
            h.fx(() -> {
                h.view.setData(TimelineData.of(events, CURATED.types(), CURATED.countries(), List.of()));
                h.view.zoomToFit();
            });
            Node badge = h.clusters().stream().max(Comparator.comparingInt(l -> ((Cluster) l.getUserData()).count()))
                    .orElseThrow(() -> new AssertionError("no cluster at the whole view"));
            Cluster cluster = (Cluster) badge.getUserData();
            assertThat(cluster.count()).isGreaterThan(10);
            long placedBefore = placedBetween(cluster.firstDay(), cluster.lastDay());
            double length = h.scale().visible().length();

            robot.clickOn(badge, MouseButton.PRIMARY);
            h.settle();

            TimeRange visible = h.scale().visible();
            assertThat(visible.length()).as("%s: zoomed in", orientation).isLessThan(length / 10);
            assertThat(visible.start()).isLessThanOrEqualTo(cluster.firstDay());
            assertThat(visible.end()).isGreaterThanOrEqualTo(cluster.lastDay());
            assertThat(placedBetween(cluster.firstDay(), cluster.lastDay()))
                    .as("%s: more of the cluster's events are shown one by one", orientation).isGreaterThan(placedBefore);
            assertThat(h.layout().clustered()).as("%s: fewer events stay clustered", orientation)
                    .isLessThan(cluster.count());
            assertThat(h.view.getSelectedEvent()).isNull();
        }
    }

    private long placedBetween(double firstDay, double lastDay) {
        return h.layout().lanes().stream().flatMap(l -> l.items().stream()).map(PlacedItem::item)
                .filter(i -> i.start() >= firstDay && i.start() < lastDay).count();
    }

    @Test
    void clickingALaneNameCollapsesAndExpandsTheLane(FxRobot robot) {
        for (NodeOrientation orientation : BOTH) {
            prepare(orientation, h.onFx(h.view::fitRange));
            h.fx(() -> h.view.setLaneMode(LaneMode.BY_TYPE));
            String lane = "official-visit";
            Label header = header(lane);
            assertThat(header.getText()).startsWith("▾");
            assertThat(h.labels().stream().map(TimelineViewTest::typeOf)).contains(lane);

            robot.clickOn(header, MouseButton.PRIMARY);
            h.settle();
            assertThat(h.view.getCollapsedLanes()).as(orientation.toString()).containsExactly(lane);
            assertThat(header(lane).getText()).startsWith("▸");
            assertThat(h.labels().stream().map(TimelineViewTest::typeOf)).doesNotContain(lane);
            assertThat(h.markers().stream().filter(m -> typeOf(m).equals(lane))).isNotEmpty();
            LaneLayout laid = h.layout().lanes().stream().filter(l -> l.lane().key().equals(lane)).findFirst().orElseThrow();
            assertThat(laid.collapsed()).isTrue();
            assertThat(laid.items()).allMatch(p -> p.labelWidth() == 0);

            robot.clickOn(header(lane), MouseButton.PRIMARY);
            h.settle();
            assertThat(h.view.getCollapsedLanes()).isEmpty();
            assertThat(h.labels().stream().map(TimelineViewTest::typeOf)).contains(lane);
        }
    }

    private Label header(String laneKey) {
        return h.laneHeaders().stream().filter(l -> laneKey.equals(l.getUserData())).findFirst()
                .orElseThrow(() -> new AssertionError("no header for lane " + laneKey));
    }

    // ------------------------------------------------------------------ overview

    private Region overviewWindow() {
        return (Region) h.onFx(() -> h.overview().lookup(".overview-window"));
    }

    /** Days per logical pixel of the overview (it spans every event, padded as the fit range is). */
    private double overviewDaysPerPx() {
        return h.onFx(() -> h.view.fitRange().length() / h.scale().width());
    }

    @Test
    void draggingTheOverviewWindowMovesTheViewWithIt(FxRobot robot) {
        for (NodeOrientation orientation : BOTH) {
            prepare(orientation, range("2000-01-01", "2004-12-31"));
            Bounds window = h.screenBounds(overviewWindow());
            Point2D from = new Point2D(window.getCenterX(), window.getCenterY());
            // toward later times: right in LTR, left in RTL
            double dx = orientation == NodeOrientation.RIGHT_TO_LEFT ? -120 : 120;
            TimeRange before = h.scale().visible();

            robot.drag(from, MouseButton.PRIMARY).moveTo(from.add(dx, 0)).release(MouseButton.PRIMARY);
            h.settle();

            TimeRange after = h.scale().visible();
            assertThat(after.length()).isCloseTo(before.length(), within(1e-6));
            assertThat(after.start() - before.start()).as("%s: moved later by the days the window moved", orientation)
                    .isCloseTo(120 * overviewDaysPerPx(), within(3 * overviewDaysPerPx()));
            Bounds moved = h.screenBounds(overviewWindow());
            assertThat(moved.getCenterX()).as("%s: the window followed the pointer", orientation)
                    .isCloseTo(from.getX() + dx, within(3.0));
        }
    }

    @Test
    void draggingTheOverviewWindowsEndEdgeResizesTheView(FxRobot robot) {
        for (NodeOrientation orientation : BOTH) {
            prepare(orientation, range("2000-01-01", "2004-12-31"));
            boolean rtl = orientation == NodeOrientation.RIGHT_TO_LEFT;
            Bounds window = h.screenBounds(overviewWindow());
            // the end edge of the window: where later times are
            Point2D from = new Point2D(rtl ? window.getMinX() + 2 : window.getMaxX() - 2, window.getCenterY());
            double dx = rtl ? -60 : 60;
            TimeRange before = h.scale().visible();

            robot.drag(from, MouseButton.PRIMARY).moveTo(from.add(dx, 0)).release(MouseButton.PRIMARY);
            h.settle();

            TimeRange after = h.scale().visible();
            assertThat(after.length()).as("%s: longer", orientation)
                    .isCloseTo(before.length() + 60 * overviewDaysPerPx(), within(3 * overviewDaysPerPx()));
            assertThat(after.start()).as("%s: the start stays", orientation).isCloseTo(before.start(), within(1.0));
        }
    }

    @Test
    void draggingARangeOnTheOverviewShowsThatRange(FxRobot robot) {
        for (NodeOrientation orientation : BOTH) {
            prepare(orientation, range("2000-01-01", "2001-12-31"));
            Bounds strip = h.screenBounds(h.overview());
            Bounds window = h.screenBounds(overviewWindow());
            // a range well away from the window, at the later end
            boolean rtl = orientation == NodeOrientation.RIGHT_TO_LEFT;
            double a = rtl ? strip.getMinX() + strip.getWidth() * 0.10 : strip.getMinX() + strip.getWidth() * 0.75;
            double b = rtl ? strip.getMinX() + strip.getWidth() * 0.25 : strip.getMinX() + strip.getWidth() * 0.90;
            assertThat(window.getMaxX() < Math.min(a, b) || window.getMinX() > Math.max(a, b)).isTrue();
            Point2D from = new Point2D(a, strip.getCenterY());
            Point2D to = new Point2D(b, strip.getCenterY());
            TimeRange whole = h.onFx(h.view::fitRange);
            double perPx = overviewDaysPerPx();
            double dayA = whole.start() + h.onFx(() -> h.overview().screenToLocal(from).getX()) * perPx;
            double dayB = whole.start() + h.onFx(() -> h.overview().screenToLocal(to).getX()) * perPx;

            robot.drag(from, MouseButton.PRIMARY).moveTo(to).release(MouseButton.PRIMARY);
            h.settle();

            TimeRange after = h.scale().visible();
            assertThat(after.start()).as("%s: from", orientation).isCloseTo(Math.min(dayA, dayB), within(2 * perPx));
            assertThat(after.end()).as("%s: to", orientation).isCloseTo(Math.max(dayA, dayB), within(2 * perPx));
        }
    }
}
