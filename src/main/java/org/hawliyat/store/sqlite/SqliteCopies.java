package org.hawliyat.store.sqlite;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.hawliyat.store.StoreException;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteConnection;
import org.sqlite.SQLiteDataSource;

/**
 * Whole-file copies of a database, made by SQLite so that they are consistent while the database
 * is in use: {@code VACUUM INTO} for a copy, the online backup API for putting a copy back.
 */
public final class SqliteCopies {

    private SqliteCopies() {
    }

    /** What a copy holds: its newest schema version (0 when unknown) and its events (not counting the trash). */
    public record Contents(int schemaVersion, long events) {
    }

    /**
     * Writes a consistent copy of the database to {@code target}, which must not exist: first to a
     * temporary file beside it, synced to the disk, then moved into place in one step, so that the
     * target is either the whole copy or absent, whenever the program stops. The copy has a
     * rollback journal rather than a write-ahead log, so it is one self-contained file.
     *
     * @throws StoreException when the database cannot be read or the copy cannot be written
     */
    public static void copy(Path database, Path target) {
        Path absolute = database.toAbsolutePath();
        Path to = target.toAbsolutePath();
        if (Files.exists(to)) {
            throw new StoreException("Cannot write the copy " + to + ": a file of that name already exists");
        }
        Path temp;
        try {
            Files.createDirectories(to.getParent());
            temp = Files.createTempFile(to.getParent(), ".hawliyat-copy-", ".tmp");
            Files.delete(temp); // VACUUM INTO wants to create the file itself
        } catch (IOException e) {
            throw new StoreException("Cannot write the copy " + to + ": " + e.getMessage(), e);
        }
        try {
            try (Connection c = SqliteDatabase.readOnly(absolute).getConnection();
                 PreparedStatement vacuum = c.prepareStatement("VACUUM INTO ?")) {
                vacuum.setString(1, temp.toString());
                vacuum.execute();
            } catch (SQLException e) {
                if (SqliteInspection.isLocked(e)) {
                    throw SqliteInspection.locked(absolute, e);
                }
                throw new StoreException("Cannot copy the database " + absolute + " to " + to + ": "
                        + SqliteInspection.failure(absolute, e).getMessage(), e);
            }
            try (Connection c = writable(temp).getConnection(); Statement s = c.createStatement()) {
                s.execute("PRAGMA journal_mode = DELETE");
            } catch (SQLException e) {
                throw new StoreException("Cannot write the copy " + to + ": " + e.getMessage(), e);
            }
            sync(temp);
            Files.move(temp, to, StandardCopyOption.ATOMIC_MOVE);
            syncFolder(to.getParent());
        } catch (FileAlreadyExistsException e) {
            throw new StoreException("Cannot write the copy " + to + ": a file of that name already exists", e);
        } catch (IOException e) {
            throw new StoreException("Cannot write the copy " + to + ": " + e.getMessage(), e);
        } finally {
            deleteQuietly(temp);
            deleteQuietly(temp.resolveSibling(temp.getFileName() + "-journal"));
        }
    }

    /**
     * Puts the copy's content into the database in one transaction through SQLite's online backup
     * API: a program stopped half way leaves the database as it was, and other connections see
     * either the old content or the new. The caller has checked the copy; the database is migrated
     * on its next open if the copy is older.
     *
     * @throws StoreException when the database is locked or cannot be written
     */
    public static void restore(Path database, Path copy) {
        Path absolute = database.toAbsolutePath();
        try (Connection c = writable(absolute).getConnection()) {
            int rc = c.unwrap(SQLiteConnection.class).getDatabase()
                    .restore("main", copy.toAbsolutePath().toString(), null, 100, 50, -1);
            if (rc != 0) {
                throw new SQLException("SQLite's backup API returned code " + rc, null, rc);
            }
        } catch (SQLException e) {
            if (SqliteInspection.isLocked(e) || e.getErrorCode() == 5 || e.getErrorCode() == 6) {
                throw SqliteInspection.locked(absolute, e);
            }
            throw new StoreException("Cannot restore " + copy + " into the database " + absolute + ": "
                    + e.getMessage(), e);
        }
    }

    /**
     * What a copy holds, read without changing it.
     *
     * @throws StoreException when it cannot be read as a Hawliyat database
     */
    public static Contents contents(Path copy) {
        Path absolute = copy.toAbsolutePath();
        try (Connection c = SqliteDatabase.readOnly(absolute).getConnection(); Statement s = c.createStatement()) {
            int version = 0;
            try (ResultSet rs = s.executeQuery("SELECT version FROM flyway_schema_history WHERE success = 1")) {
                while (rs.next()) {
                    version = Math.max(version, parseVersion(rs.getString(1)));
                }
            }
            long events;
            try (ResultSet rs = s.executeQuery("SELECT count(*) FROM event WHERE deleted_at IS NULL")) {
                events = rs.next() ? rs.getLong(1) : 0;
            } catch (SQLException beforeTheTrash) {
                try (ResultSet rs = s.executeQuery("SELECT count(*) FROM event")) {
                    events = rs.next() ? rs.getLong(1) : 0;
                }
            }
            return new Contents(version, events);
        } catch (SQLException e) {
            throw new StoreException("Cannot read the copy " + absolute + ": " + SqliteInspection.failure(absolute, e)
                    .getMessage(), e);
        }
    }

    private static int parseVersion(String version) {
        try {
            return version == null ? 0 : Integer.parseInt(version.split("\\.")[0].trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** Writes the file's content through to the disk. */
    public static void sync(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
    }

    /** Writes a folder's entries (a rename) through to the disk, where the system allows it. */
    public static void syncFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // not every system syncs folders (Windows); the rename itself is still atomic
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // a leftover temporary file is ignored by the listing and removed with the next copy
        }
    }

    private static SQLiteDataSource writable(Path file) {
        SQLiteConfig config = new SQLiteConfig();
        config.setBusyTimeout(SqliteInspection.busyTimeoutMillis());
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        SQLiteDataSource ds = new SQLiteDataSource(config);
        ds.setUrl("jdbc:sqlite:" + file);
        return ds;
    }
}
