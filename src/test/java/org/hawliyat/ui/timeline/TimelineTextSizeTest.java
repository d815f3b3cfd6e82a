package org.hawliyat.ui.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Locale;
import javafx.geometry.NodeOrientation;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.hawliyat.ui.common.Appearance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The window's text size (View ▸ Text size, a font size on the scene's root) reaches the
 * timeline: its labels, rows, markers and axis grow with it, and at the usual size they are as
 * they always were.
 */
@ExtendWith(ApplicationExtension.class)
class TimelineTextSizeTest {

    private TimelineViewTest.Harness h;

    @Start
    void start(Stage stage) {
        h = TimelineViewTest.Harness.show(stage, TimelineViewTest.curated(), NodeOrientation.LEFT_TO_RIGHT, 1200, 760);
    }

    @Test
    void atTheUsualTextSizeTheMetricsAreTheFamiliarPixels() {
        assertThat(h.view.getRowHeight()).isCloseTo(26, within(0.01));
        assertThat(h.view.getMarkerSize()).isCloseTo(12, within(0.01));
        assertThat(h.view.getAxisRowHeight()).isCloseTo(21, within(0.01));
        assertThat(h.view.getPeriodRowHeight()).isCloseTo(18, within(0.01));
        Sizes usual = sizes();
        assertThat(usual.eventLabel()).isCloseTo(12, within(0.01));
        assertThat(usual.minorLabel()).isCloseTo(11, within(0.01));
        assertThat(usual.majorLabel()).isCloseTo(12, within(0.01));
    }

    @Test
    void aLargerTextSizeMakesTheLabelsAndRowsLarger() {
        Sizes usual = sizes();
        int larger = Appearance.TextSize.LARGER.pixels();
        h.fx(() -> h.root.setStyle(String.format(Locale.ROOT, "-fx-font-size: %dpx;", larger)));
        Sizes grown = sizes();
        double factor = larger / 14.0;
        assertThat(grown.eventLabel()).as("event labels").isCloseTo(usual.eventLabel() * factor, within(0.05));
        assertThat(grown.minorLabel()).as("minor axis labels").isCloseTo(usual.minorLabel() * factor, within(0.05));
        assertThat(grown.majorLabel()).as("major axis labels").isCloseTo(usual.majorLabel() * factor, within(0.05));
        assertThat(grown.eventLabelHeight()).as("event labels as drawn").isGreaterThan(usual.eventLabelHeight() * 1.2);
        assertThat(grown.axisLabelHeight()).as("axis labels as drawn").isGreaterThan(usual.axisLabelHeight() * 1.2);
        assertThat(h.view.getRowHeight()).isCloseTo(26 * factor, within(0.05));
        assertThat(h.view.getMarkerSize()).isCloseTo(12 * factor, within(0.05));
        assertThat(h.onFx(() -> h.view.lookup(".timeline-axis").getLayoutBounds().getHeight()))
                .as("the axis is two rows of the larger text").isCloseTo(2 * 21 * factor, within(0.5));
    }

    /** Font sizes and drawn heights of the labels on screen. */
    private record Sizes(double eventLabel, double eventLabelHeight, double minorLabel, double majorLabel,
                         double axisLabelHeight) {
    }

    private Sizes sizes() {
        List<Text> events = h.labels();
        List<Text> minors = h.visible(".minor-label", Text.class);
        List<Text> majors = h.visible(".major-label", Text.class);
        assertThat(events).as("event labels on screen").isNotEmpty();
        assertThat(minors).as("minor axis labels on screen").isNotEmpty();
        assertThat(majors).as("major axis labels on screen").isNotEmpty();
        return h.onFx(() -> new Sizes(events.get(0).getFont().getSize(), events.get(0).getLayoutBounds().getHeight(),
                minors.get(0).getFont().getSize(), majors.get(0).getFont().getSize(),
                minors.get(0).getLayoutBounds().getHeight()));
    }
}
