package org.hawliyat.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TimeScaleTest {

    private final TimeScale decade = new TimeScale(
            TimeRange.of(LocalDate.of(2000, 1, 1), LocalDate.of(2009, 12, 31)), 1000);

    @Test
    void mapsTimeToDistanceFromTheStartEdgeAndBack() {
        assertThat(decade.x(decade.visible().start())).isZero();
        assertThat(decade.x(decade.visible().end())).isCloseTo(1000, within(1e-9));
        assertThat(decade.day(decade.x(12_345))).isCloseTo(12_345, within(1e-6));
    }

    @Test
    void zoomKeepsTheTimeUnderTheAnchorInPlace() {
        double anchorX = 730;
        double dayUnder = decade.day(anchorX);
        TimeScale in = decade.zoomed(2, anchorX);
        assertThat(in.visible().length()).isCloseTo(decade.visible().length() / 2, within(1e-6));
        assertThat(in.day(anchorX)).isCloseTo(dayUnder, within(1e-6));
        assertThat(in.zoomed(0.5, anchorX).visible().start()).isCloseTo(decade.visible().start(), within(1e-6));
    }

    @Test
    void zoomStopsAtDaysAndAtAThousandYears() {
        TimeScale scale = decade;
        for (int i = 0; i < 100; i++) {
            scale = scale.zoomed(2, 500);
        }
        assertThat(scale.visible().length()).isEqualTo(TimeScale.MIN_SPAN_DAYS);
        for (int i = 0; i < 100; i++) {
            scale = scale.zoomed(0.5, 500);
        }
        assertThat(scale.visible().length()).isEqualTo(TimeScale.MAX_SPAN_DAYS);
        assertThat(scale.visible().start()).isGreaterThanOrEqualTo(TimeRange.MIN_DAY);
    }

    @Test
    void panMovesTowardLaterTimesForPositiveDistances() {
        TimeScale later = decade.panned(100);
        assertThat(later.visible().start()).isGreaterThan(decade.visible().start());
        assertThat(later.visible().length()).isCloseTo(decade.visible().length(), within(1e-9));
        assertThat(later.panned(-100).visible().start()).isCloseTo(decade.visible().start(), within(1e-6));
    }
}
