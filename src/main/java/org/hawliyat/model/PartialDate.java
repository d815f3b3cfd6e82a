package org.hawliyat.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;

/**
 * A Gregorian date known to the year, the month or the day. Its ISO form ({@code 1993},
 * {@code 1993-07}, {@code 1993-07-01}) is as long as its precision, so ISO strings of partial
 * dates sort in time order.
 */
public final class PartialDate implements Comparable<PartialDate> {

    private final int year;
    private final int month;
    private final int day;
    private final DatePrecision precision;
    /** The first day covered, as an epoch day: kept because sorting compares it very often. */
    private final long firstEpochDay;

    private PartialDate(int year, int month, int day, DatePrecision precision) {
        this.year = year;
        this.month = month;
        this.day = day;
        this.precision = precision;
        this.firstEpochDay = LocalDate.of(year, Math.max(month, 1), Math.max(day, 1)).toEpochDay();
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
            throw new IllegalArgumentException(iso(year, month, day) + " is not a real date", e);
        }
        return new PartialDate(year, month, day, DatePrecision.DAY);
    }

    public static PartialDate of(LocalDate date) {
        return ofDay(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    }

    /**
     * Parses {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}. Arabic-Indic and Persian digits
     * are read as the same numbers: earlier versions wrote them into databases and data files under
     * an Arabic default locale, and those must stay readable.
     *
     * @throws IllegalArgumentException with a message fit for a user when the text is not such a date
     */
    public static PartialDate parse(String iso) {
        if (iso == null) {
            throw new IllegalArgumentException("the date is missing");
        }
        String text = iso.trim();
        // a plain scan rather than a regular expression: the store parses every date it reads
        int length = text.length();
        boolean shaped = (length == 4 || length == 7 || length == 10) && digits(text, 0, 4)
                && (length < 7 || (text.charAt(4) == '-' && digits(text, 5, 7)))
                && (length < 10 || (text.charAt(7) == '-' && digits(text, 8, 10)));
        if (!shaped) {
            throw new IllegalArgumentException("\"" + iso + "\" is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD");
        }
        int year = number(text, 0, 4);
        if (length == 4) {
            return ofYear(year);
        }
        int month = number(text, 5, 7);
        if (length == 7) {
            return ofMonth(year, month);
        }
        return ofDay(year, month, number(text, 8, 10));
    }

    private static boolean digits(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (AsciiDigits.valueOf(s.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    private static int number(String s, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            value = value * 10 + AsciiDigits.valueOf(s.charAt(i));
        }
        return value;
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
        return LocalDate.ofEpochDay(firstEpochDay);
    }

    /** {@link #firstDay()} as an epoch day. */
    public long firstEpochDay() {
        return firstEpochDay;
    }

    /** The last day this date may stand for. */
    public LocalDate lastDay() {
        return switch (precision) {
            case YEAR -> LocalDate.of(year, 12, 31);
            case MONTH -> YearMonth.of(year, month).atEndOfMonth();
            case DAY -> LocalDate.of(year, month, day);
        };
    }

    /** The ISO form, always in ASCII digits: it is machine text, whatever the default locale. */
    public String toIso() {
        return switch (precision) {
            case YEAR -> iso(year);
            case MONTH -> iso(year, month);
            case DAY -> iso(year, month, day);
        };
    }

    /** {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}: as many parts as given. */
    private static String iso(int... parts) {
        StringBuilder iso = new StringBuilder(10);
        for (int i = 0; i < parts.length; i++) {
            String digits = Integer.toString(parts[i]); // ASCII in every locale, unlike String.format
            int width = i == 0 ? 4 : 2;
            iso.append(i == 0 ? "" : "-").append("0".repeat(Math.max(0, width - digits.length()))).append(digits);
        }
        return iso.toString();
    }

    /** Time order: by first day, then the more precise date first. */
    @Override
    public int compareTo(PartialDate other) {
        int byStart = Long.compare(firstEpochDay, other.firstEpochDay);
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
