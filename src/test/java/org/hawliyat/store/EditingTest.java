package org.hawliyat.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.hawliyat.model.Article;
import org.hawliyat.model.Catalogue;
import org.hawliyat.model.Event;
import org.hawliyat.model.EventFields;
import org.hawliyat.model.EventType;
import org.hawliyat.model.Language;
import org.hawliyat.model.LocalizedText;
import org.hawliyat.model.validation.CatalogueValidator;
import org.hawliyat.store.sqlite.SqliteCatalogueStore;
import org.hawliyat.testing.Fixtures;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Saving, deleting and restoring events with history and optimistic locking. */
class EditingTest {

    @TempDir
    Path dir;

    private Path file;

    @BeforeEach
    void catalogue() {
        file = dir.resolve("h.db");
        try (CatalogueStore store = SqliteCatalogueStore.open(file)) {
            store.importCatalogue(Fixtures.catalogue(Fixtures.event("e1", "1993-07-01"), Fixtures.event("e2", "2008-05")));
        }
    }

    private static Event set(Event e, String field, String value) {
        return EventFields.with(e, Map.of(field, value));
    }

    private static List<String> found(CatalogueStore store, String query) {
        return store.search(SearchQuery.of(query).withLimit(50)).stream().map(SearchHit::id).toList();
    }

    private static void assertSound(CatalogueStore store) {
        assertThat(store.integrityProblems()).isEmpty();
        assertThat(new CatalogueValidator().validate(store.snapshot())).isEmpty();
    }

    @Test
    void anEditIsSavedAsTheNextVersionWithOneHistoryRowPerChangedField() {
        try (CatalogueStore store = SqliteCatalogueStore.open(file)) {
            Event e1 = store.event("e1").orElseThrow();
            Instant before = Instant.now().minusSeconds(1);
            Event saved = store.saveEvent(EventFields.with(e1, Map.of("title.en", "Ties established", "date", "1993-07-02")),
                    "Layla");
            assertThat(saved.version()).isEqualTo(2);
            assertThat(saved.modified()).isAfter(before);
            assertThat(saved.title().en()).isEqualTo("Ties established");
            assertThat(store.event("e1")).contains(saved);

            List<HistoryEntry> history = store.history("e1");
            assertThat(history).extracting(HistoryEntry::field).containsExactly("date", "title.en");
            assertThat(history).allSatisfy(h -> {
                assertThat(h.version()).isEqualTo(2);
                assertThat(h.editor()).isEqualTo("Layla");
                assertThat(h.at()).isEqualTo(saved.modified());
            });
            assertThat(history.get(0).before()).isEqualTo("1993-07-01");
            assertThat(history.get(0).after()).isEqualTo("1993-07-02");
            assertThat(history.get(1).before()).isEqualTo("Relations established");

            // the search index follows in the same transaction
            assertThat(found(store, "ties")).containsExactly("e1");
            assertSound(store);
        }
    }

    @Test
    void aSaveWithoutChangesWritesNothingAndKeepsTheVersion() {
        try (CatalogueStore store = SqliteCatalogueStore.open(file)) {
            Event e1 = store.event("e1").orElseThrow();
            assertThat(store.saveEvent(e1, "Layla")).isEqualTo(e1);
            assertThat(store.history("e1")).isEmpty();
        }
    }

    @Test
    void aNewEventIsVersionOneWithEveryFieldInItsHistoryAndItsIdMustBeFree() {
        try (CatalogueStore store = SqliteCatalogueStore.open(file)) {
            Event draft = new Event("e3", "relations-established", Fixtures.event("x", "2022-10-05").start(), null,
                    LocalizedText.of("زيارة", "A visit"), null, List.of("QA"), null, List.of(), List.of(), 0, Instant.EPOCH);
            Event created = store.saveEvent(draft, "Omar");
            assertThat(created.version()).isEqualTo(1);
            assertThat(store.event("e3")).contains(created);
            assertThat(store.history("e3")).extracting(HistoryEntry::field)
                    .containsExactly("type", "date", "approximate", "title.ar", "title.en", "countries");
            assertThat(store.history("e3")).allSatisfy(h -> assertThat(h.before()).isNull());
            assertThat(found(store, "visit")).containsExactly("e3");

            StaleEditException taken = org.junit.jupiter.api.Assertions.assertThrows(StaleEditException.class,
                    () -> store.saveEvent(set(draft, "title.en", "Another"), "Omar"));
            assertThat(taken).hasMessageContaining("\"e3\" already exists");
            assertThat(taken.current()).isEqualTo(created);
            assertThat(store.event("e3")).contains(created);
        }
    }

