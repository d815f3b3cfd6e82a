package org.hawliyat.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.List;
import org.hawliyat.model.Catalogue;
import org.hawliyat.model.Event;
import org.hawliyat.model.LocalizedText;
import org.hawliyat.model.PartialDate;
import org.hawliyat.store.sqlite.SqliteCatalogueStore;
import org.hawliyat.testing.Fixtures;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteCatalogueStoreTest {

    @TempDir
    Path dir;

    @Test
    void createsTheFileAndItsFolderAndUsesWalWithForeignKeys() throws Exception {
        Path file = dir.resolve("nested/folder/h.db");
        try (CatalogueStore store = SqliteCatalogueStore.open(file)) {
            assertThat(store.events()).isEmpty();
            assertThat(store.isSeeded()).isFalse();
            assertThat(store.isReadOnly()).isFalse();
        }
        assertThat(file).exists();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             ResultSet rs = c.createStatement().executeQuery("PRAGMA journal_mode")) {
            rs.next();
            assertThat(rs.getString(1)).isEqualToIgnoringCase("wal");
        }
    }

    @Test
    void storesAndReadsBackEveryField() {
        Catalogue catalogue = Fixtures.catalogue(Fixtures.event("e1", "1993-07-01"), Fixtures.event("e0", "2008-05"));
        try (CatalogueStore store = SqliteCatalogueStore.open(dir.resolve("h.db"))) {
            store.importCatalogue(catalogue);
            assertThat(store.event("e1")).contains(catalogue.events().get(0));
            assertThat(store.events()).extracting(Event::id).containsExactly("e1", "e0");
            assertThat(store.articles()).containsExactly(Fixtures.article());
            assertThat(store.articleInfos()).containsExactly(Fixtures.article().info());
            assertThat(store.snapshot().events()).extracting(Event::id).containsExactly("e0", "e1");
        }
    }

    @Test
    void dataSurvivesReopening() {
        Path file = dir.resolve("h.db");
        try (CatalogueStore store = SqliteCatalogueStore.open(file)) {
            store.seed(Fixtures.catalogue(Fixtures.event("e1", "1993-07-01")));
        }
        try (CatalogueStore store = SqliteCatalogueStore.open(file)) {
            assertThat(store.isSeeded()).isTrue();
            assertThat(store.events()).hasSize(1);
        }
    }

    @Test
    void importReplacesRecordsWithTheSameIdAndKeepsTheOthers() {
        try (CatalogueStore store = SqliteCatalogueStore.open(dir.resolve("h.db"))) {
            store.importCatalogue(Fixtures.catalogue(Fixtures.event("e1", "1993-07-01"), Fixtures.event("e2", "2000")));
            Event e1 = Fixtures.event("e1", "1993-07-01");
            Event changed = new Event("e1", e1.typeId(), e1.start(), null, LocalizedText.of(null, "Changed"), e1.summary(),
                    List.of("KZ"), null, List.of(), List.of(), 2, Instant.parse("2026-02-02T00:00:00Z"));
            store.importCatalogue(Fixtures.catalogue(changed));
            assertThat(store.event("e1")).contains(changed);
            assertThat(store.events()).hasSize(2);
        }
    }

    @Test
    void aFailedImportChangesNothing() {
        try (CatalogueStore store = SqliteCatalogueStore.open(dir.resolve("h.db"))) {
            store.importCatalogue(Fixtures.catalogue(Fixtures.event("e1", "1993-07-01")));
            Catalogue before = store.snapshot();
            Event e = Fixtures.event("e2", "2000");
            Event badType = new Event("e2", "missing-type", e.start(), null, e.title(), e.summary(), List.of(), null,
                    List.of(), List.of(), 1, Instant.EPOCH);
            // e3 is fine, e2 violates a foreign key: neither may be written
            Catalogue bad = new Catalogue(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                    List.of(Fixtures.event("e3", "2001"), badType));
            assertThatThrownBy(() -> store.importCatalogue(bad)).isInstanceOf(StoreException.class);
            assertThat(store.snapshot()).isEqualTo(before);
        }
    }

    @Test
    void filtersByOverlapWithADateRangeAndByType() {
        try (CatalogueStore store = SqliteCatalogueStore.open(dir.resolve("h.db"))) {
            store.importCatalogue(Fixtures.catalogue(Fixtures.event("a", "1993-07-01"), Fixtures.event("b", "2008-05"),
                    Fixtures.event("c", "2022")));
            assertThat(ids(store, new EventFilter(PartialDate.parse("2008-05-31"), null, null))).containsExactly("b", "c");
            assertThat(ids(store, new EventFilter(null, PartialDate.parse("2008"), null))).containsExactly("a", "b");
            assertThat(ids(store, new EventFilter(PartialDate.parse("2022-06"), PartialDate.parse("2022-06"), null)))
                    .containsExactly("c");
            assertThat(ids(store, new EventFilter(null, null, "relations-established"))).hasSize(3);
            assertThat(ids(store, new EventFilter(null, null, "other"))).isEmpty();
        }
    }

    @Test
    void anUnwritableFileOpensReadOnly() throws Exception {
        Assumptions.assumeFalse("root".equals(System.getProperty("user.name")) && canRootWriteAnyway(),
                "file permissions do not bind this user");
        Path file = dir.resolve("ro.db");
        try (CatalogueStore store = SqliteCatalogueStore.open(file)) {
            store.importCatalogue(Fixtures.catalogue(Fixtures.event("e1", "1993")));
        }
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
        try (CatalogueStore store = SqliteCatalogueStore.open(file)) {
            assertThat(store.isReadOnly()).isTrue();
            assertThat(store.events()).hasSize(1);
            assertThatThrownBy(() -> store.importCatalogue(Fixtures.catalogue()))
                    .isInstanceOf(StoreException.class).hasMessageContaining("read-only");
        }
    }

    private boolean canRootWriteAnyway() throws Exception {
        Path probe = Files.createFile(dir.resolve("probe"));
        Files.setPosixFilePermissions(probe, PosixFilePermissions.fromString("r--r--r--"));
        return Files.isWritable(probe);
    }

    @Test
    void aFileThatIsNotADatabaseFailsWithAClearMessage() throws Exception {
        Path file = dir.resolve("junk.db");
        Files.writeString(file, "this is not a database, just some text that is long enough to have a header".repeat(20));
        assertThatThrownBy(() -> SqliteCatalogueStore.open(file))
                .isInstanceOf(StoreException.class)
                .hasMessageStartingWith("Cannot open the database " + file.toAbsolutePath());
    }

    private static List<String> ids(CatalogueStore store, EventFilter filter) {
        return store.events(filter).stream().map(Event::id).toList();
    }
}
