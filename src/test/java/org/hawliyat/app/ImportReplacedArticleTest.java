package org.hawliyat.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hawliyat.io.CatalogueJson;
import org.hawliyat.io.DataFileException;
import org.hawliyat.model.Article;
import org.hawliyat.model.Catalogue;
import org.hawliyat.model.Event;
import org.hawliyat.model.SourceRef;
import org.hawliyat.store.CatalogueStore;
import org.hawliyat.store.sqlite.SqliteCatalogueStore;
import org.hawliyat.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An import that replaces an article must leave every passage quoted by the events staying in the
 * database in its text: found by the property "whatever import accepts, check accepts" (importing
 * the curated article with another text was accepted, and check then reported five events).
 */
class ImportReplacedArticleTest {

    private static final String NEW_TEXT = "A new text.\n" + Fixtures.ARTICLE_TEXT;

    @TempDir
    Path dir;

    private Path file(Catalogue records) throws Exception {
        Path file = dir.resolve("replacing.json");
        Files.writeString(file, new CatalogueJson().writeToString(records));
        return file;
    }

    private static Catalogue articleOnly(String text) {
        Article a = Fixtures.article();
        Article replaced = new Article(a.id(), a.title(), a.outlet(), a.author(), a.language(), a.published(), a.provenance(), text);
        return new Catalogue(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(replaced), List.of());
    }

    @Test
    void anArticleWhoseNewTextLosesAQuotedPassageIsRefusedNamingTheArticleAndTheEvent() throws Exception {
        try (CatalogueStore store = SqliteCatalogueStore.open(dir.resolve("a.db"))) {
            store.importCatalogue(Fixtures.catalogue(Fixtures.event("e1", "1993-07-01"), Fixtures.event("e2", "2008")));
            String before = new CatalogueJson().writeToString(store.snapshot());
            Path file = file(articleOnly(NEW_TEXT)); // the passage moved: the spans no longer hold it

            assertThatThrownBy(() -> new ImportService(store, "test").importFiles(List.of(file), false))
                    .isInstanceOf(DataFileException.class)
                    .hasMessageStartingWith(file + ": article \"test-article\" would no longer hold a passage that an event"
                            + " in the database quotes: event \"e1\", field \"sources[0].quote\"")
                    .hasMessageContaining("(and 1 more problems)");
            assertThat(new CatalogueJson().writeToString(store.snapshot())).isEqualTo(before);
            assertThat(CatalogueCheck.run(store)).isEmpty();
        }
    }

    @Test
    void theSameArticleIsAcceptedWithTheEventsThatQuoteItMovedAlongAndWhenItKeepsThePassages() throws Exception {
        try (CatalogueStore store = SqliteCatalogueStore.open(dir.resolve("b.db"))) {
            store.importCatalogue(Fixtures.catalogue(Fixtures.event("e1", "1993-07-01")));
            int shift = NEW_TEXT.indexOf(Fixtures.QUOTE);
            Event moved = Fixtures.event("e1", "1993-07-01");
            moved = new Event(moved.id(), moved.typeId(), moved.start(), moved.end(), moved.title(), moved.summary(),
                    moved.countryIds(), moved.placeId(), moved.people(),
                    List.of(new SourceRef("test-article", shift, shift + Fixtures.QUOTE.length(), Fixtures.QUOTE)), 1, moved.modified());
            Catalogue withEvent = articleOnly(NEW_TEXT);
            withEvent = new Catalogue(List.of(), List.of(), List.of(), List.of(), List.of(), withEvent.articles(), List.of(moved));
            new ImportService(store, "test").importFiles(List.of(file(withEvent)), false);
            assertThat(store.article("test-article").orElseThrow().text()).isEqualTo(NEW_TEXT);
            assertThat(CatalogueCheck.run(store)).isEmpty();

            // a text that keeps the passage where it was is fine on its own
            String kept = NEW_TEXT + "\nOne more line.";
            new ImportService(store, "test").importFiles(List.of(file(articleOnly(kept))), false);
            assertThat(store.article("test-article").orElseThrow().text()).isEqualTo(kept);
            assertThat(CatalogueCheck.run(store)).isEmpty();
        }
    }

    @Test
    void anEventInTheTrashKeepsItsPassageToo() throws Exception {
        try (CatalogueStore store = SqliteCatalogueStore.open(dir.resolve("c.db"))) {
            store.importCatalogue(Fixtures.catalogue(Fixtures.event("e1", "1993-07-01")));
            store.deleteEvent("e1", 1, "test");
            Path file = file(articleOnly(NEW_TEXT));
            assertThatThrownBy(() -> new ImportService(store, "test").importFiles(List.of(file), false))
                    .isInstanceOf(DataFileException.class).hasMessageContaining("event \"e1\"");
        }
    }
}
