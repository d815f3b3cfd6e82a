package org.hawliyat.model;

import java.util.Objects;

/** A city or site, optionally in a country. */
public record Place(String id, LocalizedText name, String countryId) {
    public Place {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
    }
}
