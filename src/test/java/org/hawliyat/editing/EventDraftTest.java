package org.hawliyat.editing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.hawliyat.app.CuratedData;
import org.hawliyat.model.Event;
import org.hawliyat.model.PartialDate;
import org.junit.jupiter.api.Test;

class EventDraftTest {

    private static final Set<String> TYPES = Set.of("embassy-opening", "official-visit");
    private static final Event EMBASSY = CuratedData.load().events().stream()
            .filter(e -> e.id().equals("qa-kz-2008-05-qatari-embassy-astana")).findFirst().orElseThrow();

    private static EventDraft draft(String start, String end, String titleAr, String titleEn, String type) {
        EventDraft d = EventDraft.of(EMBASSY);
        return new EventDraft(d.id(), type, start, false, null, end, false, null, titleAr, titleEn, null, null,
                d.countryIds(), d.placeId(), d.people(), d.sources(), d.version(), d.modified());
    }

    @Test
    void anUntouchedDraftGivesBackTheEvent() {
        assertThat(EventDraft.of(EMBASSY).problems(TYPES)).isEmpty();
        assertThat(EventDraft.of(EMBASSY).toEvent(TYPES)).isEqualTo(EMBASSY);
    }

    @Test
    void eachProblemNamesItsFieldAndMessage() {
        assertThat(draft("2023-02-30", "", "عنوان", null, "embassy-opening").problems(TYPES))
                .containsExactly(new EventDraft.Problem("date", "edit.problem.date.invalid", "2023-02-30"));
        assertThat(draft("2008", "2007-12", "عنوان", null, "embassy-opening").problems(TYPES))
                .containsExactly(new EventDraft.Problem("end", "edit.problem.end.beforeStart"));
        assertThat(draft("2008", "", " ", null, "embassy-opening").problems(TYPES))
                .containsExactly(new EventDraft.Problem("title", "edit.problem.title.missing"));
        assertThat(draft("2008", "", null, "Title", "no-such-type").problems(TYPES))
                .containsExactly(new EventDraft.Problem("type", "edit.problem.type.unknown", "no-such-type"));
        assertThat(draft("", "", null, "Title", null).problems(TYPES)).extracting(EventDraft.Problem::field)
                .containsExactly("type", "date");
    }

    @Test
    void datesMayBeTypedInArabicIndicDigitsAtAnyPrecision() {
        Event e = draft("٢٠٠٨-٠٥", "٢٠٠٩", null, "Title", "embassy-opening").toEvent(TYPES);
        assertThat(e.start().date()).isEqualTo(PartialDate.parse("2008-05"));
        assertThat(e.end().date()).isEqualTo(PartialDate.parse("2009"));
        assertThat(draft("2008-05-31", "2008-05", null, "T", "embassy-opening").problems(TYPES)).isEmpty(); // same month
    }

    @Test
    void aDraftWithProblemsCannotBecomeAnEvent() {
        assertThatThrownBy(() -> draft("x", "", null, "T", "embassy-opening").toEvent(TYPES))
                .isInstanceOf(IllegalStateException.class);
    }
}
