package org.hawliyat.model;

import java.util.Objects;

/** A country, identified by its ISO 3166-1 alpha-2 code. */
public record Country(String id, LocalizedText name) {
    public Country {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
    }
}
