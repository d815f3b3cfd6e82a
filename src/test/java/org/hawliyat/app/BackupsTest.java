package org.hawliyat.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.hawliyat.store.CatalogueStore;
import org.hawliyat.store.StoreException;
import org.hawliyat.store.sqlite.SqliteCatalogueStore;
import org.hawliyat.store.sqlite.SqliteCopies;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupsTest {

    @TempDir
    Path dir;

    /** A clock that moves on by a minute each time it is read. */
    private static Clock ticking(Instant start) {
        return new Clock() {
            private Instant now = start;

            @Override
            public java.time.ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public synchronized Instant instant() {
                Instant t = now;
                now = now.plus(Duration.ofMinutes(1));
                return t;
            }
        };
    }

    private Path curatedDatabase() {
        Path db = dir.resolve("hawliyat.db");
        Catalogues.open(db).close();
        return db;
    }

    @Test
    void aCopyIsNamedByTimeAndReasonInTheBackupsFolderAndPassesCheck() {
        Path db = curatedDatabase();
        Backups backups = Backups.of(db, Clock.fixed(Instant.parse("2026-11-29T12:03:05.123Z"), ZoneOffset.UTC));
        Backups.Backup made = backups.make(Backups.Reason.BEFORE_IMPORT);
        assertThat(made.file()).isEqualTo(dir.resolve("backups").resolve("hawliyat-2026-11-29T120305.123Z-before-import.db"));
        assertThat(backups.list()).containsExactly(made);
        assertThat(Backups.problems(made.file())).isEmpty();
        assertThat(backups.describe().get(0).events()).isEqualTo(14);
        // one self-contained file: no write-ahead log beside it, and a second copy in the same millisecond gets its own name
        assertThat(dir.resolve("backups")).isDirectoryNotContaining("glob:**-wal");
        Backups.Backup second = backups.make(Backups.Reason.BEFORE_IMPORT);
        assertThat(second.file().getFileName().toString()).endsWith("-before-import-2.db");
        assertThat(backups.list()).hasSize(2);
    }

    @Test
    void rotationKeepsTheLastSevenDailyAndTenBeforeImportAndEveryManualCopy() {
        Path db = curatedDatabase();
        Backups backups = Backups.of(db, ticking(Instant.parse("2026-01-01T00:00:00Z")));
        List<Backups.Backup> daily = new java.util.ArrayList<>();
        for (int i = 0; i < 9; i++) {
            daily.add(backups.make(Backups.Reason.DAILY));
        }
        for (int i = 0; i < 12; i++) {
            backups.make(Backups.Reason.BEFORE_IMPORT);
        }
        for (int i = 0; i < 3; i++) {
            backups.make(Backups.Reason.MANUAL);
        }
        List<Backups.Backup> all = backups.list();
        assertThat(all.stream().filter(b -> b.reason() == Backups.Reason.DAILY)).hasSize(7);
        assertThat(all.stream().filter(b -> b.reason() == Backups.Reason.BEFORE_IMPORT)).hasSize(10);
        assertThat(all.stream().filter(b -> b.reason() == Backups.Reason.MANUAL)).hasSize(3);
        // the oldest went, the newest stayed; listed newest first
        assertThat(all).doesNotContain(daily.get(0), daily.get(1)).contains(daily.get(8));
        assertThat(all).isSortedAccordingTo((a, b) -> b.time().compareTo(a.time()));
        assertThat(all.get(0).reason()).isEqualTo(Backups.Reason.MANUAL);
    }

    @Test
    void theDailyCopyIsMadeOncePerDayAndNotForANewDatabase() {
        Path db = dir.resolve("hawliyat.db");
        Catalogues.open(db).close(); // new: nothing to keep yet
        assertThat(Backups.of(db).list()).isEmpty();
        Catalogues.open(db).close(); // the first open of the day of a database that was there
        assertThat(Backups.of(db).list()).extracting(Backups.Backup::reason).containsExactly(Backups.Reason.DAILY);
        Catalogues.open(db).close();
        assertThat(Backups.of(db).list()).hasSize(1);
        Backups tomorrow = Backups.of(db, Clock.offset(Clock.systemUTC(), Duration.ofDays(1)));
        assertThat(tomorrow.dailyIfDue()).isPresent();
        assertThat(tomorrow.dailyIfDue()).isEmpty();
        assertThat(Backups.of(db).list()).hasSize(2);
    }

    @Test
    void aCopyIsConsistentWhileAnotherConnectionHoldsAnOpenWrite() throws Exception {
        Path db = curatedDatabase();
        try (Connection writer = DriverManager.getConnection("jdbc:sqlite:" + db)) {
            writer.setAutoCommit(false);
            writer.createStatement().executeUpdate("UPDATE event SET title_en = 'uncommitted'");
            Backups.Backup made = Backups.of(db).make(Backups.Reason.MANUAL);
            writer.rollback();
            try (CatalogueStore copy = SqliteCatalogueStore.openReadOnly(made.file())) {
                assertThat(copy.snapshot().events()).noneMatch(e -> "uncommitted".equals(e.title().en()));
                assertThat(CatalogueCheck.run(copy)).isEmpty();
            }
        }
    }

    @Test
    void restoreCopiesTheCurrentStateAwayFirstAndPutsTheCopyBack() throws Exception {
        Path db = curatedDatabase();
        Backups backups = Backups.of(db);
        Backups.Backup saved = backups.make(Backups.Reason.MANUAL);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
            c.createStatement().executeUpdate("UPDATE event SET deleted_at = '2026-11-29T00:00:00Z'");
        }
        assertThat(SqliteCopies.contents(db).events()).isZero();
        Backups.Restored restored = backups.restore(saved.file());
        assertThat(SqliteCopies.contents(db).events()).isEqualTo(14);
        assertThat(restored.keptAside()).isEmpty();
        assertThat(restored.before()).isPresent();
        assertThat(SqliteCopies.contents(restored.before().get().file()).events()).isZero();
        try (CatalogueStore store = Catalogues.open(db)) {
            assertThat(CatalogueCheck.run(store)).isEmpty();
        }
    }

    @Test
    void aCopyThatFailsTheCheckIsNotRestoredAndNothingChanges() throws Exception {
        Path db = curatedDatabase();
        Path bad = dir.resolve("bad.db");
        Files.writeString(bad, "not a database at all ".repeat(300));
        byte[] before = Files.readAllBytes(db);
        assertThatThrownBy(() -> Backups.of(db).restore(bad)).isInstanceOf(StoreException.class)
                .hasMessageContaining("bad.db was not restored because it fails the check")
                .hasMessageContaining("was not changed");
        assertThat(Files.readAllBytes(db)).isEqualTo(before);
        assertThat(Backups.of(db).list()).isEmpty();
    }
}
