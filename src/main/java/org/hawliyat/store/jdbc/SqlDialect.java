package org.hawliyat.store.jdbc;

import java.sql.SQLException;
import java.util.List;

/**
 * What one database engine spells its own way. Everything else the store says is plain JDBC and
 * standard SQL (upserts are {@code INSERT … ON CONFLICT (id) DO UPDATE}, which SQLite and
 * PostgreSQL both accept), written once in this package; another engine adds a dialect and a
 * {@link SearchIndex}.
 */
public interface SqlDialect {

    /** The statement that begins a write transaction which holds the write lock before it reads anything. */
    String beginWriteTransaction();

    /** A query with one parameter, a table's name, that returns a row when the table exists. */
    String tableExistsQuery();

    /** A query with two parameters, a table's and a column's name, that returns a row when the table has the column. */
    String columnExistsQuery();

    /**
     * An expression for the values of {@code column} in the rows {@code fromWhere} selects (a
     * FROM clause's tables and its WHERE), in {@code orderBy} order, joined by single spaces; null
     * when there are none.
     */
    String joinedInOrder(String column, String fromWhere, String orderBy);

    /**
     * A query whose one value changes when another connection commits a change (not for this
     * connection's own commits); cheap enough to run every few seconds.
     */
    String changeTokenQuery();

    /** The engine's own consistency check: one sentence per problem, none when all is well. */
    List<String> integrityProblems(SqlSession session) throws SQLException;
}
