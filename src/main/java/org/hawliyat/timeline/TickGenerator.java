package org.hawliyat.timeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Chooses the unit of the time axis for a zoom level and lists its calendar-aligned ticks. Called
 * on every frame, so it only steps through the few dates it returns. Stateless and thread-safe.
 */
public final class TickGenerator {

    /** The first and last day the axis shows, as the rest of the app knows years 1 to 9999. */
    public static final LocalDate FIRST_DATE = LocalDate.of(1, 1, 1);
    public static final LocalDate LAST_DATE = LocalDate.of(9999, 12, 31);
    public static final long FIRST_DAY = FIRST_DATE.toEpochDay();
    public static final long LAST_DAY = LAST_DATE.toEpochDay();

    /** Below this a spacing means nothing on a screen; it also keeps the tick count finite. */
    private static final double SMALLEST_SPACING_PX = 1;

    /**
     * Calendar-aligned ticks covering [{@code startDay}, {@code endDay}): the minor unit is the
     * finest whose ticks are at least {@code minSpacingPx} apart, the major unit the one that gives
     * its labels context ({@link TickUnit#major()}). Each list includes the tick at or before
     * {@code startDay}, so the first label's context is known. There are never more than
     * {@code width / minSpacingPx + 2} minor ticks, where {@code width = (endDay - startDay) *
     * pxPerDay}. Dates outside 1-01-01 … 9999-12-31 are left out; a range wholly outside, empty or
     * not finite gives no ticks. Never throws.
     */
    public AxisTicks ticks(double startDay, double endDay, double pxPerDay, double minSpacingPx) {
        double spacingPx = effectiveSpacing(minSpacingPx);
        TickUnit minorUnit = unitFor(pxPerDay, spacingPx);
        if (!Double.isFinite(startDay) || !Double.isFinite(endDay) || !(endDay > startDay)
                || !(pxPerDay > 0) || Double.isInfinite(pxPerDay)
                || endDay <= FIRST_DAY || startDay >= LAST_DAY + 1) {
            return AxisTicks.none(minorUnit);
        }
        TickUnit majorUnit = minorUnit.major();
        int minorStride = strideFor(minorUnit, pxPerDay, spacingPx);
        int majorStride = Math.max(minorStride, strideFor(majorUnit, pxPerDay, spacingPx));
        return new AxisTicks(minorUnit, majorUnit,
                ticksOf(minorUnit, minorStride, startDay, endDay),
                ticksOf(majorUnit, majorStride, startDay, endDay));
    }

    /**
     * The finest unit whose ticks are at least {@code minSpacingPx} apart at this zoom; the
     * coarsest unit when none is (or when the zoom is not a positive number).
     */
    public static TickUnit unitFor(double pxPerDay, double minSpacingPx) {
        double spacingPx = effectiveSpacing(minSpacingPx);
        if (!(pxPerDay > 0)) {
            return TickUnit.MILLENNIUM;
        }
        for (TickUnit unit : TickUnit.values()) {
            if (unit.shortestGapDays() * pxPerDay >= spacingPx) {
                return unit;
            }
        }
        return TickUnit.MILLENNIUM;
    }

    private static double effectiveSpacing(double minSpacingPx) {
        return minSpacingPx >= SMALLEST_SPACING_PX ? minSpacingPx : SMALLEST_SPACING_PX;
    }

    /**
     * How many ticks of the unit to step over so that the kept ones are far enough apart: 1, except
     * when even millennia are too close (all of history on a few pixels). Kept ticks are then whole
     * multiples of the stride, so they stay put while the view pans.
     */
    private static int strideFor(TickUnit unit, double pxPerDay, double spacingPx) {
        double gapPx = unit.shortestGapDays() * pxPerDay;
        if (gapPx >= spacingPx || !unit.countsYears()) {
            return 1;
        }
        double stride = Math.ceil(spacingPx / gapPx);
        // From ten millennia on no multiple falls in years 1–9999: no ticks, whatever the stride.
        return stride > 10 ? 10 : (int) stride;
    }

    private static List<Tick> ticksOf(TickUnit unit, int stride, double startDay, double endDay) {
        long firstVisible = (long) Math.floor(Math.max(startDay, FIRST_DAY));
        LocalDate date = floor(unit, stride, LocalDate.ofEpochDay(Math.min(firstVisible, LAST_DAY)));
        List<Tick> ticks = new ArrayList<>();
        // The end is at most the day after LAST_DATE, so the loop stops within the calendar.
        double end = Math.min(endDay, LAST_DAY + 1.0);
        for (; date.toEpochDay() < end; date = next(unit, stride, date)) {
            if (!date.isBefore(FIRST_DATE)) {
                ticks.add(Tick.of(date, unit));
            }
        }
        return ticks;
    }

    /** The unit's floor, or with a stride (years only) the last year divisible by stride × step. */
    private static LocalDate floor(TickUnit unit, int stride, LocalDate date) {
        if (stride == 1) {
            return unit.floor(date);
        }
        int years = unit.step() * stride;
        return LocalDate.of(Math.floorDiv(date.getYear(), years) * years, 1, 1);
    }

    private static LocalDate next(TickUnit unit, int stride, LocalDate tick) {
        return stride == 1 ? unit.next(tick) : tick.plusYears((long) unit.step() * stride);
    }
}
