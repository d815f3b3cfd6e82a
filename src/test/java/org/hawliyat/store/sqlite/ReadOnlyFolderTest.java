package org.hawliyat.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.hawliyat.app.CuratedData;
import org.hawliyat.model.Event;
import org.hawliyat.store.StoreException;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A database in a folder that cannot be written (a shared, read-only folder; a CD; another user's
 * folder) opens read-only: SQLite cannot make the WAL journal's shared-memory file beside it, so
 * the file is read as immutable. (It failed with SQLITE_READONLY_DIRECTORY before.)
 */
class ReadOnlyFolderTest {

    @TempDir
    Path dir;

    @Test
    void theAddressOfAnImmutableFileIsAFileUriThatSqliteDecodes() {
        Path file = Path.of("/data/حوليات 2026/t.db");
        assertThat(SqliteDatabase.url(file, false)).isEqualTo("jdbc:sqlite:/data/حوليات 2026/t.db");
        assertThat(SqliteDatabase.url(file, true)).startsWith("jdbc:sqlite:file:///data/").endsWith("%202026/t.db?immutable=1")
                .doesNotContain(" ");
    }

    @Test
    void aDatabaseInAFolderThatCannotBeWrittenIsReadAsItIs() throws Exception {
        Path folder = dir.resolve("shared");
        Path file = folder.resolve("t.db");
        try (SqliteCatalogueStore store = SqliteCatalogueStore.open(file)) {
            store.seed(CuratedData.load());
        }
        assertThat(folder.resolve("t.db-shm")).doesNotExist(); // the last connection cleans up
        // root ignores permissions: make the folder immutable instead (where the file system allows it)
        Assumptions.assumeTrue(chattr("+i", folder), "chattr is not available here");
        try {
            assertThat(Files.isWritable(folder)).isFalse();
            try (SqliteCatalogueStore store = SqliteCatalogueStore.open(file)) {
                assertThat(store.isReadOnly()).isTrue();
                assertThat(store.events()).hasSize(14);
                assertThat(store.integrityProblems()).isEmpty();
                Event first = store.events().get(0);
                assertThatThrownBy(() -> store.saveEvent(first, "tester")).isInstanceOf(StoreException.class);
            }
        } finally {
            chattr("-i", folder);
        }
    }

    private static boolean chattr(String flag, Path path) {
        try {
            Process process = new ProcessBuilder("chattr", flag, path.toString()).redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            return process.waitFor() == 0;
        } catch (Exception e) {
            return false;
        }
    }
}
