package org.hawliyat.store;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * An event form's unsaved content, as kept by {@link DraftStore}: whose (event id and editor), the
 * version the form was opened at (0 for a new event), when it was kept, and the form's fields as
 * text, named as {@code org.hawliyat.editing.DraftFields} names them (a missing value is null).
 */
public record StoredDraft(String eventId, String editor, long baseVersion, Instant savedAt, Map<String, String> fields) {

    public StoredDraft {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(editor, "editor");
        Objects.requireNonNull(savedAt, "savedAt");
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }
}
