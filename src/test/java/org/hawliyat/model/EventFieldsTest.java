package org.hawliyat.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.hawliyat.app.CuratedData;
import org.junit.jupiter.api.Test;

class EventFieldsTest {

    private static final Event EMBASSY = CuratedData.load().events().stream()
            .filter(e -> e.id().equals("qa-kz-2022-10-qatar-chamber-business-delegation")).findFirst().orElseThrow();

    @Test
    void everyCuratedEventSurvivesTheRoundTripThroughItsFields() {
        for (Event e : CuratedData.load().events()) {
            assertThat(EventFields.with(e, EventFields.of(e))).isEqualTo(e);
        }
    }

    @Test
    void valuesWithTabsLineBreaksAndBackslashesSurvive() {
        Event odd = EventFields.with(EMBASSY, Map.of("people", "emir\tأمير\\دولة\tEmir\\tof\\nQatar",
                "title.en", "Two\nlines"));
        assertThat(odd.people().get(0).role().ar()).isEqualTo("أمير\\دولة".replace("\\", "")); // a lone backslash escapes the next character
        assertThat(EventFields.with(odd, EventFields.of(odd))).isEqualTo(odd);
        Event quoted = EventFields.with(EMBASSY, Map.of("sources", "a\t1\t5\tone\\ttwo\\\\three\\nfour"));
        assertThat(quoted.sources().get(0).quote()).isEqualTo("one\ttwo\\three\nfour");
        assertThat(EventFields.with(quoted, EventFields.of(quoted))).isEqualTo(quoted);
    }

    @Test
    void theDiffNamesEachChangedFieldWithBothValues() {
        Event changed = EventFields.with(EMBASSY, Map.of("title.en", "New title", "approximate", "false"));
        assertThat(EventFields.diff(EMBASSY, changed)).containsExactly(
                new EventFields.Change("approximate", "true", "false"),
                new EventFields.Change("title.en", EMBASSY.title().en(), "New title"));
        assertThat(EventFields.diff(EMBASSY, EMBASSY)).isEmpty();
        assertThat(EventFields.diff(null, EMBASSY)).extracting(EventFields.Change::before).containsOnlyNulls();
    }

    @Test
    void anEmptyValueClearsAnOptionalField() {
        Event cleared = EventFields.with(EMBASSY, Map.of("summary.ar", "", "place", ""));
        assertThat(cleared.summary().ar()).isNull();
        assertThat(cleared.placeId()).isNull();
    }

    @Test
    void badValuesNameTheField() {
        assertThatThrownBy(() -> EventFields.with(EMBASSY, Map.of("date", "2023-02-30")))
                .hasMessageStartingWith("field \"date\": ").hasMessageContaining("not a real date");
        assertThatThrownBy(() -> EventFields.with(EMBASSY, Map.of("approximate", "perhaps")))
                .hasMessageStartingWith("field \"approximate\"");
        assertThatThrownBy(() -> EventFields.with(EMBASSY, Map.of("type", " ")))
                .hasMessage("field \"type\": it is missing");
        assertThatThrownBy(() -> EventFields.with(EMBASSY, Map.of("colour", "red")))
                .hasMessageStartingWith("\"colour\" is not a field");
        assertThatThrownBy(() -> EventFields.with(EMBASSY, Map.of("sources", "a\tx\t5\tq")))
                .hasMessageStartingWith("field \"sources\"");
    }
}
