package org.hawliyat.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.hawliyat.model.Catalogue;
import org.hawliyat.model.Event;
import org.hawliyat.model.LocalizedText;
import org.hawliyat.model.Tour;
import org.hawliyat.testing.Fixtures;
import org.junit.jupiter.api.Test;

class CatalogueJsonTest {

    private final CatalogueJson json = new CatalogueJson();

    private Catalogue read(String text) throws DataFileException {
        return json.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "test.json");
    }

    @Test
    void writingWhatWasReadGivesTheSameBytes() throws Exception {
        String curated = Files.readString(Path.of("data/catalogue.json"));
        Catalogue catalogue = read(curated);
        String written = json.writeToString(catalogue);
        assertThat(written).isEqualTo(curated);
        assertThat(json.writeToString(read(written))).isEqualTo(written);
    }

    @Test
    void keepsEveryFieldOfAnEvent() throws Exception {
        Catalogue original = Fixtures.catalogue(Fixtures.event("e1", "1993-07-01"));
        Event back = read(json.writeToString(original)).events().get(0);
        assertThat(back).isEqualTo(original.events().get(0));
        assertThat(read(json.writeToString(original)).articles()).isEqualTo(original.articles());
    }

    @Test
    void writesTheDocumentedShape() throws Exception {
        String text = json.writeToString(Fixtures.catalogue(Fixtures.event("e1", "2008-05")));
        assertThat(text).contains("\"date\": \"2008-05\"", "\"approximate\": false", "\"title\": {",
                "\"ar\": \"إقامة العلاقات\"", "\"sources\": [", "\"quote\": ", "\"published\": \"2023\"");
        assertThat(text).endsWith("}\n");
    }

    @Test
    void acceptsAByteOrderMark() throws Exception {
        byte[] body = json.writeToString(Fixtures.catalogue(Fixtures.event("e1", "2008-05"))).getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream withBom = new ByteArrayOutputStream();
        withBom.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        withBom.write(body);
        assertThat(json.read(new ByteArrayInputStream(withBom.toByteArray()), "bom.json").events()).hasSize(1);
    }

    @Test
    void aTruncatedFileNamesTheFileAndTheLine() {
        String text = json.writeToString(Fixtures.catalogue(Fixtures.event("e1", "2008-05")));
        String truncated = text.substring(0, text.length() / 2);
        assertThatThrownBy(() -> read(truncated))
                .isInstanceOf(DataFileException.class)
                .hasMessageStartingWith("test.json (line ")
                .hasMessageContaining("truncated");
    }

    @Test
    void anImpossibleDateNamesTheRecordTheFieldAndTheLine() {
        String text = json.writeToString(Fixtures.catalogue(Fixtures.event("e1", "2023-02-01")))
                .replace("\"2023-02-01\"", "\"2023-02-30\"");
        assertThatThrownBy(() -> read(text))
                .isInstanceOf(DataFileException.class)
                .hasMessageContaining("test.json (line ")
                .hasMessageContaining("event \"e1\", field \"date\"")
                .hasMessageContaining("2023-02-30 is not a real date");
    }

    @Test
    void aRecordWithoutIdIsNamedByItsPosition() {
        String text = json.writeToString(Fixtures.catalogue(Fixtures.event("e1", "1993"), Fixtures.event("e2", "1994")))
                .replace("\"id\": \"e2\",", "");
        assertThatThrownBy(() -> read(text))
                .hasMessageContaining("event #2 (which has no id), field \"id\": it is missing");
    }

    @Test
    void rejectsWhatIsNotAHawliyatFile() {
        assertThatThrownBy(() -> read("[1, 2]")).hasMessageContaining("must be one JSON object");
        assertThatThrownBy(() -> read("")).hasMessageContaining("is empty");
        assertThatThrownBy(() -> read("{\"format\": \"other\"}")).hasMessageContaining("not a Hawliyat data file");
        assertThatThrownBy(() -> read("{\"events\": {}}")).hasMessageContaining("must be a list");
        assertThatThrownBy(() -> read("{\"events\": [{\"id\": \"x\", \"type\": \"t\", \"date\": \"1993\", \"title\": \"plain\"}]}"))
                .hasMessageContaining("field \"title\": must be an object");
    }

    private static final Tour TOUR = new Tour("a-tour", LocalizedText.of("جولة", "A tour"), java.util.List.of(
            new Tour.Stop("e2", LocalizedText.of("ملاحظة", null)), new Tour.Stop("e1", null)));

    private static Catalogue withTour(Catalogue c, Tour tour) {
        return new Catalogue(c.types(), c.countries(), c.places(), c.people(), c.periods(), c.articles(), c.events(),
                java.util.List.of(tour));
    }

    @Test
    void keepsEveryFieldOfATourAndWritesItLast() throws Exception {
        Catalogue original = withTour(Fixtures.catalogue(Fixtures.event("e1", "1993"), Fixtures.event("e2", "1994")), TOUR);
        String text = json.writeToString(original);
        assertThat(read(text).tours()).containsExactly(TOUR);
        assertThat(text.indexOf("\"tours\": [")).isGreaterThan(text.indexOf("\"events\": ["));
        assertThat(text).contains("\"event\": \"e2\"", "\"note\": {");
        assertThat(json.writeToString(read(text))).isEqualTo(text);
    }

    @Test
    void aFileWrittenBeforeToursReadsWithNone() throws Exception {
        String text = json.writeToString(Fixtures.catalogue(Fixtures.event("e1", "1993")));
        String older = text.replace(",\n  \"tours\": []", "");
        assertThat(older).doesNotContain("tours");
        Catalogue back = read(older);
        assertThat(back.tours()).isEmpty();
        assertThat(back.events()).hasSize(1);
    }

    @Test
    void aBadStopNamesTheTourTheFieldAndTheLine() {
        String text = json.writeToString(withTour(Fixtures.catalogue(Fixtures.event("e1", "1993"), Fixtures.event("e2", "1994")), TOUR))
                .replace("\"event\": \"e1\"", "\"event\": 7");
        assertThatThrownBy(() -> read(text))
                .isInstanceOf(DataFileException.class)
                .hasMessageContaining("test.json (line ")
                .hasMessageContaining("tour \"a-tour\", field \"stops[1].event\": must be a string");
    }
}
