package org.hawliyat.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.hawliyat.model.Catalogue;
import org.hawliyat.model.Event;
import org.hawliyat.model.LocalizedText;
import org.hawliyat.model.Tour;
import org.hawliyat.store.sqlite.SqliteCatalogueStore;
import org.hawliyat.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tours in the SQLite store: saved, validated, recorded, kept consistent with their events. */
class TourStoreTest {

    @TempDir
    Path dir;

    private static final Tour TOUR = new Tour("test-tour", LocalizedText.of("جولة تجريبية", "A test tour"), List.of(
            new Tour.Stop("e2", LocalizedText.of("الثانية", "second")),
            new Tour.Stop("e1", LocalizedText.of(null, "first, after the second")),
            new Tour.Stop("e3", null)));

    private CatalogueStore storeWithEvents() {
        CatalogueStore store = SqliteCatalogueStore.open(dir.resolve("tours.db"));
        store.importCatalogue(Fixtures.catalogue(Fixtures.event("e1", "1993-07-01"), Fixtures.event("e2", "2008-05"),
                Fixtures.event("e3", "2014")));
        return store;
    }

    @Test
    void aSavedTourComesBackWithItsStopsInTheirOrderAndIsRecorded() {
        try (CatalogueStore store = storeWithEvents()) {
            store.saveTour(TOUR, "teacher");
            assertThat(store.tours()).containsExactly(TOUR);
            assertThat(store.snapshot().tours()).containsExactly(TOUR);
            assertThat(store.tourHistory("test-tour")).extracting(HistoryEntry::version, HistoryEntry::field,
                    HistoryEntry::before).containsExactly(
                    org.assertj.core.groups.Tuple.tuple(1L, "title.ar", null),
                    org.assertj.core.groups.Tuple.tuple(1L, "title.en", null),
                    org.assertj.core.groups.Tuple.tuple(1L, "stops", null));

            Tour reordered = new Tour("test-tour", TOUR.title(), List.of(TOUR.stops().get(1), TOUR.stops().get(0)));
            store.saveTour(reordered, "teacher");
            assertThat(store.tours()).containsExactly(reordered);
            List<HistoryEntry> second = store.tourHistory("test-tour").stream().filter(h -> h.version() == 2).toList();
            assertThat(second).singleElement().satisfies(h -> {
                assertThat(h.field()).isEqualTo("stops");
                assertThat(h.before()).isEqualTo("e2\tالثانية\tsecond\ne1\t\tfirst, after the second\ne3\t\t");
                assertThat(h.after()).isEqualTo("e1\t\tfirst, after the second\ne2\tالثانية\tsecond");
                assertThat(h.editor()).isEqualTo("teacher");
            });

            store.saveTour(reordered, "teacher"); // unchanged: nothing recorded
            assertThat(store.tourHistory("test-tour")).extracting(HistoryEntry::version).containsOnly(1L, 2L);
        }
    }

    @Test
    void aStopOfAnUnknownEventIsRefusedNamingItAndNothingIsWritten() {
        try (CatalogueStore store = storeWithEvents()) {
            Tour bad = new Tour("test-tour", TOUR.title(), List.of(new Tour.Stop("e1", null), new Tour.Stop("no-such-event", null)));
            assertThatThrownBy(() -> store.saveTour(bad, "teacher"))
                    .isInstanceOf(InvalidEditException.class)
                    .hasMessageContaining("Tour \"test-tour\"")
                    .hasMessageContaining("stops[1].event")
                    .hasMessageContaining("no-such-event");
            assertThat(store.tours()).isEmpty();
            assertThat(store.tourHistory("test-tour")).isEmpty();
        }
    }

    @Test
    void aBadIdNoTitleOrAnEventTwiceAreRefused() {
        try (CatalogueStore store = storeWithEvents()) {
            assertThatThrownBy(() -> store.saveTour(new Tour("Bad Id", TOUR.title(), List.of()), "t"))
                    .isInstanceOf(InvalidEditException.class).hasMessageContaining("\"Bad Id\" is not a valid id");
            assertThatThrownBy(() -> store.saveTour(new Tour("untitled", LocalizedText.EMPTY, List.of()), "t"))
                    .isInstanceOf(InvalidEditException.class).hasMessageContaining("field \"title\"");
            assertThatThrownBy(() -> store.saveTour(new Tour("twice", TOUR.title(),
                    List.of(new Tour.Stop("e1", null), new Tour.Stop("e1", null))), "t"))
                    .isInstanceOf(InvalidEditException.class).hasMessageContaining("already a stop");
            assertThat(store.tours()).isEmpty();
        }
    }

    @Test
    void stopsOfTrashedEventsAreLeftOutUntilTheEventIsRestored() {
        try (CatalogueStore store = storeWithEvents()) {
            store.saveTour(TOUR, "teacher");
            Event e1 = store.event("e1").orElseThrow();
            store.deleteEvent("e1", e1.version(), "editor");
            assertThat(store.tours().get(0).stops()).extracting(Tour.Stop::eventId).containsExactly("e2", "e3");
            assertThat(store.snapshot().tours().get(0).stops()).extracting(Tour.Stop::eventId).containsExactly("e2", "e3");
            assertThatThrownBy(() -> store.saveTour(TOUR, "teacher"))
                    .isInstanceOf(InvalidEditException.class).hasMessageContaining("e1").hasMessageContaining("trash");

            store.restoreEvent("e1", "editor");
            assertThat(store.tours()).containsExactly(TOUR);
        }
    }

