package org.hawliyat.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hawliyat.testing.Fixtures.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import org.hawliyat.testing.Damage;
import org.hawliyat.testing.Fixtures.Run;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code backup}, {@code backups} and {@code restore}, run in-process as the jar runs them. */
class BackupCommandsTest {

    @TempDir
    Path dir;

    private String db;

    @BeforeEach
    void curated() {
        db = dir.resolve("hawliyat.db").toString();
        assertThat(cli("--db", db, "list").exitCode()).isZero(); // a new database: no daily copy of it yet
    }

    private Run run(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--db";
        all[1] = db;
        System.arraycopy(args, 0, all, 2, args.length);
        return cli(all);
    }

    @Test
    void backupWritesAManualCopyThatBackupsListsNewestFirstWithItsEvents() throws Exception {
        assertThat(run("backups").out()).startsWith("No backups of " + db + " in " + dir.resolve("backups"));
        Run made = run("backup");
        assertThat(made.exitCode()).as(made.err()).isZero();
        assertThat(made.out()).matches("(?s)Wrote a copy of .*hawliyat\\.db to .*/backups/hawliyat-\\d{4}-\\d\\d-\\d\\dT\\d{6}\\.\\d{3}Z-manual\\.db\\.\\n");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
            c.createStatement().executeUpdate("UPDATE event SET deleted_at = '2026-11-29T00:00:00Z' WHERE id LIKE 'qa-kz-1993%'");
        }
        Thread.sleep(5); // a later millisecond, so the order is by time
        assertThat(run("backup").exitCode()).isZero();
        Run list = run("backups");
        assertThat(list.exitCode()).isZero();
        assertThat(list.out().lines()).hasSize(2);
        assertThat(list.out().lines().findFirst().orElseThrow()).contains("manual").doesNotContain(" 14 events");
        assertThat(list.out().lines().skip(1).findFirst().orElseThrow()).matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\dZ  manual +14 events +/.*");
        JsonNode json = new ObjectMapper().readTree(run("backups", "--json").out());
        assertThat(json).hasSize(2);
        assertThat(json.get(1).get("events").asInt()).isEqualTo(14);
        assertThat(json.get(0).get("reason").asText()).isEqualTo("manual");
        assertThat(json.get(0).get("time").asText()).isGreaterThan(json.get(1).get("time").asText());
    }

    @Test
    void backupOutWritesWhereAskedAndRefusesToReplaceAFile() throws Exception {
        Path out = dir.resolve("copies").resolve("mine.db");
        Run made = run("backup", "--out", out.toString());
        assertThat(made.exitCode()).as(made.err()).isZero();
        assertThat(cli("--db", out.toString(), "check").exitCode()).isZero();
        Run again = run("backup", "--out", out.toString());
        assertThat(again.exitCode()).isEqualTo(ExitCodes.DATABASE);
        assertThat(again.err()).contains(out.toString(), "already exists");
        Run onto = run("backup", "--out", dir.toString());
        assertThat(onto.exitCode()).isEqualTo(ExitCodes.DATABASE);
        assertThat(onto.err()).contains("is a folder");
        assertThat(cli("--db", dir.resolve("none.db").toString(), "backup").exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
    }

    @Test
    void restorePutsTheCopyBackAfterCopyingTheCurrentStateAway() throws Exception {
        Path copy = dir.resolve("before.db");
        assertThat(run("backup", "--out", copy.toString()).exitCode()).isZero();
        assertThat(run("edit", "qa-kz-1993-relations-established", "--set", "title.en=Changed").exitCode()).isZero();
        Run restored = run("restore", copy.toString());
        assertThat(restored.exitCode()).as(restored.err()).isZero();
        assertThat(restored.out()).contains("Copied the database as it was to " + dir.resolve("backups"),
                "-before-restore.db.", "Restored " + db + " from " + copy + ".");
        assertThat(run("export").out()).doesNotContain("Changed");
        assertThat(run("check").exitCode()).isZero();
        Run list = run("backups");
        assertThat(list.out()).contains("before-restore");
        // the state before the restore can itself be restored
        String name = list.out().lines().filter(l -> l.contains("before-restore")).findFirst().orElseThrow()
                .replaceAll(".*/", "");
        assertThat(run("restore", name).exitCode()).isZero();
        assertThat(run("export").out()).contains("Changed");
    }

    @Test
    void restoreRefusesACopyThatFailsCheckAndChangesNothing() throws Exception {
        Path copy = dir.resolve("copy.db");
        assertThat(run("backup", "--out", copy.toString()).exitCode()).isZero();
        Damage.flipIndexBytes(copy);
        String hash = Damage.hash(Path.of(db));
        Run refused = run("restore", copy.toString());
        assertThat(refused.exitCode()).isEqualTo(ExitCodes.DATABASE);
        assertThat(refused.err()).contains(copy + " was not restored because it fails the check", "missing from index",
                "the database " + db + " was not changed");
        assertThat(Damage.hash(Path.of(db))).isEqualTo(hash);
        assertThat(dir.resolve("backups")).doesNotExist();
        Run missing = run("restore", dir.resolve("nothing.db").toString());
        assertThat(missing.exitCode()).isEqualTo(ExitCodes.DATABASE);
        assertThat(missing.err()).contains("nothing.db", "There is no such file");
    }

    @Test
    void aDatabaseThatWasThereGetsItsDailyCopyOnTheFirstOpenOfTheDay() {
        assertThat(Files.exists(dir.resolve("backups"))).isFalse();
        assertThat(run("list").exitCode()).isZero();
        assertThat(run("backups").out()).contains("daily", "14 events");
        assertThat(run("list").exitCode()).isZero();
        assertThat(run("backups").out().lines()).hasSize(1);
    }
}