    @Test
    void twoConnectionsEditingTheSameEventTheSecondSaveIsRefusedAndNothingIsLost() {
        try (CatalogueStore first = SqliteCatalogueStore.open(file); CatalogueStore second = SqliteCatalogueStore.open(file)) {
            Event openedInFirst = first.event("e1").orElseThrow();
            Event openedInSecond = second.event("e1").orElseThrow();
            assertThat(openedInFirst.version()).isEqualTo(openedInSecond.version()).isEqualTo(1);

            Event savedByFirst = first.saveEvent(set(openedInFirst, "title.en", "First's title"), "first");

            StaleEditException refused = org.junit.jupiter.api.Assertions.assertThrows(StaleEditException.class,
                    () -> second.saveEvent(set(openedInSecond, "summary.en", "Second's summary"), "second"));
            assertThat(refused.current()).isEqualTo(savedByFirst);
            assertThat(refused.expectedVersion()).isEqualTo(1);
            assertThat(refused).hasMessageContaining("\"e1\"").hasMessageContaining("version 2")
                    .hasMessageContaining("not saved");

            // the first save is intact, seen from either connection, and the refused one left no trace
            for (CatalogueStore store : List.of(first, second)) {
                Event now = store.event("e1").orElseThrow();
                assertThat(now).isEqualTo(savedByFirst);
                assertThat(now.summary().en()).isEqualTo("A summary.");
                assertThat(store.history("e1")).extracting(HistoryEntry::editor).containsOnly("first");
            }
            // the second editor, having seen the current version, can save on top of it
            Event merged = second.saveEvent(set(refused.current(), "summary.en", "Second's summary"), "second");
            assertThat(merged.version()).isEqualTo(3);
            assertThat(first.event("e1").orElseThrow().title().en()).isEqualTo("First's title");
            assertThat(first.event("e1").orElseThrow().summary().en()).isEqualTo("Second's summary");
        }
    }

