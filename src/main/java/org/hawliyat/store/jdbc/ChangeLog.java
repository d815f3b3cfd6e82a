package org.hawliyat.store.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hawliyat.store.ChangeFeed;
import org.hawliyat.store.EventChange;

/**
 * What changed since a window last looked: the engine's cheap change counter, and the events whose
 * history grew past a mark (the history's row ids only grow). A database opened read-only from
 * before the history existed reports no changes.
 */
final class ChangeLog {

    private final SqlSession session;
    private final boolean hasHistory;

    ChangeLog(SqlSession session, boolean hasHistory) {
        this.session = session;
        this.hasHistory = hasHistory;
    }

    long token() {
        try (ResultSet rs = session.query(session.dialect().changeTokenQuery(), List.of())) {
            return rs.next() ? rs.getLong(1) : 0;
        } catch (SQLException e) {
            throw session.failure("ask whether the database changed", e);
        }
    }

    long mark() {
        if (!hasHistory) {
            return 0;
        }
        try (ResultSet rs = session.query("SELECT MAX(id) FROM history", List.of())) {
            return rs.next() ? rs.getLong(1) : 0;
        } catch (SQLException e) {
            throw session.failure("read the history", e);
        }
    }

    ChangeFeed.Changes since(long mark) {
        if (!hasHistory) {
            return new ChangeFeed.Changes(mark, List.of());
        }
        Map<String, EventChange> latest = new LinkedHashMap<>();
        long next = mark;
        try (ResultSet rs = session.query("SELECT id, record_id, version, at, editor FROM history"
                + " WHERE kind = ? AND id > ? ORDER BY id", List.of(EditHistory.EVENT_KIND, mark))) {
            while (rs.next()) {
                next = Math.max(next, rs.getLong(1));
                String id = rs.getString(2);
                latest.remove(id); // kept in the order of each event's latest change
                latest.put(id, new EventChange(id, rs.getLong(3), Instant.parse(rs.getString(4)), rs.getString(5)));
            }
        } catch (SQLException | RuntimeException e) {
            throw session.failure("read the history", e);
        }
        // the mark moves only as far as the rows read: a second read of MAX(id) could pass a save
        // committed in between, which would then never be reported
        return new ChangeFeed.Changes(next, new ArrayList<>(latest.values()));
    }
}
