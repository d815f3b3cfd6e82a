package org.hawliyat.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One dated event of diplomatic history. {@code version} and {@code modified} support safe
 * editing: a save names the version it started from.
 */
public record Event(String id, String typeId, EventDate start, EventDate end,
                    LocalizedText title, LocalizedText summary,
                    List<String> countryIds, String placeId, List<Participant> people,
                    List<SourceRef> sources, long version, Instant modified) implements Comparable<Event> {

    public Event {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(typeId, "typeId");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(modified, "modified");
        summary = summary == null ? LocalizedText.EMPTY : summary;
        countryIds = List.copyOf(countryIds == null ? List.of() : countryIds);
        people = List.copyOf(people == null ? List.of() : people);
        sources = List.copyOf(sources == null ? List.of() : sources);
    }

    /** The same event at another version, saved at {@code modified}: how a store stamps a save. */
    public Event withVersion(long version, Instant modified) {
        return new Event(id, typeId, start, end, title, summary, countryIds, placeId, people, sources, version, modified);
    }

    /** Time order: by start date, then by id so that the order is stable. */
    @Override
    public int compareTo(Event other) {
        int byDate = start.compareTo(other.start);
        return byDate != 0 ? byDate : id.compareTo(other.id);
    }
}
