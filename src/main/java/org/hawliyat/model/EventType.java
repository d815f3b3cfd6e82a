package org.hawliyat.model;

import java.util.Objects;

/** A kind of event. Types are data: the catalogue defines them, and adding one needs no code. */
public record EventType(String id, LocalizedText name) {
    public EventType {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
    }
}
