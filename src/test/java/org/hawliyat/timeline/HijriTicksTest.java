package org.hawliyat.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.chrono.HijrahChronology;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.hawliyat.timeline.HijriTicks.HijriTick;
import org.hawliyat.timeline.HijriTicks.Unit;
import org.junit.jupiter.api.Test;

class HijriTicksTest {

    private static final double WIDTH_PX = 1000;
    private static final double MIN_SPACING_PX = 60;

    private final HijriTicks hijri = new HijriTicks();

    private static double day(String iso) {
        return LocalDate.parse(iso).toEpochDay();
    }

    private List<HijriTick> view(double startDay, double days) {
        return hijri.ticks(startDay, startDay + days, WIDTH_PX / days, MIN_SPACING_PX);
    }

    @Test
    void ramadan1444AndTheNewYear1445FallWhereUmmAlQuraPutsThem() {
        List<HijriTick> ticks = view(day("2023-01-01"), 365);

        assertThat(ticks).allSatisfy(t -> assertThat(t.unit()).isEqualTo(Unit.MONTH));
        assertThat(ticks).contains(new HijriTick(day("2023-03-23"), 1444, 9, Unit.MONTH));
        assertThat(ticks).contains(new HijriTick(day("2023-07-19"), 1445, 1, Unit.MONTH));
    }

    @Test
    void aDecadeAcrossTheScreenShowsHijriYears() {
        List<HijriTick> ticks = view(day("2020-01-01"), 10 * 365.25);

        assertThat(ticks).isNotEmpty().allSatisfy(t -> {
            assertThat(t.unit()).isEqualTo(Unit.YEAR);
            assertThat(t.month()).isZero();
        });
        assertThat(ticks).contains(new HijriTick(day("2023-07-19"), 1445, 0, Unit.YEAR));
    }

    @Test
    void theUnitGetsFinerAsTheViewZoomsIn() {
        Unit previous = null;
        double centre = day("2000-01-01");
        for (double days = 1000 * 365.25; days >= 3; days *= 0.95) {
            Unit unit = HijriTicks.unitFor(WIDTH_PX / days, MIN_SPACING_PX);
            if (previous != null) {
                assertThat(unit.ordinal()).as("at %s days", days).isBetween(previous.ordinal() - 1, previous.ordinal());
            }
            previous = unit;
            checkInvariants(centre - days / 2, centre + days / 2, WIDTH_PX / days, MIN_SPACING_PX);
        }
        assertThat(HijriTicks.unitFor(WIDTH_PX / (1000 * 365.25), MIN_SPACING_PX)).isEqualTo(Unit.CENTURY);
        assertThat(previous).isEqualTo(Unit.MONTH);
    }

    @Test
    void noTicksWhereTheChronologyHasNoData() {
        assertThat(view(day("1700-01-01"), 365)).isEmpty();
        assertThat(view(day("2500-01-01"), 365)).isEmpty();
        assertThat(view(HijriTicks.firstSupportedDay() - 1000, 999)).isEmpty();
        assertThat(view(HijriTicks.lastSupportedDay() + 1, 1000)).isEmpty();
    }

    @Test
    void aViewAcrossTheEdgeOfTheDataGetsTheTicksThatExist() {
        double first = HijriTicks.firstSupportedDay();
        List<HijriTick> atStart = view(first - 200, 400);
        assertThat(atStart).isNotEmpty();
        assertThat(atStart.get(0).day()).isEqualTo(first);
        assertThat(atStart.get(0).year()).isEqualTo(HijrahChronology.INSTANCE.range(java.time.temporal.ChronoField.YEAR).getMinimum());

        double last = HijriTicks.lastSupportedDay();
        List<HijriTick> atEnd = view(last - 200, 400);
        assertThat(atEnd).isNotEmpty();
        assertThat(atEnd.get(atEnd.size() - 1).day()).isLessThanOrEqualTo(last);
        assertThat(atEnd.get(atEnd.size() - 1).month()).isEqualTo(12);
    }

    @Test
    void randomViewsNeverThrowAndKeepEveryInvariant() {
        for (long seed = 0; seed < 300; seed++) {
            Random random = new Random(seed);
            for (int i = 0; i < 30; i++) {
                double start = -120_000 + random.nextDouble() * 300_000;
                double days = Math.pow(10, -1 + random.nextDouble() * 6.5);
                double width = 1 + random.nextDouble() * 3000;
                double minSpacing = random.nextDouble() * 200;
                checkInvariants(start, start + days, width / days, minSpacing);
            }
        }
    }

    @Test
    void badArgumentsGiveNoTicks() {
        double start = day("2023-01-01");
        for (double odd : new double[] {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY}) {
            assertThat(hijri.ticks(odd, start + 100, 10, 60)).isEmpty();
            assertThat(hijri.ticks(start, odd, 10, 60)).isEmpty();
            assertThat(hijri.ticks(start, start + 100, odd, 60)).isEmpty();
        }
        assertThat(hijri.ticks(start, start + 100, 0, 60)).isEmpty();
        assertThat(hijri.ticks(start, start, 10, 60)).isEmpty();
        assertThat(hijri.ticks(start, start + 100, 10, Double.NaN)).isNotEmpty();
    }

    private void checkInvariants(double start, double end, double pxPerDay, double minSpacing) {
        String view = String.format(Locale.ROOT, "view [%s, %s) at %s px/day, spacing %s", start, end, pxPerDay, minSpacing);
        List<HijriTick> ticks;
        try {
            ticks = hijri.ticks(start, end, pxPerDay, minSpacing);
        } catch (RuntimeException e) {
            throw new AssertionError(view + " threw", e);
        }
        double spacing = Math.max(minSpacing, 1);
        double width = (end - start) * pxPerDay;
        assertThat(ticks.size()).as(view).isLessThanOrEqualTo((int) Math.floor(width / spacing + 2));
        Unit unit = HijriTicks.unitFor(pxPerDay, minSpacing);
        for (int i = 0; i < ticks.size(); i++) {
            HijriTick tick = ticks.get(i);
            assertThat(tick.unit()).as(view).isEqualTo(unit);
            // Checked against the chronology itself, not against the table the ticks come from.
            int month = tick.month() == 0 ? 1 : tick.month();
            assertThat(tick.day()).as("%s: %s", view, tick)
                    .isEqualTo((double) HijrahChronology.INSTANCE.date(tick.year(), month, 1).toEpochDay());
            if (unit.countsYears()) {
                assertThat(tick.month()).as(view).isZero();
                assertThat(tick.year() % (unit.months() / 12)).as("%s: %s", view, tick).isZero();
            } else {
                assertThat((tick.month() - 1) % unit.months()).as("%s: %s", view, tick).isZero();
            }
            assertThat(tick.day()).as(view).isLessThan(end);
            if (i > 0) {
                assertThat(tick.day()).as(view).isGreaterThan(start);
                assertThat((tick.day() - ticks.get(i - 1).day()) * pxPerDay).as("%s: %s", view, tick)
                        .isGreaterThanOrEqualTo(spacing);
            }
        }
    }
}
