package org.hawliyat.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hawliyat.model.Article;
import org.hawliyat.model.Catalogue;
import org.hawliyat.model.DatePrecision;
import org.hawliyat.model.Event;
import org.hawliyat.model.SourceRef;
import org.hawliyat.model.validation.CatalogueValidator;
import org.hawliyat.model.Tour;
import org.hawliyat.store.CatalogueStore;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.Test;

/** The curated dataset that every new database starts with. */
class CuratedDataTest {

    private final Catalogue curated = CuratedData.load();

    @Test
    void isValid() {
        assertThat(new CatalogueValidator().validate(curated)).isEmpty();
    }

    @Test
    void everySpanHoldsItsQuoteInTheStoredArticleText() {
        Map<String, Article> articles = curated.articles().stream().collect(Collectors.toMap(Article::id, Function.identity()));
        for (Event e : curated.events()) {
            assertThat(e.sources()).as(e.id() + " has a source").isNotEmpty();
            for (SourceRef s : e.sources()) {
                String text = articles.get(s.articleId()).text();
                assertThat(text.substring(s.start(), s.end())).as(e.id()).isEqualTo(s.quote());
            }
        }
    }

    @Test
    void holdsTheArticlesDatedEvents() {
        assertThat(curated.events()).hasSizeGreaterThanOrEqualTo(12);
        assertThat(curated.events()).anySatisfy(e -> {
            assertThat(e.start().date().toIso()).isEqualTo("1993-07-01");
            assertThat(e.start().approximate()).isFalse();
            assertThat(e.typeId()).isEqualTo("relations-established");
        });
        assertThat(curated.events()).extracting(e -> e.start().date().toIso())
                .contains("1999-04", "2007-05", "2008-05", "2014-01", "2015-10", "2020-02", "2022-06", "2022-10", "2023-06");
        // every event has both languages
        assertThat(curated.events()).allSatisfy(e -> {
            assertThat(e.title().ar()).isNotBlank();
            assertThat(e.title().en()).isNotBlank();
        });
    }

    @Test
    void relativeDatesAreApproximateAndSayWhy() {
        for (Event e : curated.events()) {
            if (e.start().date().year() >= 2022) {
                assertThat(e.start().approximate()).as(e.id()).isTrue();
                assertThat(e.start().note()).as(e.id()).isNotBlank();
            }
        }
        assertThat(curated.events()).filteredOn(e -> e.typeId().equals("state-visit"))
                .singleElement().satisfies(e -> {
                    assertThat(e.start().date().toIso()).isEqualTo("2022-10");
                    assertThat(e.start().precision()).isEqualTo(DatePrecision.MONTH);
                });
    }

    @Test
    void theSourceArticleIsAttributedAndItsDateMarkedApproximate() {
        Article article = curated.articles().get(0);
        assertThat(article.author()).isEqualTo("سيف الحموري");
        assertThat(article.outlet()).isEqualTo("حال قطر");
        assertThat(article.published().date().year()).isEqualTo(2023);
        assertThat(article.published().approximate()).isTrue();
        assertThat(article.text()).startsWith("الدوحة - سيف الحموري").doesNotContain("Advertisements");
    }

    @Test
    void theTourVisitsItsEventsInTimeOrderWithANoteInBothLanguagesAtEachStop() {
        Map<String, Event> events = curated.events().stream().collect(Collectors.toMap(Event::id, Function.identity()));
        assertThat(curated.tours()).singleElement().satisfies(tour -> {
            assertThat(tour.title().ar()).isEqualTo("ثلاثون عامًا من العلاقات القطرية الكازاخستانية");
            assertThat(tour.title().en()).isEqualTo("Thirty years of Qatar–Kazakhstan relations");
            assertThat(tour.stops()).hasSize(10);
            assertThat(tour.stops()).extracting(s -> events.get(s.eventId())).isSortedAccordingTo(Event::compareTo);
            assertThat(tour.stops()).allSatisfy(s -> {
                assertThat(s.note().ar()).isNotBlank();
                assertThat(s.note().en()).isNotBlank();
            });
        });
    }

    @TempDir
    java.nio.file.Path dir;

    @Test
    void aDatabaseFilledBeforeToursGetsTheCuratedTourOnceWhenOpened() throws Exception {
        java.nio.file.Path file = dir.resolve("older.db");
        try (CatalogueStore store = Catalogues.open(file)) {
            assertThat(store.tours()).extracting(Tour::id).containsExactly("qa-kz-thirty-years");
        }
        // as a database filled by a version before tours: no tour, and no note of having been given one
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file);
             java.sql.Statement s = c.createStatement()) {
            s.execute("DELETE FROM tour_stop");
            s.execute("DELETE FROM tour");
            s.execute("DELETE FROM app_meta WHERE key = 'curated-tours-loaded'");
        }
        try (CatalogueStore store = Catalogues.open(file)) {
            assertThat(store.tours()).singleElement().isEqualTo(curated.tours().get(0));
            store.deleteTour("qa-kz-thirty-years", "teacher");
        }
        try (CatalogueStore store = Catalogues.open(file)) {
            assertThat(store.tours()).as("deleted by the user: not given again").isEmpty();
        }
    }
}
