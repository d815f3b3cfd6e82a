package org.hawliyat.timeline;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A mark on the time axis: the first moment of {@code date}, which is {@code day} in epoch days.
 *
 * @param day  {@code date.toEpochDay()}, the axis coordinate
 * @param date the calendar date the tick stands for
 * @param unit the unit the tick was made for (it may also be a tick of coarser units)
 */
public record Tick(double day, LocalDate date, TickUnit unit) {

    public Tick {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(unit, "unit");
    }

    public static Tick of(LocalDate date, TickUnit unit) {
        return new Tick(date.toEpochDay(), date, unit);
    }
}
