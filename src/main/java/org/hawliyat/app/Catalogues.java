package org.hawliyat.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.hawliyat.model.Catalogue;
import org.hawliyat.store.CatalogueStore;
import org.hawliyat.store.sqlite.SqliteCatalogueStore;

/** Opening the catalogue, and combining catalogues record by record. */
public final class Catalogues {

    private Catalogues() {
    }

    /**
     * Opens (creating and migrating as needed) the database, and fills a new one with the curated
     * dataset; an older one gets the curated tours it has never had. Fails with a {@link org.hawliyat.store.StoreException} when the database cannot be used.
     */
    public static CatalogueStore open(Path file) {
        CatalogueStore store = SqliteCatalogueStore.open(file);
        try {
            if (!store.isReadOnly()) {
                Catalogue curated = CuratedData.load();
                if (!store.isSeeded()) {
                    store.seed(curated);
                } else {
                    store.seedTours(curated.tours()); // curated after this database was filled
                }
            }
            return store;
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    /** Opens (creating and migrating as needed) a database without loading the curated dataset: for tools and benchmarks. */
    public static CatalogueStore openWithoutCuratedData(Path file) {
        return SqliteCatalogueStore.open(file);
    }

    /** The records of {@code base} with those of {@code added} added, a record with the same id replaced. */
    public static Catalogue merge(Catalogue base, Catalogue added) {
        return new Catalogue(
                merge(base.types(), added.types(), t -> t.id()),
                merge(base.countries(), added.countries(), c -> c.id()),
                merge(base.places(), added.places(), p -> p.id()),
                merge(base.people(), added.people(), p -> p.id()),
                merge(base.periods(), added.periods(), p -> p.id()),
                merge(base.articles(), added.articles(), a -> a.id()),
                merge(base.events(), added.events(), e -> e.id()),
                merge(base.tours(), added.tours(), t -> t.id()));
    }

    private static <T> List<T> merge(List<T> base, List<T> added, Function<T, String> id) {
        Map<String, T> byId = new LinkedHashMap<>();
        base.forEach(r -> byId.put(id.apply(r), r));
        added.forEach(r -> byId.put(id.apply(r), r));
        return new ArrayList<>(byId.values());
    }
}
