package org.hawliyat.app;

import java.io.IOException;
import java.io.InputStream;
import org.hawliyat.io.CatalogueJson;
import org.hawliyat.io.DataFileException;
import org.hawliyat.model.Catalogue;

/** The curated dataset shipped in the jar ({@code data/catalogue.json}), loaded into every new database. */
public final class CuratedData {

    static final String RESOURCE = "/data/catalogue.json";

    private CuratedData() {
    }

    public static Catalogue load() {
        try (InputStream in = CuratedData.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The curated dataset " + RESOURCE + " is missing from the application.");
            }
            return new CatalogueJson().read(in, "the curated dataset " + RESOURCE);
        } catch (IOException | DataFileException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }
}
