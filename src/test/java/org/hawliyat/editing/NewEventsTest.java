package org.hawliyat.editing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.hawliyat.model.Event;
import org.hawliyat.model.EventDate;
import org.hawliyat.model.SourceRef;
import org.hawliyat.testing.DefaultLocale;
import org.hawliyat.testing.Fixtures;
import org.junit.jupiter.api.Test;

class NewEventsTest {

    private static Event event(String date, String type, List<String> countries) {
        Event e = Fixtures.event("event-d6ed4490", date);
        return new Event(e.id(), type, EventDate.parse(date), null, e.title(), e.summary(), countries, null,
                List.of(), List.of(), 0, e.modified());
    }

    @Test
    void theIdSaysDateTypeAndCountryAndIsUnique() {
        Event embassy = event("1993-07-01", "embassy-opening", List.of("QA", "KZ"));
        assertThat(NewEvents.readableId(embassy, id -> false)).isEqualTo("1993-07-01-embassy-qa");
        assertThat(NewEvents.readableId(embassy, Set.of("1993-07-01-embassy-qa", "1993-07-01-embassy-qa-2")::contains))
                .isEqualTo("1993-07-01-embassy-qa-3");
        assertThat(NewEvents.readableId(event("2024-03", "official-visit", List.of()), id -> false))
                .isEqualTo("2024-03-official");
    }

    @Test
    void theIdIsAsciiUnderAnArabicOrTurkishLocale() throws Exception {
        Event visit = event("2008-05", "ILLUSTRIOUS-visit", List.of("IQ"));
        for (DefaultLocale locale : DefaultLocale.ALL) {
            String id = locale.run(() -> NewEvents.readableId(visit, x -> false));
            assertThat(id).isEqualTo("2008-05-illustrious-iq");
        }
    }

    @Test
    void aQuoteLosesTheSpacesAroundItAndItsSpanFollows() {
        String text = "قال:  تأسست العلاقات \n";
        SourceRef selected = new SourceRef("a", 4, text.length(), text.substring(4));
        SourceRef trimmed = NewEvents.trimmed(selected);
        assertThat(trimmed.quote()).isEqualTo("تأسست العلاقات");
        assertThat(text.substring(trimmed.start(), trimmed.end())).isEqualTo("تأسست العلاقات");
        assertThat(NewEvents.trimmed(trimmed)).isSameAs(trimmed);
    }
}
