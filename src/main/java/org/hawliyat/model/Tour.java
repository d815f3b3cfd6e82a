package org.hawliyat.model;

import java.util.List;
import java.util.Objects;

/**
 * An ordered, titled walk through some events, for a class: "Thirty years of Qatar–Kazakhstan
 * relations". Each stop is an event with an optional note for the teacher to say there.
 */
public record Tour(String id, LocalizedText title, List<Stop> stops) {

    /** One stop: the event, and an optional note in either language. */
    public record Stop(String eventId, LocalizedText note) {
        public Stop {
            Objects.requireNonNull(eventId, "eventId");
            note = note == null ? LocalizedText.EMPTY : note;
        }
    }

    public Tour {
        Objects.requireNonNull(id, "id");
        title = title == null ? LocalizedText.EMPTY : title;
        stops = List.copyOf(stops == null ? List.of() : stops);
    }
}
