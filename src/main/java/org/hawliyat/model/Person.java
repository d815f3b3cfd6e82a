package org.hawliyat.model;

import java.util.Objects;

/** A person who takes part in events. */
public record Person(String id, LocalizedText name) {
    public Person {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
    }
}
