package org.hawliyat.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.hawliyat.Launcher;
import org.hawliyat.app.CatalogueCheck;
import org.hawliyat.app.Catalogues;
import org.hawliyat.bench.SyntheticCatalogue;
import org.hawliyat.io.CatalogueJson;
import org.hawliyat.model.Catalogue;
import org.hawliyat.store.CatalogueStore;
import org.hawliyat.store.sqlite.SqliteCatalogueStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kill -9} at a random moment of an import: the database is afterwards exactly as before the
 * import or exactly as after it, and {@code check} passes. A child JVM runs the real command line
 * ({@code --db FILE import FILE.json}) on a copy of a database holding the curated dataset, and is
 * killed (SIGKILL: {@link Process#destroyForcibly()}) at a random moment.
 *
 * <p>Most moments fall where it matters, while the import writes: from when its transaction first
 * spills pages into SQLite's write-ahead log (the {@code -wal} file grows) to a little after the
 * time a whole import took from there, which takes in the commit and the checkpoint at close; one
 * run in four is killed anywhere in the child's life (starting, reading and validating the file).
 *
 * <p>The data is SYNTHETIC ({@link SyntheticCatalogue}: every title says so), written once per
 * run of the class. An import of 100,000 events takes 30–45 s in a child on the 2-core machines
 * this runs on (most of it starting, reading and validating), so to keep the test near two minutes
 * {@value #LARGE_RUNS} runs import 100,000 events and {@value #SMALL_RUNS} runs import 5,000 (the
 * same code path, one transaction either way). {@code -Dhawliyat.kill.largeRuns=N} runs N at
 * 100,000 instead; the seed of the random moments is printed, and {@code -Dhawliyat.kill.seed=S}
 * repeats them.
 *
 * <p>Runs only in the default surefire execution: its package is not among the locale executions' tests.
 */
class KillDuringImportTest {

    private static final int LARGE = 100_000;
    private static final int SMALL = 5_000;
    private static final int LARGE_RUNS = 2;
    private static final int SMALL_RUNS = 18;

    @TempDir
    static Path dir;

    private static Path before;
    private static Fingerprint beforePrint;

    /** What the database holds: its number of events and a hash of its JSON export. */
    private record Fingerprint(int events, String sha256) {
    }

    /** How a child's import went: when it began to write (ms from its start, -1 if never seen), when it ended, whether it was killed. */
    private record Timing(long writing, long ended, boolean killed) {
    }

    @BeforeAll
    static void databaseBeforeTheImport() throws Exception {
        before = dir.resolve("before.db");
        try (CatalogueStore store = Catalogues.open(before)) { // a new database: the curated dataset, as the command line makes it
            beforePrint = fingerprint(store.snapshot());
        }
        assertThat(dir.resolve("before.db-wal")).as("closed, the database is one file to copy").doesNotExist();
    }

    @Test
    void aKilledImportLeavesTheDatabaseExactlyBeforeOrExactlyAfterAndSound() throws Exception {
        long seed = Long.getLong("hawliyat.kill.seed", System.nanoTime());
        int largeRuns = Integer.getInteger("hawliyat.kill.largeRuns", LARGE_RUNS);
        System.out.println("KillDuringImportTest: seed " + seed + " (-Dhawliyat.kill.seed=" + seed + " repeats the moments)");
        Random random = new Random(seed);
        List<String> outcomes = new ArrayList<>();

        // the smaller import: once whole, for the state after it and its timing, then killed
        Path small = synthetic(SMALL);
        Path whole = copyOfBefore("whole-" + SMALL);
        Timing timing = watch(child(whole, small, "whole-" + SMALL), whole, -1, -1);
        assertThat(Files.readString(dir.resolve("whole-" + SMALL + ".err"))).isEmpty();
        assertThat(timing.writing()).as("the import wrote into the write-ahead log").isPositive();
        Fingerprint smallAfter;
        try (CatalogueStore store = SqliteCatalogueStore.open(whole)) {
            assertThat(CatalogueCheck.run(store)).isEmpty();
            smallAfter = fingerprint(store.snapshot());
        }
        assertThat(smallAfter.events()).isEqualTo(beforePrint.events() + SMALL);
        System.out.printf(Locale.ROOT, "KillDuringImportTest: a whole import of %,d events took %,d ms, writing from %,d ms%n",
                SMALL, timing.ended(), timing.writing());
        for (int run = 0; run < SMALL_RUNS; run++) {
            outcomes.add(killedRun(small, SMALL, run, random, timing, () -> smallAfter, seed));
        }

        // the large import: its timing scaled from the small one's; the state after it made only when a run ends there
        Path large = synthetic(LARGE);
        double scale = (double) LARGE / SMALL;
        Timing estimate = new Timing((long) (timing.writing() * scale), (long) (timing.ended() * scale), false);
        Fingerprint[] largeAfter = new Fingerprint[1];
        for (int run = 0; run < largeRuns; run++) {
            outcomes.add(killedRun(large, LARGE, run, random, estimate, () -> {
                if (largeAfter[0] == null) {
                    largeAfter[0] = importedWhole(large);
                }
                return largeAfter[0];
            }, seed));
        }
        System.out.println("KillDuringImportTest: " + outcomes);
        assertThat(outcomes).as("some runs were killed while writing, before the commit").anyMatch(o -> o.endsWith("before"));
    }

    /** The state after importing the file whole, in this JVM through the command line. */
    private static Fingerprint importedWhole(Path file) throws Exception {
        Path db = copyOfBefore("whole-in-process");
        org.hawliyat.testing.Fixtures.Run run = org.hawliyat.testing.Fixtures.cli("--db", db.toString(), "import", file.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        try (CatalogueStore store = SqliteCatalogueStore.open(db)) {
            return fingerprint(store.snapshot());
        } finally {
            Files.deleteIfExists(db);
        }
    }

    private static Path synthetic(int size) throws IOException {
        Path file = dir.resolve("synthetic-" + size + "-events.json");
        try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            new CatalogueJson().write(SyntheticCatalogue.generate(size, Math.max(1, size / 500), 20261129L), out);
        }
        return file;
    }

    /**
     * Starts the child and kills it: three times in four (always for the large import) at a random
     * moment of its writing (after the write-ahead log first grows), else at a random moment of its life. The database must then
     * be as before or as after, and sound.
     */
    private static String killedRun(Path file, int size, int run, Random random, Timing timing,
                                    java.util.concurrent.Callable<Fingerprint> after, long seed) throws Exception {
        String name = "killed-" + size + "-" + run;
        Path db = copyOfBefore(name);
        boolean whileWriting = size == LARGE || random.nextInt(4) != 0; // the large runs all while writing
        long writingFor = timing.ended() - timing.writing();
        long delay = whileWriting ? (long) (writingFor * 1.1 * random.nextDouble()) : (long) (timing.ended() * random.nextDouble());
        Process child = child(db, file, name);
        Timing seen = watch(child, db, whileWriting ? -1 : delay, whileWriting ? delay : -1);
        boolean killed = seen.killed();
        if (!killed) {
            assertThat(child.exitValue()).as("%s ended by itself: %s", name, Files.readString(dir.resolve(name + ".err"))).isZero();
        }
        String what = String.format(Locale.ROOT, "%s killed %d ms after %s (seed %d)", name, delay,
                whileWriting ? "it began to write" : "its start", seed);
        try (CatalogueStore store = SqliteCatalogueStore.open(db)) {
            assertThat(CatalogueCheck.run(store)).as("check after %s", what).isEmpty();
            Fingerprint now = fingerprint(store.snapshot());
            if (!now.equals(beforePrint)) {
                assertThat(now).as("the database after %s is as before or as after the import", what).isEqualTo(after.call());
            }
            return String.format(Locale.ROOT, "%s@%dms%s:%s", killed ? "killed" : "ended", seen.ended(),
                    whileWriting ? "(writing from " + seen.writing() + "ms)" : "", now.equals(beforePrint) ? "before" : "after");
        } finally {
            Files.deleteIfExists(db); // a 100,000-event copy is large; the folder goes at the end anyway
        }
    }

    /**
     * Follows a child until it ends, noting when its write-ahead log first grows; kills it
     * {@code killAfterStart} ms after its start or {@code killAfterWriting} ms after it began to
     * write (-1: not).
     */
    private static Timing watch(Process child, Path db, long killAfterStart, long killAfterWriting) throws Exception {
        long start = System.nanoTime();
        Path wal = db.resolveSibling(db.getFileName() + "-wal");
        long writing = -1;
        boolean killed = false;
        while (child.isAlive()) {
            long now = (System.nanoTime() - start) / 1_000_000;
            if (writing < 0 && Files.exists(wal) && Files.size(wal) > 0) {
                writing = now;
            }
            if ((killAfterStart >= 0 && now >= killAfterStart) || (killAfterWriting >= 0 && writing >= 0 && now >= writing + killAfterWriting)) {
                child.destroyForcibly(); // SIGKILL on Linux and macOS: no shutdown hooks, no finally blocks
                killed = true;
                break;
            }
            assertThat(now).as("the child is still running after five minutes").isLessThan(300_000);
            Thread.sleep(2);
        }
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return new Timing(writing, (System.nanoTime() - start) / 1_000_000, killed);
    }

    private static Process child(Path db, Path file, String name) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-Xmx2g", "-Duser.language=en", "-Duser.country=US",
                Launcher.class.getName(), "--db", db.toString(), "import", file.toString())
                .redirectOutput(dir.resolve(name + ".out").toFile())
                .redirectError(dir.resolve(name + ".err").toFile());
        builder.environment().put("XDG_DATA_HOME", dir.resolve("xdg").toString()); // the child's log, not the user's
        return builder.start();
    }

    private static Path copyOfBefore(String name) throws IOException {
        Path db = dir.resolve(name + ".db");
        Files.copy(before, db);
        return db;
    }

    private static Fingerprint fingerprint(Catalogue catalogue) throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        try (OutputStream out = new DigestOutputStream(OutputStream.nullOutputStream(), sha)) {
            new CatalogueJson().write(catalogue, out);
        }
        return new Fingerprint(catalogue.events().size(), HexFormat.of().formatHex(sha.digest()));
    }
}
