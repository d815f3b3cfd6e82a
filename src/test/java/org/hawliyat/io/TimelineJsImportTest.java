package org.hawliyat.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.hawliyat.model.Article;
import org.hawliyat.model.Catalogue;
import org.hawliyat.model.DatePrecision;
import org.hawliyat.model.Event;
import org.hawliyat.model.Period;
import org.hawliyat.model.validation.CatalogueValidator;
import org.junit.jupiter.api.Test;

/** TimelineJS files from the TimelineJS project itself (src/test/resources/timelinejs, MPL-2.0) and made here. */
class TimelineJsImportTest {

    static byte[] resource(String name) throws IOException {
        try (InputStream in = TimelineJsImportTest.class.getResourceAsStream("/timelinejs/" + name)) {
            assertThat(in).as(name).isNotNull();
            return in.readAllBytes();
        }
    }

    private static DataFiles.Result read(String name, boolean skipInvalid) throws Exception {
        return DataFiles.read(resource(name), name, new DataFiles.Options(null, skipInvalid));
    }

    private static Event event(Catalogue c, String titleEn) {
        return c.events().stream().filter(e -> titleEn.equals(e.title().en())).findFirst().orElseThrow(
                () -> new AssertionError("no event titled " + titleEn + " in " + c.events().stream().map(e -> e.title().en()).toList()));
    }

    @Test
    void theErasExampleBecomesEventsPeriodsSourcesAndATourThatTheValidatorAccepts() throws Exception {
        DataFiles.Result result = read("eras.json", false);
        Catalogue c = result.catalogue();
        assertThat(result.kind()).isEqualTo(DataFiles.Kind.TIMELINEJS_JSON);
        assertThat(new CatalogueValidator().validate(c)).isEmpty();
        assertThat(c.events()).hasSize(20);
        assertThat(c.periods()).extracting(p -> p.name().en())
                .containsExactly("Era Test 600-700", "Era Test 700-800", "Era Test 800-900", "Tang Dynasty in China");
        Period tang = c.periods().get(3);
        assertThat(tang.start().toIso()).isEqualTo("0618-06-18");
        assertThat(tang.end().toIso()).isEqualTo("0907-06-01");

        Event hijra = event(c, "Muhammad Migrates from Mecca to Medina");
        assertThat(hijra.start().date().toIso()).isEqualTo("0622-08-09"); // "08", "09" as strings
        assertThat(hijra.end().date().toIso()).isEqualTo("0622-08-23");
        assertThat(hijra.id()).isEqualTo("0622-08-09-muhammad-migrates-from-mecca-to-medina");
        assertThat(hijra.summary().en()).isEqualTo("Event will have designated first year of the Islamic Calendar, as Anno Hegirae.");
        assertThat(hijra.summary().ar()).isNull();

        Event war = event(c, "Last great Roman-Persian War.");
        assertThat(war.start().precision()).isEqualTo(DatePrecision.YEAR);
        assertThat(war.end().date().toIso()).isEqualTo("0629");
        // media and background are kept as sources (never fetched): the address is quoted and is the provenance
        assertThat(war.sources()).hasSize(2);
        Article media = article(c, war.sources().get(0).articleId());
        assertThat(media.provenance()).isEqualTo("https://en.wikipedia.org/wiki/Roman-Persian_Wars");
        assertThat(war.sources().get(0).quote()).isEqualTo("https://en.wikipedia.org/wiki/Roman-Persian_Wars");
        assertThat(article(c, war.sources().get(1).articleId()).provenance())
                .isEqualTo("https://upload.wikimedia.org/wikipedia/commons/a/a2/HumiliationValerianusHolbein.jpg");

        assertThat(c.tours()).singleElement().satisfies(t -> {
            assertThat(t.title().en()).isEqualTo("Eras Test");
            assertThat(t.stops()).hasSize(20);
            assertThat(t.stops().get(0).eventId()).isEqualTo(c.events().stream().sorted().findFirst().orElseThrow().id());
        });
        assertThat(c.types()).singleElement().satisfies(t -> assertThat(t.id()).isEqualTo(TimelineJsReading.DEFAULT_TYPE));
    }

