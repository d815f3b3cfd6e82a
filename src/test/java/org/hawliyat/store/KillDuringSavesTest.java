package org.hawliyat.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hawliyat.testing.Fixtures.cli;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.hawliyat.model.Event;
import org.hawliyat.model.validation.CatalogueValidator;
import org.hawliyat.store.sqlite.SqliteCatalogueStore;
import org.hawliyat.testing.Fixtures;
import org.hawliyat.testing.SaveStream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * Killing the program (SIGKILL, no chance to clean up) in the middle of a stream of saves leaves a
 * sound database that holds every save that had returned.
 */
class KillDuringSavesTest {

    @TempDir
    Path dir;

    /** One save the child reported as done. */
    private record Reported(String id, long version, String title) {
    }

    @ParameterizedTest(name = "killed after {0} saves")
    @ValueSource(ints = {30, 47, 71})
    void everyCompletedSaveSurvivesAKillAndTheDatabaseStaysSound(int killAfter) throws Exception {
        Path db = dir.resolve("kill-" + killAfter + ".db");
        try (CatalogueStore store = SqliteCatalogueStore.open(db)) {
            store.importCatalogue(Fixtures.catalogue(Fixtures.event("e0", "1993-07-01"), Fixtures.event("e1", "2008-05"),
                    Fixtures.event("e2", "2022")));
        }
        Path childErrors = dir.resolve("child-" + killAfter + ".err");
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), SaveStream.class.getName(), db.toString())
                .redirectError(childErrors.toFile())
                .start();
        List<Reported> reported = new ArrayList<>();
        try {
            Assertions.assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
                BufferedReader lines = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
                while (reported.size() < killAfter) {
                    String line = lines.readLine();
                    assertThat(line).as("the child stopped early: %s", Files.readString(childErrors)).isNotNull();
                    reported.add(parse(line));
                }
                // SIGKILL, in the middle of the next save; through the handle, because Process.destroyForcibly
                // also closes our end of the pipe, and the lines already in it are saves to check too
                child.toHandle().destroyForcibly();
                assertThat(child.waitFor(20, TimeUnit.SECONDS)).isTrue();
                // lines printed before the kill landed were completed saves too
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    if (line.split(" ").length == 4) { // a line cut short by the kill is not a report
                        reported.add(parse(line));
                    }
                }
            }, () -> "the child did not report its saves in time: " + read(childErrors));
        } finally {
            child.destroyForcibly();
        }
        assertThat(child.exitValue()).isNotZero(); // it was killed, it did not finish

        // the same checks as the check command
        org.hawliyat.testing.Fixtures.Run check = cli("--db", db.toString(), "check");
        assertThat(check.exitCode()).as(check.err()).isZero();
        try (CatalogueStore store = SqliteCatalogueStore.open(db)) {
            assertThat(store.integrityProblems()).isEmpty();
            assertThat(new CatalogueValidator().validate(store.snapshot())).isEmpty();
            List<HistoryEntry> history = new ArrayList<>();
            for (String id : List.of("e0", "e1", "e2")) {
                history.addAll(store.history(id));
            }
            for (Reported r : reported) {
                Event stored = store.event(r.id()).orElseThrow();
                assertThat(stored.version()).as("%s", r).isGreaterThanOrEqualTo(r.version());
                assertThat(history).as("the history of %s", r).anySatisfy(h -> {
                    assertThat(h.recordId()).isEqualTo(r.id());
                    assertThat(h.version()).isEqualTo(r.version());
                    assertThat(h.field()).isEqualTo("title.en");
                    assertThat(h.after()).isEqualTo(r.title());
                });
                if (stored.version() == r.version()) {
                    assertThat(stored.title().en()).isEqualTo(r.title());
                }
                // the search index was written in the same transaction as the record
                assertThat(store.matchingEventIds(stored.title().en())).contains(r.id());
            }
            // versions have no gaps: each stored version is one recorded save
            for (String id : List.of("e0", "e1", "e2")) {
                long version = store.event(id).orElseThrow().version();
                assertThat(store.history(id).stream().map(HistoryEntry::version).distinct())
                        .containsExactlyElementsOf(java.util.stream.LongStream.rangeClosed(2, version).boxed().toList());
            }
        }
    }

    private static Reported parse(String line) {
        String[] parts = line.split(" ");
        return new Reported(parts[0], Long.parseLong(parts[1]), parts[2] + " " + parts[3]);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (java.io.IOException e) {
            return "(" + e.getMessage() + ")";
        }
    }
}
