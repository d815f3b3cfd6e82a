package org.hawliyat.store;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * One field's change in one saved version of a record: when, by whom, the field (as named by
 * {@link org.hawliyat.model.EventFields}, or {@code deleted} for moving to and from the trash), and
 * its value before and after (null when absent).
 */
public record HistoryEntry(String recordId, long version, Instant at, String editor, String field,
                           String before, String after) {

    /** The fields whose values are dates (events' and articles'): machine text, ISO in ASCII digits. */
    public static final Set<String> DATE_FIELDS = Set.of("date", "end", "published");

    public HistoryEntry {
        Objects.requireNonNull(recordId, "recordId");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(editor, "editor");
        Objects.requireNonNull(field, "field");
    }
}
