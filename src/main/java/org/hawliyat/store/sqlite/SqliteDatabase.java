package org.hawliyat.store.sqlite;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.hawliyat.store.StoreException;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * Opening the SQLite file: where it may be written, the connection's settings (WAL journal,
 * foreign keys on, synced commits), and migrating the schema forward with Flyway (the SQL
 * migrations in {@code db/migration} and the Java migration {@link AsciiDigitsRepair}).
 */
final class SqliteDatabase {

    private SqliteDatabase() {
    }

    /**
     * Whether the file can be opened for writing: it exists and it and its folder can be written,
     * or it does not exist yet and its folder can be made and written.
     *
     * @throws StoreException when the path is a folder, or a new file could not be created there
     */
    static boolean writable(Path absolute) {
        boolean exists = Files.exists(absolute);
        if (exists && Files.isDirectory(absolute)) {
            throw new StoreException("The database path " + absolute + " is a folder, not a file.");
        }
        boolean writable = exists ? Files.isWritable(absolute) && isWritableDir(absolute.getParent())
                : createParent(absolute);
        if (!writable && !exists) {
            throw new StoreException("Cannot create the database " + absolute + ": its folder cannot be written.");
        }
        return writable;
    }

    /** @throws StoreException when there is no such file to read */
    static void requireExisting(Path absolute) {
        if (!Files.isRegularFile(absolute)) {
            throw new StoreException("Cannot open the database " + absolute + ": there is no such file.");
        }
    }

    /** Connects, having migrated the schema first when the file is writable (Flyway fails with a FlywayException). */
    static Connection connect(Path absolute, boolean writable) throws SQLException {
        SQLiteDataSource dataSource = dataSource(absolute, !writable);
        if (writable) {
            flyway(dataSource).migrate();
        }
        Connection connection = dataSource.getConnection();
        try {
            connection.setAutoCommit(true);
        } catch (SQLException e) {
            connection.close();
            throw e;
        }
        return connection;
    }

    /**
     * Flyway on this data source with the app's migrations. A database holding a migration this
     * version does not know is refused before this migrates (see {@link SqliteInspection}): Flyway
     * itself would ignore such a "future" migration and carry on.
     */
    static Flyway flyway(DataSource dataSource) {
        return Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .javaMigrations(new AsciiDigitsRepair())
                .loggers("slf4j")
                .load();
    }

    private static boolean createParent(Path file) {
        try {
            Files.createDirectories(file.getParent());
            return isWritableDir(file.getParent());
        } catch (IOException e) {
            return false;
        }
    }

    /** A read-only data source, as immutable where SQLite could not make its shared-memory file (see {@link #url}). */
    static SQLiteDataSource readOnly(Path file) {
        return dataSource(file, true);
    }

    static boolean isWritableDir(Path dir) {
        return dir != null && Files.isDirectory(dir) && Files.isWritable(dir);
    }

    private static SQLiteDataSource dataSource(Path file, boolean readOnly) {
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        config.setBusyTimeout(SqliteInspection.busyTimeoutMillis());
        config.setEncoding(SQLiteConfig.Encoding.UTF8);
        if (readOnly) {
            config.setReadOnly(true);
        } else {
            config.setJournalMode(SQLiteConfig.JournalMode.WAL);
            // FULL rather than NORMAL: in WAL mode NORMAL may lose the last commits on a power cut
            config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        }
        SQLiteDataSource ds = new SQLiteDataSource(config);
        ds.setUrl(url(file, readOnly && !isWritableDir(file.getParent())
                && !Files.exists(file.resolveSibling(file.getFileName() + "-shm"))));
        return ds;
    }

    /**
     * The JDBC address of the file. A WAL database is read through its shared-memory file
     * ({@code -shm}), which SQLite must create beside it: in a folder that cannot be written, and
     * with no such file left there, the database is opened as immutable instead (nobody can write
     * it in WAL mode there either), or it could not be opened at all (SQLITE_CANTOPEN).
     */
    static String url(Path file, boolean immutable) {
        return immutable ? "jdbc:sqlite:" + file.toUri() + "?immutable=1" : "jdbc:sqlite:" + file;
    }
}
