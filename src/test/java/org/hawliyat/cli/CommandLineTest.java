package org.hawliyat.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hawliyat.testing.Fixtures.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import org.hawliyat.testing.Fixtures.Run;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line, run in-process exactly as the jar's main class runs it. */
class CommandLineTest {

    @TempDir
    Path dir;

    private String db;

    @BeforeEach
    void newDatabase() {
        db = dir.resolve("new.db").toString();
    }

    private String export() throws Exception {
        Path out = dir.resolve("export-" + System.nanoTime() + ".json");
        Run run = cli("--db", db, "export", "--format", "json", "--out", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        return Files.readString(out);
    }

    @Test
    void aNewDatabaseExportsTheCuratedEventsWithQuotesFromTheirArticles() throws Exception {
        Run run = cli("--db", db, "export", "--format", "json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode root = new ObjectMapper().readTree(run.out());
        JsonNode events = root.get("events");
        assertThat(events.size()).isGreaterThanOrEqualTo(12);
        assertThat(events.findValuesAsText("date")).contains("1993-07-01");
        String text = root.get("articles").get(0).get("text").asText();
        for (JsonNode e : events) {
            assertThat(e.get("title").has("ar")).isTrue();
            assertThat(e.get("sources").size()).isPositive();
            for (JsonNode s : e.get("sources")) {
                assertThat(text).contains(s.get("quote").asText());
            }
        }
    }

    @Test
    void exportImportIntoAnEmptyDatabaseAndExportAgainGivesTheSameBytes() throws Exception {
        String first = export();
        Path file = dir.resolve("first.json");
        Files.writeString(file, first);
        db = dir.resolve("other.db").toString();
        Run imported = cli("--db", db, "import", file.toString());
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(export()).isEqualTo(first);
    }

    @Test
    void invalidFilesExit3NameTheProblemAndChangeNothing() throws Exception {
        String before = export();
        String valid = before.replace("\"qa-kz-1993-relations-established\"", "\"new-event\"");

        Path truncated = dir.resolve("truncated.json");
        Files.writeString(truncated, valid.substring(0, valid.length() / 3));
        Path badDate = dir.resolve("bad-date.json");
        Files.writeString(badDate, valid.replace("\"1993-07-01\"", "\"2023-02-30\""));
        Path noId = dir.resolve("no-id.json");
        Files.writeString(noId, valid.replaceFirst("\"id\": \"new-event\",", ""));

        Run t = cli("--db", db, "import", truncated.toString());
        assertThat(t.exitCode()).isEqualTo(3);
        assertThat(t.err()).contains("truncated.json (line ").doesNotContain("Exception");

        Run d = cli("--db", db, "import", badDate.toString());
        assertThat(d.exitCode()).isEqualTo(3);
        assertThat(d.err()).contains("bad-date.json", "event \"new-event\"", "field \"date\"", "2023-02-30");

        Run n = cli("--db", db, "import", noId.toString());
        assertThat(n.exitCode()).isEqualTo(3);
        assertThat(n.err()).contains("no-id.json", "which has no id", "field \"id\"");

        // a valid file next to an invalid one: all or nothing
        Path good = dir.resolve("good.json");
        Files.writeString(good, valid);
        assertThat(cli("--db", db, "import", good.toString(), badDate.toString()).exitCode()).isEqualTo(3);

        assertThat(export()).isEqualTo(before);
        assertThat(t.err().lines().count()).isEqualTo(1);
    }

    @Test
    void dryRunValidatesWithoutWriting() throws Exception {
        String before = export();
        Path file = dir.resolve("new.json");
        Files.writeString(file, before.replace("\"qa-kz-1993-relations-established\"", "\"another-event\""));
        Run run = cli("--db", db, "import", "--dry-run", file.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("dry run");
        assertThat(export()).isEqualTo(before);
        assertThat(cli("--db", db, "import", file.toString()).exitCode()).isZero();
        assertThat(export()).contains("\"another-event\"");
    }

    @Test
    void acceptsAByteOrderMark() throws Exception {
        Path file = dir.resolve("bom.json");
        byte[] body = export().replace("\"qa-kz-1993-relations-established\"", "\"bom-event\"").getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        Files.write(file, withBom);
        assertThat(cli("--db", db, "import", file.toString()).exitCode()).isZero();
    }

    @Test
    void listsInTimeOrderWithFilters() {
        Run all = cli("--db", db, "list", "--lang", "en");
        assertThat(all.exitCode()).isZero();
        assertThat(all.out().lines().findFirst()).hasValueSatisfying(l -> assertThat(l).startsWith("1993-07-01"));
        Run range = cli("--db", db, "list", "--from", "2022", "--to", "2022-12", "--type", "state-visit", "--json");
        assertThat(range.exitCode()).as(range.err()).isZero();
        assertThat(range.out()).contains("\"date\": \"2022-10\"").doesNotContain("1993-07-01");
        Run bad = cli("--db", db, "list", "--from", "2023-02-30");
        assertThat(bad.exitCode()).isEqualTo(3);
        assertThat(bad.err()).contains("--from", "not a real date");
    }

    @Test
    void usageErrorsExit2() {
        assertThat(cli("--db", db, "no-such-command").exitCode()).isEqualTo(2);
        assertThat(cli("--db", db, "export", "--format", "xml").exitCode()).isEqualTo(2);
        assertThat(cli("--db", db, "import").exitCode()).isEqualTo(2);
    }

    @Test
    void csvExportHasOneRowPerEvent() {
        Run run = cli("--db", db, "export", "--format", "csv");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out().lines().count()).isEqualTo(1 + cli("--db", db, "list").out().lines().count());
    }

    @Test
    void checkPassesOnASoundDatabaseAndFailsWithExit4WhenASpanNoLongerMatches() throws Exception {
        Run ok = cli("--db", db, "check");
        assertThat(ok.exitCode()).as(ok.err()).isZero();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
            c.createStatement().executeUpdate("UPDATE event_source SET span_start = span_start + 1"
                    + " WHERE event_id = 'qa-kz-1993-relations-established'");
        }
        Run broken = cli("--db", db, "check");
        assertThat(broken.exitCode()).isEqualTo(4);
        assertThat(broken.err()).contains("qa-kz-1993-relations-established", "does not hold the quoted passage");
    }

    @Test
    void aDatabaseThatCannotBeOpenedExits4WithOneSentence() throws Exception {
        Path junk = dir.resolve("junk.db");
        Files.writeString(junk, "not a database ".repeat(100));
        Run run = cli("--db", junk.toString(), "list");
        assertThat(run.exitCode()).isEqualTo(4);
        // one sentence, then the command that would put a copy back (issue 14)
        assertThat(run.err().lines().count()).isEqualTo(2);
        assertThat(run.err()).startsWith("Cannot open the database").doesNotContain("\tat ");
        assertThat(run.err().lines().skip(1).findFirst().orElseThrow()).contains("restore FILE");
    }

    @Test
    void theExportHoldsTheCuratedTourWithItsStopsInTimeOrder() throws Exception {
        JsonNode tours = new ObjectMapper().readTree(export()).get("tours");
        assertThat(tours).hasSize(1);
        JsonNode tour = tours.get(0);
        assertThat(tour.get("title").get("en").asText()).isEqualTo("Thirty years of Qatar–Kazakhstan relations");
        assertThat(tour.get("stops").findValuesAsText("event")).containsExactly(
                "qa-kz-1993-relations-established", "qa-kz-1999-04-hamad-visit-astana", "qa-kz-2007-05-kazakh-embassy-doha",
                "qa-kz-2008-05-qatari-embassy-astana", "qa-kz-2014-01-tamim-first-official-visit",
                "qa-kz-2015-10-nazarbayev-visit-qatar", "qa-kz-2020-02-joint-committee-fifth-session",
                "qa-kz-2022-10-tamim-state-visit", "qa-kz-2023-06-tamim-visit-astana-forum",
                "qa-kz-2023-07-01-thirtieth-anniversary");
    }

    @Test
    void aFileWrittenBeforeToursStillImportsAndLeavesTheToursAlone() throws Exception {
        String before = export();
        int tours = before.indexOf(",\n  \"tours\": [");
        assertThat(tours).isPositive();
        String older = before.substring(0, tours) + "\n}\n";
        assertThat(older).doesNotContain("\"tours\"");
        Path file = dir.resolve("older.json");
        Files.writeString(file, older);
        Run run = cli("--db", db, "import", file.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(export()).isEqualTo(before);

        db = dir.resolve("empty-then-older.db").toString();
        Run intoEmpty = cli("--db", db, "import", file.toString());
        assertThat(intoEmpty.exitCode()).as(intoEmpty.err()).isZero();
    }

    @Test
    void aTourStopOfAnUnknownEventExits3NamingTheFileTheTourAndTheField() throws Exception {
        String before = export();
        Path file = dir.resolve("bad-tour.json");
        Files.writeString(file, before.replace("\"event\": \"qa-kz-2007-05-kazakh-embassy-doha\"", "\"event\": \"no-such-event\""));
        Run run = cli("--db", db, "import", file.toString());
        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err()).contains("bad-tour.json", "tour \"qa-kz-thirty-years\"", "field \"stops[2].event\"", "no-such-event");
        assertThat(export()).isEqualTo(before);
    }
}
