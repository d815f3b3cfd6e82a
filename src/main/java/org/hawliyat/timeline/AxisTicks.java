package org.hawliyat.timeline;

import java.util.List;
import java.util.Objects;

/**
 * The ticks of one view of the axis: minor ticks to label one by one, and major ticks (a coarser
 * unit) that give those labels their context, such as the year above a row of months. Both lists
 * are in time order and start with the tick at or before the start of the view, when there is one.
 */
public record AxisTicks(TickUnit minorUnit, TickUnit majorUnit, List<Tick> minor, List<Tick> major) {

    public AxisTicks {
        Objects.requireNonNull(minorUnit, "minorUnit");
        Objects.requireNonNull(majorUnit, "majorUnit");
        minor = List.copyOf(minor);
        major = List.copyOf(major);
    }

    /** Ticks of these units for a view that shows no date (empty, or wholly outside years 1–9999). */
    public static AxisTicks none(TickUnit minorUnit) {
        return new AxisTicks(minorUnit, minorUnit.major(), List.of(), List.of());
    }

    public boolean isEmpty() {
        return minor.isEmpty() && major.isEmpty();
    }
}
