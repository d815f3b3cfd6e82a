package org.hawliyat.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hawliyat.testing.Fixtures.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.hawliyat.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An event whose end is less precise than its start is refused as invalid input, not by the database. */
class ImportCoarseEndTest {

    @TempDir
    Path dir;

    @Test
    void anEndLessPreciseThanTheStartExits3NamingTheEventAndChangesNothing() throws Exception {
        Path file = dir.resolve("coarse.json");
        Files.writeString(file, """
                {"format": "hawliyat", "formatVersion": 1,
                 "events": [{"id": "coarse-end", "type": "relations-established", "date": "2008-05-03",
                             "end": {"date": "2008-05"}, "title": {"en": "From the third of May to May"}}]}
                """);
        Path db = dir.resolve("x.db");
        String before = cli("--db", db.toString(), "export").out();

        Fixtures.Run run = cli("--db", db.toString(), "import", file.toString());
        // it was exit 4: "Could not import records in the database …: A CHECK constraint failed"
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(run.err()).isEqualTo(file + ": event \"coarse-end\", field \"end\": the end (2008-05) is less precise than"
                + " the start (2008-05-03): give it the month or the day.\n");
        assertThat(cli("--db", db.toString(), "export").out()).isEqualTo(before);
    }
}
