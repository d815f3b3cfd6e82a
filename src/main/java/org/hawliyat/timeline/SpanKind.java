package org.hawliyat.timeline;

/** How an event's date is drawn. */
public enum SpanKind {
    /** Known to the day, no end: a point. */
    POINT,
    /** Known only to the month or year: a soft span over the whole month or year. */
    SOFT,
    /** Has an end date: a bar from start to end. */
    BAR
}
