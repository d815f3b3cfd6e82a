package org.hawliyat.ui.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hawliyat.ui.timeline.TimelineViewTest.CURATED;
import static org.hawliyat.ui.timeline.TimelineViewTest.FIRST_ID;
import static org.hawliyat.ui.timeline.TimelineViewTest.LAST_ID;
import static org.hawliyat.ui.timeline.TimelineViewTest.OFF_CENTRE_ID;
import static org.hawliyat.ui.timeline.TimelineViewTest.assertInsideBody;
import static org.hawliyat.ui.timeline.TimelineViewTest.curated;
import static org.hawliyat.ui.timeline.TimelineViewTest.event;
import static org.hawliyat.ui.timeline.TimelineViewTest.range;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.NodeOrientation;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.hawliyat.model.Event;
import org.hawliyat.timeline.TimeRange;
import org.hawliyat.timeline.TimeScale;
import org.hawliyat.timeline.TimelineItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The timeline's keys, typed with the robot into the focused control, in both directions of
 * time: the arrows follow time as it is drawn (in right-to-left, ← goes later), Shift+arrows pan,
 * Home/End, Enter, and the zoom keys.
 */
@ExtendWith(ApplicationExtension.class)
class TimelineKeyboardTest {

    private static final List<NodeOrientation> BOTH = List.of(NodeOrientation.LEFT_TO_RIGHT, NodeOrientation.RIGHT_TO_LEFT);

    private TimelineViewTest.Harness h;

    @Start
    void start(Stage stage) {
        h = TimelineViewTest.Harness.show(stage, curated(), NodeOrientation.LEFT_TO_RIGHT, 1200, 760);
    }

    private void focus(NodeOrientation orientation) {
        h.orient(orientation);
        h.fx(() -> {
            h.view.zoomToFit();
            h.view.requestFocus();
        });
        assertThat(h.view.isFocused()).isTrue();
    }

    private void type(FxRobot robot, KeyCode... keys) {
        robot.type(keys);
        h.settle();
    }

    private void typeWithShift(FxRobot robot, KeyCode key) {
        robot.press(KeyCode.SHIFT).type(key).release(KeyCode.SHIFT);
        h.settle();
    }

    private int selectedOrder() {
        return h.view.getData().item(h.view.getSelectedEvent().id()).map(TimelineItem::order).orElseThrow();
    }

    @Test
    void inLeftToRightTheRightArrowSelectsTheNextEventAndTheLeftArrowThePrevious(FxRobot robot) {
        focus(NodeOrientation.LEFT_TO_RIGHT);
        h.fx(() -> h.view.setSelectedEvent(event(OFF_CENTRE_ID)));
        int start = selectedOrder();
        type(robot, KeyCode.RIGHT);
        assertThat(selectedOrder()).isEqualTo(start + 1);
        type(robot, KeyCode.RIGHT);
        assertThat(selectedOrder()).isEqualTo(start + 2);
        type(robot, KeyCode.LEFT);
        assertThat(selectedOrder()).isEqualTo(start + 1);
        assertThat(h.view.getSelectedEvent()).isEqualTo(h.view.getData().items().get(start + 1).event());
    }

    @Test
    void inRightToLeftTheRightArrowSelectsThePreviousEventAndTheLeftArrowTheNext(FxRobot robot) {
        focus(NodeOrientation.RIGHT_TO_LEFT);
        assertThat(h.view.isTimeRightToLeft()).isTrue();
        h.fx(() -> h.view.setSelectedEvent(event(OFF_CENTRE_ID)));
        int start = selectedOrder();
        type(robot, KeyCode.RIGHT);
        assertThat(selectedOrder()).as("→ goes earlier").isEqualTo(start - 1);
        type(robot, KeyCode.LEFT);
        type(robot, KeyCode.LEFT);
        assertThat(selectedOrder()).as("← goes later").isEqualTo(start + 1);
    }

    @Test
    void theArrowKeyTowardLaterTimeSelectsTheEventDrawnOnThatSide(FxRobot robot) {
        // whatever the direction, the key selects the event whose marker lies that way on screen
        for (NodeOrientation orientation : BOTH) {
            focus(orientation);
            h.fx(() -> h.view.setSelectedEvent(event(OFF_CENTRE_ID)));
            double from = h.markerCentre(OFF_CENTRE_ID).getX();
            type(robot, KeyCode.RIGHT);
            assertThat(h.markerCentre(h.view.getSelectedEvent().id()).getX()).as("%s: → selects an event to the right",
                    orientation).isGreaterThan(from);
            type(robot, KeyCode.LEFT, KeyCode.LEFT);
            assertThat(h.markerCentre(h.view.getSelectedEvent().id()).getX()).as("%s: ← selects an event to the left",
                    orientation).isLessThan(from);
        }
    }

