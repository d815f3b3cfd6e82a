package org.hawliyat.store.sqlite;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.hawliyat.store.SearchHit;
import org.hawliyat.store.jdbc.RankedMatch;
import org.hawliyat.store.jdbc.SearchDocument;
import org.hawliyat.store.jdbc.SearchIndex;
import org.hawliyat.store.jdbc.SqlSession;
import org.hawliyat.text.search.SearchTerms;

/**
 * The FTS5 search index: {@code search_index} holds the analysed terms of each record's row, and
 * {@code search_document} names the record a row is for (see {@code V2__search.sql}). Ranking is
 * FTS5's bm25. Works on the store's session and its statement cache.
 */
final class SqliteSearchIndex implements SearchIndex {

    private static final String EVENT = SearchHit.Kind.EVENT.code();

    private final SqlSession session;

    SqliteSearchIndex(SqlSession session) {
        this.session = session;
    }

    // ---------------------------------------------------------------- writing

    @Override
    public void clear() throws SQLException {
        session.update("INSERT INTO search_index (search_index) VALUES ('delete-all')");
        session.update("DELETE FROM search_document");
    }

    /** Merges the index's segments into one, which makes queries faster after a bulk load. */
    @Override
    public void optimize() throws SQLException {
        session.update("INSERT INTO search_index (search_index) VALUES ('optimize')");
    }

    @Override
    public void remove(String kind, String recordId) throws SQLException {
        long rowid = rowid(kind, recordId);
        if (rowid < 0) {
            return;
        }
        PreparedStatement delete = session.statement("DELETE FROM search_index WHERE rowid = ?");
        delete.setLong(1, rowid);
        delete.executeUpdate();
        PreparedStatement forget = session.statement("DELETE FROM search_document WHERE id = ?");
        forget.setLong(1, rowid);
        forget.executeUpdate();
    }

    /** Replaces the record's row of the index. */
    @Override
    public void write(SearchDocument document) throws SQLException {
        long rowid = rowid(document.kind(), document.recordId());
        if (rowid >= 0) {
            PreparedStatement delete = session.statement("DELETE FROM search_index WHERE rowid = ?");
            delete.setLong(1, rowid);
            delete.executeUpdate();
        } else {
            PreparedStatement insert = session.statement("INSERT INTO search_document (kind, record_id) VALUES (?, ?)");
            insert.setString(1, document.kind());
            insert.setString(2, document.recordId());
            insert.executeUpdate();
        }
        // a new document's row takes the id just given to it
        PreparedStatement row = session.statement("INSERT INTO search_index (rowid, title, names, body)"
                + " VALUES (CASE WHEN ? < 0 THEN last_insert_rowid() ELSE ? END, ?, ?, ?)");
        row.setLong(1, rowid);
        row.setLong(2, rowid);
        row.setString(3, document.title());
        row.setString(4, document.names());
        row.setString(5, document.body());
        row.executeUpdate();
    }

    /** The row of the record's document, or -1 when it has none. */
    private long rowid(String kind, String recordId) throws SQLException {
        PreparedStatement find = session.statement("SELECT id FROM search_document WHERE kind = ? AND record_id = ?");
        find.setString(1, kind);
        find.setString(2, recordId);
        try (ResultSet rs = find.executeQuery()) {
            return rs.next() ? rs.getLong(1) : -1;
        }
    }

    // ---------------------------------------------------------------- searching

    @Override
    public Set<String> eventIds(SearchTerms terms) throws SQLException {
        Set<String> ids = new HashSet<>();
        try (ResultSet rs = session.query("SELECT d.record_id FROM search_index"
                + " JOIN search_document d ON d.id = search_index.rowid WHERE search_index MATCH ? AND d.kind = ?",
                List.of(Fts5Match.of(terms), EVENT))) {
            while (rs.next()) {
                ids.add(rs.getString(1));
            }
        }
        return ids;
    }

    /**
     * FTS5 ranks every match, but only the rows read here are joined to their records: a common
     * word costs one pass over its matches and no more.
     */
    @Override
    public List<RankedMatch> ranked(SearchTerms terms, int limit, Predicate<RankedMatch> wanted) throws SQLException {
        List<RankedMatch> ranked = new ArrayList<>();
        // the index does not know kinds or filters: when only some matches are wanted, they are picked out here
        try (ResultSet rs = session.query("SELECT d.kind, d.record_id, s.rank FROM"
                + " (SELECT rowid, rank FROM search_index WHERE search_index MATCH ? ORDER BY rank LIMIT ?) AS s"
                + " JOIN search_document d ON d.id = s.rowid ORDER BY s.rank",
                List.of(Fts5Match.of(terms), wanted == null ? limit : -1))) {
            while (ranked.size() < limit && rs.next()) {
                // FTS5's bm25 is lower for better matches
                RankedMatch match = new RankedMatch(rs.getString(1), rs.getString(2), -rs.getDouble(3));
                if (wanted == null || wanted.test(match)) {
                    ranked.add(match);
                }
            }
        }
        return ranked;
    }
}
