package org.hawliyat.editing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.hawliyat.model.LocalizedText;
import org.hawliyat.model.Participant;
import org.hawliyat.model.SourceRef;
import org.hawliyat.testing.Fixtures;
import org.junit.jupiter.api.Test;

class DraftFieldsTest {

    @Test
    void aDraftComesBackAsTypedEvenWithTabsLineBreaksAndAnInvalidDate() {
        EventDraft d = EventDraft.of(Fixtures.event("e1", "1993-07-01"));
        EventDraft typed = new EventDraft(d.id(), d.typeId(), "2023-02-30", true, "a\tnote\\ with\nbreaks", "", false, null,
                "عنوان", "Title", "ملخص\nبسطرين", null, List.of("KZ", "QA"), "doha",
                List.of(new Participant("p1", LocalizedText.of("وزير", "minister\tof x"))),
                List.of(new SourceRef("test-article", 0, 4, "تأسس")), 3, null);
        EventDraft back = DraftFields.draft(d.id(), 3, DraftFields.of(typed));
        assertThat(back).isEqualTo(typed);
        assertThat(back.start()).isEqualTo("2023-02-30");
    }

    @Test
    void sameContentIgnoresEmptyVersusMissingAndTheOrderOfCountries() {
        EventDraft d = EventDraft.of(Fixtures.event("e1", "1993-07-01"));
        EventDraft asForm = new EventDraft(d.id(), d.typeId(), d.start(), d.approximate(), "", "", false, "",
                d.titleAr(), d.titleEn(), d.summaryAr() == null ? "" : d.summaryAr(), d.summaryEn(),
                List.of("KZ", "QA"), d.placeId(), d.people(), d.sources(), 0, null);
        assertThat(d.sameContent(asForm)).isTrue();
        EventDraft edited = new EventDraft(d.id(), d.typeId(), d.start(), d.approximate(), "", "", false, "",
                d.titleAr(), "Changed", d.summaryAr(), d.summaryEn(), d.countryIds(), d.placeId(), d.people(),
                d.sources(), d.version(), d.modified());
        assertThat(d.sameContent(edited)).isFalse();
    }
}
