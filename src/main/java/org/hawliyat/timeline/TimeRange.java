package org.hawliyat.timeline;

import java.time.LocalDate;

/**
 * A stretch of time in epoch days ({@link LocalDate#toEpochDay()}), end exclusive; fractions are
 * parts of a day. The timeline's geometry is computed on these numbers, in time order.
 */
public record TimeRange(double start, double end) {

    /** The first and last days LocalDate supports without overflow in our arithmetic. */
    public static final double MIN_DAY = LocalDate.of(1, 1, 1).toEpochDay();
    public static final double MAX_DAY = LocalDate.of(9999, 12, 31).toEpochDay();

    public TimeRange {
        if (!(end > start)) {
            throw new IllegalArgumentException("a time range must end after it starts: " + start + " to " + end);
        }
    }

    public static TimeRange of(LocalDate first, LocalDate lastInclusive) {
        return new TimeRange(first.toEpochDay(), lastInclusive.toEpochDay() + 1);
    }

    public double length() {
        return end - start;
    }

    public double middle() {
        return (start + end) / 2;
    }

    public boolean overlaps(double from, double to) {
        return to > start && from < end;
    }

    /** This range widened by a share of its length on each side. */
    public TimeRange padded(double share) {
        double pad = length() * share;
        return new TimeRange(start - pad, end + pad);
    }

    public LocalDate startDate() {
        return LocalDate.ofEpochDay((long) Math.floor(Math.max(MIN_DAY, start)));
    }

    public LocalDate endDate() {
        return LocalDate.ofEpochDay((long) Math.floor(Math.min(MAX_DAY, end)));
    }
}
