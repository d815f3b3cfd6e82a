package org.hawliyat.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.hawliyat.model.Event;
import org.hawliyat.model.EventFields;
import org.hawliyat.store.sqlite.SqliteCatalogueStore;
import org.hawliyat.testing.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Drafts kept durably per event and editor, and noticing changes made through another connection. */
class DraftsAndChangesTest {

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

    @Test
    void aDraftSurvivesReopeningAndIsKeptPerEventAndEditor() {
        Instant at = Instant.parse("2026-11-29T09:30:00Z");
        try (CatalogueStore store = SqliteCatalogueStore.open(file)) {
            store.saveDraft(new StoredDraft("e1", "Amal", 1, at, Map.of("title.en", "typed", "dateNote", "")));
            store.saveDraft(new StoredDraft("e1", "Amal", 1, at.plusSeconds(3), Map.of("title.en", "typed more")));
            store.saveDraft(new StoredDraft("e2", "Bilal", 1, at, Map.of("title.ar", "مسودة")));
        }
        try (CatalogueStore store = SqliteCatalogueStore.open(file)) {
            StoredDraft amal = store.draft("e1", "Amal").orElseThrow();
            assertThat(amal.fields()).containsExactly(Map.entry("title.en", "typed more"));
            assertThat(amal.savedAt()).isEqualTo(at.plusSeconds(3));
            assertThat(amal.baseVersion()).isEqualTo(1);
            assertThat(store.drafts("Amal")).extracting(StoredDraft::eventId).containsExactly("e1");
            assertThat(store.drafts("Bilal")).singleElement().satisfies(d -> assertThat(d.fields()).containsEntry("title.ar", "مسودة"));
            store.deleteDraft("e1", "Amal");
            assertThat(store.draft("e1", "Amal")).isEmpty();
            assertThat(store.drafts("Bilal")).hasSize(1);
            assertThat(store.integrityProblems()).isEmpty();
        }
    }

    @Test
    void aSaveThroughAnotherConnectionChangesTheTokenAndIsListedSinceTheMark() {
        try (CatalogueStore mine = SqliteCatalogueStore.open(file); CatalogueStore other = SqliteCatalogueStore.open(file)) {
            long token = mine.changeToken();
            long mark = mine.changeMark();
            // my own save does not change my token
            mine.saveEvent(EventFields.with(mine.event("e2").orElseThrow(), Map.of("title.en", "Mine")), "Me");
            assertThat(mine.changeToken()).isEqualTo(token);
            Event e1 = other.event("e1").orElseThrow();
            other.saveEvent(EventFields.with(e1, Map.of("title.en", "Elsewhere", "title.ar", "في مكان آخر")), "Other");
            assertThat(mine.changeToken()).isNotEqualTo(token);
            ChangeFeed.Changes changes = mine.changesSince(mark);
            assertThat(changes.events()).extracting(EventChange::eventId).containsExactly("e2", "e1");
            EventChange e1Change = changes.events().get(1);
            assertThat(e1Change.editor()).isEqualTo("Other");
            assertThat(e1Change.version()).isEqualTo(e1.version() + 1);
            assertThat(mine.changesSince(changes.mark()).events()).isEmpty();
            assertThat(mine.event("e1").orElseThrow().title().en()).isEqualTo("Elsewhere");
        }
    }
}
