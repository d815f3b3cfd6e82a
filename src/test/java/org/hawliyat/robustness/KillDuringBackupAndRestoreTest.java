package org.hawliyat.robustness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hawliyat.testing.Fixtures.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.hawliyat.Launcher;
import org.hawliyat.app.Backups;
import org.hawliyat.app.Catalogues;
import org.hawliyat.bench.SyntheticCatalogue;
import org.hawliyat.store.CatalogueStore;
import org.hawliyat.testing.Damage;
import org.hawliyat.testing.Fixtures.Run;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kill -9} at random moments of a {@code backup} and of a {@code restore} run by the real
 * command line in a child JVM: afterwards the database is exactly as before or exactly as after,
 * SQLite's integrity check passes, and a copy in the backups folder is either whole or absent.
 *
 * <p>The synthetic catalogue has {@value #EVENTS} events rather than 100,000: at 100,000 one
 * restore takes about 17 s here (the copy is checked with {@code check}, the state before it is
 * copied away, then put back) and at 20,000 the test took over 3 minutes; half the restores are
 * killed at a random moment of the whole run, half at a random moment after the copy of the state
 * before has appeared, when the database is being written (otherwise almost every kill lands in
 * the check that comes first).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KillDuringBackupAndRestoreTest {

    static final int EVENTS = 10_000;
    private static final int RUNS = 20;

    @TempDir
    static Path dir;

    private Path stateA;
    private Path stateB;
    private String fingerprintA;
    private String fingerprintB;
    private final Random random = new Random(14);

    @BeforeAll
    void twoStates() throws Exception {
        Path db = dir.resolve("source").resolve("hawliyat.db");
        try (CatalogueStore store = Catalogues.openWithoutCuratedData(db)) {
            store.importCatalogue(SyntheticCatalogue.generate(EVENTS, EVENTS / 100, 42), "kill-test");
        }
        stateA = Backups.of(db).copyTo(dir.resolve("state-a.db"));
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE event SET deleted_at = '2026-11-29T00:00:00Z' WHERE rowid % 7 = 0");
            s.executeUpdate("UPDATE event SET title_en = 'changed ' || id, version = version + 1 WHERE rowid % 5 = 0");
        }
        stateB = Backups.of(db).copyTo(dir.resolve("state-b.db"));
        fingerprintA = fingerprint(stateA);
        fingerprintB = fingerprint(stateB);
        assertThat(fingerprintA).isNotEqualTo(fingerprintB);
    }

    @Test
    void aBackupKilledAtAnyMomentLeavesTheDatabaseAsItWasAndNoHalfCopy() throws Exception {
        Path work = Files.createDirectories(dir.resolve("backup"));
        Path db = work.resolve("hawliyat.db");
        Files.copy(stateA, db);
        String bytes = Damage.hash(db);
        long whole = timed(db, "backup"); // once to the end: how long a backup takes
        List<Long> killedAt = new ArrayList<>();
        for (int run = 0; run < RUNS; run++) {
            long delay = whole / 10 + random.nextLong(whole - whole / 10 + 1); // not during the JVM's start
            killedAt.add(delay);
            killAfter(delay, db, "backup");
            assertThat(integrity(db)).as("run %d, killed after %d ms", run, delay).isEqualTo("ok");
            assertThat(fingerprint(db)).as("run %d", run).isEqualTo(fingerprintA);
            assertThat(Damage.hash(db)).as("run %d: a backup only reads the database", run).isEqualTo(bytes);
            for (Backups.Backup copy : Backups.of(db).list()) {
                assertThat(integrity(copy.file())).as("run %d: %s", run, copy.file()).isEqualTo("ok");
                assertThat(fingerprint(copy.file())).isEqualTo(fingerprintA);
            }
        }
        Run check = cli("--db", db.toString(), "check");
        assertThat(check.exitCode()).as(check.err()).isZero();
        System.out.println("backup of " + EVENTS + " events: " + whole + " ms whole; killed after " + killedAt
                + " ms; " + Backups.of(db).list().size() + " whole copies made");
    }

    @Test
    void aRestoreKilledAtAnyMomentLeavesTheDatabaseExactlyBeforeOrExactlyAfter() throws Exception {
        Path work = Files.createDirectories(dir.resolve("restore"));
        Path db = work.resolve("hawliyat.db");
        Files.copy(stateB, db);
        long[] phases = timedRestore(db); // how long in all, and from the copy of the state before to the end
        long whole = phases[0];
        long writing = phases[1];
        assertThat(fingerprint(db)).isEqualTo(fingerprintA);
        int before = 0;
        int after = 0;
        List<Long> killedAt = new ArrayList<>();
        for (int run = 0; run < RUNS; run++) {
            clear(work);
            Files.copy(stateB, db, StandardCopyOption.REPLACE_EXISTING);
            // half the kills anywhere, half while it writes (the copy of the state before is there)
            long delay;
            if (run % 2 == 0) {
                delay = whole / 10 + random.nextLong(whole - whole / 10 + 1);
                killAfter(delay, db, "restore", stateA.toString());
            } else {
                delay = random.nextLong(writing + 1);
                killWhileWriting(delay, db);
                delay = -delay; // told apart in the report
            }
            killedAt.add(delay);
            assertThat(integrity(db)).as("run %d, killed after %d ms", run, delay).isEqualTo("ok");
            String found = fingerprint(db);
            assertThat(found).as("run %d, killed after %d ms: exactly before or exactly after", run, delay)
                    .isIn(fingerprintA, fingerprintB);
            if (found.equals(fingerprintA)) {
                after++;
            } else {
                before++;
            }
            if (run % 5 == 4) {
                Run check = cli("--db", db.toString(), "check");
                assertThat(check.exitCode()).as("run %d: %s", run, check.err()).isZero();
            }
        }
        System.out.println("restore of " + EVENTS + " events: " + whole + " ms whole, " + writing + " ms writing; killed after "
                + killedAt + " ms (negative: after the copy of the state before appeared); " + before + " left before, "
                + after + " after");
        assertThat(after).as("some kills land after the restore's commit").isPositive();
        assertThat(before).as("some kills land before it").isPositive();
    }

    /** Runs the command to its end in a child JVM and returns how long it took, in ms. */
    private long timed(Path db, String... command) throws Exception {
        long start = System.nanoTime();
        Process child = start(db, command);
        assertThat(child.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(child.exitValue()).as(new String(child.getErrorStream().readAllBytes())).isZero();
        return (System.nanoTime() - start) / 1_000_000;
    }

    /** Restores to the end; returns the time in all and the time from the copy of the state before appearing to the end. */
    private long[] timedRestore(Path db) throws Exception {
        long start = System.nanoTime();
        Process child = start(db, "restore", stateA.toString());
        long copied = waitForCopyOfStateBefore(db, child);
        assertThat(child.waitFor(120, TimeUnit.SECONDS)).isTrue();
        long end = System.nanoTime();
        assertThat(child.exitValue()).as(new String(child.getErrorStream().readAllBytes())).isZero();
        assertThat(copied).as("the copy of the state before was seen").isPositive();
        return new long[] {(end - start) / 1_000_000, (end - copied) / 1_000_000};
    }

    /** Starts a restore and kills it this long after the copy of the state before has appeared. */
    private void killWhileWriting(long millis, Path db) throws Exception {
        Process child = start(db, "restore", stateA.toString());
        waitForCopyOfStateBefore(db, child);
        if (!child.waitFor(millis, TimeUnit.MILLISECONDS)) {
            child.toHandle().destroyForcibly();
        }
        assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
    }

    /** Waits until the restore's copy of the state before is in the backups folder (or the child ended); when, in nanoseconds. */
    private static long waitForCopyOfStateBefore(Path db, Process child) throws Exception {
        Path folder = db.resolveSibling("backups");
        while (child.isAlive()) {
            if (Files.isDirectory(folder)) {
                try (Stream<Path> files = Files.list(folder)) {
                    if (files.anyMatch(f -> f.getFileName().toString().endsWith("-before-restore.db"))) {
                        return System.nanoTime();
                    }
                }
            }
            Thread.sleep(2);
        }
        return -1;
    }

    /** Starts the command in a child JVM and sends it SIGKILL after the delay (if it is still running). */
    private void killAfter(long millis, Path db, String... command) throws Exception {
        Process child = start(db, command);
        if (!child.waitFor(millis, TimeUnit.MILLISECONDS)) {
            child.toHandle().destroyForcibly(); // SIGKILL: no shutdown hooks, no cleaning up
        }
        assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
    }

    private Process start(Path db, String... command) throws IOException {
        List<String> args = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Launcher.class.getName(), "--db", db.toString()));
        args.addAll(List.of(command));
        ProcessBuilder builder = new ProcessBuilder(args).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.PIPE);
        builder.environment().put("XDG_DATA_HOME", dir.resolve("xdg").toString()); // the child's log, not the user's
        builder.environment().remove("HAWLIYAT_DB");
        return builder.start();
    }

    private static void clear(Path work) throws IOException {
        try (Stream<Path> files = Files.walk(work)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                if (!p.equals(work)) {
                    Files.delete(p);
                }
            }
        }
    }

    private static String integrity(Path db) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
            rs.next();
            return rs.getString(1);
        }
    }

    /** The content that matters, as one hash: every table's row count, and each event's id, version, trash mark and title. */
    private static String fingerprint(Path db) throws Exception {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            for (String table : tables) {
                try (ResultSet rs = s.executeQuery("SELECT count(*) FROM \"" + table + "\"")) {
                    rs.next();
                    digest.update((table + "=" + rs.getLong(1) + ";").getBytes(java.nio.charset.StandardCharsets.UTF_8));
                }
            }
            try (ResultSet rs = s.executeQuery("SELECT id, version, deleted_at, title_en FROM event ORDER BY id")) {
                while (rs.next()) {
                    digest.update((rs.getString(1) + "|" + rs.getLong(2) + "|" + rs.getString(3) + "|" + rs.getString(4)
                            + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
                }
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
