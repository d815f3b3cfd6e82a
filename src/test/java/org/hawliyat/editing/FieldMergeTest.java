package org.hawliyat.editing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.hawliyat.model.Event;
import org.hawliyat.model.EventFields;
import org.hawliyat.testing.Fixtures;
import org.junit.jupiter.api.Test;

/** The three-way merge, field by field, against the version the form was opened at. */
class FieldMergeTest {

    private static final Event BASE = Fixtures.event("e1", "1993-07-01");

    private static Event set(Event e, String... fieldValues) {
        Map<String, String> values = new java.util.LinkedHashMap<>();
        for (int i = 0; i < fieldValues.length; i += 2) {
            values.put(fieldValues[i], fieldValues[i + 1]);
        }
        return EventFields.with(e, values);
    }

    @Test
    void aFieldOnlyTheyChangedKeepsTheirsAndOneOnlyIChangedTakesMine() {
        // the scenario: A saved both titles; B changed only the Arabic title
        Event theirs = set(BASE, "title.ar", "عنوان أ", "title.en", "Title by A").withVersion(2, BASE.modified());
        Event mine = set(BASE, "title.ar", "عنوان ب");
        FieldMerge merge = new FieldMerge(BASE, mine, theirs);
        assertThat(merge.theirsOnly()).containsExactly("title.en");
        assertThat(merge.conflicts()).extracting(FieldMerge.Conflict::field).containsExactly("title.ar");
        assertThat(merge.conflicts().get(0)).isEqualTo(new FieldMerge.Conflict("title.ar", "إقامة العلاقات", "عنوان ب", "عنوان أ"));
        Event merged = merge.merged(Map.of("title.ar", FieldMerge.Side.MINE));
        assertThat(merged.title().ar()).isEqualTo("عنوان ب");
        assertThat(merged.title().en()).isEqualTo("Title by A");
        assertThat(merged.version()).isEqualTo(2); // saved over theirs
        assertThat(merge.merged(Map.of("title.ar", FieldMerge.Side.THEIRS)).title().ar()).isEqualTo("عنوان أ");
    }

    @Test
    void changesToDifferentFieldsMergeWithoutAChoice() {
        Event theirs = set(BASE, "title.en", "Theirs").withVersion(2, BASE.modified());
        Event mine = set(BASE, "summary.en", "My summary", "place", "");
        FieldMerge merge = new FieldMerge(BASE, mine, theirs);
        assertThat(merge.isClean()).isTrue();
        assertThat(merge.mineOnly()).containsExactly("summary.en");
        Event merged = merge.merged(Map.of());
        assertThat(merged.title().en()).isEqualTo("Theirs");
        assertThat(merged.summary().en()).isEqualTo("My summary");
        assertThat(merged.title().ar()).isEqualTo(BASE.title().ar());
    }

    @Test
    void theSameChangeOnBothSidesIsNoConflict() {
        Event theirs = set(BASE, "title.en", "Same").withVersion(2, BASE.modified());
        Event mine = set(BASE, "title.en", "Same");
        FieldMerge merge = new FieldMerge(BASE, mine, theirs);
        assertThat(merge.isClean()).isTrue();
        assertThat(merge.mineOnly()).isEmpty();
        assertThat(merge.merged(Map.of()).title().en()).isEqualTo("Same");
    }

    @Test
    void countriesAreComparedAsSets() {
        assertThat(BASE.countryIds()).containsExactly("QA", "KZ");
        Event reordered = BASE.withVersion(1, BASE.modified());
        reordered = new Event(reordered.id(), reordered.typeId(), reordered.start(), reordered.end(), reordered.title(),
                reordered.summary(), List.of("KZ", "QA"), reordered.placeId(), reordered.people(), reordered.sources(),
                reordered.version(), reordered.modified());
        Event theirs = set(BASE, "countries", "QA").withVersion(2, BASE.modified());
        FieldMerge merge = new FieldMerge(BASE, reordered, theirs);
        assertThat(merge.conflicts()).isEmpty(); // my reordering is no change
        assertThat(merge.theirsOnly()).containsExactly("countries");
        assertThat(merge.merged(Map.of()).countryIds()).containsExactly("QA");
        // and when both only reordered, nothing at all
        assertThat(new FieldMerge(BASE, reordered, reordered).mineOnly()).isEmpty();
    }

    @Test
    void aConflictWithoutAChoiceIsRefused() {
        Event theirs = set(BASE, "title.en", "Theirs").withVersion(2, BASE.modified());
        Event mine = set(BASE, "title.en", "Mine");
        FieldMerge merge = new FieldMerge(BASE, mine, theirs);
        assertThatThrownBy(() -> merge.merged(Map.of())).hasMessageContaining("title.en");
    }

    @Test
    void aFieldIClearedIsClearedInTheMerge() {
        Event theirs = set(BASE, "title.ar", "جديد").withVersion(2, BASE.modified());
        Event mine = set(BASE, "summary.en", "");
        FieldMerge merge = new FieldMerge(BASE, mine, theirs);
        assertThat(merge.mineOnly()).containsExactly("summary.en");
        Event merged = merge.merged(Map.of());
        assertThat(merged.summary().en()).isNull();
        assertThat(merged.title().ar()).isEqualTo("جديد");
    }
}
