package org.hawliyat.model;

import java.util.Objects;

/** A person's part in one event, with the role they had in it. */
public record Participant(String personId, LocalizedText role) {
    public Participant {
        Objects.requireNonNull(personId, "personId");
        role = role == null ? LocalizedText.EMPTY : role;
    }
}