    @Test
    void deletedEventsGoToTheTrashOutOfEveryListingAndComeBack() {
        try (CatalogueStore store = SqliteCatalogueStore.open(file)) {
            Event e2 = store.event("e2").orElseThrow();
            assertThat(found(store, "relations")).containsExactlyInAnyOrder("e1", "e2");

            store.deleteEvent("e2", e2.version(), "Layla");
            assertThat(store.event("e2")).isEmpty();
            assertThat(store.events()).extracting(Event::id).containsExactly("e1");
            assertThat(store.snapshot().events()).extracting(Event::id).containsExactly("e1");
            assertThat(found(store, "relations")).containsExactly("e1");
            assertThat(store.matchingEventIds("relations")).containsExactly("e1");
            assertThat(store.trash()).extracting(Event::id).containsExactly("e2");
            assertThat(store.trash().get(0).version()).isEqualTo(2);
            assertSound(store);

            // a trashed event cannot be edited or deleted again from a copy opened before
            assertThatThrownBy(() -> store.saveEvent(set(e2, "title.en", "x"), "Layla"))
                    .isInstanceOf(StaleEditException.class).hasMessageContaining("trash");
            assertThatThrownBy(() -> store.deleteEvent("e2", 2, "Layla")).isInstanceOf(StaleEditException.class);

            Event restored = store.restoreEvent("e2", "Omar");
            assertThat(restored.version()).isEqualTo(3);
            assertThat(store.event("e2")).contains(restored);
            assertThat(store.trash()).isEmpty();
            assertThat(found(store, "relations")).containsExactlyInAnyOrder("e1", "e2");
            assertThat(store.history("e2")).extracting(HistoryEntry::version, HistoryEntry::field, HistoryEntry::before,
                            HistoryEntry::after, HistoryEntry::editor)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(2L, "deleted", "false", "true", "Layla"),
                            org.assertj.core.groups.Tuple.tuple(3L, "deleted", "true", "false", "Omar"));
            assertThatThrownBy(() -> store.restoreEvent("e2", "Omar")).isInstanceOf(StaleEditException.class);
        }
    }

    @Test
    void aStaleDeleteIsRefused() {
        try (CatalogueStore store = SqliteCatalogueStore.open(file)) {
            Event e1 = store.event("e1").orElseThrow();
            Event saved = store.saveEvent(set(e1, "title.en", "Changed"), "Layla");
            StaleEditException refused = org.junit.jupiter.api.Assertions.assertThrows(StaleEditException.class,
                    () -> store.deleteEvent("e1", e1.version(), "Omar"));
            assertThat(refused.current()).isEqualTo(saved);
            assertThat(store.event("e1")).contains(saved);
        }
    }

    @Test
    void everyEarlierVersionCanBeRebuiltAndRestoredAsANewChange() {
        try (CatalogueStore store = SqliteCatalogueStore.open(file)) {
            Event v1 = store.event("e1").orElseThrow();
            Event v2 = store.saveEvent(EventFields.with(v1, Map.of("title.en", "Second", "countries", "QA")), "a");
            Event v3 = store.saveEvent(EventFields.with(v2, Map.of("title.en", "Third", "end", "1994",
                    "summary.ar", "ملخص")), "b");
            store.deleteEvent("e1", 3, "c");
            // v4 is the trashed one; it can be rebuilt too
            assertThat(store.eventAt("e1", 4)).hasValueSatisfying(e -> assertThat(EventFields.of(e)).isEqualTo(EventFields.of(v3)));
            Event v5 = store.restoreEvent("e1", "c");

            assertThat(store.eventAt("e1", 3)).contains(v3);
            assertThat(store.eventAt("e1", 2)).contains(v2);
            Event rebuilt1 = store.eventAt("e1", 1).orElseThrow();
            assertThat(EventFields.of(rebuilt1)).isEqualTo(EventFields.of(v1));
            assertThat(rebuilt1.version()).isEqualTo(1);
            assertThat(rebuilt1.modified()).isEqualTo(Instant.EPOCH); // imported: when it was made is not recorded
            assertThat(store.eventAt("e1", 5)).contains(v5);
            assertThat(store.eventAt("e1", 6)).isEmpty();
            assertThat(store.eventAt("e1", 0)).isEmpty();
            assertThat(store.eventAt("nope", 1)).isEmpty();

            Event back = store.restoreVersion("e1", 1, v5.version(), "d");
            assertThat(back.version()).isEqualTo(6);
            assertThat(EventFields.of(back)).isEqualTo(EventFields.of(v1));
            assertThat(store.history("e1")).filteredOn(h -> h.version() == 6).extracting(HistoryEntry::field)
                    .containsExactly("end", "endApproximate", "title.en", "summary.ar", "countries");
            assertThatThrownBy(() -> store.restoreVersion("e1", 2, 5, "d")).isInstanceOf(StaleEditException.class);
            assertSound(store);
        }
    }

    @Test
    void anEventThatWouldBreakTheCatalogueIsRefusedNamingTheFieldAndNothingIsWritten() {
        try (CatalogueStore store = SqliteCatalogueStore.open(file)) {
            Event e1 = store.event("e1").orElseThrow();
            assertThatThrownBy(() -> store.saveEvent(set(e1, "type", "no-such-type"), "a"))
                    .isInstanceOf(InvalidEditException.class)
                    .hasMessage("Event \"e1\", field \"type\": no type has the id \"no-such-type\"; nothing was saved.");
            assertThatThrownBy(() -> store.saveEvent(set(e1, "place", "atlantis"), "a"))
                    .isInstanceOf(InvalidEditException.class).hasMessageContaining("field \"place\"");
            assertThatThrownBy(() -> store.saveEvent(set(e1, "countries", "QA\nXX"), "a"))
                    .isInstanceOf(InvalidEditException.class).hasMessageContaining("field \"countries\"");
            assertThatThrownBy(() -> store.saveEvent(set(e1, "people", "nobody\tأحد\tSomeone"), "a"))
                    .isInstanceOf(InvalidEditException.class).hasMessageContaining("field \"people\"");
            assertThatThrownBy(() -> store.saveEvent(set(e1, "sources", "test-article\t1\t5\tnot the text"), "a"))
                    .isInstanceOf(InvalidEditException.class)
                    .hasMessageContaining("field \"sources[0].quote\"").hasMessageContaining("does not hold the quoted passage");
            assertThatThrownBy(() -> store.saveEvent(set(e1, "sources", "missing-article\t0\t1\tx"), "a"))
                    .isInstanceOf(InvalidEditException.class).hasMessageContaining("field \"sources[0].article\"");
            assertThatThrownBy(() -> store.saveEvent(EventFields.with(e1, Map.of("title.ar", "", "title.en", "")), "a"))
                    .isInstanceOf(InvalidEditException.class).hasMessageContaining("field \"title\"");
            assertThatThrownBy(() -> store.saveEvent(set(e1, "end", "1992"), "a"))
                    .isInstanceOf(InvalidEditException.class).hasMessageContaining("field \"end\"");
            assertThatThrownBy(() -> store.saveEvent(set(e1, "end", "1993"), "a")) // ends within its year, but sorts before
                    .isInstanceOf(InvalidEditException.class).hasMessageContaining("field \"end\"");
            Event badId = new Event("Not An Id", e1.typeId(), e1.start(), null, e1.title(), null, List.of(), null,
                    List.of(), List.of(), 0, Instant.EPOCH);
            assertThatThrownBy(() -> store.saveEvent(badId, "a"))
                    .isInstanceOf(InvalidEditException.class).hasMessageContaining("field \"id\"");
            assertThatThrownBy(() -> store.saveEvent(set(e1, "title.en", "x"), " "))
                    .isInstanceOf(IllegalArgumentException.class);

            assertThat(store.event("e1")).contains(e1);
            assertThat(store.history("e1")).isEmpty();
            assertThat(store.event("Not An Id")).isEmpty();
        }
    }

    @Test
    void typesCanBeCreatedAndRenamedAndTheSearchFollows() {
        try (CatalogueStore store = SqliteCatalogueStore.open(file)) {
            store.saveType(new EventType("treaty", LocalizedText.of("معاهدة", "Treaty")), "a");
            assertThat(store.types()).extracting(EventType::id).containsExactly("relations-established", "treaty");
            Event e1 = store.saveEvent(set(store.event("e1").orElseThrow(), "type", "treaty"), "a");
            assertThat(found(store, "treaty")).containsExactly("e1");

            store.saveType(new EventType("treaty", LocalizedText.of("اتفاقية", "Accord")), "b");
            assertThat(found(store, "accord")).containsExactly("e1");
            assertThat(found(store, "treaty")).isEmpty();
            assertThat(store.event("e1")).contains(e1);
            assertThatThrownBy(() -> store.saveType(new EventType("Bad Id", LocalizedText.of(null, "x")), "a"))
                    .isInstanceOf(InvalidEditException.class).hasMessageContaining("field \"id\"");
            assertThatThrownBy(() -> store.saveType(new EventType("nameless", LocalizedText.EMPTY), "a"))
                    .isInstanceOf(InvalidEditException.class).hasMessageContaining("field \"name\"");
        }
    }

    @Test
    void articlesAreAddedAndEditedWithHistoryButTheirTextMustKeepEveryQuote() {
        try (CatalogueStore store = SqliteCatalogueStore.open(file)) {
            Article pasted = new Article("pasted", "Notes", null, null, Language.EN, null, "pasted on 2026-11-30",
                    "An embassy of Kazakhstan opened in Doha.");
            store.saveArticle(pasted, "a");
            assertThat(store.article("pasted")).contains(pasted);
            assertThat(found(store, "doha")).containsExactly("pasted");
            assertThat(store.articleHistory("pasted")).extracting(HistoryEntry::version).containsOnly(1L);

            Article renamed = new Article("pasted", "Embassy notes", "Outlet", null, Language.EN, null,
                    "pasted on 2026-11-30", "An embassy of Kazakhstan opened in Doha in 2009.");
            store.saveArticle(renamed, "b");
            assertThat(store.article("pasted")).contains(renamed);
            assertThat(store.articleHistory("pasted")).filteredOn(h -> h.version() == 2)
                    .extracting(HistoryEntry::field).containsExactly("title", "outlet", "text");

            Article cited = store.article("test-article").orElseThrow();
            Article broken = new Article(cited.id(), cited.title(), cited.outlet(), cited.author(), cited.language(),
                    cited.published(), cited.provenance(), "Another text altogether.");
            assertThatThrownBy(() -> store.saveArticle(broken, "b"))
                    .isInstanceOf(InvalidEditException.class)
                    .hasMessageStartingWith("Article \"test-article\", field \"text\": the new text no longer holds the passage that event \"e")
                    .hasMessageEndingWith("nothing was saved.");
            assertThat(store.article("test-article")).contains(cited);
            Article longer = new Article(cited.id(), "New title", cited.outlet(), cited.author(), cited.language(),
                    cited.published(), cited.provenance(), cited.text() + "\nA last line.");
            store.saveArticle(longer, "b"); // the quotes still hold
            assertThat(store.articleHistory("test-article")).extracting(HistoryEntry::version, HistoryEntry::field)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(2L, "title"),
                            org.assertj.core.groups.Tuple.tuple(2L, "text"));
            assertSound(store);
        }
    }

    @Test
    void anArticleSavedFromAVersionIsRefusedWhenSomeoneElseSavedItFirst() {
        try (CatalogueStore first = SqliteCatalogueStore.open(file); CatalogueStore second = SqliteCatalogueStore.open(file)) {
            assertThat(first.articleVersion("test-article")).isEqualTo(1);
            assertThat(first.articleVersion("no-such-article")).isZero();
            Article opened = second.article("test-article").orElseThrow();
            long openedAt = second.articleVersion("test-article");

            Article byFirst = new Article(opened.id(), "First's title", opened.outlet(), opened.author(), opened.language(),
                    opened.published(), opened.provenance(), opened.text());
            first.saveArticle(byFirst, 1, "first");
            assertThat(first.articleVersion("test-article")).isEqualTo(2);

            Article bySecond = new Article(opened.id(), opened.title(), "Second's outlet", opened.author(),
                    opened.language(), opened.published(), opened.provenance(), opened.text());
            assertThatThrownBy(() -> second.saveArticle(bySecond, openedAt, "second"))
                    .isInstanceOf(StaleEditException.class)
                    .hasMessageContaining("now at version 2").hasMessageContaining("not saved");
            assertThat(second.article("test-article")).contains(byFirst);

            Article fresh = new Article("test-article", "Same id", null, null, Language.EN, null, null, "Text.");
            assertThatThrownBy(() -> second.saveArticle(fresh, 0, "second"))
                    .isInstanceOf(StaleEditException.class).hasMessageContaining("already exists");
            second.saveArticle(new Article("another", "Another", null, null, Language.EN, null, null, "Text."), 0, "second");
            assertThat(first.articleVersion("another")).isEqualTo(1);
        }
    }

    @Test
    void anImportThatReplacesAnEventIsARecordedChangeThatMakesOpenCopiesStale() {
        try (CatalogueStore store = SqliteCatalogueStore.open(file)) {
            Event opened = store.event("e1").orElseThrow();
            store.importCatalogue(Fixtures.catalogue(Fixtures.event("e1", "1993-07-01"))); // the same again
            assertThat(store.event("e1")).contains(opened);
            assertThat(store.history("e1")).isEmpty();

            store.importCatalogue(Fixtures.catalogue(set(Fixtures.event("e1", "1993-07-01"), "title.en", "Imported")), "Nour");
            Event imported = store.event("e1").orElseThrow();
            assertThat(imported.version()).isEqualTo(2);
            assertThat(store.history("e1")).extracting(HistoryEntry::field, HistoryEntry::editor)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("title.en", "Nour"));
            assertThatThrownBy(() -> store.saveEvent(set(opened, "summary.en", "x"), "a"))
                    .isInstanceOf(StaleEditException.class);

            store.deleteEvent("e2", 1, "a");
            store.importCatalogue(Fixtures.catalogue(Fixtures.event("e2", "2008-05")));
            assertThat(store.event("e2")).hasValueSatisfying(e -> assertThat(e.version()).isEqualTo(3));
            assertThat(store.trash()).isEmpty();
            assertThat(store.history("e2")).extracting(HistoryEntry::field).containsExactly("deleted", "deleted");
        }
    }

    @Test
    void aReadOnlyStoreRefusesEveryWriteWithAClearMessageAndChangesNothing() {
        try (CatalogueStore store = SqliteCatalogueStore.openReadOnly(file)) {
            assertRefusesWrites(store);
        }
        try (CatalogueStore store = SqliteCatalogueStore.open(file)) {
            assertSound(store);
            assertThat(store.history("e1")).isEmpty();
            assertThat(store.event("e1").orElseThrow().version()).isEqualTo(1);
        }
    }

    @Test
    void anUnwritableFileOpensReadOnlyAndRefusesWrites() throws Exception {
        Assumptions.assumeFalse(canWriteAnyway(), "file permissions do not bind this user");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
        try (CatalogueStore store = SqliteCatalogueStore.open(file)) {
            assertRefusesWrites(store);
        }
    }

    private static void assertRefusesWrites(CatalogueStore store) {
        assertThat(store.isReadOnly()).isTrue();
        Event e1 = store.event("e1").orElseThrow();
        assertThatThrownBy(() -> store.saveEvent(set(e1, "title.en", "x"), "a"))
                .isInstanceOf(StoreException.class).hasMessageContaining("read-only").hasMessageContaining("e1");
        assertThatThrownBy(() -> store.deleteEvent("e1", 1, "a"))
                .isInstanceOf(StoreException.class).hasMessageContaining("read-only");
        assertThatThrownBy(() -> store.restoreEvent("e1", "a"))
                .isInstanceOf(StoreException.class).hasMessageContaining("read-only");
        assertThatThrownBy(() -> store.saveArticle(Fixtures.article(), "a"))
                .isInstanceOf(StoreException.class).hasMessageContaining("read-only");
        assertThatThrownBy(() -> store.saveType(new EventType("t", LocalizedText.of("ت", "T")), "a"))
                .isInstanceOf(StoreException.class).hasMessageContaining("read-only");
        assertThat(store.event("e1")).contains(e1);
    }

    private boolean canWriteAnyway() throws Exception {
        Path probe = Files.createFile(dir.resolve("probe"));
        Files.setPosixFilePermissions(probe, PosixFilePermissions.fromString("r--r--r--"));
        return Files.isWritable(probe);
    }

    @Test
    void aDatabaseOfTheSchemaBeforeEditingIsReadReadOnlyWithoutATrash() {
        Path old = dir.resolve("v2.db");
        org.flywaydb.core.Flyway.configure().dataSource("jdbc:sqlite:" + old, null, null)
                .locations("classpath:db/migration").target("2").load().migrate();
        try (CatalogueStore store = SqliteCatalogueStore.openReadOnly(old)) {
            assertThat(store.events()).isEmpty();
            assertThat(store.trash()).isEmpty();
            assertThat(store.history("e1")).isEmpty();
            assertThat(store.eventAt("e1", 1)).isEmpty();
        }
        try (CatalogueStore store = SqliteCatalogueStore.open(old)) { // with write access it is migrated
            store.importCatalogue(Fixtures.catalogue(Fixtures.event("e1", "1993")));
            store.deleteEvent("e1", 1, "a");
            assertThat(store.trash()).hasSize(1);
        }
    }

    @Test
    void theCuratedCatalogueStaysSoundThroughEdits() {
        Path curated = dir.resolve("curated.db");
        try (CatalogueStore store = org.hawliyat.app.Catalogues.open(curated)) {
            Event first = store.events().get(0);
            store.saveEvent(set(first, "summary.en", "Edited."), "a");
            Event second = store.events().get(1);
            store.deleteEvent(second.id(), second.version(), "a");
            assertSound(store);
            Catalogue snapshot = store.snapshot();
            assertThat(snapshot.events()).noneMatch(e -> e.id().equals(second.id()));
        }
    }
}
