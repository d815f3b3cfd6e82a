package org.hawliyat.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hawliyat.testing.Fixtures.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.hawliyat.app.Catalogues;
import org.hawliyat.model.Event;
import org.hawliyat.store.CatalogueStore;
import org.hawliyat.testing.Fixtures.Run;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code edit} and {@code history}, run in-process on a database with the curated dataset. */
class EditCommandTest {

    private static final String EVENT = "qa-kz-1993-relations-established";

    @TempDir
    Path dir;

    private String db;

    @BeforeEach
    void newDatabase() {
        db = dir.resolve("h.db").toString();
        assertThat(cli("--db", db, "check").exitCode()).isZero(); // creates and seeds it
    }

    private byte[] export() throws Exception {
        Path out = dir.resolve("export-" + System.nanoTime() + ".json");
        Run run = cli("--db", db, "export", "--out", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        return Files.readAllBytes(out);
    }

    @Test
    void anEditIsSavedAsTheNextVersionAndShowsInTheHistory() throws Exception {
        Run edit = cli("--db", db, "edit", EVENT, "--set", "title.en=Diplomatic relations established",
                "--set", "approximate=true", "--if-version", "1", "--editor", "Layla Tester");
        assertThat(edit.exitCode()).as(edit.err()).isZero();
        assertThat(edit.out()).contains("\"" + EVENT + "\" saved as version 2");
        assertThat(new String(export(), java.nio.charset.StandardCharsets.UTF_8))
                .contains("Diplomatic relations established");

        Run history = cli("--db", db, "history", EVENT);
        assertThat(history.exitCode()).as(history.err()).isZero();
        assertThat(history.out().lines()).hasSize(2);
        assertThat(history.out()).contains("2  ", "Layla Tester", "approximate: \"false\" -> \"true\"",
                "title.en: ", "-> \"Diplomatic relations established\"");

        // the same values again: nothing to save, the version stays
        Run again = cli("--db", db, "edit", EVENT, "--set", "approximate=true");
        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(again.out()).contains("stays at version 2");
    }

    @Test
    void historyAsJsonIsAnArrayOfChangesWithTheDocumentedKeys() throws Exception {
        assertThat(cli("--db", db, "edit", EVENT, "--set", "summary.en=", "--editor", "a").exitCode()).isZero();
        assertThat(cli("--db", db, "edit", EVENT, "--set", "date=1993-07-02", "--editor", "b").exitCode()).isZero();
        Run run = cli("--db", db, "history", EVENT, "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode array = new ObjectMapper().readTree(run.out());
        assertThat(array.isArray()).isTrue();
        assertThat(array.size()).isEqualTo(2);
        for (JsonNode change : array) {
            assertThat(change.properties()).extracting(java.util.Map.Entry::getKey)
                    .containsExactly("version", "at", "editor", "field", "old", "new");
            java.time.Instant.parse(change.get("at").asText());
        }
        assertThat(array.get(0).get("version").asLong()).isEqualTo(2);
        assertThat(array.get(0).get("field").asText()).isEqualTo("summary.en");
        assertThat(array.get(0).get("new").isNull()).isTrue();
        assertThat(array.get(1).get("version").asLong()).isEqualTo(3);
        assertThat(array.get(1).get("editor").asText()).isEqualTo("b");
        assertThat(array.get(1).get("old").asText()).isEqualTo("1993-07-01");
        assertThat(array.get(1).get("new").asText()).isEqualTo("1993-07-02");

        Run none = cli("--db", db, "history", "qa-kz-2008-05-qatari-embassy-astana", "--json");
        assertThat(none.exitCode()).isZero();
        assertThat(new ObjectMapper().readTree(none.out()).size()).isZero();
    }

    @Test
    void aStaleIfVersionExits5AndChangesNothing() throws Exception {
        assertThat(cli("--db", db, "edit", EVENT, "--set", "title.en=First").exitCode()).isZero();
        byte[] before = export();
        Run stale = cli("--db", db, "edit", EVENT, "--set", "title.en=Second", "--if-version", "1");
        assertThat(stale.exitCode()).isEqualTo(5);
        assertThat(stale.err().lines()).hasSize(1);
        assertThat(stale.err()).contains("\"" + EVENT + "\"", "version 2", "nothing was changed");
        assertThat(export()).isEqualTo(before);
        assertThat(cli("--db", db, "history", EVENT).out().lines()).hasSize(1);
    }

    @Test
    void anInvalidValueExits3NamingTheEventAndTheFieldAndChangesNothing() throws Exception {
        byte[] before = export();
        Run badDate = cli("--db", db, "edit", EVENT, "--set", "date=2023-02-30");
        assertThat(badDate.exitCode()).isEqualTo(3);
        assertThat(badDate.err().lines()).hasSize(1);
        assertThat(badDate.err()).contains("Event \"" + EVENT + "\"", "field \"date\"", "2023-02-30", "not a real date",
                "nothing was changed").doesNotContain("Exception");

        assertInvalid(new String[] {"--set", "end=1990"}, "field \"end\"");
        assertInvalid(new String[] {"--set", "type=no-such-type"}, "field \"type\"", "no-such-type");
        assertInvalid(new String[] {"--set", "title.ar=", "--set", "title.en="}, "field \"title\"");
        assertInvalid(new String[] {"--set", "place=atlantis"}, "field \"place\"", "atlantis");
        assertInvalid(new String[] {"--set", "countries=QA\nXX"}, "field \"countries\"", "XX");
        assertInvalid(new String[] {"--set", "sources=hal-qatar-qatar-kazakhstan-relations-2023\t0\t5\tnot there"},
                "field \"sources[0].quote\"", "does not hold the quoted passage");
        assertInvalid(new String[] {"--set", "sources=no-such-article\t0\t5\tx"}, "field \"sources[0].article\"");
        assertInvalid(new String[] {"--set", "approximate=perhaps"}, "field \"approximate\"");
        assertInvalid(new String[] {"--set", "colour=red"}, "\"colour\" is not a field");
        assertInvalid(new String[] {"--set", "date"}, "FIELD=VALUE");
        assertInvalid(new String[] {"--set", "date=1993", "--set", "date=1994"}, "given twice");

        Run unknown = cli("--db", db, "edit", "no-such-event", "--set", "date=1993");
        assertThat(unknown.exitCode()).isEqualTo(3);
        assertThat(unknown.err()).contains("No event has the id \"no-such-event\"");
        assertThat(cli("--db", db, "history", "no-such-event").exitCode()).isEqualTo(3);

        assertThat(export()).isEqualTo(before);
        assertThat(cli("--db", db, "history", EVENT).out()).contains("no recorded changes");
    }

    private void assertInvalid(String[] options, String... expected) {
        String[] args = new String[4 + options.length];
        args[0] = "--db";
        args[1] = db;
        args[2] = "edit";
        args[3] = EVENT;
        System.arraycopy(options, 0, args, 4, options.length);
        Run run = cli(args);
        assertThat(run.exitCode()).as(run.err()).isEqualTo(3);
        assertThat(run.err().lines()).as(run.err()).hasSize(1);
        assertThat(run.err()).contains(expected).contains("nothing was");
    }

    @Test
    void anEventInTheTrashCannotBeEditedButItsHistoryCanBeRead() {
        try (CatalogueStore store = Catalogues.open(Path.of(db))) {
            Event e = store.event(EVENT).orElseThrow();
            store.deleteEvent(EVENT, e.version(), "Layla");
        }
        Run edit = cli("--db", db, "edit", EVENT, "--set", "date=1993");
        assertThat(edit.exitCode()).isEqualTo(3);
        assertThat(edit.err()).contains("is in the trash");
        Run history = cli("--db", db, "history", EVENT);
        assertThat(history.exitCode()).isZero();
        assertThat(history.out()).contains("deleted: \"false\" -> \"true\"");
        assertThat(cli("--db", db, "check").exitCode()).isZero();
    }

    @Test
    void anUnwritableDatabaseIsNotEditedAndSaysWhy() throws Exception {
        Path probe = Files.createFile(dir.resolve("probe"));
        Files.setPosixFilePermissions(probe, java.nio.file.attribute.PosixFilePermissions.fromString("r--r--r--"));
        org.junit.jupiter.api.Assumptions.assumeFalse(Files.isWritable(probe), "file permissions do not bind this user");
        byte[] before = export();
        Files.setPosixFilePermissions(Path.of(db), java.nio.file.attribute.PosixFilePermissions.fromString("r--r--r--"));
        Run run = cli("--db", db, "edit", EVENT, "--set", "date=1993");
        assertThat(run.exitCode()).isEqualTo(4);
        assertThat(run.err().lines()).hasSize(1);
        assertThat(run.err()).contains("read-only", EVENT);
        assertThat(export()).isEqualTo(before);
    }

    @Test
    void editNeedsAtLeastOneSet() {
        assertThat(cli("--db", db, "edit", EVENT).exitCode()).isEqualTo(2);
        assertThat(cli("--db", db, "edit", EVENT, "--set", "date=1993", "--if-version", "x").exitCode()).isEqualTo(2);
    }
}
