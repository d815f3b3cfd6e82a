package org.hawliyat.store.sqlite;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.hawliyat.store.jdbc.SqlDialect;
import org.hawliyat.store.jdbc.SqlSession;

/** SQLite's own spellings: its write lock, its catalogue tables and PRAGMAs, {@code group_concat}. */
final class SqliteDialect implements SqlDialect {

    /** Takes the database's write lock before anything is read, so a version check and its write cannot interleave. */
    @Override
    public String beginWriteTransaction() {
        return "BEGIN IMMEDIATE";
    }

    @Override
    public String tableExistsQuery() {
        return "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?";
    }

    @Override
    public String columnExistsQuery() {
        return "SELECT 1 FROM pragma_table_info(?) WHERE name = ?";
    }

    /** SQLite's {@code group_concat} takes the order of a subquery's rows. */
    @Override
    public String joinedInOrder(String column, String fromWhere, String orderBy) {
        return "(SELECT group_concat(" + column + ", ' ') FROM (SELECT " + column + " FROM " + fromWhere
                + " ORDER BY " + orderBy + "))";
    }

    /** Changes when another connection commits; a read of one number in memory. */
    @Override
    public String changeTokenQuery() {
        return "PRAGMA data_version";
    }

    /** SQLite's integrity check and its check of every foreign key. */
    @Override
    public List<String> integrityProblems(SqlSession session) throws SQLException {
        List<String> problems = new ArrayList<>();
        try (ResultSet rs = session.query("PRAGMA integrity_check", List.of())) {
            while (rs.next()) {
                if (!"ok".equalsIgnoreCase(rs.getString(1))) {
                    problems.add("SQLite integrity check: " + rs.getString(1));
                }
            }
        }
        try (ResultSet rs = session.query("PRAGMA foreign_key_check", List.of())) {
            while (rs.next()) {
                problems.add("Table " + rs.getString(1) + " row " + rs.getLong(2)
                        + " refers to a missing record in " + rs.getString(3));
            }
        }
        return problems;
    }
}
