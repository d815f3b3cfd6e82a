package org.hawliyat.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.hawliyat.app.Catalogues;
import org.hawliyat.model.Event;
import org.hawliyat.model.PartialDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The filter chips' rules, in memory and in the store's query, on the curated dataset. */
class EventFilterTest {

    @TempDir
    static Path dir;

    private static CatalogueStore store;
    private static List<Event> events;

    @BeforeAll
    static void open() {
        store = Catalogues.open(dir.resolve("curated.db"));
        events = store.events();
    }

    @AfterAll
    static void close() {
        store.close();
    }

    private static List<String> inMemory(EventFilter filter) {
        return events.stream().filter(filter::test).map(Event::id).toList();
    }

    private static List<String> inStore(EventFilter filter) {
        return store.events(filter).stream().map(Event::id).toList();
    }

    private static List<String> both(EventFilter filter) {
        List<String> ids = inMemory(filter);
        assertThat(inStore(filter)).as("the store applies %s as the filter does", filter).isEqualTo(ids);
        return ids;
    }

    @Test
    void allPassesEverything() {
        assertThat(EventFilter.ALL.isAll()).isTrue();
        assertThat(both(EventFilter.ALL)).hasSize(events.size());
    }

    @Test
    void datesAtAnyPrecisionFromTheFirstDayOfFromToTheLastDayOfTo() {
        assertThat(both(EventFilter.ALL.withFrom(PartialDate.parse("2022")).withTo(PartialDate.parse("2022"))))
                .allMatch(id -> id.startsWith("qa-kz-2022")).hasSize(4);
        // an event known to the month overlaps any day of it
        assertThat(both(EventFilter.ALL.withFrom(PartialDate.parse("2008-05-31")).withTo(PartialDate.parse("2008-06"))))
                .containsExactly("qa-kz-2008-05-qatari-embassy-astana");
        assertThat(both(EventFilter.ALL.withTo(PartialDate.parse("1999-03")))).containsExactly("qa-kz-1993-relations-established");
        assertThat(both(EventFilter.ALL.withFrom(PartialDate.parse("2023-07-01")))).containsExactly("qa-kz-2023-07-01-thirtieth-anniversary");
        assertThat(both(EventFilter.ALL.withFrom(PartialDate.parse("2024")).withTo(PartialDate.parse("2020")))).isEmpty();
    }

    @Test
    void valuesOfOneFacetAreAlternativesAndFacetsCombine() {
        assertThat(both(EventFilter.ALL.withType("embassy-opening"))).hasSize(2);
        assertThat(both(EventFilter.ALL.withType("embassy-opening").withType("state-visit"))).hasSize(3);
        assertThat(both(EventFilter.ALL.withPerson("tokayev"))).hasSize(3);
        assertThat(both(EventFilter.ALL.withPerson("tokayev").withPerson("nazarbayev"))).hasSize(4);
        assertThat(both(EventFilter.ALL.withPerson("tokayev").withType("honour-award")))
                .containsExactly("qa-kz-2022-10-altyn-kyran-award");
        assertThat(both(EventFilter.ALL.withCountry("KZ"))).hasSize(events.size());
        assertThat(both(EventFilter.ALL.withCountry("FR"))).isEmpty();
        assertThat(both(EventFilter.ALL.withSourcedOnly(true))).hasSize(events.size()); // every curated event cites the article
    }

    @Test
    void chipsAreRemovedOneByOneAndKeepTheirOrder() {
        EventFilter filter = EventFilter.ALL.withType("state-visit").withType("embassy-opening").withCountry("QA");
        assertThat(filter.typeIds()).containsExactly("state-visit", "embassy-opening");
        assertThat(filter.withoutType("state-visit").typeIds()).containsExactly("embassy-opening");
        assertThat(filter.withoutType("state-visit").withoutType("embassy-opening").withoutCountry("QA").isAll()).isTrue();
        assertThat(EventFilter.ALL.withPerson("tokayev").withoutPerson("tokayev")).isEqualTo(EventFilter.ALL);
    }

    @Test
    void aSearchsMatchesCombineWithTheChips() {
        Set<String> matches = store.matchingEventIds("Tamim");
        EventFilter filter = EventFilter.ALL.withEventIds(matches).withFrom(PartialDate.parse("2022-10"))
                .withTo(PartialDate.parse("2022-10")).withType("state-visit");
        assertThat(both(filter)).containsExactly("qa-kz-2022-10-tamim-state-visit");
        assertThat(both(filter.withEventIds(null).withoutType("state-visit"))).hasSize(3);
        assertThat(both(EventFilter.ALL.withEventIds(Set.of()))).isEmpty();
    }

    @Test
    void theOldThreeFieldFilterStillMeansDatesAndOneType() {
        assertThat(new EventFilter(null, null, "state-visit")).isEqualTo(EventFilter.ALL.withType("state-visit"));
        assertThat(new EventFilter(null, null, null)).isEqualTo(EventFilter.ALL);
    }
}
