package org.hawliyat.store.sqlite;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Optional;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.hawliyat.store.DamagedDatabaseException;
import org.hawliyat.store.NewerDatabaseException;
import org.hawliyat.store.StoreException;
import org.sqlite.SQLiteDataSource;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * Looks at an existing database file before anything opens it for writing, through a read-only
 * connection, so that a file that must be refused is left byte for byte as it was: that it is an
 * SQLite file and not cut short, SQLite's own check, and that no migration newer than this
 * version's is recorded in it.
 */
final class SqliteInspection {

    private static final byte[] MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    private static final int HEADER = 100;
    /** How long to wait for another program's lock before saying so; {@code hawliyat.sqlite.busyTimeout} (ms) overrides. */
    static final int DEFAULT_BUSY_MILLIS = 5_000;

    private SqliteInspection() {
    }

    static int busyTimeoutMillis() {
        String value = System.getProperty("hawliyat.sqlite.busyTimeout");
        try {
            return value == null ? DEFAULT_BUSY_MILLIS : Math.max(0, Integer.parseInt(value.trim()));
        } catch (NumberFormatException e) {
            return DEFAULT_BUSY_MILLIS;
        }
    }

    /**
     * Refuses a file that must not be opened; does nothing for a file that does not exist yet or is
     * empty (a new database).
     *
     * @throws DamagedDatabaseException when it is not an SQLite file, is cut short or fails the check
     * @throws NewerDatabaseException when a newer version of Hawliyat wrote it
     * @throws StoreException when another program holds it locked, or it cannot be read
     */
    static void inspect(Path absolute, Verification verification) {
        long size;
        try {
            if (!Files.exists(absolute) || (size = Files.size(absolute)) == 0) {
                return;
            }
        } catch (IOException e) {
            throw new StoreException("Cannot open the database " + absolute + ": " + e.getMessage(), e);
        }
        checkHeader(absolute, size);
        SQLiteDataSource readOnly = readOnlySource(absolute);
        try (Connection connection = readOnly.getConnection()) {
            if (verification != Verification.NONE) {
                check(absolute, connection, verification);
            }
        } catch (SQLException e) {
            throw failure(absolute, e);
        }
        requireKnownSchema(absolute, readOnly);
    }

    private static void checkHeader(Path absolute, long size) {
        byte[] header = new byte[HEADER];
        int read;
        try (InputStream in = Files.newInputStream(absolute)) {
            read = in.readNBytes(header, 0, HEADER);
        } catch (IOException e) {
            throw new StoreException("Cannot open the database " + absolute + ": " + e.getMessage(), e);
        }
        if (read < MAGIC.length || !Arrays.equals(header, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
            throw new DamagedDatabaseException(absolute, "Cannot open the database " + absolute
                    + ": it is not an SQLite database file (another kind of file, or damaged beyond reading)", null);
        }
        if (read < HEADER) {
            throw truncated(absolute, size);
        }
        ByteBuffer b = ByteBuffer.wrap(header);
        int pageSize = Short.toUnsignedInt(b.getShort(16));
        pageSize = pageSize == 1 ? 65_536 : pageSize;
        if (pageSize < 512 || Integer.bitCount(pageSize) != 1) {
            throw new DamagedDatabaseException(absolute, "Cannot open the database " + absolute
                    + ": its header is damaged (page size " + pageSize + ")", null);
        }
        long pages = Integer.toUnsignedLong(b.getInt(28));
        boolean pagesValid = b.getInt(24) == b.getInt(92) && pages > 0;
        // while a write-ahead log holds pages the file itself may not have grown yet: leave that to SQLite's check
        boolean logged = hasContent(absolute.resolveSibling(absolute.getFileName() + "-wal"));
        if (!logged && (size % pageSize != 0 || (pagesValid && pages * pageSize > size))) {
            throw truncated(absolute, size);
        }
    }

    private static DamagedDatabaseException truncated(Path absolute, long size) {
        return new DamagedDatabaseException(absolute, "Cannot open the database " + absolute
                + ": the file is cut short (" + size + " bytes), so part of the catalogue is missing", null);
    }

    private static boolean hasContent(Path file) {
        try {
            return Files.exists(file) && Files.size(file) > 0;
        } catch (IOException e) {
            return false;
        }
    }

    private static void check(Path absolute, Connection connection, Verification verification) throws SQLException {
        String pragma = verification == Verification.FULL ? "PRAGMA integrity_check(10)" : "PRAGMA quick_check(10)";
        StringBuilder problems = new StringBuilder();
        int count = 0;
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(pragma)) {
            while (rs.next()) {
                String line = rs.getString(1);
                if (!"ok".equalsIgnoreCase(line)) {
                    if (count++ == 0) {
                        problems.append(line);
                    }
                }
            }
        }
        if (count > 0) {
            throw damaged(absolute, problems + (count > 1 ? " (and more)" : ""), null);
        }
    }

