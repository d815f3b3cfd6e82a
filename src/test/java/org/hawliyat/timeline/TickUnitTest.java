package org.hawliyat.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TickUnitTest {

    /** The Gregorian calendar repeats every 400 years, so one cycle shows every month shape. */
    private static final LocalDate CYCLE_START = LocalDate.of(2000, 1, 1);
    private static final LocalDate CYCLE_END = LocalDate.of(2400, 1, 1);

    @Test
    void floorIsTheLastTickAtOrBeforeAndNextIsTheFirstTickAfter() {
        Random random = new Random(7);
        for (TickUnit unit : TickUnit.values()) {
            for (int i = 0; i < 2_000; i++) {
                LocalDate date = LocalDate.ofEpochDay(TickGenerator.FIRST_DAY
                        + random.nextInt((int) (TickGenerator.LAST_DAY - TickGenerator.FIRST_DAY + 1)));
                LocalDate floor = unit.floor(date);
                LocalDate next = unit.next(floor);
                assertThat(floor).as("%s floor of %s", unit, date).isBeforeOrEqualTo(date);
                assertThat(next).as("%s next after %s", unit, date).isAfter(date);
                assertThat(unit.isTick(floor)).as("%s %s", unit, floor).isTrue();
                assertThat(unit.isTick(next)).as("%s %s", unit, next).isTrue();
                assertThat(isAligned(unit, floor)).as("%s %s", unit, floor).isTrue();
            }
        }
    }

    @Test
    void dayAndMonthUnitsStepThroughEveryTickOfAFourHundredYearCycle() {
        for (TickUnit unit : TickUnit.values()) {
            if (unit.countsYears()) {
                continue;
            }
            LocalDate expectedNext = unit.floor(CYCLE_START);
            for (LocalDate day = CYCLE_START; day.isBefore(CYCLE_END); day = day.plusDays(1)) {
                boolean aligned = isAligned(unit, day);
                assertThat(unit.isTick(day)).as("%s %s", unit, day).isEqualTo(aligned);
                if (day.isAfter(expectedNext)) {
                    throw new AssertionError(unit + " skipped the tick " + expectedNext);
                }
                if (aligned) {
                    assertThat(day).as("%s", unit).isEqualTo(expectedNext);
                    LocalDate next = unit.next(day);
                    assertThat(next.toEpochDay() - day.toEpochDay()).as("%s gap after %s", unit, day)
                            .isGreaterThanOrEqualTo(unit.shortestGapDays());
                    expectedNext = next;
                }
            }
        }
    }

    @Test
    void yearUnitsAreNeverCloserThanTheirShortestGapFromYearOneToTenThousand() {
        for (TickUnit unit : TickUnit.values()) {
            if (!unit.countsYears()) {
                continue;
            }
            for (LocalDate tick = unit.floor(TickGenerator.FIRST_DATE); tick.getYear() <= 9999; tick = unit.next(tick)) {
                assertThat(unit.next(tick).toEpochDay() - tick.toEpochDay()).as("%s after %s", unit, tick)
                        .isGreaterThanOrEqualTo(unit.shortestGapDays());
            }
        }
    }

    @Test
    void everyMajorTickIsAlsoAMinorTickSoTheRowsLineUp() {
        for (TickUnit unit : TickUnit.values()) {
            TickUnit major = unit.major();
            assertThat(major.ordinal()).as("%s", unit).isGreaterThanOrEqualTo(unit.ordinal());
            for (LocalDate tick = major.floor(CYCLE_START); tick.isBefore(CYCLE_END); tick = major.next(tick)) {
                assertThat(unit.isTick(tick)).as("%s major tick %s as %s", major, tick, unit).isTrue();
            }
        }
    }

    @Test
    void unitsAreOrderedFromFinestToCoarsest() {
        TickUnit[] units = TickUnit.values();
        for (int i = 1; i < units.length; i++) {
            assertThat(units[i].shortestGapDays()).isGreaterThan(units[i - 1].shortestGapDays());
            assertThat(units[i].finer()).isEqualTo(units[i - 1]);
            assertThat(units[i - 1].coarser()).isEqualTo(units[i]);
        }
        assertThat(TickUnit.DAY.finer()).isEqualTo(TickUnit.DAY);
        assertThat(TickUnit.MILLENNIUM.coarser()).isEqualTo(TickUnit.MILLENNIUM);
    }

    @Test
    void familiarUnitsTakeTheirContextFromTheNaturalCoarserOne() {
        assertThat(TickUnit.DAY.major()).isEqualTo(TickUnit.MONTH);
        assertThat(TickUnit.MONTH.major()).isEqualTo(TickUnit.YEAR);
        assertThat(TickUnit.YEAR.major()).isEqualTo(TickUnit.DECADE);
        assertThat(TickUnit.DECADE.major()).isEqualTo(TickUnit.CENTURY);
    }

    /** The alignment rules, written out independently of TickUnit's arithmetic. */
    static boolean isAligned(TickUnit unit, LocalDate date) {
        int day = date.getDayOfMonth();
        int daysLeftInMonth = date.lengthOfMonth() - day;
        return switch (unit) {
            case DAY -> true;
            case TWO_DAYS -> day % 2 == 1 && (day == 1 || daysLeftInMonth >= 1);
            case WEEK -> day == 1 || day == 8 || day == 15 || day == 22;
            case HALF_MONTH -> day == 1 || day == 16;
            case MONTH -> day == 1;
            case QUARTER -> day == 1 && (date.getMonthValue() - 1) % 3 == 0;
            case HALF_YEAR -> day == 1 && (date.getMonthValue() == 1 || date.getMonthValue() == 7);
            case YEAR -> date.getDayOfYear() == 1;
            case TWO_YEARS -> date.getDayOfYear() == 1 && date.getYear() % 2 == 0;
            case FIVE_YEARS -> date.getDayOfYear() == 1 && date.getYear() % 5 == 0;
            case DECADE -> date.getDayOfYear() == 1 && date.getYear() % 10 == 0;
            case TWENTY_YEARS -> date.getDayOfYear() == 1 && date.getYear() % 20 == 0;
            case FIFTY_YEARS -> date.getDayOfYear() == 1 && date.getYear() % 50 == 0;
            case CENTURY -> date.getDayOfYear() == 1 && date.getYear() % 100 == 0;
            case TWO_CENTURIES -> date.getDayOfYear() == 1 && date.getYear() % 200 == 0;
            case FIVE_CENTURIES -> date.getDayOfYear() == 1 && date.getYear() % 500 == 0;
            case MILLENNIUM -> date.getDayOfYear() == 1 && date.getYear() % 1000 == 0;
        };
    }
}
