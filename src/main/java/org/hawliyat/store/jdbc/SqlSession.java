package org.hawliyat.store.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hawliyat.store.StoreException;

/**
 * One open connection to the catalogue's database, used by one thread at a time: transactions,
 * queries, and the one cache of prepared statements that every part of the store shares (the
 * search index too), so that a transaction's statements are prepared once and all closed at its end.
 */
public final class SqlSession implements AutoCloseable {

    /** Work done inside a transaction. */
    public interface Work {
        void run() throws SQLException;
    }

    /** Work done inside a transaction that has a result. */
    public interface Computation<T> {
        T run() throws SQLException;
    }

    /** Reads one row into an object. */
    @FunctionalInterface
    public interface RowReader<T> {
        T read(ResultSet rs) throws SQLException;
    }

    private final Connection connection;
    private final SqlDialect dialect;
    private final String location;
    private final boolean readOnly;
    /** Statements prepared during the current transaction (or search), reused for each record it writes. */
    private final Map<String, PreparedStatement> statements = new HashMap<>();

    public SqlSession(Connection connection, SqlDialect dialect, String location, boolean readOnly) {
        this.connection = connection;
        this.dialect = dialect;
        this.location = location;
        this.readOnly = readOnly;
    }

    public SqlDialect dialect() {
        return dialect;
    }

    public boolean isReadOnly() {
        return readOnly;
    }

    /** Where the data is, for messages. */
    public String location() {
        return location;
    }

    // ---------------------------------------------------------------- transactions

    /**
     * Runs the work in one transaction that holds the write lock from its start (in SQLite {@code
     * BEGIN IMMEDIATE}: another connection waits up to the busy timeout, then fails), and commits
     * it or, on any failure, rolls it back. Begun by hand rather than through {@code
     * setAutoCommit(false)}, because the driver begins the next transaction right after each
     * commit, which in immediate mode would take the lock again.
     */
    public void inTransaction(String what, Work work) {
        if (readOnly) {
            throw new StoreException("The database " + location + " is open read-only, so it cannot " + what + ".");
        }
        try {
            execute(dialect.beginWriteTransaction());
            boolean committed = false;
            try {
                work.run();
                closeStatements();
                execute("COMMIT");
                committed = true;
            } finally {
                closeStatements();
                if (!committed) {
                    rollback();
                }
            }
        } catch (SQLException | RuntimeException e) {
            throw failure(what, e);
        }
    }

    /** {@link #inTransaction(String, Work)} for work with a result. */
    public <T> T inTransactionReturning(String what, Computation<T> work) {
        List<T> result = new ArrayList<>(1);
        inTransaction(what, () -> {
            result.add(work.run());
        });
        return result.get(0);
    }

    private void execute(String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private void rollback() {
        try {
            execute("ROLLBACK");
        } catch (SQLException e) {
            // the failure that led here is what the caller must see; if the database already ended the
            // transaction (SQLite does after some errors), there is nothing left to roll back
        }
    }

    // ---------------------------------------------------------------- statements

    /** Runs a query; the result set closes its statement when closed. */
    public ResultSet query(String sql, List<Object> args) throws SQLException {
        PreparedStatement ps = connection.prepareStatement(sql);
        ps.closeOnCompletion();
        bind(ps, args.toArray());
        return ps.executeQuery();
    }

    /** Every row of a query without parameters. */
    public <T> List<T> readAll(String sql, RowReader<T> reader) {
        try (PreparedStatement ps = connection.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            List<T> rows = new ArrayList<>();
            while (rs.next()) {
                rows.add(reader.read(rs));
            }
            return rows;
        } catch (SQLException | RuntimeException e) {
            throw failure("read the database", e);
        }
    }

    /** The first column of every row, as a set. */
    public Set<String> ids(String sql) throws SQLException {
        Set<String> ids = new HashSet<>();
        try (PreparedStatement ps = connection.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                ids.add(rs.getString(1));
            }
        }
        return ids;
    }

    /** Runs a write with a statement from the cache. */
    public void update(String sql, Object... args) throws SQLException {
        PreparedStatement ps = statement(sql);
        bind(ps, args);
        ps.executeUpdate();
    }

    /** A prepared statement from the cache, open until {@link #closeStatements()}. */
    public PreparedStatement statement(String sql) throws SQLException {
        PreparedStatement ps = statements.get(sql);
        if (ps == null) {
            ps = connection.prepareStatement(sql);
            statements.put(sql, ps);
        }
        return ps;
    }

    /** Closes the cached statements of a finished transaction or search. */
    public void closeStatements() {
        for (PreparedStatement ps : statements.values()) {
            try {
                ps.close();
            } catch (SQLException e) {
                // closing a statement whose work is done: nothing left to protect
            }
        }
        statements.clear();
    }

    /** {@code (?, ?, …)} for an IN list of this many values. */
    public static String placeholders(int count) {
        return "(" + String.join(", ", Collections.nCopies(count, "?")) + ")";
    }

    private static void bind(PreparedStatement ps, Object[] args) throws SQLException {
        for (int i = 0; i < args.length; i++) {
            Object a = args[i];
            if (a == null) {
                ps.setNull(i + 1, Types.NULL);
            } else if (a instanceof Boolean b) {
                ps.setInt(i + 1, b ? 1 : 0);
            } else {
                ps.setObject(i + 1, a);
            }
        }
    }

    // ---------------------------------------------------------------- schema and settings

    public boolean hasTable(String table) throws SQLException {
        try (ResultSet rs = query(dialect.tableExistsQuery(), List.of(table))) {
            return rs.next();
        }
    }

    public boolean hasColumn(String table, String column) throws SQLException {
        try (ResultSet rs = query(dialect.columnExistsQuery(), List.of(table, column))) {
            return rs.next();
        }
    }

    /** A value of {@code app_meta}, the database's own settings; null when there is none. */
    public String setting(String key) throws SQLException {
        try (ResultSet rs = query("SELECT value FROM app_meta WHERE key = ?", List.of(key))) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    /** Sets a value of {@code app_meta}, inside a transaction. */
    public void putSetting(String key, String value) throws SQLException {
        update("INSERT INTO app_meta (key, value) VALUES (?, ?)"
                + " ON CONFLICT (key) DO UPDATE SET value = excluded.value", key, value);
    }

    // ---------------------------------------------------------------- failures

    /** The failure as the store's callers see it: one sentence saying what could not be done, and where. */
    public StoreException failure(String what, Exception e) {
        if (e instanceof StoreException se) {
            return se;
        }
        return new StoreException("Could not " + what + " in the database " + location + ": " + rootMessage(e), e);
    }

    /** The first line of the innermost cause's message. */
    public static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String message = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        return message.lines().findFirst().orElse(message).trim();
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw failure("close the database", e);
        }
    }
}
