package org.hawliyat.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hawliyat.testing.Fixtures.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Arrays;
import org.hawliyat.app.Backups;
import org.hawliyat.app.Catalogues;
import org.hawliyat.store.DamagedDatabaseException;
import org.hawliyat.store.NewerDatabaseException;
import org.hawliyat.store.StoreException;
import org.hawliyat.store.sqlite.SqliteCatalogueStore;
import org.hawliyat.testing.Damage;
import org.hawliyat.testing.Fixtures.Run;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Damaged, foreign, newer and locked databases: refused in one sentence, and left as they were. */
class DamagedDatabaseTest {

    @TempDir
    Path dir;

    private Path db;

    @BeforeEach
    void curated() {
        db = dir.resolve("hawliyat.db");
        Catalogues.open(db).close();
    }

    private static void assertOneSentenceNaming(Run run, Path file, String... words) {
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.DATABASE);
        assertThat(run.err()).contains(file.toAbsolutePath().toString()).contains(words).doesNotContain("\tat ", "Exception");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void flippedIndexBytesAreFoundAtOpenSoExportImportAndListRefuseAndTheRestoreCommandIsNamed() throws Exception {
        Backups.Backup good = Backups.of(db).make(Backups.Reason.MANUAL);
        Damage.flipIndexBytes(db);
        String hash = Damage.hash(db);
        Path file = dir.resolve("events.json");
        Files.writeString(file, "{\"format\": \"hawliyat\", \"events\": []}");
        for (String[] args : new String[][] {{"export"}, {"export", "--format", "csv"}, {"import", file.toString()},
            {"list"}, {"search", "embassy"}}) {
            String[] all = new String[args.length + 2];
            all[0] = "--db";
            all[1] = db.toString();
            System.arraycopy(args, 0, all, 2, args.length);
            Run run = cli(all);
            assertOneSentenceNaming(run, db, "is damaged", "missing from index");
            assertThat(run.err().lines()).as(Arrays.toString(args)).hasSize(2);
            assertThat(run.err().lines().skip(1).findFirst().orElseThrow())
                    .isEqualTo("To put back the newest good copy (" + good.time() + ", manual), run: hawliyat --db " + db
                            + " restore " + good.file());
        }
        assertThat(Damage.hash(db)).as("the damaged file is left as it was").isEqualTo(hash);
        Run check = cli("--db", db.toString(), "check");
        assertThat(check.exitCode()).isEqualTo(ExitCodes.DATABASE);
        assertThat(check.err()).contains("missing from index sqlite_autoindex_event_person_1");

        Run restore = cli("--db", db.toString(), "restore", good.file().getFileName().toString());
        assertThat(restore.exitCode()).as(restore.err()).isZero();
        assertThat(restore.out()).contains("Kept the damaged database aside as " + db + ".damaged-");
        Path aside = Files.list(dir).filter(p -> p.getFileName().toString().startsWith("hawliyat.db.damaged-")
                && !p.toString().endsWith("-wal")).findFirst().orElseThrow();
        assertThat(Damage.hash(aside)).isEqualTo(hash);
        assertThat(cli("--db", db.toString(), "check").exitCode()).isZero();
        assertThat(cli("--db", db.toString(), "export").out()).contains("hamad-bin-khalifa");
    }

    @Test
    void aFileThatIsNotSqliteOrIsCutShortIsRefusedAsDamagedAndKept() throws Exception {
        Path junk = dir.resolve("notes.db");
        Files.writeString(junk, "These are my notes, not a database.\n".repeat(200));
        Run run = cli("--db", junk.toString(), "list");
        assertOneSentenceNaming(run, junk, "is not an SQLite database file");
        assertThat(run.err()).contains("restore FILE");
        assertThat(Files.readString(junk)).startsWith("These are my notes");

        Path cut = dir.resolve("cut.db");
        byte[] whole = Files.readAllBytes(db);
        Files.write(cut, Arrays.copyOf(whole, whole.length / 2 + 100));
        String hash = Damage.hash(cut);
        Run truncated = cli("--db", cut.toString(), "export");
        assertOneSentenceNaming(truncated, cut, "is cut short");
        assertThat(Damage.hash(cut)).isEqualTo(hash);
    }

    @Test
    void aDatabaseWithAMigrationFromANewerVersionIsRefusedByNameAndLeftByteForByte() throws Exception {
        int known;
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            try (java.sql.ResultSet rs = s.executeQuery("SELECT max(CAST(version AS INTEGER)) FROM flyway_schema_history")) {
                rs.next();
                known = rs.getInt(1); // the newest migration this version has applied
            }
            assertThat(known).isBetween(6, 98);
            s.executeUpdate("INSERT INTO flyway_schema_history (installed_rank, version, description, type, script,"
                    + " checksum, installed_by, installed_on, execution_time, success)"
                    + " VALUES (99, '99', 'from the future', 'SQL', 'V99__future.sql', 1, '', '2030-01-01 00:00:00', 1, 1)");
            s.execute("PRAGMA wal_checkpoint(TRUNCATE)");
        }
        String hash = Damage.hash(db);
        Path file = dir.resolve("one.json");
        Files.writeString(file, cli("--db", dir.resolve("other.db").toString(), "export").out());
        for (String[] args : new String[][] {{"import", file.toString()}, {"list"}, {"export"},
            {"edit", "qa-kz-1993-relations-established", "--set", "title.en=X"}, {"check"}}) {
            String[] all = new String[args.length + 2];
            all[0] = "--db";
            all[1] = db.toString();
            System.arraycopy(args, 0, all, 2, args.length);
            Run run = cli(all);
            assertOneSentenceNaming(run, db, "was written by a newer version of Hawliyat (schema 99; this version knows up to "
                    + known + ")");
            assertThat(run.err().lines()).hasSize(1);
        }
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> SqliteCatalogueStore.openReadOnly(db))
                .isInstanceOf(NewerDatabaseException.class);
        assertThat(Damage.hash(db)).isEqualTo(hash);
    }

    @Test
    void aDatabaseLockedByAnotherProgramGetsASentenceAfterAShortWait() throws Exception {
        String before = System.getProperty("hawliyat.sqlite.busyTimeout");
        System.setProperty("hawliyat.sqlite.busyTimeout", "300");
        try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = other.createStatement()) {
            s.execute("PRAGMA locking_mode = EXCLUSIVE");
            s.executeUpdate("UPDATE app_meta SET value = value"); // takes the lock and keeps it
            long start = System.nanoTime();
            Run run = cli("--db", db.toString(), "list");
            assertOneSentenceNaming(run, db, "is locked by another program", "try again");
            assertThat(run.err().lines()).hasSize(1);
            assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(10_000);
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> SqliteCatalogueStore.open(db))
                    .isInstanceOf(StoreException.class).isNotInstanceOf(DamagedDatabaseException.class)
                    .hasMessageContaining("locked by another program");
        } finally {
            if (before == null) {
                System.clearProperty("hawliyat.sqlite.busyTimeout");
            } else {
                System.setProperty("hawliyat.sqlite.busyTimeout", before);
            }
        }
        assertThat(cli("--db", db.toString(), "list").exitCode()).isZero();
    }
}
