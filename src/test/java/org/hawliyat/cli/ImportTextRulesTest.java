package org.hawliyat.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hawliyat.testing.Fixtures.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.hawliyat.testing.Fixtures.Run;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Text that the database could not keep whole, or that shows nothing, is refused at import with a sentence. */
class ImportTextRulesTest {

    @TempDir
    Path dir;

    private String db;
    private String before;

    @BeforeEach
    void database() {
        db = dir.resolve("h.db").toString();
        before = exported();
    }

    private String exported() {
        Run run = cli("--db", db, "export");
        assertThat(run.exitCode()).as(run.err()).isZero();
        return run.out();
    }

    /** A file with one new event whose English title is given as raw JSON string content. */
    private Path eventTitled(String jsonTitle) throws Exception {
        Path file = dir.resolve("event-" + System.nanoTime() + ".json");
        Files.writeString(file, "{\"format\": \"hawliyat\", \"events\": [{\"id\": \"odd-title\","
                + " \"type\": \"state-visit\", \"date\": \"2001-02-03\", \"title\": {\"en\": \"" + jsonTitle + "\"}}]}",
                StandardCharsets.UTF_8);
        return file;
    }

    private Run refused(Path file, String... said) {
        Run run = cli("--db", db, "import", file.toString());
        assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(3);
        assertThat(run.err()).contains(file.toString()).contains(said);
        assertThat(run.err().lines().count()).isEqualTo(1);
        assertThat(exported()).isEqualTo(before);
        return run;
    }

    @Test
    void aLoneSurrogateIsRefusedNamingTheRecordAndField() throws Exception {
        refused(eventTitled("Visit \\ud800 of"), "event \"odd-title\"", "field \"title.en\"", "half of a character", "U+D800");
    }

    @Test
    void aControlCharacterIsRefused() throws Exception {
        refused(eventTitled("NUL \\u0000 inside"), "field \"title.en\"", "control character U+0000");
    }

    @Test
    void titlesOfOnlySpacesOrInvisibleMarksAreNoTitles() throws Exception {
        refused(eventTitled("\\u200b\\u200b"), "event \"odd-title\"", "title", "needs a text in Arabic or English");
        refused(eventTitled("\\u00a0 \\u2007\\u202f"), "needs a text in Arabic or English");
    }

    @Test
    void aTitleOverTenThousandCharactersIsRefusedWithItsSize() throws Exception {
        refused(eventTitled("ا".repeat(10_001)), "title.en", "10,001 characters long", "at most 10,000");
        assertThat(cli("--db", db, "import", eventTitled("ا".repeat(10_000)).toString()).exitCode()).isZero();
    }

    @Test
    void aFileWithNoneOfTheListsIsNotAHawliyatFile() throws Exception {
        for (String body : new String[] {"{}", "{\"title\": \"x\", \"things\": []}"}) {
            Path file = Files.writeString(dir.resolve("empty-" + body.length() + ".json"), body);
            refused(file, "neither a Hawliyat data file", "nor a TimelineJS timeline");
        }
    }

    @Test
    void aBidiOverrideInATitleIsShownAsItsCodeByList() throws Exception {
        Run imported = cli("--db", db, "import", eventTitled("abc \\u202edef\\u0627").toString());
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        Run list = cli("--db", db, "list", "--lang", "en");
        assertThat(list.out()).contains("abc <U+202E>defا").doesNotContain("\u202e");
    }

    @Test
    void aSourceSpanThatCutsAnEmojiInHalfIsRefused() throws Exception {
        Path file = dir.resolve("emoji.json");
        Files.writeString(file, "{\"format\": \"hawliyat\", \"articles\": [{\"id\": \"emoji-article\", \"title\": \"T\","
                + " \"language\": \"en\", \"text\": \"ab\\ud83d\\ude00cd\"}], \"events\": [{\"id\": \"emoji-event\","
                + " \"type\": \"state-visit\", \"date\": \"2001-02-03\", \"title\": {\"en\": \"E\"}, \"sources\":"
                + " [{\"article\": \"emoji-article\", \"start\": 0, \"end\": 3, \"quote\": \"ab\\ud83d\"}]}]}");
        refused(file, "emoji-event");
    }
}
