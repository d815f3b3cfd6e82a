package org.hawliyat.store.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hawliyat.store.StoredDraft;

/**
 * Drafts of event forms ({@code draft} and {@code draft_field}): each kept in one transaction that
 * replaces the editor's earlier draft of the event. A database opened read-only from before drafts
 * existed has none.
 */
final class Drafts {

    private final SqlSession session;
    private final boolean present;

    Drafts(SqlSession session, boolean present) {
        this.session = session;
        this.present = present;
    }

    void save(StoredDraft draft) {
        session.inTransaction("keep a draft", () -> {
            delete(draft.eventId(), draft.editor());
            session.update("INSERT INTO draft (event_id, editor, base_version, saved_at) VALUES (?, ?, ?, ?)",
                    draft.eventId(), draft.editor(), draft.baseVersion(), draft.savedAt().toString());
            for (Map.Entry<String, String> field : draft.fields().entrySet()) {
                session.update("INSERT INTO draft_field (event_id, editor, field, value) VALUES (?, ?, ?, ?)",
                        draft.eventId(), draft.editor(), field.getKey(), field.getValue());
            }
        });
    }

    Optional<StoredDraft> draft(String eventId, String editor) {
        return read("d.event_id = ? AND d.editor = ?", List.of(eventId, editor)).stream().findFirst();
    }

    List<StoredDraft> drafts(String editor) {
        return read("d.editor = ?", List.of(editor));
    }

    void remove(String eventId, String editor) {
        if (present) {
            session.inTransaction("remove a draft", () -> delete(eventId, editor));
        }
    }

    private void delete(String eventId, String editor) throws SQLException {
        session.update("DELETE FROM draft_field WHERE event_id = ? AND editor = ?", eventId, editor);
        session.update("DELETE FROM draft WHERE event_id = ? AND editor = ?", eventId, editor);
    }

    private List<StoredDraft> read(String where, List<Object> args) {
        if (!present) {
            return List.of();
        }
        try {
            List<StoredDraft> drafts = new ArrayList<>();
            try (ResultSet rs = session.query("SELECT d.event_id, d.editor, d.base_version, d.saved_at FROM draft d WHERE "
                    + where + " ORDER BY d.saved_at DESC, d.event_id", args)) {
                while (rs.next()) {
                    drafts.add(new StoredDraft(rs.getString(1), rs.getString(2), rs.getLong(3),
                            Instant.parse(rs.getString(4)), Map.of()));
                }
            }
            List<StoredDraft> full = new ArrayList<>();
            for (StoredDraft d : drafts) {
                Map<String, String> fields = new LinkedHashMap<>();
                try (ResultSet rs = session.query("SELECT field, value FROM draft_field WHERE event_id = ? AND editor = ?"
                        + " ORDER BY field", List.of(d.eventId(), d.editor()))) {
                    while (rs.next()) {
                        fields.put(rs.getString(1), rs.getString(2));
                    }
                }
                full.add(new StoredDraft(d.eventId(), d.editor(), d.baseVersion(), d.savedAt(), fields));
            }
            return full;
        } catch (SQLException | RuntimeException e) {
            throw session.failure("read the drafts", e);
        }
    }
}
