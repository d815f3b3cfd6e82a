package org.hawliyat.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hawliyat.testing.Fixtures.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.hawliyat.testing.Fixtures.Run;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** import and export of TimelineJS files, CSV tables and other encodings, as the command line runs them. */
class ImportFormatsCommandTest {

    @TempDir
    Path dir;

    private String db;

    @BeforeEach
    void newDatabase() {
        db = dir.resolve("formats.db").toString();
    }

    private Path resource(String name) throws Exception {
        Path file = dir.resolve(name);
        try (InputStream in = getClass().getResourceAsStream("/timelinejs/" + name)) {
            Files.write(file, in.readAllBytes());
        }
        return file;
    }

    private static Run ok(Run run) {
        assertThat(run.exitCode()).as(run.err()).isZero();
        return run;
    }

    @Test
    void aTimelineJsFileImportsReportsItsTypesAndExportsAsTimelineJsAgain() throws Exception {
        Run run = ok(cli("--db", db, "import", resource("group_sample.json").toString()));
        assertThat(run.out()).contains("TimelineJS group \"Group 1 - 1ST_INTERVIEW - 1st Interview - Technical assessment\""
                + " becomes event type \"group-group-1-1st-interview-1st-interview-technical\".")
                .contains("Imported 1 file(s): 7 event(s)");
        assertThat(ok(cli("--db", db, "check")).exitCode()).isZero();
        assertThat(ok(cli("--db", db, "list", "--from", "2016", "--to", "2016")).out()).contains("event 1 heading send notification");

        Run export = ok(cli("--db", db, "export", "--format", "timelinejs", "--lang", "en", "--tour", "tljs-demo-of-groups"));
        JsonNode root = new ObjectMapper().readTree(export.out());
        assertThat(root.path("title").path("text").path("headline").asText()).isEqualTo("Demo of groups");
        assertThat(root.get("events").size()).isEqualTo(7);
        assertThat(root.get("events").get(0).path("group").asText())
                .isEqualTo("Group 1 - 1ST_INTERVIEW - 1st Interview - Technical assessment");
        assertThat(root.get("events").get(0).path("display_date").asText()).isEqualTo("13 November 2016");
    }

    @Test
    void yearsBeforeTheCommonEraAreRefusedWithExit3OrSkippedAndListed() throws Exception {
        Path file = resource("cosmological.json");
        Run refused = cli("--db", db, "import", file.toString());
        assertThat(refused.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(refused.err()).contains(file + ": event #1 (\"The Big Bang\") cannot be imported: its start_date has the"
                + " year -13798000000, outside the years 1 to 9999 that Hawliyat keeps.");

        Path eras = resource("eras.json");
        Run skipped = ok(cli("--db", db, "import", "--skip-invalid", file.toString(), eras.toString()));
        assertThat(skipped.out()).contains("Skipped 6 record(s) of " + file + ":")
                .contains("  event #4 (\"Reionization\"): its start_date has the year -13648000000")
                .contains("Imported 2 file(s): 20 event(s)");
    }

    @Test
    void theSheetTemplateImportsAndTheSheetExportsWithAMarkUnlessAskedNotTo() throws Exception {
        ok(cli("--db", db, "import", resource("my-own-timeline.csv").toString()));
        Path out = dir.resolve("sheet.csv");
        ok(cli("--db", db, "export", "--format", "timelinejs-csv", "--lang", "en", "--tour", "tljs-my-own-csv", "--out", out.toString()));
        byte[] bytes = Files.readAllBytes(out);
        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, 3, bytes.length - 3, java.nio.charset.StandardCharsets.UTF_8);
        assertThat(text).startsWith("Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,"
                + "Media,Media Credit,Media Caption,Media Thumbnail,Type,Group,Background\n,,,,,,,,,MY OWN CSV,,,,,,title,,\n1815,");
        // no curated period overlaps 1815–1985: none stretches the sheet's timeline
        assertThat(text).doesNotContain(",era,");
        assertThat(text).contains(",Edith Clarke: Bucking the Trend,,\"<blockquote>There is no demand for women engineers");
        assertThat(text).contains("1815,12,10,,1852,11,27,,10 December 1815 to 27 November 1852,Ada Lovelace,");

        Run noMark = ok(cli("--db", db, "export", "--format", "csv", "--no-bom"));
        assertThat(noMark.out()).startsWith("id,type,date,");
        assertThat(ok(cli("--db", db, "export", "--format", "csv")).out()).startsWith("\uFEFFid,type,date,");
    }

    @Test
    void theCsvExportReadsBackInChangingNothing() throws Exception {
        // an edit first, so that the table has a version above 1 and an end date
        ok(cli("--db", db, "edit", "qa-kz-1993-relations-established", "--set", "end=1993-08", "--set",
                "summary.en=Established, \"at last\",\nafter =talks"));
        Path first = dir.resolve("first.csv");
        ok(cli("--db", db, "export", "--format", "csv", "--out", first.toString()));
        String history = ok(cli("--db", db, "history", "qa-kz-1993-relations-established", "--json")).out();
        String json = ok(cli("--db", db, "export")).out();

        Run imported = ok(cli("--db", db, "import", first.toString()));
        assertThat(imported.out()).contains("Imported 1 file(s): 1");
        Path second = dir.resolve("second.csv");
        ok(cli("--db", db, "export", "--format", "csv", "--out", second.toString()));
        assertThat(Files.readAllBytes(second)).isEqualTo(Files.readAllBytes(first));
        assertThat(ok(cli("--db", db, "export")).out()).isEqualTo(json);
        assertThat(ok(cli("--db", db, "history", "qa-kz-1993-relations-established", "--json")).out()).isEqualTo(history);
    }

    @Test
    void aFileInWindows1256ImportsAndAnEncodingCanBeGiven() throws Exception {
        String json = ok(cli("--db", db, "export")).out();
        String edited = json.replace("إقامة العلاقات الدبلوماسية", "إقامة العلاقات الدبلوماسية رسمياً");
        assertThat(edited).isNotEqualTo(json);
        Path ansi = dir.resolve("ansi.json");
        Files.write(ansi, edited.getBytes(Charset.forName("windows-1256")));
        Run run = ok(cli("--db", db, "import", ansi.toString()));
        assertThat(run.out()).contains(ansi + " is not UTF-8: it was read as windows-1256");
        assertThat(ok(cli("--db", db, "export")).out()).contains("رسمياً");

        Run wrong = cli("--db", db, "import", "--encoding", "UTF-8", ansi.toString());
        assertThat(wrong.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(wrong.err()).contains(ansi + " is not valid UTF-8 text");
        assertThat(cli("--db", db, "import", "--encoding", "no-such-encoding", ansi.toString()).exitCode()).isEqualTo(2);
    }

    @Test
    void aFileOfNoKnownKindIsRefusedWithASentence() throws Exception {
        Path file = dir.resolve("notes.txt");
        Files.writeString(file, "shopping list\nmilk\n");
        Run run = cli("--db", db, "import", file.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(run.err()).contains(file + " is neither JSON nor a CSV table this version can read");
    }
}