    @Test
    void theTimeDirectionSettingDecidesWhatTheArrowsDoNotTheLanguage(FxRobot robot) {
        focus(NodeOrientation.RIGHT_TO_LEFT);
        h.fx(() -> {
            h.view.setTimeDirection(TimeDirection.LEFT_TO_RIGHT);
            h.view.setSelectedEvent(event(OFF_CENTRE_ID));
        });
        int start = selectedOrder();
        type(robot, KeyCode.RIGHT);
        assertThat(selectedOrder()).as("Arabic window, time left to right: → goes later").isEqualTo(start + 1);

        h.orient(NodeOrientation.LEFT_TO_RIGHT);
        h.fx(() -> {
            h.view.setTimeDirection(TimeDirection.RIGHT_TO_LEFT);
            h.view.setSelectedEvent(event(OFF_CENTRE_ID));
            h.view.requestFocus();
        });
        type(robot, KeyCode.RIGHT);
        assertThat(selectedOrder()).as("English window, time right to left: → goes earlier").isEqualTo(start - 1);
    }

    @Test
    void homeAndEndSelectTheFirstAndLastEventsAndRevealThem(FxRobot robot) {
        for (NodeOrientation orientation : BOTH) {
            focus(orientation);
            h.fx(() -> h.view.zoomTo(range("2008-01-01", "2009-12-31")));
            type(robot, KeyCode.HOME);
            assertThat(h.view.getSelectedEvent().id()).isEqualTo(FIRST_ID);
            assertInsideBody(h, FIRST_ID, orientation + " Home");
            type(robot, KeyCode.END);
            assertThat(h.view.getSelectedEvent().id()).isEqualTo(LAST_ID);
            assertInsideBody(h, LAST_ID, orientation + " End");
        }
    }

    @Test
    void stepsStopAtBothEnds(FxRobot robot) {
        focus(NodeOrientation.LEFT_TO_RIGHT);
        type(robot, KeyCode.END);
        type(robot, KeyCode.RIGHT);
        assertThat(h.view.getSelectedEvent().id()).isEqualTo(LAST_ID);
        type(robot, KeyCode.HOME);
        type(robot, KeyCode.LEFT);
        assertThat(h.view.getSelectedEvent().id()).isEqualTo(FIRST_ID);
    }

    @Test
    void steppingToAnEventOffScreenRevealsIt(FxRobot robot) {
        for (NodeOrientation orientation : BOTH) {
            focus(orientation);
            Event first = event(FIRST_ID);
            h.fx(() -> {
                h.view.setSelectedEvent(first);
                h.view.zoomTo(range("1993-06-01", "1993-08-31"));
            });
            String next = h.view.getData().items().get(1).id();
            assertThat(h.marker(next)).as("the next event is off screen").isNull();
            type(robot, orientation == NodeOrientation.RIGHT_TO_LEFT ? KeyCode.LEFT : KeyCode.RIGHT);
            assertThat(h.view.getSelectedEvent().id()).isEqualTo(next);
            assertInsideBody(h, next, orientation + " next");
        }
    }

    @Test
    void enterOpensTheSelectedEvent(FxRobot robot) {
        List<Event> opened = new ArrayList<>();
        focus(NodeOrientation.RIGHT_TO_LEFT);
        h.fx(() -> h.view.setOnOpenEvent(opened::add));
        type(robot, KeyCode.ENTER);
        assertThat(opened).as("nothing selected, nothing opened").isEmpty();
        h.fx(() -> h.view.setSelectedEvent(event(OFF_CENTRE_ID)));
        type(robot, KeyCode.ENTER);
        assertThat(opened).containsExactly(event(OFF_CENTRE_ID));
    }

    @Test
    void shiftArrowsPanTowardTheArrowInBothDirections(FxRobot robot) {
        for (NodeOrientation orientation : BOTH) {
            focus(orientation);
            h.fx(() -> h.view.zoomTo(range("2005-01-01", "2012-12-31")));
            boolean rtl = orientation == NodeOrientation.RIGHT_TO_LEFT;
            KeyCode later = rtl ? KeyCode.LEFT : KeyCode.RIGHT;
            KeyCode earlier = rtl ? KeyCode.RIGHT : KeyCode.LEFT;
            TimeRange before = h.scale().visible();
            typeWithShift(robot, later);
            TimeRange after = h.scale().visible();
            assertThat(after.start()).as("%s: Shift+%s pans later", orientation, later).isGreaterThan(before.start());
            assertThat(after.length()).isCloseTo(before.length(), within(1e-6));
            // a quarter of the view
            assertThat(after.start() - before.start()).isCloseTo(before.length() / 4, within(before.length() / 100));
            assertThat(h.view.getSelectedEvent()).as("panning selects nothing").isNull();
            typeWithShift(robot, earlier);
            assertThat(h.scale().visible().start()).isCloseTo(before.start(), within(1e-6));
        }
    }

    @Test
    void plusMinusAndZeroZoom(FxRobot robot) {
        focus(NodeOrientation.RIGHT_TO_LEFT);
        TimeScale fit = h.scale();
        type(robot, KeyCode.EQUALS);
        assertThat(h.scale().visible().length()).isLessThan(fit.visible().length() * 0.7);
        type(robot, KeyCode.ADD);
        double twice = h.scale().visible().length();
        assertThat(twice).isLessThan(fit.visible().length() * 0.5);
        type(robot, KeyCode.MINUS);
        assertThat(h.scale().visible().length()).isGreaterThan(twice * 1.4);
        type(robot, KeyCode.DIGIT0);
        assertThat(h.scale().visible().length()).isCloseTo(fit.visible().length(), within(1e-6));
        assertThat(h.layout().inRange()).isEqualTo(CURATED.events().size());
    }
}