    private static Article article(Catalogue c, String id) {
        return c.articles().stream().filter(a -> a.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void groupsBecomeEventTypesThatAreReportedAndIdsAreTheSameOnEveryReading() throws Exception {
        DataFiles.Result result = read("group_sample.json", false);
        Catalogue c = result.catalogue();
        assertThat(new CatalogueValidator().validate(c)).isEmpty();
        assertThat(c.types()).extracting(t -> t.name().en()).containsExactly(
                "Group 1 - 1ST_INTERVIEW - 1st Interview - Technical assessment",
                "Group 2 - 2ND_INTERVIEW - 2nd Interview", "Group 3 - 3RD_INTERVIEW - 3rd Interview",
                "Group 4 - 4th_INTERVIEW - 4th Interview");
        assertThat(c.types().get(1).id()).isEqualTo("group-group-2-2nd-interview-2nd-interview");
        assertThat(result.notes()).contains("TimelineJS group \"Group 2 - 2ND_INTERVIEW - 2nd Interview\" becomes event type"
                + " \"group-group-2-2nd-interview-2nd-interview\".");
        assertThat(c.events()).allSatisfy(e -> assertThat(e.start().precision()).isEqualTo(DatePrecision.DAY));
        assertThat(c.events().get(0).typeId()).isEqualTo(c.types().get(0).id());
        assertThat(read("group_sample.json", false).catalogue()).isEqualTo(c);
    }

    @Test
    void yearsBeforeTheCommonEraAreRefusedNamingTheSlideOrSkippedAndListed() throws Exception {
        assertThatThrownBy(() -> read("cosmological.json", false))
                .isInstanceOf(DataFileException.class)
                .hasMessage("cosmological.json: event #1 (\"The Big Bang\") cannot be imported: its start_date has the year"
                        + " -13798000000, outside the years 1 to 9999 that Hawliyat keeps. Use --skip-invalid to import"
                        + " the rest and list what was left out.");

        DataFiles.Result skipped = read("cosmological.json", true);
        assertThat(skipped.catalogue().events()).isEmpty();
        assertThat(skipped.notes()).contains("Skipped 6 record(s) of cosmological.json:",
                "  event #6 (\"“Today”\"): its start_date has the year 0, outside the years 1 to 9999 that Hawliyat keeps.");
    }

    @Test
    void theSheetTemplateAsCsvHasATitleRowEventsAndHtmlMadePlainWithItsParagraphs() throws Exception {
        DataFiles.Result result = read("my-own-timeline.csv", false);
        Catalogue c = result.catalogue();
        assertThat(result.kind()).isEqualTo(DataFiles.Kind.TIMELINEJS_CSV);
        assertThat(new CatalogueValidator().validate(c)).isEmpty();
        assertThat(c.events()).hasSize(10);
        assertThat(c.tours()).singleElement().satisfies(t -> assertThat(t.title().en()).isEqualTo("MY OWN CSV"));

        Event ada = event(c, "Ada Lovelace");
        assertThat(ada.start().date().toIso()).isEqualTo("1815-12-10");
        assertThat(ada.end().date().toIso()).isEqualTo("1852-11-27");
        assertThat(ada.summary().en()).startsWith("Women have been programming since before it was a thing. Take Ada Lovelace:")
                .endsWith("first machine-implemented algorithm.\nThis slide demonstrates a simple \"image\" media type.")
                .doesNotContain("<", "href");
        Article portrait = article(c, ada.sources().get(0).articleId());
        assertThat(portrait.title()).isEqualTo("Portrait by Alfred Edward Chalon");
        assertThat(portrait.author()).isEqualTo("Wikimedia Commons");

        Event eniac = event(c, "...And the women who made it work");
        assertThat(eniac.start().date().toIso()).isEqualTo("1943-07");
        assertThat(eniac.end().date().toIso()).isEqualTo("1946");

        // the media cell holds an embedded quotation, not an address: it is kept as its text
        Event clarke = event(c, "Edith Clarke: Bucking the Trend");
        assertThat(clarke.summary().isEmpty()).isTrue();
        assertThat(article(c, clarke.sources().get(0).articleId()).text())
                .startsWith("There is no demand for women engineers").contains("Edith Clarke, first female professor");

        Event rozsa = event(c, "Rózsa Péter writes recursion");
        assertThat(rozsa.start().date().toIso()).isEqualTo("1951");
        assertThat(rozsa.id()).isEqualTo("1951-rozsa-peter-writes-recursion");
        assertThat(event(c, "\"The Mother of the Internet\"").id()).isEqualTo("1985-the-mother-of-the-internet");
    }

    @Test
    void anEndLessPreciseThanTheStartIsRefusedForThatSlideOrSkipped() throws Exception {
        String json = """
                {"events": [
                  {"start_date": {"year": 2008, "month": 5, "day": 3}, "end_date": {"year": 2008, "month": 5},
                   "text": {"headline": "Coarse end"}},
                  {"start_date": {"year": 2009}, "text": {"headline": "Fine"}}
                ]}
                """;
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> DataFiles.read(bytes, "coarse.json", DataFiles.Options.DEFAULT))
                .hasMessage("coarse.json: event #1 (\"Coarse end\") cannot be imported: its end (2008-05) is less precise than"
                        + " its start (2008-05-03): give it the month or the day. Use --skip-invalid to import the rest and list"
                        + " what was left out.");
        DataFiles.Result skipped = DataFiles.read(bytes, "coarse.json", new DataFiles.Options(null, true));
        assertThat(skipped.catalogue().events()).extracting(e -> e.title().en()).containsExactly("Fine");
    }

    @Test
    void aValidUniqueIdIsKeptWholeEvenWhenItEndsInADashOrIs80Long() throws Exception {
        // found by the TimelineJS round-trip property: "e0.-" came back as "e0.", so importing an export
        // again added a second event instead of replacing the first
        String long80 = "a".repeat(79) + "-";
        String json = """
                {"events": [
                  {"unique_id": "e0.-", "start_date": {"year": 2008}, "text": {"headline": "One"}},
                  {"unique_id": "%s", "start_date": {"year": 2009}, "text": {"headline": "Two"}},
                  {"unique_id": "%s", "start_date": {"year": 2010}, "text": {"headline": "Three"}}
                ]}
                """.formatted(long80, long80);
        Catalogue c = DataFiles.read(json.getBytes(StandardCharsets.UTF_8), "ids.json", DataFiles.Options.DEFAULT).catalogue();
        assertThat(c.events()).extracting(Event::id).containsExactly("e0.-", long80, "a".repeat(76) + "-2");
        assertThat(new CatalogueValidator().validate(c)).isEmpty();
    }

    @Test
    void arabicTextsAreArabicAndUniqueIdsBecomeValidIds() throws Exception {
        String json = """
                {"title": {"text": {"headline": "العلاقات القطرية الكازاخية", "text": "<p>ثلاثون عاماً</p>"}},
                 "events": [
                   {"unique_id": "Embassy Opening!", "start_date": {"year": 2008, "month": "05"},
                    "display_date": "ربيع 2008", "group": "سفارات",
                    "text": {"headline": "افتتاح السفارة", "text": "<p>The embassy <b>opened</b>.</p><p>Second &amp; last.</p>"}},
                   {"start_date": {"year": "1993", "month": "7", "day": "1"},
                    "text": {"headline": "إقامة العلاقات الدبلوماسية"}},
                   {"unique_id": "already-valid.id", "start_date": {"year": 2023},
                    "media": {"url": "https://example.org/photo.jpg", "credit": "وكالة الأنباء", "caption": "صورة الزيارة"},
                    "text": {"headline": "State visit"}}
                 ]}
                """;
        DataFiles.Result result = DataFiles.read(json.getBytes(StandardCharsets.UTF_8), "ar.json", DataFiles.Options.DEFAULT);
        Catalogue c = result.catalogue();
        assertThat(new CatalogueValidator().validate(c)).isEmpty();
        Event embassy = c.events().get(0);
        assertThat(embassy.id()).isEqualTo("embassy-opening");
        assertThat(embassy.title().ar()).isEqualTo("افتتاح السفارة");
        assertThat(embassy.title().en()).isNull();
        assertThat(embassy.summary().en()).isEqualTo("The embassy opened.\nSecond & last.");
        assertThat(embassy.start().date().toIso()).isEqualTo("2008-05");
        assertThat(embassy.start().note()).isEqualTo("ربيع 2008");
        assertThat(c.types()).anySatisfy(t -> {
            assertThat(t.id()).isEqualTo(embassy.typeId()).matches("group-[0-9a-f]{10}");
            assertThat(t.name().ar()).isEqualTo("سفارات");
        });
        Event relations = c.events().get(1);
        assertThat(relations.id()).matches("1993-07-01-[0-9a-f]{10}");
        Event visit = c.events().get(2);
        assertThat(visit.id()).isEqualTo("already-valid.id");
        Article photo = article(c, visit.sources().get(0).articleId());
        assertThat(photo.language().code()).isEqualTo("ar");
        assertThat(photo.title()).isEqualTo("صورة الزيارة");
        assertThat(photo.text()).isEqualTo("صورة الزيارة\nوكالة الأنباء\nhttps://example.org/photo.jpg");
        assertThat(c.tours().get(0).title().ar()).isEqualTo("العلاقات القطرية الكازاخية");
        assertThat(DataFiles.read(json.getBytes(StandardCharsets.UTF_8), "ar.json", DataFiles.Options.DEFAULT).catalogue()
                .events()).extracting(Event::id).isEqualTo(c.events().stream().map(Event::id).toList());
    }

    @Test
    void anImpossibleDateOrAnEndBeforeTheStartIsRefusedForThatSlide() throws Exception {
        String json = """
                {"events": [
                  {"start_date": {"year": 2023, "month": 2, "day": 30}, "text": {"headline": "Leap"}},
                  {"start_date": {"year": 2023}, "end_date": {"year": 2020}, "text": {"headline": "Backwards"}},
                  {"start_date": {"year": "1993"}, "text": {"headline": "Fine"}}]}
                """;
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> DataFiles.read(bytes, "bad.json", DataFiles.Options.DEFAULT))
                .hasMessageStartingWith("bad.json: event #1 (\"Leap\") cannot be imported: its start_date 2023-02-30 is not a real date.");
        DataFiles.Result result = DataFiles.read(bytes, "bad.json", new DataFiles.Options(null, true));
        assertThat(result.catalogue().events()).extracting(e -> e.title().en()).isEqualTo(List.of("Fine"));
        assertThat(result.notes()).contains("  event #2 (\"Backwards\"): it ends (2020) before it starts (2023).");
    }
}
