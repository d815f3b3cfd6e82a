package org.hawliyat.timeline;

import java.time.LocalDate;
import org.hawliyat.model.DatePrecision;
import org.hawliyat.model.Event;
import org.hawliyat.model.EventDate;

/**
 * One event as the timeline draws it: the days it covers, how, and where it sits in time order.
 *
 * @param order  its position in time order across the whole timeline
 * @param start  first day covered (epoch day)
 * @param end    the day after the last day covered
 */
public record TimelineItem(Event event, int order, double start, double end, SpanKind kind,
                           boolean approximate) {

    /** The span an event covers: a day, its month or year, or its start to its end. */
    public static TimelineItem of(Event event, int order) {
        EventDate s = event.start();
        LocalDate first = s.date().firstDay();
        LocalDate last = event.end() != null ? event.end().date().lastDay() : s.date().lastDay();
        SpanKind kind = event.end() != null ? SpanKind.BAR
                : s.precision() == DatePrecision.DAY ? SpanKind.POINT : SpanKind.SOFT;
        boolean approximate = s.approximate() || (event.end() != null && event.end().approximate());
        return new TimelineItem(event, order, first.toEpochDay(), last.toEpochDay() + 1.0, kind, approximate);
    }

    public String id() {
        return event.id();
    }
}
