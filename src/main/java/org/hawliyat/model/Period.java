package org.hawliyat.model;

import java.util.Objects;

/** A span of time such as a head of state's term, drawn as a band behind events. */
public record Period(String id, LocalizedText name, PartialDate start, PartialDate end,
                     String personId, String countryId, String note) {
    public Period {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(start, "start");
        note = Text.blankToNull(note);
    }

    public boolean isOngoing() {
        return end == null;
    }
}
