package org.hawliyat.store.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hawliyat.model.LocalizedText;

/** The names an event's search index row holds, by record id: what renaming a record changes. */
public record RecordNames(Map<String, LocalizedText> types, Map<String, LocalizedText> countries,
                          Map<String, LocalizedText> places, Map<String, LocalizedText> people) {

    public static RecordNames read(SqlSession session) throws SQLException {
        return new RecordNames(nameMap(session, "event_type"), nameMap(session, "country"), nameMap(session, "place"),
                nameMap(session, "person"));
    }

    private static Map<String, LocalizedText> nameMap(SqlSession session, String table) throws SQLException {
        Map<String, LocalizedText> names = new HashMap<>();
        try (ResultSet rs = session.query("SELECT id, name_ar, name_en FROM " + table, List.of())) {
            while (rs.next()) {
                names.put(rs.getString(1), LocalizedText.of(rs.getString(2), rs.getString(3)));
            }
        }
        return names;
    }
}
