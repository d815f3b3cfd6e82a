package org.hawliyat.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.hawliyat.app.CuratedData;
import org.hawliyat.model.Event;
import org.hawliyat.model.EventDate;
import org.hawliyat.model.LocalizedText;
import org.hawliyat.model.PartialDate;
import org.hawliyat.store.HistoryEntry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A database that version 0.1 wrote on a computer set to Arabic or Persian: its dates stored in
 * Arabic-Indic or Persian digits. It reads correctly as it is, and the first writable open repairs it.
 */
class AsciiDigitsRepairTest {

    private static final String EVENT = "qa-kz-1993-relations-established";
    /** A summary people wrote with Arabic-Indic digits: text, not a machine field, so it stays. */
    private static final String SUMMARY_AR = "أقيمت العلاقات في ١ يوليو ١٩٩٣.";
    /** Every machine column that held a date or time in 0.1 and its history's date values. */
    private static final List<String[]> DAMAGED = List.of(
            // ends first: a row must never hold an end that sorts before its start (a CHECK)
            new String[] {"event", "end_date", "rowid"}, new String[] {"event", "start_date", "rowid"},
            new String[] {"period", "end_date", "rowid"}, new String[] {"period", "start_date", "rowid"},
            new String[] {"article", "published", "rowid"},
            new String[] {"history", "old_value", "id"}, new String[] {"history", "new_value", "id"});

    @TempDir
    Path dir;

    private Path file;
    private List<Event> events;
    private List<HistoryEntry> history;
    private String periods;
    private String published;

    @BeforeEach
    void damagedDatabase() throws Exception {
        file = dir.resolve("written-under-arabic.db");
        try (SqliteCatalogueStore store = SqliteCatalogueStore.open(file)) {
            store.seed(CuratedData.load());
            Event first = store.event(EVENT).orElseThrow();
            store.saveEvent(new Event(first.id(), first.typeId(), new EventDate(PartialDate.parse("1993-07-02"), false, null),
                    new EventDate(PartialDate.parse("1993-08"), true, null), first.title(),
                    LocalizedText.of(SUMMARY_AR, first.summary().en()), first.countryIds(), first.placeId(),
                    first.people(), first.sources(), first.version(), first.modified()), "tester");
            events = store.events();
            history = store.history(EVENT);
            periods = store.periods().toString();
            published = store.articles().stream().map(a -> String.valueOf(a.published())).toList().toString();
        }
        assertThat(history).extracting(HistoryEntry::field).contains("date", "end");
        try (Connection c = connect()) {
            int damaged = 0;
            for (String[] column : DAMAGED) {
                damaged += damage(c, column[0], column[1], column[2]);
            }
            assertThat(damaged).isGreaterThan(20);
            try (Statement s = c.createStatement()) {
                // as 0.1 left it: migrated up to version 4
                // as 0.1 left it: at version 4, before the repair (5), the drafts (6) and the wider history (7)
                s.executeUpdate("DELETE FROM flyway_schema_history WHERE version IN ('5', '6', '7')");
                s.executeUpdate("DROP TABLE draft_field");
                s.executeUpdate("DROP TABLE draft");
            }
        }
        assertThat(column("event", "start_date")).anyMatch(d -> d.startsWith("١٩٩٣")).anyMatch(d -> d.startsWith("۲۰"));
    }

    @Test
    void readOnlyItReadsAsWrittenWithoutBeingChanged() throws Exception {
        try (SqliteCatalogueStore store = SqliteCatalogueStore.openReadOnly(file)) {
            assertThat(store.events()).isEqualTo(events);
            assertThat(store.history(EVENT)).isEqualTo(history);
            assertThat(store.periods().toString()).isEqualTo(periods);
            assertThat(store.articles().stream().map(a -> String.valueOf(a.published())).toList().toString())
                    .isEqualTo(published);
        }
        assertThat(column("event", "start_date")).anyMatch(d -> d.startsWith("١٩٩٣"));
        assertThat(column("flyway_schema_history", "version")).doesNotContain("5");
    }

    @Test
    void openedForWritingItIsRepairedAndTheRepairRecorded() throws Exception {
        try (SqliteCatalogueStore store = SqliteCatalogueStore.open(file)) {
            assertThat(store.events()).isEqualTo(events);
            assertThat(store.history(EVENT)).isEqualTo(history);
            assertThat(store.integrityProblems()).isEmpty();
        }
        for (String[] c : DAMAGED) {
            assertThat(column(c[0], c[1] + (c[0].equals("history") ? " FROM history WHERE field IN ('date', 'end')"
                    + " AND " + c[1] : ""))).as(c[0] + "." + c[1])
                    .allSatisfy(v -> assertThat(v).doesNotContainPattern("[\u0660-\u0669\u06F0-\u06F9]"));
        }
        assertThat(column("event", "start_date")).contains("1993-07-02", "2007-05");
        assertThat(column("event", "summary_ar")).contains(SUMMARY_AR);
        assertThat(column("history", "new_value")).contains(SUMMARY_AR);
        assertThat(column("flyway_schema_history", "version")).contains("5");
        assertThat(column("app_meta", "value")).anyMatch(v -> v.matches("\\d+ fields at \\d{4}-.*Z"));
    }

    @Test
    void aNewDatabaseHasNothingToRepair() throws Exception {
        Path fresh = dir.resolve("fresh.db");
        try (SqliteCatalogueStore store = SqliteCatalogueStore.open(fresh)) {
            store.seed(CuratedData.load());
        }
        file = fresh;
        assertThat(column("flyway_schema_history", "version")).contains("5");
        assertThat(column("app_meta", "key")).doesNotContain(AsciiDigitsRepair.META_KEY);
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection("jdbc:sqlite:" + file);
    }

    /** The values of a column, or of a query {@code "column FROM table WHERE condition AND column"}. */
    private List<String> column(String table, String column) throws SQLException {
        List<String> values = new ArrayList<>();
        String query = column.contains(" FROM ") ? "SELECT " + column + " IS NOT NULL"
                : "SELECT " + column + " FROM " + table + " WHERE " + column + " IS NOT NULL";
        try (Connection c = connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(query)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }

    /** Rewrites every ASCII digit of the column as 0.1 did under Arabic (and, in every third row, Persian). */
    private static int damage(Connection c, String table, String column, String key) throws SQLException {
        String only = table.equals("history") ? " AND field IN ('date', 'end', 'published')" : "";
        List<Object[]> rows = new ArrayList<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT " + key + ", " + column + " FROM " + table
                     + " WHERE " + column + " IS NOT NULL" + only)) {
            while (rs.next()) {
                rows.add(new Object[] {rs.getLong(1), rs.getString(2)});
            }
        }
        try (PreparedStatement ps = c.prepareStatement("UPDATE " + table + " SET " + column + " = ? WHERE " + key + " = ?")) {
            for (int i = 0; i < rows.size(); i++) {
                char zero = (Long) rows.get(i)[0] % 3 == 2 ? '\u06F0' : '\u0660';
                StringBuilder digits = new StringBuilder();
                for (char ch : ((String) rows.get(i)[1]).toCharArray()) {
                    digits.append(ch >= '0' && ch <= '9' ? (char) (zero + ch - '0') : ch);
                }
                ps.setString(1, digits.toString());
                ps.setLong(2, (Long) rows.get(i)[0]);
                ps.executeUpdate();
            }
        }
        return rows.size();
    }
}