    private static DamagedDatabaseException damaged(Path absolute, String detail, Throwable cause) {
        return new DamagedDatabaseException(absolute, "Cannot open the database " + absolute
                + ": it is damaged (SQLite's check found: " + detail + "); it was left as it is", cause);
    }

    /** The refusal for an error met while reading the file: damage, another program's lock, or another cause. */
    static StoreException failure(Path absolute, SQLException e) {
        Optional<SQLiteErrorCode> code = code(e);
        if (code.isPresent()) {
            switch (code.get()) {
                case SQLITE_CORRUPT, SQLITE_NOTADB, SQLITE_CORRUPT_INDEX, SQLITE_CORRUPT_SEQUENCE, SQLITE_CORRUPT_VTAB ->
                    throw damaged(absolute, firstLine(e.getMessage()), e);
                default -> {
                    if (code.get().name().startsWith("SQLITE_BUSY") || code.get().name().startsWith("SQLITE_LOCKED")) {
                        return locked(absolute, e);
                    }
                }
            }
        }
        return new StoreException("Cannot open the database " + absolute + ": " + firstLine(e.getMessage()), e);
    }

    /** Another program holds the file locked. */
    static StoreException locked(Path absolute, Throwable cause) {
        int seconds = (busyTimeoutMillis() + 999) / 1000;
        return new StoreException("The database " + absolute + " is locked by another program (Hawliyat waited "
                + seconds + " second" + (seconds == 1 ? "" : "s") + "): close that program, or wait until it has"
                + " finished, and try again", cause);
    }

    /** Whether the error, or one of its causes, is SQLite's lock or busy error. */
    static boolean isLocked(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLiteException s) {
                String name = s.getResultCode().name();
                return name.startsWith("SQLITE_BUSY") || name.startsWith("SQLITE_LOCKED");
            }
            if (t.getMessage() != null && t.getMessage().contains("database is locked")) {
                return true;
            }
        }
        return false;
    }

    private static Optional<SQLiteErrorCode> code(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLiteException s) {
                return Optional.of(s.getResultCode());
            }
        }
        return Optional.empty();
    }

    private static String firstLine(String message) {
        String m = message == null ? "" : message;
        return m.lines().findFirst().orElse(m).trim();
    }

    /**
     * Refuses a database whose Flyway history holds a migration this version does not have. Flyway's
     * migrate would ignore such a "future" migration by default and carry on writing; this asks
     * {@code info()} first, on the read-only connection.
     */
    private static void requireKnownSchema(Path absolute, SQLiteDataSource readOnly) {
        MigrationInfo[] all;
        try {
            all = SqliteDatabase.flyway(readOnly).info().all();
        } catch (FlywayException e) {
            if (isLocked(e)) {
                throw locked(absolute, e);
            }
            throw new StoreException("Cannot open the database " + absolute + ": " + firstLine(rootMessage(e)), e);
        }
        Optional<MigrationInfo> newest = Arrays.stream(all)
                .filter(i -> i.getState() == MigrationState.FUTURE_SUCCESS || i.getState() == MigrationState.FUTURE_FAILED)
                .filter(i -> i.getVersion() != null)
                .max(Comparator.comparing(MigrationInfo::getVersion));
        if (newest.isEmpty()) {
            return;
        }
        String known = Arrays.stream(all)
                .filter(i -> i.getState().isResolved() && i.getVersion() != null)
                .map(MigrationInfo::getVersion)
                .max(Comparator.naturalOrder())
                .map(Object::toString)
                .orElse("none");
        String found = newest.get().getVersion().toString();
        throw new NewerDatabaseException("The database " + absolute + " was written by a newer version of Hawliyat"
                + " (schema " + found + "; this version knows up to " + known + "): it was left untouched; open it"
                + " with that newer version", found, known);
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }

    static SQLiteDataSource readOnlySource(Path absolute) {
        return SqliteDatabase.readOnly(absolute);
    }
}
