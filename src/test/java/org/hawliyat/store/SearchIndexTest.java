package org.hawliyat.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import org.hawliyat.model.Catalogue;
import org.hawliyat.model.Country;
import org.hawliyat.model.Event;
import org.hawliyat.model.LocalizedText;
import org.hawliyat.store.sqlite.SqliteCatalogueStore;
import org.hawliyat.testing.Fixtures;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The search index follows every write, and is built for databases that lack it. */
class SearchIndexTest {

    @TempDir
    Path dir;

    private static Event titled(String id, String ar, String en) {
        Event e = Fixtures.event(id, "2001");
        return new Event(id, e.typeId(), e.start(), null, LocalizedText.of(ar, en), e.summary(), e.countryIds(),
                null, List.of(), e.sources(), 1, Instant.parse("2026-01-01T00:00:00Z"));
    }

    private static List<String> ids(CatalogueStore store, String query) {
        return store.search(SearchQuery.of(query).withLimit(100)).stream().map(SearchHit::id).toList();
    }

    @Test
    void anImportedRecordIsFoundAndAReplacedOneOnlyByItsNewWords() {
        try (CatalogueStore store = SqliteCatalogueStore.open(dir.resolve("h.db"))) {
            store.importCatalogue(Fixtures.catalogue(titled("e1", "وصول البعثة الأولى", "First mission arrives")));
            assertThat(ids(store, "البعثه")).containsExactly("e1");
            assertThat(ids(store, "missions")).containsExactly("e1");

            store.importCatalogue(Fixtures.catalogue(titled("e1", "توقيع المعاهدة", "Treaty signed")));
            assertThat(ids(store, "البعثة")).isEmpty();
            assertThat(ids(store, "mission")).isEmpty();
            assertThat(ids(store, "معاهده")).containsExactly("e1");
            assertThat(ids(store, "treaties")).containsExactly("e1");
        }
    }

    @Test
    void articlesAreIndexedByTitleOutletAuthorAndText() {
        try (CatalogueStore store = SqliteCatalogueStore.open(dir.resolve("h.db"))) {
            store.importCatalogue(Fixtures.catalogue());
            assertThat(ids(store, "تجريبي")).containsExactly("test-article"); // title «مقال تجريبي»
            assertThat(ids(store, "writer")).containsExactly("test-article"); // author
            assertThat(ids(store, "outlet")).containsExactly("test-article");
            assertThat(ids(store, "embassy")).containsExactly("test-article"); // text
            assertThat(store.search(SearchQuery.of("embassy")).get(0).textMatch()).isNotNull();
        }
    }

    @Test
    void renamingACountryReindexesTheEventsThatNameIt() {
        try (CatalogueStore store = SqliteCatalogueStore.open(dir.resolve("h.db"))) {
            store.importCatalogue(Fixtures.catalogue(Fixtures.event("e1", "1993"), Fixtures.event("e2", "2000")));
            assertThat(ids(store, "Kazakhstan")).containsExactlyInAnyOrder("e1", "e2");
            store.importCatalogue(new Catalogue(List.of(), List.of(new Country("KZ", LocalizedText.of("قازاقستان", "Qazaqstan"))),
                    List.of(), List.of(), List.of(), List.of(), List.of()));
            assertThat(ids(store, "Kazakhstan")).isEmpty();
            assertThat(ids(store, "Qazaqstan")).containsExactlyInAnyOrder("e1", "e2");
            assertThat(ids(store, "قازاقستان")).containsExactlyInAnyOrder("e1", "e2");
        }
    }

    @Test
    void aFailedImportLeavesTheIndexAsItWas() {
        try (CatalogueStore store = SqliteCatalogueStore.open(dir.resolve("h.db"))) {
            store.importCatalogue(Fixtures.catalogue(titled("e1", "قديم", "Old")));
            Event good = titled("e2", "جديد", "Brandnew");
            Event badType = new Event("e3", "missing-type", good.start(), null, LocalizedText.of(null, "Brandnew too"),
                    null, List.of(), null, List.of(), List.of(), 1, Instant.EPOCH);
            Catalogue bad = new Catalogue(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(good, badType));
            assertThatThrownBy(() -> store.importCatalogue(bad)).isInstanceOf(StoreException.class);
            assertThat(ids(store, "Brandnew")).isEmpty();
            assertThat(ids(store, "Old")).containsExactly("e1");
        }
    }

    @Test
    void aDatabaseWithoutAnIndexOrWithAnOldOneGetsItBuiltOnOpen() throws Exception {
        Path file = dir.resolve("h.db");
        try (CatalogueStore store = SqliteCatalogueStore.open(file)) {
            store.importCatalogue(Fixtures.catalogue(titled("e1", "السفارة", "Embassy")));
        }
        // as a database written before the index existed: an empty index and no version
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO search_index (search_index) VALUES ('delete-all')");
            s.executeUpdate("DELETE FROM search_document");
            s.executeUpdate("DELETE FROM app_meta WHERE key = 'search-index-version'");
        }
        try (CatalogueStore store = SqliteCatalogueStore.open(file)) {
            assertThat(ids(store, "سفاره")).containsExactly("e1");
        }
        // built by another version of the analyser: rebuilt
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO search_index (search_index) VALUES ('delete-all')");
            s.executeUpdate("UPDATE app_meta SET value = '0' WHERE key = 'search-index-version'");
        }
        try (CatalogueStore store = SqliteCatalogueStore.open(file)) {
            assertThat(ids(store, "embassies")).containsExactlyInAnyOrder("e1", "test-article"); // the article says «an embassy»
        }
    }

    @Test
    void rebuildingGivesTheSameResults() {
        try (CatalogueStore store = SqliteCatalogueStore.open(dir.resolve("h.db"))) {
            store.importCatalogue(Fixtures.catalogue(titled("e1", "السفارة", "Embassy"), titled("e2", "القنصلية", "Consulate")));
            List<SearchHit> before = store.search(SearchQuery.of("relations"));
            store.rebuildSearchIndex();
            assertThat(store.search(SearchQuery.of("relations"))).isEqualTo(before);
            assertThat(ids(store, "consulates")).containsExactly("e2");
            assertThat(store.integrityProblems()).isEmpty();
        }
    }

    @Test
    void aReadOnlyDatabaseWithoutAnIndexSaysSoInOneSentence() throws Exception {
        Path file = dir.resolve("ro.db");
        try (CatalogueStore store = SqliteCatalogueStore.open(file)) {
            store.importCatalogue(Fixtures.catalogue(titled("e1", "السفارة", "Embassy")));
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM app_meta WHERE key = 'search-index-version'");
        }
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
        Assumptions.assumeFalse(Files.isWritable(file), "file permissions do not bind this user");
        try (CatalogueStore store = SqliteCatalogueStore.open(file)) {
            assertThat(store.isReadOnly()).isTrue();
            assertThat(store.search(SearchQuery.of("*"))).isEmpty(); // nothing to search for: no need of an index
            assertThatThrownBy(() -> store.search(SearchQuery.of("embassy")))
                    .isInstanceOf(StoreException.class)
                    .hasMessageContaining("read-only")
                    .hasMessageEndingWith("to build it.");
        }
    }
}
