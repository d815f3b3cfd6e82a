package org.hawliyat.ui.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.geometry.NodeOrientation;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.hawliyat.timeline.TimelineLayout.LaneLayout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The timeline drawn for paper (handouts, issue 13): every event of the curated data labelled at
 * an A4 page's width, none in a badge, no lane scrolled away, and no collapse arrows in the lane
 * names. On screen, in a box as short, the same timeline scrolls and keeps its arrows.
 */
@ExtendWith(ApplicationExtension.class)
class TimelinePrintedTest {

    private TimelineViewTest.Harness h;

    @Start
    void start(Stage stage) {
        h = TimelineViewTest.Harness.show(stage, TimelineViewTest.curated(), NodeOrientation.RIGHT_TO_LEFT, 700, 360);
    }

    @Test
    void onPaperEveryEventIsLabelledAndTheTimelineIsAsTallAsItsLanes() {
        assertThat(h.skin().lastLayout().clustered()).as("on screen, 360 px: badges").isPositive();
        assertThat(headers()).anySatisfy(t -> assertThat(t).startsWith("▾"));

        h.fx(() -> {
            h.view.setPrinted(true);
            h.view.setPrefWidth(700); // about an A4 page's content width
            // in a group, which gives the timeline its preferred size, as the handout's frame does
            h.root.getChildren().setAll(new javafx.scene.Group(h.view));
        });
        h.settle();
        assertThat(h.skin().lastLayout().clustered()).as("on paper: every event labelled").isZero();
        assertThat(h.skin().lastLayout().placed()).isEqualTo(TimelineViewTest.curated().items().size());
        int rows = h.skin().lastLayout().lanes().stream().mapToInt(LaneLayout::rows).sum();
        assertThat(h.view.getHeight()).as("as tall as its %d rows", rows)
                .isGreaterThanOrEqualTo(rows * h.view.getRowHeight());
        assertThat(h.skin().laneOffset()).isZero();
        assertThat(headers()).isNotEmpty().allSatisfy(t -> assertThat(t).doesNotStartWith("▾").doesNotStartWith("▸"));
    }

    private List<String> headers() {
        return h.view.lookupAll(".lane-header").stream().filter(Node::isVisible)
                .map(n -> ((Label) n).getText()).toList();
    }
}
