package org.hawliyat.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hawliyat.model.Catalogue;
import org.hawliyat.model.Event;
import org.hawliyat.model.Language;
import org.hawliyat.model.Tour;
import org.hawliyat.model.validation.CatalogueValidator;
import org.junit.jupiter.api.Test;

class TimelineJsExportTest {

    private static Catalogue curated() throws Exception {
        return new CatalogueJson().read(new ByteArrayInputStream(Files.readAllBytes(Path.of("data/catalogue.json"))), "catalogue.json");
    }

    private static byte[] json(Catalogue c, Language language, Tour tour) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new TimelineJsJson().write(new TimelineJsWriting(language).document(c, tour), out);
        return out.toByteArray();
    }

    @Test
    void theCuratedCatalogueBecomesATimelineJsFileWithDatesAtTheirPrecisionWordsGroupsSourcesAndEras() throws Exception {
        Catalogue c = curated();
        JsonNode root = new ObjectMapper().readTree(json(c, Language.EN, null));
        assertThat(root.path("title").path("text").path("headline").asText()).isEqualTo("Timeline of events, 1993–2023");
        JsonNode events = root.get("events");
        assertThat(events.size()).isEqualTo(c.events().size());
        JsonNode first = events.get(0);
        Event relations = c.events().stream().sorted().findFirst().orElseThrow();
        assertThat(first.path("unique_id").asText()).isEqualTo(relations.id());
        assertThat(first.path("start_date").path("year").isInt()).isTrue();
        assertThat(first.path("start_date").path("year").asInt()).isEqualTo(1993);
        assertThat(first.path("start_date").path("month").asInt()).isEqualTo(7);
        assertThat(first.path("display_date").asText()).isEqualTo("1 July 1993");
        assertThat(first.path("text").path("headline").asText()).isEqualTo(relations.title().en());
        String quote = relations.sources().get(0).quote();
        assertThat(first.path("text").path("text").asText()).startsWith("<p>").contains(TimelineJsWriting.html(quote));
        String type = c.types().stream().filter(t -> t.id().equals(relations.typeId())).findFirst().orElseThrow().name().en();
        assertThat(first.path("group").asText()).isEqualTo(type);
        // a month-precision date has no day
        for (JsonNode e : events) {
            String id = e.path("unique_id").asText();
            Event event = c.events().stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
            assertThat(e.path("start_date").has("day")).as(id).isEqualTo(event.start().date().day() != 0);
            assertThat(e.path("start_date").has("month")).as(id).isEqualTo(event.start().date().month() != 0);
        }
        assertThat(root.get("eras").size()).isEqualTo(c.periods().size());
        assertThat(root.get("eras")).allSatisfy(era -> assertThat(era.has("end_date")).isTrue());
    }

    @Test
    void inArabicTheWordsAndTextsAreArabicAndRightToLeft() throws Exception {
        Catalogue c = curated();
        JsonNode first = new ObjectMapper().readTree(json(c, Language.AR, null)).get("events").get(0);
        assertThat(first.path("display_date").asText()).isEqualTo("1 يوليو 1993");
        assertThat(first.path("text").path("text").asText()).startsWith("<p dir=\"rtl\">").contains("«");
    }

    @Test
    void aTourGivesTheTitleSlideAndItsStopsInTourOrder() throws Exception {
        Catalogue c = curated();
        Tour tour = c.tours().get(0);
        JsonNode root = new ObjectMapper().readTree(json(c, Language.AR, tour));
        assertThat(root.path("title").path("text").path("headline").asText()).isEqualTo(tour.title().ar());
        assertThat(root.get("events").size()).isEqualTo(tour.stops().size());
        assertThat(root.get("events").get(0).path("unique_id").asText()).isEqualTo(tour.stops().get(0).eventId());
    }

    @Test
    void anExportedTimelineImportsBackWithTheSameIdsDatesAndTitles() throws Exception {
        Catalogue c = curated();
        for (boolean csv : List.of(false, true)) {
            byte[] bytes;
            if (csv) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                new TimelineJsCsv().write(new TimelineJsWriting(Language.EN).document(c, null), out, true);
                bytes = out.toByteArray();
                String text = new String(bytes, StandardCharsets.UTF_8);
                assertThat(text).startsWith("\uFEFF" + String.join(",", TimelineJsCsv.COLUMNS) + "\n");
                assertThat(text.lines().skip(1).findFirst().orElseThrow()).contains(",title,");
            } else {
                bytes = json(c, Language.EN, null);
            }
            DataFiles.Result back = DataFiles.read(bytes, csv ? "t.csv" : "t.json", DataFiles.Options.DEFAULT);
            assertThat(back.kind()).isEqualTo(csv ? DataFiles.Kind.TIMELINEJS_CSV : DataFiles.Kind.TIMELINEJS_JSON);
            assertThat(new CatalogueValidator().validate(back.catalogue())).isEmpty();
            assertThat(back.catalogue().events()).hasSize(c.events().size());
            for (Event e : c.events()) {
                // the sheet has no id column: its ids are made from the date and the headline
                Event b = back.catalogue().events().stream()
                        .filter(x -> csv ? x.title().in(Language.EN).equals(e.title().in(Language.EN))
                                && x.start().date().equals(e.start().date()) : x.id().equals(e.id()))
                        .findFirst().orElseThrow(() -> new AssertionError(e.id()));
                assertThat(b.start().date()).isEqualTo(e.start().date());
                assertThat(b.end() == null ? null : b.end().date()).isEqualTo(e.end() == null ? null : e.end().date());
                assertThat(b.title().in(Language.EN)).isEqualTo(e.title().in(Language.EN));
            }
            assertThat(back.catalogue().periods()).hasSize(c.periods().size());
        }
    }

    @Test
    void mediaThatCameFromTimelineJsGoesBackAsMedia() throws Exception {
        DataFiles.Result imported = DataFiles.read(TimelineJsImportTest.resource("eras.json"), "eras.json", DataFiles.Options.DEFAULT);
        JsonNode events = new ObjectMapper().readTree(json(imported.catalogue(), Language.EN, null)).get("events");
        JsonNode war = null;
        for (JsonNode e : events) {
            if (e.path("text").path("headline").asText().equals("Last great Roman-Persian War.")) {
                war = e;
            }
        }
        assertThat(war).isNotNull();
        assertThat(war.path("media").path("url").asText()).isEqualTo("https://en.wikipedia.org/wiki/Roman-Persian_Wars");
        assertThat(war.path("background").path("url").asText())
                .isEqualTo("https://upload.wikimedia.org/wikipedia/commons/a/a2/HumiliationValerianusHolbein.jpg");
        assertThat(war.path("start_date").path("year").asInt()).isEqualTo(602);
    }
}
