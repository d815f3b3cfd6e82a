package org.hawliyat.timeline;

import java.time.LocalDate;

/**
 * The steps of the time axis, finest first. Every unit is aligned to the Gregorian calendar, so a
 * tick never moves while the view pans: years at 1 January of a year divisible by the step (decades
 * at 1990, 2000 …), months at the 1st of a month divisible by the step (quarters at January, April
 * …), and days at fixed days of the month (weeks at the 1st, 8th, 15th and 22nd), so that every
 * month starts with a tick and the day ticks line up with the month ticks above them.
 */
public enum TickUnit {
    /** Every day. */
    DAY(Kind.DAYS_OF_MONTH, 1, 1),
    /** Odd days of the month, skipping a last day of the month that would crowd the next 1st. */
    TWO_DAYS(Kind.DAYS_OF_MONTH, 2, 2),
    /** The 1st, 8th, 15th and 22nd; the last gap of a month is 7 to 10 days. */
    WEEK(Kind.DAYS_OF_MONTH, 7, 7),
    /** The 1st and 16th; the shortest gap is 16 to 28 February. */
    HALF_MONTH(Kind.DAYS_OF_MONTH, 15, 13),
    MONTH(Kind.MONTHS, 1, 28),
    /** January, April, July, October; the shortest quarter is January to March of a common year. */
    QUARTER(Kind.MONTHS, 3, 31 + 28 + 31),
    /** January and July; the shortest half is January to June of a common year. */
    HALF_YEAR(Kind.MONTHS, 6, 31 + 28 + 31 + 30 + 31 + 30),
    YEAR(Kind.YEARS, 1, 365),
    TWO_YEARS(Kind.YEARS, 2, 2 * 365),
    FIVE_YEARS(Kind.YEARS, 5, 5 * 365),
    DECADE(Kind.YEARS, 10, 10 * 365),
    TWENTY_YEARS(Kind.YEARS, 20, 20 * 365),
    FIFTY_YEARS(Kind.YEARS, 50, 50 * 365),
    CENTURY(Kind.YEARS, 100, 100 * 365),
    TWO_CENTURIES(Kind.YEARS, 200, 200 * 365),
    FIVE_CENTURIES(Kind.YEARS, 500, 500 * 365),
    MILLENNIUM(Kind.YEARS, 1000, 1000 * 365);

    /** What a step counts. */
    private enum Kind { DAYS_OF_MONTH, MONTHS, YEARS }

    private final Kind kind;
    private final int step;
    /** A lower bound of the gap between two neighbouring ticks (year steps ignore leap days). */
    private final int shortestGapDays;

    TickUnit(Kind kind, int step, int shortestGapDays) {
        this.kind = kind;
        this.step = step;
        this.shortestGapDays = shortestGapDays;
    }

    /** No two neighbouring ticks of this unit are closer than this many days. */
    public int shortestGapDays() {
        return shortestGapDays;
    }

    /** Whether the unit counts years (so its ticks are all on 1 January and a label is a year). */
    public boolean countsYears() {
        return kind == Kind.YEARS;
    }

    /** Whether the unit counts months (its ticks are on the 1st, labelled by month). */
    public boolean countsMonths() {
        return kind == Kind.MONTHS;
    }

    /** Whether the unit counts days within a month (labelled by the day of the month). */
    public boolean countsDays() {
        return kind == Kind.DAYS_OF_MONTH;
    }

    /** How many years, months or days one step is (the half month counts as 15 days). */
    public int step() {
        return step;
    }

    /**
     * The coarser unit whose ticks give the labels of this one their context: the month of a day,
     * the year of a month, the decade of a year, the century of a decade. The coarsest unit is its
     * own major unit.
     */
    public TickUnit major() {
        return switch (this) {
            case DAY, TWO_DAYS, WEEK, HALF_MONTH -> MONTH;
            case MONTH, QUARTER, HALF_YEAR -> YEAR;
            case YEAR, TWO_YEARS -> DECADE;
            case FIVE_YEARS, DECADE, TWENTY_YEARS, FIFTY_YEARS -> CENTURY;
            case CENTURY, TWO_CENTURIES, FIVE_CENTURIES, MILLENNIUM -> MILLENNIUM;
        };
    }

    /** The next finer unit, or this one when it is the finest. */
    public TickUnit finer() {
        return this == DAY ? DAY : values()[ordinal() - 1];
    }

    /** The next coarser unit, or this one when it is the coarsest. */
    public TickUnit coarser() {
        return this == MILLENNIUM ? MILLENNIUM : values()[ordinal() + 1];
    }

    /** Whether a tick of this unit falls on this date. */
    public boolean isTick(LocalDate date) {
        return floor(date).equals(date);
    }

    /**
     * The last tick at or before this date. It may fall before year 1 (for example year 0 for a
     * century); {@link LocalDate} holds such years, and the caller drops them.
     */
    public LocalDate floor(LocalDate date) {
        return switch (kind) {
            case YEARS -> LocalDate.of(Math.floorDiv(date.getYear(), step) * step, 1, 1);
            case MONTHS -> date.withDayOfMonth(1).withMonth((date.getMonthValue() - 1) / step * step + 1);
            case DAYS_OF_MONTH -> date.withDayOfMonth(floorDayOfMonth(date));
        };
    }

    /** The tick after this one; {@code tick} must be a tick of this unit. */
    public LocalDate next(LocalDate tick) {
        return switch (kind) {
            case YEARS -> tick.plusYears(step);
            case MONTHS -> tick.plusMonths(step);
            case DAYS_OF_MONTH -> {
                LocalDate sameMonth = tick.plusDays(step);
                boolean stillATick = sameMonth.getMonth() == tick.getMonth() && isDayTick(sameMonth);
                yield stillATick ? sameMonth : tick.withDayOfMonth(1).plusMonths(1);
            }
        };
    }

    private int floorDayOfMonth(LocalDate date) {
        int day = date.getDayOfMonth();
        int candidate = (day - 1) / step * step + 1;
        // A candidate dropped for crowding the next month (e.g. the 31st for TWO_DAYS) falls back a step.
        return isDayTick(date.withDayOfMonth(candidate)) ? candidate : candidate - step;
    }

    /** Day ticks sit at 1, 1 + step, 1 + 2 step …, except where the gap to the next 1st would be too short. */
    private boolean isDayTick(LocalDate date) {
        int day = date.getDayOfMonth();
        if ((day - 1) % step != 0) {
            return false;
        }
        int daysToNextMonth = date.lengthOfMonth() - day + 1;
        return day == 1 || daysToNextMonth >= shortestGapDays;
    }
}
