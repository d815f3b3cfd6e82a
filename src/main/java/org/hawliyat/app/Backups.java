package org.hawliyat.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.hawliyat.store.CatalogueStore;
import org.hawliyat.store.DamagedDatabaseException;
import org.hawliyat.store.NewerDatabaseException;
import org.hawliyat.store.StoreException;
import org.hawliyat.store.sqlite.SqliteCatalogueStore;
import org.hawliyat.store.sqlite.SqliteCopies;
import org.hawliyat.store.sqlite.Verification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Consistent copies of a database in a {@code backups} folder beside it, named
 * {@code STEM-2026-11-29T120305.123Z-REASON.db} (UTC), kept in rotation per reason; and putting one
 * back. A restore checks the copy first, copies the current state away (reason
 * {@code before-restore}), and replaces the content in one transaction; a damaged database is
 * never overwritten but kept aside as {@code NAME.damaged-2026-11-29T120305Z}.
 */
public final class Backups {

    private static final Logger LOG = LoggerFactory.getLogger(Backups.class);
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HHmmss.SSS'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter ASIDE_STAMP =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HHmmss'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);
    /** A temporary file older than this in the backups folder was left by a program that stopped. */
    private static final Duration STALE = Duration.ofHours(1);

    /** Why a copy was made, with how many of that kind are kept (0: all). */
    public enum Reason {
        DAILY("daily", 7), BEFORE_IMPORT("before-import", 10), BEFORE_RESTORE("before-restore", 10), MANUAL("manual", 0);

        private final String word;
        private final int kept;

        Reason(String word, int kept) {
            this.word = word;
            this.kept = kept;
        }

        /** The word in file names and on the command line: daily, before-import, before-restore, manual. */
        public String word() {
            return word;
        }

        /** How many copies of this kind are kept; 0 for all. */
        public int kept() {
            return kept;
        }

        static Optional<Reason> ofWord(String word) {
            return Stream.of(values()).filter(r -> r.word.equals(word)).findFirst();
        }
    }

    /** One copy in the backups folder. */
    public record Backup(Path file, Instant time, Reason reason) {
    }

    /** A copy with what it holds; {@code events} is -1 when the copy could not be read. */
    public record Described(Backup backup, long events) {
    }

    /** What a restore did: the copy of the state before it (none when there was no readable database), and where a damaged file was put. */
    public record Restored(Path from, Optional<Backup> before, Optional<Path> keptAside) {
    }

    private final Path database;
    private final Clock clock;

    private Backups(Path database, Clock clock) {
        this.database = database.toAbsolutePath().normalize();
        this.clock = clock;
    }

    /** The backups of this database file. */
    public static Backups of(Path database) {
        return new Backups(database, Clock.systemUTC());
    }

    /** The backups of this database file, dated by this clock (for tests). */
    public static Backups of(Path database, Clock clock) {
        return new Backups(database, clock);
    }

    /** Copies the database before an import writes to it; kept in rotation. Call before the import's transaction. */
    public static Backup beforeImport(Path database) {
        return of(database).make(Reason.BEFORE_IMPORT);
    }

    public Path database() {
        return database;
    }

    /** The {@code backups} folder beside the database. */
    public Path folder() {
        return database.getParent().resolve("backups");
    }

    private String stem() {
        String name = database.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /** The copies of this database in the backups folder, newest first. */
    public List<Backup> list() {
        Path folder = folder();
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        Pattern name = Pattern.compile(Pattern.quote(stem())
                + "-(\\d{4}-\\d{2}-\\d{2}T\\d{6}\\.\\d{3}Z)-([a-z-]+?)(-\\d+)?\\.db");
        List<Backup> found = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            files.forEach(file -> {
                Matcher m = name.matcher(file.getFileName().toString());
                if (m.matches() && Files.isRegularFile(file)) {
                    Optional<Reason> reason = Reason.ofWord(m.group(2));
                    Optional<Instant> time = parse(m.group(1));
                    if (reason.isPresent() && time.isPresent()) {
                        found.add(new Backup(file, time.get(), reason.get()));
                    }
                }
            });
        } catch (IOException e) {
            throw new StoreException("Cannot list the backups in " + folder + ": " + e.getMessage(), e);
        }
        found.sort(Comparator.comparing(Backup::time).thenComparing(b -> b.file().getFileName().toString()).reversed());
        return found;
    }

    private static Optional<Instant> parse(String stamp) {
        try {
            return Optional.of(Instant.from(STAMP.parse(stamp)));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** The copies with their event counts, newest first. */
    public List<Described> describe() {
        return list().stream().map(b -> new Described(b, events(b.file()))).toList();
    }

    private static long events(Path file) {
        try {
            return SqliteCopies.contents(file).events();
        } catch (StoreException e) {
            LOG.info("Could not read the backup {}", file, e);
            return -1;
        }
    }

    /**
     * Writes a consistent copy into the backups folder and removes the oldest of its kind beyond
     * the number kept.
     *
     * @throws StoreException when the database cannot be read or the folder cannot be written
     */
    public Backup make(Reason reason) {
        Instant now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        Path folder = folder();
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new StoreException("Cannot make the backups folder " + folder + ": " + e.getMessage(), e);
        }
        removeStaleTemporaryFiles(folder);
        String base = stem() + "-" + STAMP.format(now) + "-" + reason.word();
        Path target = folder.resolve(base + ".db");
        for (int n = 2; Files.exists(target); n++) {
            target = folder.resolve(base + "-" + n + ".db");
        }
        SqliteCopies.copy(database, target);
        Backup made = new Backup(target, now, reason);
        rotate(reason);
        return made;
    }

    /** A consistent copy of the database at a place of the user's choosing (not in the rotation). */
    public Path copyTo(Path out) {
        Path target = out.toAbsolutePath().normalize();
        if (target.equals(database)) {
            throw new StoreException("Cannot copy the database " + database + " onto itself");
        }
        if (Files.isDirectory(target)) {
            throw new StoreException("Cannot write the backup to " + target + ": it is a folder");
        }
        SqliteCopies.copy(database, target);
        return target;
    }

    /** A daily copy, unless one was made today (UTC) or the database is new. Never fails: a failure is logged. */
    public Optional<Backup> dailyIfDue() {
        try {
            LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
            boolean done = list().stream().anyMatch(b -> b.reason() == Reason.DAILY
                    && LocalDate.ofInstant(b.time(), ZoneOffset.UTC).equals(today));
            if (done || !Files.isRegularFile(database) || Files.size(database) == 0) {
                return Optional.empty();
            }
            return Optional.of(make(Reason.DAILY));
        } catch (IOException | RuntimeException e) {
            LOG.warn("The daily backup of {} could not be made", database, e);
            return Optional.empty();
        }
    }

    private void rotate(Reason reason) {
        if (reason.kept() == 0) {
            return;
        }
        List<Backup> ofReason = list().stream().filter(b -> b.reason() == reason).toList();
        for (Backup old : ofReason.subList(Math.min(reason.kept(), ofReason.size()), ofReason.size())) {
            try {
                Files.deleteIfExists(old.file());
            } catch (IOException e) {
                LOG.warn("Could not remove the old backup {}", old.file(), e);
            }
        }
    }

    private static void removeStaleTemporaryFiles(Path folder) {
        Instant before = Instant.now().minus(STALE);
        try (Stream<Path> files = Files.list(folder)) {
            files.filter(f -> f.getFileName().toString().startsWith(".hawliyat-copy-"))
                    .filter(f -> modified(f).isBefore(before))
                    .forEach(f -> {
                        try {
                            Files.deleteIfExists(f);
                        } catch (IOException e) {
                            LOG.info("Could not remove the leftover {}", f, e);
                        }
                    });
        } catch (IOException e) {
            LOG.info("Could not look for leftovers in {}", folder, e);
        }
    }

    private static Instant modified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toInstant();
        } catch (IOException e) {
            return Instant.now();
        }
    }

    /** The problems {@code check} finds in a copy; empty when it may be restored. */
    public static List<String> problems(Path copy) {
        if (!Files.isRegularFile(copy)) {
            return List.of("There is no such file: " + copy.toAbsolutePath() + ".");
        }
        try (CatalogueStore store = SqliteCatalogueStore.openReadOnly(copy, Verification.FULL)) {
            return CatalogueCheck.run(store);
        } catch (StoreException e) {
            // "Cannot open the database FILE: it is damaged (…); it was left as it is" → "it is damaged (…)"
            String message = e.getMessage() == null ? "" : e.getMessage();
            String prefix = "Cannot open the database " + copy.toAbsolutePath() + ": ";
            message = message.startsWith(prefix) ? message.substring(prefix.length()) : message;
            message = message.replace("; it was left as it is", "");
            return List.of(sentence(message));
        }
    }

    /** The newest copy that passes the check, if any. */
    public Optional<Backup> latestGood() {
        return list().stream().filter(b -> problems(b.file()).isEmpty()).findFirst();
    }

    /** A copy named by the user: a path, or the name of a file in the backups folder. */
    public Path resolve(String copy) {
        Path given = Path.of(copy);
        if (!Files.exists(given) && given.getNameCount() == 1 && Files.exists(folder().resolve(given))) {
            return folder().resolve(given).toAbsolutePath();
        }
        return given.toAbsolutePath().normalize();
    }

    /**
     * Puts a copy back: refuses one that fails the check (nothing changed); copies the current
     * database away first (reason before-restore), or, when it is damaged, keeps it aside under a
     * dated name; then replaces the content in one step, and migrates it forward if the copy is older.
     *
     * @throws StoreException when the copy fails the check, or the database is locked or cannot be written
     */
    public Restored restore(Path copy) {
        Path from = copy.toAbsolutePath().normalize();
        if (from.equals(database)) {
            throw new StoreException("Cannot restore the database " + database + " from itself");
        }
        List<String> problems = problems(from);
        if (!problems.isEmpty()) {
            throw new StoreException("The copy " + from + " was not restored because it fails the check: "
                    + strip(problems.get(0)) + (problems.size() > 1 ? " (and " + (problems.size() - 1)
                    + " more problems)" : "") + "; the database " + database + " was not changed");
        }
        boolean damaged = false;
        if (Files.exists(database)) {
            try {
                SqliteCatalogueStore.inspect(database, Verification.FULL);
            } catch (DamagedDatabaseException e) {
                damaged = true;
            } catch (NewerDatabaseException e) {
                // the user asked for it: the newer database is copied away like any other
                LOG.info("Restoring over a database of a newer version: {}", e.getMessage());
            }
        }
        if (damaged) {
            Path aside = replaceDamaged(from);
            migrate();
            return new Restored(from, Optional.empty(), Optional.of(aside));
        }
        Optional<Backup> before = Files.exists(database) ? Optional.of(make(Reason.BEFORE_RESTORE)) : Optional.empty();
        if (before.isEmpty()) {
            placeCopy(from);
        } else {
            SqliteCopies.restore(database, from);
        }
        migrate();
        return new Restored(from, before, Optional.empty());
    }

    /** Brings the restored content to this version's schema now, rather than at the next open. */
    private void migrate() {
        SqliteCatalogueStore.open(database, Verification.QUICK).close();
    }

    /** Moves the damaged file (and its write-ahead log) aside and puts the copy in its place. */
    private Path replaceDamaged(Path from) {
        Path temp = placeholder();
        try {
            SqliteCopies.copy(from, temp); // through SQLite: a copy in WAL mode brings its log's pages
            String stamp = ASIDE_STAMP.format(clock.instant());
            Path aside = database.resolveSibling(database.getFileName() + ".damaged-" + stamp);
            for (int n = 2; Files.exists(aside); n++) {
                aside = database.resolveSibling(database.getFileName() + ".damaged-" + stamp + "-" + n);
            }
            Path wal = database.resolveSibling(database.getFileName() + "-wal");
            Path shm = database.resolveSibling(database.getFileName() + "-shm");
            Files.move(database, aside, StandardCopyOption.ATOMIC_MOVE);
            if (Files.exists(wal)) {
                Files.move(wal, aside.resolveSibling(aside.getFileName() + "-wal"), StandardCopyOption.ATOMIC_MOVE);
            }
            Files.deleteIfExists(shm);
            Files.move(temp, database, StandardCopyOption.ATOMIC_MOVE);
            SqliteCopies.syncFolder(database.getParent());
            LOG.info("Kept the damaged database aside as {}", aside);
            return aside;
        } catch (IOException e) {
            throw new StoreException("Cannot restore " + from + " over the damaged database " + database + ": "
                    + e.getMessage(), e);
        } finally {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException e) {
                LOG.info("Could not remove {}", temp, e);
            }
        }
    }

    /** Where there was no database: the copy is written beside it and moved into place. */
    private void placeCopy(Path from) {
        Path temp = placeholder();
        try {
            SqliteCopies.copy(from, temp);
            Files.move(temp, database, StandardCopyOption.ATOMIC_MOVE);
            SqliteCopies.syncFolder(database.getParent());
        } catch (IOException e) {
            throw new StoreException("Cannot restore " + from + " to " + database + ": " + e.getMessage(), e);
        } finally {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException e) {
                LOG.info("Could not remove {}", temp, e);
            }
        }
    }

    private Path placeholder() {
        return database.resolveSibling(".hawliyat-restore-" + Long.toString(clock.millis(), 36) + ".tmp");
    }

    private static String sentence(String message) {
        String m = message == null ? "" : message.trim();
        return m.endsWith(".") ? m : m + ".";
    }

    private static String strip(String sentence) {
        return sentence.endsWith(".") ? sentence.substring(0, sentence.length() - 1) : sentence;
    }
}
