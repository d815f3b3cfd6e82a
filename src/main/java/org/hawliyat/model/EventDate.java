package org.hawliyat.model;

import java.util.Objects;

/**
 * When something happened, as far as it is known: a partial date, whether it is approximate, and a
 * note saying why (for example how a relative date such as "October last year" was resolved).
 */
public record EventDate(PartialDate date, boolean approximate, String note) implements Comparable<EventDate> {

    public EventDate {
        Objects.requireNonNull(date, "date");
        note = Text.blankToNull(note);
    }

    public static EventDate exact(PartialDate date) {
        return new EventDate(date, false, null);
    }

    public static EventDate parse(String iso) {
        return exact(PartialDate.parse(iso));
    }

    public DatePrecision precision() {
        return date.precision();
    }

    @Override
    public int compareTo(EventDate other) {
        return date.compareTo(other.date);
    }
}
