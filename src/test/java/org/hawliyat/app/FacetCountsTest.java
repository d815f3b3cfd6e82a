package org.hawliyat.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.hawliyat.bench.SyntheticCatalogue;
import org.hawliyat.model.Catalogue;
import org.hawliyat.model.Event;
import org.hawliyat.model.Participant;
import org.hawliyat.model.PartialDate;
import org.hawliyat.store.EventFilter;
import org.junit.jupiter.api.Test;

class FacetCountsTest {

    private final List<Event> curated = CuratedData.load().events();

    private static long count(List<Event> events, EventFilter filter) {
        return events.stream().filter(filter::test).count();
    }

    @Test
    void countsOnTheCuratedData() {
        FacetCounts none = FacetCounts.of(curated, EventFilter.ALL);
        assertThat(none.total()).isEqualTo(curated.size());
        assertThat(none.ifTypeAdded("embassy-opening")).isEqualTo(2);
        assertThat(none.ifPersonAdded("tokayev")).isEqualTo(3);
        assertThat(none.ifCountryAdded("KZ")).isEqualTo(curated.size());
        assertThat(none.ifCountryAdded("FR")).isZero();

        // with a type chip on, another type's chip widens the result, and one already on changes nothing
        FacetCounts embassies = FacetCounts.of(curated, EventFilter.ALL.withType("embassy-opening"));
        assertThat(embassies.total()).isEqualTo(2);
        assertThat(embassies.ifTypeAdded("state-visit")).isEqualTo(3);
        assertThat(embassies.ifTypeAdded("embassy-opening")).isEqualTo(2);
        assertThat(embassies.ifPersonAdded("tokayev")).isZero();
    }

    /** Every count is what adding the chip and filtering would give, on filters of every kind. */
    @Test
    void everyCountIsWhatTheChipWouldLeave() {
        Catalogue synthetic = SyntheticCatalogue.generate(3_000, 20, 9);
        List<Event> events = new ArrayList<>(synthetic.events());
        // the synthetic events have no people and all have sources: mix in the curated ones and some without
        events.addAll(curated);
        for (int i = 0; i < 200; i++) {
            Event e = events.get(i);
            events.set(i, new Event(e.id(), e.typeId(), e.start(), e.end(), e.title(), e.summary(), e.countryIds(),
                    null, List.of(new Participant(i % 3 == 0 ? "tokayev" : "nazarbayev", null)), List.of(), 1, e.modified()));
        }
        List<String> types = synthetic.types().stream().map(t -> t.id()).toList();
        List<String> countries = events.stream().flatMap(e -> e.countryIds().stream()).distinct().sorted().toList();
        List<String> people = List.of("tokayev", "nazarbayev", "tamim-bin-hamad", "hamad-bin-khalifa");
        Random random = new Random(3);
        for (int round = 0; round < 60; round++) {
            EventFilter filter = EventFilter.ALL;
            if (random.nextBoolean()) {
                filter = filter.withFrom(PartialDate.ofYear(1800 + random.nextInt(200)));
            }
            if (random.nextBoolean()) {
                filter = filter.withTo(PartialDate.ofMonth(1900 + random.nextInt(126), 1 + random.nextInt(12)));
            }
            for (int n = random.nextInt(3); n > 0; n--) {
                filter = filter.withType(types.get(random.nextInt(types.size())));
            }
            for (int n = random.nextInt(3); n > 0; n--) {
                filter = filter.withCountry(countries.get(random.nextInt(countries.size())));
            }
            for (int n = random.nextInt(2); n > 0; n--) {
                filter = filter.withPerson(people.get(random.nextInt(people.size())));
            }
            filter = filter.withSourcedOnly(random.nextInt(4) == 0);
            if (random.nextInt(4) == 0) {
                Set<String> some = events.stream().filter(e -> random.nextInt(3) > 0).map(Event::id).collect(Collectors.toSet());
                filter = filter.withEventIds(some);
            }
            FacetCounts counts = FacetCounts.of(events, filter);
            assertThat(counts.total()).as("%s", filter).isEqualTo(count(events, filter));
            for (String type : types) {
                assertThat(counts.ifTypeAdded(type)).as("type %s with %s", type, filter).isEqualTo(count(events, filter.withType(type)));
            }
            for (String country : new HashSet<>(countries)) {
                assertThat(counts.ifCountryAdded(country)).as("country %s", country).isEqualTo(count(events, filter.withCountry(country)));
            }
            for (String person : people) {
                assertThat(counts.ifPersonAdded(person)).as("person %s", person).isEqualTo(count(events, filter.withPerson(person)));
            }
            assertThat(counts.ifSourcedOnly()).isEqualTo(count(events, filter.withSourcedOnly(true)));
        }
    }
}
