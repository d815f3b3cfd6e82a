package org.hawliyat.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.hawliyat.model.Catalogue;
import org.hawliyat.store.CatalogueStore;
import org.hawliyat.store.sqlite.SqliteCatalogueStore;
import org.hawliyat.store.sqlite.Verification;

/** Opening the catalogue, and combining catalogues record by record. */
public final class Catalogues {

    private Catalogues() {
    }

    /**
     * Opens (creating and migrating as needed) the database, and fills a new one with the curated
     * dataset; an older one gets the curated tours it has never had, and a daily copy in its
     * {@link Backups} folder (the first open of the day). A damaged file, one written by a newer
     * version, or one locked by another program is refused and left as it was. Fails with a {@link org.hawliyat.store.StoreException} when the database cannot be used.
     */
    public static CatalogueStore open(Path file) {
        return open(file, Verification.FULL, true);
    }

    private static CatalogueStore open(Path file, Verification verification, boolean dailyCopy) {
        boolean existed = hasContent(file);
        CatalogueStore store = SqliteCatalogueStore.open(file, verification);
        try {
            if (!store.isReadOnly()) {
                if (existed && dailyCopy) {
                    Backups.of(file).dailyIfDue();
                }
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
        return SqliteCatalogueStore.open(file, Verification.QUICK);
    }

    /**
     * Opens an existing database for {@code check}: a damaged one too (the check reports what is
     * wrong), but never one that is not a database or was written by a newer version; no daily
     * copy is made of it. A new one is filled as by {@link #open}.
     */
    public static CatalogueStore openForCheck(Path file) {
        return open(file, Verification.NONE, false);
    }

    private static boolean hasContent(Path file) {
        try {
            return Files.isRegularFile(file) && Files.size(file) > 0;
        } catch (IOException e) {
            return false;
        }
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
