package org.hawliyat.store.sqlite;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import org.flywaydb.core.api.FlywayException;
import org.hawliyat.store.StoreException;
import org.hawliyat.store.jdbc.JdbcCatalogueStore;
import org.hawliyat.store.jdbc.SqlSession;

/**
 * The catalogue in one SQLite file: WAL journal, foreign keys on, schema migrated by Flyway,
 * every write in one transaction, prepared statements only. One connection, used by one thread
 * at a time. The work is done by the parts of {@link JdbcCatalogueStore}; this class opens the
 * file and gives them SQLite's dialect and FTS5 search index.
 *
 * <p>Each write transaction begins with {@code BEGIN IMMEDIATE}, which takes the database's write
 * lock before anything is read: an edit compares the stored version with the one it started from
 * under that lock, so two windows or two programs on the same file cannot both pass the check.
 * Commits are synced ({@code synchronous=FULL}): a save that returned survives a crash of the
 * program or of the machine.
 */
public final class SqliteCatalogueStore extends JdbcCatalogueStore {

    private SqliteCatalogueStore(SqlSession session) throws SQLException {
        super(session, new SqliteSearchIndex(session));
    }

    /**
     * Opens the database file, creating it and migrating its schema forward as needed, and builds
     * the search index if it was built by another version of the analyser (or never). A file that
     * exists but cannot be written is opened read-only, without migrating.
     */
    public static SqliteCatalogueStore open(Path file) {
        return open(file, Verification.FULL);
    }

    /**
     * Opens the database as {@link #open(Path)} does, having first looked at an existing file
     * through a read-only connection: a file that is not a database, is cut short, fails the check
     * asked for, or was written by a newer version is refused and left byte for byte as it was.
     *
     * @throws org.hawliyat.store.DamagedDatabaseException when the file is damaged
     * @throws org.hawliyat.store.NewerDatabaseException when a newer version of Hawliyat wrote it
     * @throws StoreException when it cannot be opened otherwise, for example while another program holds it locked
     */
    public static SqliteCatalogueStore open(Path file, Verification verification) {
        Path absolute = file.toAbsolutePath();
        boolean writable = SqliteDatabase.writable(absolute);
        SqliteInspection.inspect(absolute, verification);
        return connect(absolute, writable);
    }

    /**
     * Looks at an existing database file without opening it for use (and without changing it):
     * see {@link #open(Path, Verification)} for what is refused. A missing or empty file passes.
     */
    public static void inspect(Path file, Verification verification) {
        SqliteInspection.inspect(file.toAbsolutePath(), verification);
    }

    /**
     * Opens an existing database for reading only, whether or not its file could be written:
     * nothing is migrated or built, and every write fails with a clear {@link StoreException}.
     */
    public static SqliteCatalogueStore openReadOnly(Path file) {
        return openReadOnly(file, Verification.FULL);
    }

    /** Opens an existing database for reading only, having checked it as {@link #open(Path, Verification)} does. */
    public static SqliteCatalogueStore openReadOnly(Path file, Verification verification) {
        Path absolute = file.toAbsolutePath();
        SqliteDatabase.requireExisting(absolute);
        SqliteInspection.inspect(absolute, verification);
        return connect(absolute, false);
    }

    private static SqliteCatalogueStore connect(Path absolute, boolean writable) {
        try {
            Connection connection = SqliteDatabase.connect(absolute, writable);
            SqliteCatalogueStore store;
            try {
                store = new SqliteCatalogueStore(new SqlSession(connection, new SqliteDialect(), absolute.toString(), !writable));
            } catch (SQLException e) {
                connection.close();
                throw e;
            }
            if (writable) {
                try {
                    store.updateSearchIndexIfOutdated();
                } catch (RuntimeException e) {
                    store.close();
                    throw e;
                }
            }
            return store;
        } catch (FlywayException | SQLException e) {
            if (SqliteInspection.isLocked(e)) {
                throw SqliteInspection.locked(absolute, e);
            }
            throw new StoreException("Cannot open the database " + absolute + ": " + SqlSession.rootMessage(e), e);
        }
    }
}
