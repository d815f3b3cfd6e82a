package org.hawliyat.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hawliyat.testing.Fixtures.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.hawliyat.testing.Fixtures.Run;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** import --dry-run says what would be added and replaced (field by field); --keep-newer leaves newer edits alone. */
class ImportPreviewTest {

    private static final String EVENT = "qa-kz-1993-relations-established";
    private static final String TITLE = "Qatar and Kazakhstan establish diplomatic relations";

    @TempDir
    Path dir;

    private String db;
    private Path oldExport;

    @BeforeEach
    void anExportTakenBeforeAnEdit() throws Exception {
        db = dir.resolve("h.db").toString();
        oldExport = dir.resolve("old.json");
        Run run = cli("--db", db, "export", "--out", oldExport.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
    }

    private String exported() {
        return cli("--db", db, "export").out();
    }

    @Test
    void theDryRunListsAddedAndReplacedFieldByFieldAndChangesNothing() throws Exception {
        Path file = dir.resolve("changed.json");
        Files.writeString(file, Files.readString(oldExport).replace(TITLE, "Relations established")
                .replace("\"id\": \"" + EVENT + "\"", "\"id\": \"" + EVENT + "\"")
                .replaceFirst("\"events\": \\[", "\"events\": [{\"id\": \"brand-new\", \"type\": \"state-visit\","
                        + " \"date\": \"2001\", \"title\": {\"en\": \"New\"}},"));
        String before = exported();
        Run run = cli("--db", db, "import", "--dry-run", file.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Would add 1, would replace 1, would leave")
                .contains("add event \"brand-new\"")
                .contains("replace event \"" + EVENT + "\"")
                .contains("title.en: \"" + TITLE + "\" -> \"Relations established\"");
        assertThat(exported()).isEqualTo(before);
    }

    @Test
    void reimportingAnOldExportSaysItUndoesAnEditAndKeepNewerLeavesIt() throws Exception {
        Run edit = cli("--db", db, "edit", EVENT, "--set", "title.en=Edited after the export");
        assertThat(edit.exitCode()).as(edit.err()).isZero();

        Run dry = cli("--db", db, "import", "--dry-run", oldExport.toString());
        assertThat(dry.out()).doesNotContain("was copied to"); // a dry run writes nothing, not even a copy
        assertThat(dry.out()).contains("replace event \"" + EVENT + "\" (the database's version 2 is newer than the file's 1")
                .contains("title.en: \"Edited after the export\" -> \"" + TITLE + "\"");

        Run kept = cli("--db", db, "import", "--keep-newer", oldExport.toString());
        assertThat(kept.exitCode()).as(kept.err()).isZero();
        assertThat(kept.out()).contains("keep event \"" + EVENT + "\" (the database's version 2 is newer than the file's 1)");
        assertThat(exported()).contains("Edited after the export");

        Run undone = cli("--db", db, "import", oldExport.toString());
        assertThat(undone.exitCode()).isZero();
        assertThat(exported()).doesNotContain("Edited after the export").contains(TITLE);
        // the import replaced a record: the database as it was is kept in the backups, with the edit
        assertThat(undone.out()).contains("was copied to ");
        Path copy;
        try (var copies = Files.list(dir.resolve("backups"))) {
            copy = copies.filter(p -> p.getFileName().toString().endsWith("-before-import.db")).findFirst().orElseThrow();
        }
        assertThat(undone.out()).contains(copy.toString());
        Run fromCopy = cli("--db", copy.toString(), "export");
        assertThat(fromCopy.out()).contains("Edited after the export");
    }
}
