package org.hawliyat.timeline;

import java.time.DateTimeException;
import java.time.chrono.HijrahChronology;
import java.time.chrono.HijrahDate;
import java.time.temporal.ChronoField;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Ticks for a second axis row in the Umm al-Qura calendar ({@link HijrahChronology#INSTANCE}): the
 * starts of Hijri months, years, or groups of years when zoomed out. The chronology only has data
 * for a few centuries (about 1300–1600 AH, 1882–2174 CE), so outside those there are no ticks.
 *
 * <p>The first day of every supported month is read once into a table; after that a call only
 * searches and steps through that table, so it is cheap enough for every frame and cannot meet the
 * chronology's edges (where it throws, not always a {@link DateTimeException}).
 */
public final class HijriTicks {

    /** The steps of the Hijri row, finest first; years are aligned to multiples of the step. */
    public enum Unit {
        MONTH(1),
        /** Muharram, Rabi al-Thani, Rajab, Shawwal. */
        QUARTER(3),
        YEAR(12),
        TWO_YEARS(2 * 12),
        FIVE_YEARS(5 * 12),
        DECADE(10 * 12),
        TWENTY_YEARS(20 * 12),
        FIFTY_YEARS(50 * 12),
        CENTURY(100 * 12);

        private final int months;

        Unit(int months) {
            this.months = months;
        }

        /** The length of one step in months. */
        public int months() {
            return months;
        }

        /** Whether ticks of this unit are at year starts and are labelled by the year alone. */
        public boolean countsYears() {
            return months >= 12;
        }

        /** The shortest gap, in days, between two neighbouring ticks within the supported range. */
        public int shortestGapDays() {
            return MONTHS.shortestGapDays(this);
        }
    }

    /**
     * A tick at the first day of a Hijri month or year.
     *
     * @param day   the epoch day ({@code LocalDate.toEpochDay()}) of that first day
     * @param year  the Hijri year
     * @param month the Hijri month 1–12 for month ticks, 0 for ticks of a year unit
     * @param unit  the unit the tick was made for
     */
    public record HijriTick(double day, int year, int month, Unit unit) {
        public HijriTick {
            Objects.requireNonNull(unit, "unit");
        }
    }

    private static final MonthTable MONTHS = MonthTable.read(HijrahChronology.INSTANCE);

    /** Below this a spacing means nothing on a screen; it also keeps the tick count finite. */
    private static final double SMALLEST_SPACING_PX = 1;

    /**
     * Ticks at the starts of Hijri months or years in [{@code startDay}, {@code endDay}), plus the
     * one at or before {@code startDay} (as {@link TickGenerator} does, so the first label's context
     * is known), at least {@code minSpacingPx} apart and so never more than {@code width /
     * minSpacingPx + 2}. Empty where the chronology has no data or the range is empty or not
     * finite; never throws.
     */
    public List<HijriTick> ticks(double startDay, double endDay, double pxPerDay, double minSpacingPx) {
        if (MONTHS.isEmpty() || !Double.isFinite(startDay) || !Double.isFinite(endDay) || !(endDay > startDay)
                || !(pxPerDay > 0) || Double.isInfinite(pxPerDay)
                || endDay <= firstSupportedDay() || startDay >= lastSupportedDay() + 1) {
            return List.of();
        }
        double spacingPx = effectiveSpacing(minSpacingPx);
        Unit unit = unitFor(pxPerDay, spacingPx);
        int stepMonths = unit.months() * strideFor(unit, pxPerDay, spacingPx);

        List<HijriTick> ticks = new ArrayList<>();
        int index = MONTHS.alignDown(MONTHS.indexAtOrBefore(startDay), stepMonths);
        if (index < 0) {
            index += stepMonths; // the aligned tick before the data's first month is unknown
        }
        for (; index < MONTHS.size() && MONTHS.startDay(index) < endDay; index += stepMonths) {
            int year = MONTHS.year(index);
            int month = unit.countsYears() ? 0 : MONTHS.month(index);
            ticks.add(new HijriTick(MONTHS.startDay(index), year, month, unit));
        }
        return ticks;
    }

    /** The finest unit whose ticks are at least {@code minSpacingPx} apart; the coarsest when none is. */
    public static Unit unitFor(double pxPerDay, double minSpacingPx) {
        double spacingPx = effectiveSpacing(minSpacingPx);
        if (pxPerDay > 0) {
            for (Unit unit : Unit.values()) {
                if (unit.shortestGapDays() * pxPerDay >= spacingPx) {
                    return unit;
                }
            }
        }
        return Unit.CENTURY;
    }

    /** The epoch day of the first day the chronology has data for. */
    public static long firstSupportedDay() {
        return MONTHS.firstDay();
    }

    /** The epoch day of the last day the chronology has data for. */
    public static long lastSupportedDay() {
        return MONTHS.endDay() - 1;
    }

    private static double effectiveSpacing(double minSpacingPx) {
        return minSpacingPx >= SMALLEST_SPACING_PX ? minSpacingPx : SMALLEST_SPACING_PX;
    }

    /** How many centuries to step when even centuries are too close (3 of them on a few pixels). */
    private static int strideFor(Unit unit, double pxPerDay, double spacingPx) {
        double gapPx = unit.shortestGapDays() * pxPerDay;
        if (gapPx >= spacingPx) {
            return 1;
        }
        // A stride past the supported years leaves at most the one tick at the first aligned year.
        return (int) Math.min(Math.ceil(spacingPx / gapPx), 100);
    }

    /**
     * The first day of every month the chronology supports, in order, indexed from the first
     * month of its first year, with one more entry for the day after its last month.
     */
    private static final class MonthTable {
        private final int firstYear;
        private final long[] starts;
        private final int[] shortestGaps = new int[Unit.values().length];

        private MonthTable(int firstYear, long[] starts) {
            this.firstYear = firstYear;
            this.starts = starts;
            for (Unit unit : Unit.values()) {
                shortestGaps[unit.ordinal()] = measureShortestGap(unit.months());
            }
        }

        static MonthTable read(HijrahChronology chronology) {
            int firstYear = 0;
            long[] starts = new long[0];
            try {
                firstYear = Math.toIntExact(chronology.range(ChronoField.YEAR).getMinimum());
                int lastYear = Math.toIntExact(chronology.range(ChronoField.YEAR).getMaximum());
                starts = new long[(lastYear - firstYear + 1) * 12 + 1];
                int count = 0;
                HijrahDate last = null;
                // The range may promise more than the data holds: keep the months that convert.
                try {
                    for (int year = firstYear; year <= lastYear; year++) {
                        for (int month = 1; month <= 12; month++) {
                            last = chronology.date(year, month, 1);
                            starts[count++] = last.toEpochDay();
                        }
                    }
                } catch (RuntimeException beyondTheData) {
                    // DateTimeException, or ArrayIndexOutOfBoundsException just past the last year.
                }
                if (last == null) {
                    return new MonthTable(firstYear, new long[0]);
                }
                starts[count++] = last.toEpochDay() + last.lengthOfMonth();
                starts = Arrays.copyOf(starts, count);
            } catch (RuntimeException noData) {
                starts = new long[0];
            }
            return new MonthTable(firstYear, starts);
        }

        boolean isEmpty() {
            return starts.length < 2;
        }

        /** The number of months (the sentinel entry is not one). */
        int size() {
            return Math.max(starts.length - 1, 0);
        }

        long firstDay() {
            return isEmpty() ? 0 : starts[0];
        }

        long endDay() {
            return isEmpty() ? 0 : starts[starts.length - 1];
        }

        long startDay(int index) {
            return starts[index];
        }

        int year(int index) {
            return firstYear + index / 12;
        }

        int month(int index) {
            return index % 12 + 1;
        }

        /** The month containing {@code day}, clamped to the table's first and last month. */
        int indexAtOrBefore(double day) {
            int found = Arrays.binarySearch(starts, 0, size(), (long) Math.floor(day));
            int index = found >= 0 ? found : -found - 2;
            return Math.max(index, 0);
        }

        /** The last index at or before {@code index} whose month begins a step, counted from year 0 AH. */
        int alignDown(int index, int stepMonths) {
            long monthsSinceEpoch = (long) firstYear * 12 + index;
            return (int) (Math.floorDiv(monthsSinceEpoch, stepMonths) * stepMonths - (long) firstYear * 12);
        }

        int shortestGapDays(Unit unit) {
            return shortestGaps[unit.ordinal()];
        }

        private int measureShortestGap(int stepMonths) {
            long shortest = Long.MAX_VALUE;
            int first = alignDown(0, stepMonths);
            if (first < 0) {
                first += stepMonths;
            }
            for (int i = first; i + stepMonths < starts.length; i += stepMonths) {
                shortest = Math.min(shortest, starts[i + stepMonths] - starts[i]);
            }
            // Too few ticks to measure (coarse units): no two of them can crowd each other.
            return shortest == Long.MAX_VALUE ? 29 * stepMonths : (int) shortest;
        }
    }
}
