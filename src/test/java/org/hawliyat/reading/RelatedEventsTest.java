package org.hawliyat.reading;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.hawliyat.model.Event;
import org.hawliyat.model.EventDate;
import org.hawliyat.model.LocalizedText;
import org.hawliyat.model.Participant;
import org.hawliyat.model.SourceRef;
import org.junit.jupiter.api.Test;

class RelatedEventsTest {

    private static Event event(String id, String date, List<String> countries, String person, String article) {
        return new Event(id, "visit", EventDate.parse(date), null, LocalizedText.of(null, id), null, countries, null,
                person == null ? List.of() : List.of(new Participant(person, LocalizedText.EMPTY)),
                article == null ? List.of() : List.of(new SourceRef(article, 0, 1, "x")), 1, Instant.EPOCH);
    }

    private final Event a = event("a", "1990", List.of("QA"), "emir", null);
    private final Event b = event("b", "1995", List.of("KZ"), null, "art");
    private final Event c = event("c", "2000", List.of("QA", "KZ"), "emir", "art");
    private final Event d = event("d", "2005", List.of("FR"), null, null);
    private final Event e = event("e", "2010", List.of("QA"), "emir", null);
    private final Event f = event("f", "2015", List.of("KZ"), null, "art");
    private final List<Event> all = Stream.of(a, b, c, d, e, f).sorted().toList();

    @Test
    void neighboursAreTheEventsJustBeforeAndAfter() {
        RelatedEvents related = RelatedEvents.of(c, all);
        assertThat(related.previous()).isEqualTo(b);
        assertThat(related.next()).isEqualTo(d);
        assertThat(RelatedEvents.of(a, all).previous()).isNull();
        assertThat(RelatedEvents.of(f, all).next()).isNull();
    }

    @Test
    void eachEventAppearsInOneGroupOnlyAndNeverTheEventItself() {
        RelatedEvents related = RelatedEvents.of(c, all);
        assertThat(related.samePeople()).containsExactly(a, e);
        assertThat(related.sameArticle()).containsExactly(f); // b is already the previous event
        assertThat(related.sameCountries()).isEmpty(); // a, b, e, f all shown above; d shares no country
        List<Event> shown = new ArrayList<>(related.samePeople());
        shown.addAll(related.sameArticle());
        shown.addAll(related.sameCountries());
        assertThat(shown).doesNotContain(c, b, d).doesNotHaveDuplicates();
    }

    @Test
    void groupsKeepTheNearestInTimeUpToTheLimitInTimeOrder() {
        List<Event> many = new ArrayList<>();
        for (int year = 1950; year < 2020; year += 5) {
            many.add(event("y" + year, String.valueOf(year), List.of("QA"), null, null));
        }
        Event middle = many.get(7); // 1985
        RelatedEvents related = RelatedEvents.of(middle, many);
        assertThat(related.sameCountries()).hasSize(RelatedEvents.GROUP_LIMIT).isSorted();
        assertThat(related.sameCountries()).extracting(Event::id)
                .containsExactly("y1965", "y1970", "y1975", "y1995", "y2000"); // a tie goes to the earlier
    }

    @Test
    void anEventAloneHasNothingRelated() {
        assertThat(RelatedEvents.of(a, List.of(a)).isEmpty()).isTrue();
    }
}
