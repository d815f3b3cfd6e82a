package org.hawliyat.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Gregorian date known to the year, the month or the day. Its ISO form ({@code 1993},
 * {@code 1993-07}, {@code 1993-07-01}) is as long as its precision, so ISO strings of partial
 * dates sort in time order.
 */
public final class PartialDate implements Comparable<PartialDate> {

    private static final Pattern ISO = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

    private final int year;
    private final int month;
    private final int day;
    private final DatePrecision precision;

    private PartialDate(int year, int month, int day, DatePrecision precision) {
        this.year = year;
        this.month = month;
        this.day = day;
        this.precision = precision;
    }

    public static PartialDate ofYear(int year) {
        checkYear(year);
        return new PartialDate(year, 0, 0, DatePrecision.YEAR);
    }

    public static PartialDate ofMonth(int year, int month) {
        checkYear(year);
        if (month < 1 || month > 12) {
            throw new IllegalArgumentException("month " + month + " does not exist");
        }
        return new PartialDate(year, month, 0, DatePrecision.MONTH);
    }

    public static PartialDate ofDay(int year, int month, int day) {
        checkYear(year);
        try {
            LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException(String.format("%04d-%02d-%02d is not a real date", year, month, day), e);
        }
        return new PartialDate(year, month, day, DatePrecision.DAY);
    }

    public static PartialDate of(LocalDate date) {
        return ofDay(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    }

    /**
     * Parses {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}.
     *
     * @throws IllegalArgumentException with a message fit for a user when the text is not such a date
     */
    public static PartialDate parse(String iso) {
        if (iso == null) {
            throw new IllegalArgumentException("the date is missing");
        }
        Matcher m = ISO.matcher(iso.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("\"" + iso + "\" is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD");
        }
        int year = Integer.parseInt(m.group(1));
        if (m.group(2) == null) {
            return ofYear(year);
        }
        int month = Integer.parseInt(m.group(2));
        if (m.group(3) == null) {
            return ofMonth(year, month);
        }
        return ofDay(year, month, Integer.parseInt(m.group(3)));
    }

    private static void checkYear(int year) {
        if (year < 1 || year > 9999) {
            throw new IllegalArgumentException("year " + year + " is outside 1 to 9999");
        }
    }

    public int year() {
        return year;
    }

    /** The month 1–12, or 0 when only the year is known. */
    public int month() {
        return month;
    }

    /** The day of the month, or 0 when the day is not known. */
    public int day() {
        return day;
    }

    public DatePrecision precision() {
        return precision;
    }

    /** The first day this date may stand for. */
    public LocalDate firstDay() {
        return switch (precision) {
            case YEAR -> LocalDate.of(year, 1, 1);
            case MONTH -> LocalDate.of(year, month, 1);
            case DAY -> LocalDate.of(year, month, day);
        };
    }

    /** The last day this date may stand for. */
    public LocalDate lastDay() {
        return switch (precision) {
            case YEAR -> LocalDate.of(year, 12, 31);
            case MONTH -> YearMonth.of(year, month).atEndOfMonth();
            case DAY -> LocalDate.of(year, month, day);
        };
    }

    public String toIso() {
        return switch (precision) {
            case YEAR -> String.format("%04d", year);
            case MONTH -> String.format("%04d-%02d", year, month);
            case DAY -> String.format("%04d-%02d-%02d", year, month, day);
        };
    }

    /** Time order: by first day, then the more precise date first. */
    @Override
    public int compareTo(PartialDate other) {
        int byStart = firstDay().compareTo(other.firstDay());
        return byStart != 0 ? byStart : other.precision.compareTo(precision);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PartialDate p && p.year == year && p.month == month && p.day == day;
    }

    @Override
    public int hashCode() {
        return Objects.hash(year, month, day);
    }

    @Override
    public String toString() {
        return toIso();
    }
}
