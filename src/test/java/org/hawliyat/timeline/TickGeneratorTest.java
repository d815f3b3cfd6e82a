package org.hawliyat.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TickGeneratorTest {

    private static final double WIDTH_PX = 1000;
    private static final double MIN_SPACING_PX = 60;

    private final TickGenerator generator = new TickGenerator();

    private static double day(String iso) {
        return LocalDate.parse(iso).toEpochDay();
    }

    /** The ticks of a view [start, start + days) spread over WIDTH_PX. */
    private AxisTicks view(double startDay, double days) {
        return generator.ticks(startDay, startDay + days, WIDTH_PX / days, MIN_SPACING_PX);
    }

    @Test
    void aYearAcrossTheScreenShowsMonthsUnderTheYear() {
        AxisTicks ticks = view(day("1993-01-01"), 365);

        assertThat(ticks.minorUnit()).isEqualTo(TickUnit.MONTH);
        assertThat(ticks.majorUnit()).isEqualTo(TickUnit.YEAR);
        assertThat(ticks.minor()).extracting(Tick::date).containsExactly(
                LocalDate.of(1993, 1, 1), LocalDate.of(1993, 2, 1), LocalDate.of(1993, 3, 1), LocalDate.of(1993, 4, 1),
                LocalDate.of(1993, 5, 1), LocalDate.of(1993, 6, 1), LocalDate.of(1993, 7, 1), LocalDate.of(1993, 8, 1),
                LocalDate.of(1993, 9, 1), LocalDate.of(1993, 10, 1), LocalDate.of(1993, 11, 1), LocalDate.of(1993, 12, 1));
        assertThat(ticks.major()).extracting(Tick::date).containsExactly(LocalDate.of(1993, 1, 1));
    }

    @Test
    void theTickBeforeTheStartIsIncludedForContext() {
        AxisTicks ticks = view(day("1993-07-10"), 10);

        assertThat(ticks.minorUnit()).isEqualTo(TickUnit.DAY);
        assertThat(ticks.majorUnit()).isEqualTo(TickUnit.MONTH);
        assertThat(ticks.minor().get(0).date()).isEqualTo(LocalDate.of(1993, 7, 10));
        assertThat(ticks.minor()).hasSize(10);
        assertThat(ticks.major()).extracting(Tick::date).containsExactly(LocalDate.of(1993, 7, 1));

        AxisTicks midDay = view(day("1993-07-10") + 0.5, 10);
        assertThat(midDay.minor().get(0).date()).isEqualTo(LocalDate.of(1993, 7, 10));
        assertThat(midDay.minor()).hasSize(11);
    }

    @Test
    void theUnitGetsFinerStepByStepFromCenturiesToDays() {
        TickUnit previous = null;
        double centre = day("1995-06-15");
        // From 12 centuries to 3 days across the screen, zooming in by 5 % each step.
        for (double days = 1200 * 365.25; days >= 3; days *= 0.95) {
            AxisTicks ticks = view(centre - days / 2, days);
            if (previous == null) {
                assertThat(ticks.minorUnit()).isEqualTo(TickUnit.CENTURY);
            } else {
                assertThat(ticks.minorUnit().ordinal()).as("at %s days", days)
                        .isBetween(previous.ordinal() - 1, previous.ordinal());
            }
            previous = ticks.minorUnit();
        }
        assertThat(previous).isEqualTo(TickUnit.DAY);
    }

    @Test
    void ticksAreAlignedOrderedSpacedAndComplete() {
        double centre = day("1995-06-15");
        for (double days = 9000 * 365.25; days >= 1; days *= 0.9) {
            double start = centre - days / 2;
            checkInvariants(start, start + days, WIDTH_PX / days, MIN_SPACING_PX);
        }
    }

    @Test
    void randomViewsNeverThrowAndKeepEveryInvariant() {
        for (long seed = 0; seed < 300; seed++) {
            Random random = new Random(seed);
            for (int i = 0; i < 50; i++) {
                // Views anywhere from before year 1 to after year 9999, from hours to all of history.
                double start = -800_000 + random.nextDouble() * 4_600_000;
                double days = Math.pow(10, -1 + random.nextDouble() * 7.5);
                double width = 1 + random.nextDouble() * 3000;
                double minSpacing = random.nextDouble() * 200;
                checkInvariants(start, start + days, width / days, minSpacing);
            }
        }
    }

    @Test
    void theEdgesOfTheCalendarNeverThrow() {
        double first = TickGenerator.FIRST_DAY;
        double last = TickGenerator.LAST_DAY;
        for (double days : new double[] {0.5, 3, 40, 400, 4000, 40_000, 400_000, 4_000_000}) {
            for (double start : new double[] {first - days, first - days / 2, first, last - days / 2, last, last + 1}) {
                checkInvariants(start, start + days, WIDTH_PX / days, MIN_SPACING_PX);
            }
        }
        AxisTicks allOfHistory = generator.ticks(first - 1e6, last + 1e6, 1000 / (last - first + 2e6), 60);
        assertThat(allOfHistory.minor()).isNotEmpty();
        assertThat(allOfHistory.minor()).allSatisfy(t -> assertThat(t.date().getYear()).isBetween(1, 9999));

        assertThat(view(day("1000-01-01") - 4e6, 1e6).isEmpty()).isTrue();
        assertThat(view(last + 10, 1e6).isEmpty()).isTrue();
    }

    @Test
    void allOfHistoryOnAFewPixelsThinsTheMillenniaInsteadOfCrowdingThem() {
        double first = TickGenerator.FIRST_DAY;
        double days = TickGenerator.LAST_DAY + 1 - first;
        AxisTicks ticks = generator.ticks(first, first + days, 150 / days, 60);

        assertThat(ticks.minorUnit()).isEqualTo(TickUnit.MILLENNIUM);
        assertThat(ticks.minor().size()).isLessThanOrEqualTo((int) (150 / 60.0 + 2));
        assertThat(ticks.minor()).allSatisfy(t -> assertThat(t.date().getYear() % 1000).isZero());
        checkInvariants(first, first + days, 150 / days, 60);
    }

    @Test
    void badArgumentsGiveNoTicksRatherThanAnException() {
        double start = day("1993-01-01");
        for (double notADay : new double[] {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY}) {
            assertThat(generator.ticks(notADay, start + 100, 10, 60).isEmpty()).as("%s", notADay).isTrue();
            assertThat(generator.ticks(start, notADay, 10, 60).isEmpty()).as("%s", notADay).isTrue();
        }
        for (double notAZoom : new double[] {Double.NaN, Double.POSITIVE_INFINITY, 0, -1}) {
            assertThat(generator.ticks(start, start + 100, notAZoom, 60).isEmpty()).as("%s", notAZoom).isTrue();
        }
        for (double notASpacing : new double[] {Double.NaN, Double.NEGATIVE_INFINITY, 0, -1}) {
            // Taken as one pixel: a tick a day at 10 px a day.
            assertThat(generator.ticks(start, start + 100, 10, notASpacing).minorUnit()).isEqualTo(TickUnit.DAY);
        }
        assertThat(generator.ticks(start, start + 100, 10, Double.POSITIVE_INFINITY).minor()).isEmpty();
        assertThat(generator.ticks(start, start, 10, 60).isEmpty()).isTrue();
        assertThat(generator.ticks(start + 10, start, 10, 60).isEmpty()).isTrue();
    }

    @Test
    void itIsFastEnoughForEveryFrame() {
        Random random = new Random(42);
        double[] starts = new double[1024];
        double[] lengths = new double[1024];
        for (int i = 0; i < starts.length; i++) {
            starts[i] = day("1900-01-01") + random.nextDouble() * 40_000;
            lengths[i] = Math.pow(10, random.nextDouble() * 5);
        }
        long sink = 0;
        for (int i = 0; i < 20_000; i++) { // warm up the JIT
            sink += view(starts[i & 1023], lengths[i & 1023]).minor().size();
        }
        int calls = 20_000;
        long before = System.nanoTime();
        for (int i = 0; i < calls; i++) {
            sink += view(starts[i & 1023], lengths[i & 1023]).minor().size();
        }
        double microsPerCall = (System.nanoTime() - before) / 1000.0 / calls;
        assertThat(sink).isPositive();
        // The budget is 100 µs a frame; a call takes a few µs, so this only fails when something is badly wrong.
        assertThat(microsPerCall).isLessThan(100);
    }

    private void checkInvariants(double start, double end, double pxPerDay, double minSpacing) {
        String view = String.format(Locale.ROOT, "view [%s, %s) at %s px/day, spacing %s", start, end, pxPerDay, minSpacing);
        AxisTicks ticks;
        try {
            ticks = generator.ticks(start, end, pxPerDay, minSpacing);
        } catch (RuntimeException e) {
            throw new AssertionError(view + " threw", e);
        }
        double width = (end - start) * pxPerDay;
        assertThat(ticks.minor().size()).as(view).isLessThanOrEqualTo((int) Math.floor(width / Math.max(minSpacing, 1) + 2));
        assertThat(ticks.majorUnit()).as(view).isEqualTo(ticks.minorUnit().major());
        checkRow(ticks.minor(), ticks.minorUnit(), start, end, pxPerDay, minSpacing, view + " minor");
        checkRow(ticks.major(), ticks.majorUnit(), start, end, pxPerDay, minSpacing, view + " major");
    }

    private static void checkRow(List<Tick> row, TickUnit unit, double start, double end, double pxPerDay,
            double minSpacing, String view) {
        for (int i = 0; i < row.size(); i++) {
            Tick tick = row.get(i);
            assertThat(tick.unit()).as(view).isEqualTo(unit);
            assertThat(tick.day()).as(view).isEqualTo((double) tick.date().toEpochDay());
            assertThat(TickUnitTest.isAligned(unit, tick.date())).as("%s: %s", view, tick).isTrue();
            assertThat(tick.date().getYear()).as(view).isBetween(1, 9999);
            assertThat(tick.day()).as(view).isLessThan(end);
            if (i == 0) {
                continue;
            }
            // Only the first tick may be at or before the start.
            assertThat(tick.day()).as(view).isGreaterThan(start);
            double spacing = (tick.day() - row.get(i - 1).day()) * pxPerDay;
            assertThat(spacing).as("%s: %s after %s", view, tick, row.get(i - 1)).isGreaterThanOrEqualTo(Math.max(minSpacing, 1));
            boolean thinned = !unit.next(row.get(i - 1).date()).equals(tick.date());
            if (thinned) {
                // Skipping ticks is only for the coarsest unit, when even that one is too dense.
                assertThat(unit).as(view).isEqualTo(TickUnit.MILLENNIUM);
                assertThat(unit.shortestGapDays() * pxPerDay).as(view).isLessThan(Math.max(minSpacing, 1));
            }
        }
        if (!row.isEmpty()) {
            Tick first = row.get(0);
            LocalDate beforeFirst = unit.floor(first.date().minusDays(1));
            boolean nothingVisibleWasLeftOut = first.day() <= start || beforeFirst.getYear() < 1
                    || unit.shortestGapDays() * pxPerDay < Math.max(minSpacing, 1);
            assertThat(nothingVisibleWasLeftOut).as("%s starts late at %s", view, first).isTrue();
            LocalDate afterLast = unit.next(row.get(row.size() - 1).date());
            assertThat(afterLast.toEpochDay() >= end || afterLast.getYear() > 9999
                    || unit.shortestGapDays() * pxPerDay < Math.max(minSpacing, 1))
                    .as("%s stops early at %s", view, row.get(row.size() - 1)).isTrue();
        }
    }
}