    @Test
    void deletingATourKeepsItsEventsAndIsRecorded() {
        try (CatalogueStore store = storeWithEvents()) {
            store.saveTour(TOUR, "teacher");
            store.deleteTour("test-tour", "teacher");
            assertThat(store.tours()).isEmpty();
            assertThat(store.events()).hasSize(3);
            assertThat(store.tourHistory("test-tour")).filteredOn(h -> h.version() == 2)
                    .extracting(HistoryEntry::field, HistoryEntry::after)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("title.ar", null),
                            org.assertj.core.groups.Tuple.tuple("title.en", null),
                            org.assertj.core.groups.Tuple.tuple("stops", null));
            assertThatThrownBy(() -> store.deleteTour("test-tour", "teacher"))
                    .isInstanceOf(StaleEditException.class).hasMessageContaining("test-tour");
            assertThat(store.integrityProblems()).isEmpty();
        }
    }

    @Test
    void deletingAnEventForGoodDeletesItsStops() throws Exception {
        Path file = dir.resolve("tours.db");
        try (CatalogueStore store = storeWithEvents()) {
            store.saveTour(TOUR, "teacher");
        }
        // nothing in the app deletes an event's row; the schema still keeps the tour consistent if something does
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("PRAGMA foreign_keys = ON");
            s.execute("DELETE FROM event_source WHERE event_id = 'e2'");
            s.execute("DELETE FROM event_country WHERE event_id = 'e2'");
            s.execute("DELETE FROM event WHERE id = 'e2'");
        }
        try (CatalogueStore store = SqliteCatalogueStore.open(file)) {
            assertThat(store.tours().get(0).stops()).extracting(Tour.Stop::eventId).containsExactly("e1", "e3");
            assertThat(store.integrityProblems()).isEmpty();
        }
    }

    @Test
    void anImportReplacesATourByIdAndRecordsTheChange() {
        try (CatalogueStore store = storeWithEvents()) {
            Catalogue first = new Catalogue(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(TOUR));
            store.importCatalogue(first);
            assertThat(store.tours()).containsExactly(TOUR);
            assertThat(store.tourHistory("test-tour")).isEmpty(); // new records start without history, as events do
            Tour renamed = new Tour("test-tour", LocalizedText.of("جولة", "Renamed"), TOUR.stops());
            store.importCatalogue(new Catalogue(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                    List.of(renamed)), "importer");
            assertThat(store.tours()).containsExactly(renamed);
            assertThat(store.tourHistory("test-tour")).extracting(HistoryEntry::version, HistoryEntry::field, HistoryEntry::editor)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(2L, "title.ar", "importer"),
                            org.assertj.core.groups.Tuple.tuple(2L, "title.en", "importer"));
        }
    }

    @Test
    void curatedToursAreGivenOnceToADatabaseSeededWithoutThem() {
        Tour curated = new Tour("curated-tour", LocalizedText.of("جولة", "Curated"),
                List.of(new Tour.Stop("e1", null), new Tour.Stop("not-in-this-database", null)));
        try (CatalogueStore store = storeWithEvents()) {
            store.seedTours(List.of(curated));
            assertThat(store.tours()).singleElement().satisfies(t -> {
                assertThat(t.id()).isEqualTo("curated-tour");
                assertThat(t.stops()).extracting(Tour.Stop::eventId).containsExactly("e1"); // the missing event's stop left out
            });
            store.deleteTour("curated-tour", "teacher");
            store.seedTours(List.of(curated));
            assertThat(store.tours()).as("a tour the user deleted does not come back").isEmpty();
        }
    }

    @Test
    void aCuratedTourDoesNotReplaceATourWithItsId() {
        try (CatalogueStore store = storeWithEvents()) {
            store.saveTour(TOUR, "teacher");
            store.seedTours(List.of(new Tour("test-tour", LocalizedText.of(null, "Curated"), List.of())));
            assertThat(store.tours()).containsExactly(TOUR);
        }
    }

    @Test
    void aDatabaseOfSchemaVersion3KeepsItsHistoryWhenToursAreAdded() throws Exception {
        Path file = dir.resolve("v3.db");
        String url = "jdbc:sqlite:" + file;
        Flyway.configure().dataSource(url, null, null).locations("classpath:db/migration").target("3").load().migrate();
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute("INSERT INTO history (kind, record_id, version, at, editor, field, old_value, new_value)"
                    + " VALUES ('event', 'e1', 2, '2026-01-02T00:00:00Z', 'someone', 'title.en', 'Old', 'New')");
        }
        try (CatalogueStore store = SqliteCatalogueStore.open(file)) {
            assertThat(store.history("e1")).singleElement().satisfies(h -> {
                assertThat(h.editor()).isEqualTo("someone");
                assertThat(h.after()).isEqualTo("New");
            });
            store.importCatalogue(Fixtures.catalogue(Fixtures.event("e1", "1993-07-01"), Fixtures.event("e2", "2008-05"),
                    Fixtures.event("e3", "2014")));
            store.saveTour(TOUR, "teacher");
            assertThat(store.tourHistory("test-tour")).hasSize(3);
        }
    }
}
