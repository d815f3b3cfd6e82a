package org.hawliyat.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.hawliyat.model.Catalogue;
import org.hawliyat.model.Event;
import org.hawliyat.store.sqlite.SqliteCatalogueStore;
import org.hawliyat.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An import tells how far it has gone, and stopped halfway it writes nothing. */
class ImportProgressTest {

    @TempDir
    Path dir;

    private static Catalogue events(int count, String prefix) {
        return Fixtures.catalogue(IntStream.range(0, count)
                .mapToObj(i -> Fixtures.event(prefix + "-" + i, (1990 + i % 30) + "-01-01")).toArray(Event[]::new));
    }

    @Test
    void progressGoesUpToTheTotalAndStoppingHalfwayWritesNothing() {
        try (CatalogueStore store = SqliteCatalogueStore.open(dir.resolve("h.db"))) {
            store.importCatalogue(events(10, "kept"));
            List<long[]> told = new ArrayList<>();
            store.importCatalogue(events(1_000, "a"), "tester", (done, total) -> told.add(new long[] {done, total}));
            assertThat(told).isNotEmpty();
            assertThat(told).extracting(t -> t[0]).isSorted();
            long[] last = told.get(told.size() - 1);
            assertThat(last[0]).isEqualTo(last[1]).isGreaterThanOrEqualTo(2_000);
            int before = store.events().size();

            assertThatThrownBy(() -> store.importCatalogue(events(1_000, "b"), "tester", (done, total) -> done < total / 2))
                    .isInstanceOf(ImportCancelledException.class);
            assertThat(store.events()).hasSize(before);
            assertThat(store.event("b-1")).isEmpty();
        }
    }
}
