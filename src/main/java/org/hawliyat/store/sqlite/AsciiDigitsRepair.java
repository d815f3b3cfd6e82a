package org.hawliyat.store.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.hawliyat.model.AsciiDigits;
import org.hawliyat.store.HistoryEntry;

/**
 * Migration 5: machine fields written in Arabic-Indic or Persian digits are rewritten in ASCII
 * digits. Versions up to 0.1 formatted dates with the default locale, so on a computer set to
 * Arabic they stored «١٩٩٣-٠٧-٠١» where every reader expects 1993-07-01. Only machine fields are
 * touched (dates, times and the history's date values); text that people wrote keeps its digits.
 * The number of fields rewritten is kept in {@code app_meta} under {@link #META_KEY}.
 */
final class AsciiDigitsRepair implements JavaMigration {

    static final String META_KEY = "ascii-digits-repaired";

    /** The machine columns, as table and column; the history's values are handled apart. */
    static final List<String[]> COLUMNS = List.of(
            new String[] {"event", "start_date"}, new String[] {"event", "end_date"},
            new String[] {"event", "first_day"}, new String[] {"event", "last_day"},
            new String[] {"event", "modified_at"}, new String[] {"event", "deleted_at"},
            new String[] {"period", "start_date"}, new String[] {"period", "end_date"},
            new String[] {"article", "published"}, new String[] {"history", "at"});

    /** The history fields whose values are dates (events' and articles'). */
    static final Set<String> DATE_FIELDS = HistoryEntry.DATE_FIELDS;

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("5");
    }

    @Override
    public String getDescription() {
        return "ascii digits in machine fields";
    }

    @Override
    public Integer getChecksum() {
        return 5_001;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        int repaired = 0;
        for (String[] column : COLUMNS) {
            repaired += repair(connection, "SELECT rowid, " + column[1] + " FROM " + column[0],
                    "UPDATE " + column[0] + " SET " + column[1] + " = ? WHERE rowid = ?");
        }
        String dateFields = "('" + String.join("', '", DATE_FIELDS) + "')";
        for (String value : List.of("old_value", "new_value")) {
            repaired += repair(connection, "SELECT id, " + value + " FROM history WHERE field IN " + dateFields,
                    "UPDATE history SET " + value + " = ? WHERE id = ?");
        }
        if (repaired > 0) {
            try (PreparedStatement ps = connection.prepareStatement(
                    "INSERT OR REPLACE INTO app_meta (key, value) VALUES (?, ?)")) {
                ps.setString(1, META_KEY);
                ps.setString(2, repaired + " fields at " + Instant.now());
                ps.executeUpdate();
            }
        }
    }

    /** Rewrites the values the query finds that hold non-ASCII digits; returns how many. */
    private static int repair(Connection connection, String select, String update) throws SQLException {
        List<Object[]> changes = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement(select); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String value = rs.getString(2);
                if (AsciiDigits.hasNonAscii(value)) {
                    changes.add(new Object[] {AsciiDigits.toAscii(value), rs.getLong(1)});
                }
            }
        }
        try (PreparedStatement ps = connection.prepareStatement(update)) {
            for (Object[] change : changes) {
                ps.setString(1, (String) change[0]);
                ps.setLong(2, (Long) change[1]);
                ps.addBatch();
            }
            ps.executeBatch();
        }
        return changes.size();
    }
}
