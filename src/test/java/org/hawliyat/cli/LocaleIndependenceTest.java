package org.hawliyat.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hawliyat.testing.Fixtures.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.hawliyat.testing.DefaultLocale;
import org.hawliyat.testing.Fixtures.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line on computers set to other languages: every machine-readable output and the
 * database itself are the same bytes whatever the JVM's default locale and time zone.
 */
class LocaleIndependenceTest {

    private static final String EVENT = "qa-kz-1993-relations-established";
    /** Arabic-Indic (U+0660–U+0669) and extended Arabic-Indic (U+06F0–U+06F9) digits. */
    private static final Pattern NON_ASCII_DIGIT = Pattern.compile("[\u0660-\u0669\u06F0-\u06F9]");
    /** The history's times and the seeding time differ from run to run, whatever the locale. */
    private static final Pattern INSTANT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T[0-9:.]+Z");

    @TempDir
    Path dir;

    @Test
    void everyCommandWritesTheSameBytesUnderEveryDefaultLocale() throws Exception {
        Map<DefaultLocale, Map<String, String>> outputs = new LinkedHashMap<>();
        for (DefaultLocale locale : DefaultLocale.ALL) {
            outputs.put(locale, locale.run(() -> everyOutput(locale)));
        }
        Map<String, String> english = outputs.get(DefaultLocale.ENGLISH);
        assertThat(english.get("list")).contains("1993-07-01  ").contains("2008-05");
        assertThat(english.get("export.json")).contains("\"date\": \"1993-07-02\"", "\"date\": \"2007-05\"");
        assertThat(english.get("database")).contains("1993-07-01");
        for (var entry : outputs.entrySet()) {
            for (var output : entry.getValue().entrySet()) {
                assertThat(output.getValue()).as(entry.getKey() + ": " + output.getKey())
                        .isEqualTo(english.get(output.getKey()));
            }
        }
    }

    /** Every command's output on a database made under the current default locale. */
    private Map<String, String> everyOutput(DefaultLocale locale) throws Exception {
        String db = dir.resolve(locale.locale().toLanguageTag()).resolve("new.db").toString();
        Map<String, String> out = new LinkedHashMap<>();
        out.put("list", ok(cli("--db", db, "list")));
        out.put("list.json", ok(cli("--db", db, "list", "--json")));
        out.put("list.from", ok(cli("--db", db, "list", "--from", "2008", "--to", "2016-06")));
        out.put("search.ar", ok(cli("--db", db, "search", "السفاره", "--json")));
        out.put("search.en", ok(cli("--db", db, "search", "EMBASSY", "ISTANBUL", "--json")));
        out.put("search.digits", ok(cli("--db", db, "search", "١٩٩٣", "--json")));
        out.put("edit", ok(cli("--db", db, "edit", EVENT, "--set", "title.en=Relations ESTABLISHED", "--set",
                "date=1993-07-02", "--set", "end=1993-08", "--editor", "Iİıi tester")));
        out.put("history", ok(cli("--db", db, "history", EVENT, "--json")));
        Path json = dir.resolve(locale.locale().toLanguageTag() + ".json");
        ok(cli("--db", db, "export", "--out", json.toString()));
        out.put("export.json", Files.readString(json));
        Path csv = dir.resolve(locale.locale().toLanguageTag() + ".csv");
        ok(cli("--db", db, "export", "--format", "csv", "--out", csv.toString()));
        out.put("export.csv", Files.readString(csv));
        out.put("check", ok(cli("--db", db, "check")));
        out.put("database", dump(Path.of(db)));
        out.replaceAll((name, text) -> INSTANT.matcher(text).replaceAll("AT")); // the edit's time
        return out;
    }

    @Test
    void aFileExportedUnderOneLocaleImportsUnderAnotherAndExportsByteIdentically() throws Exception {
        Path file = dir.resolve("from-arabic.json");
        String first = DefaultLocale.ARABIC.run(() -> {
            ok(cli("--db", dir.resolve("ar.db").toString(), "edit", EVENT, "--set", "end=1994-01"));
            ok(cli("--db", dir.resolve("ar.db").toString(), "export", "--out", file.toString()));
            return Files.readString(file);
        });
        assertThat(first).contains("\"date\": \"1993-07-01\"").contains("\"end\": {\n        \"date\": \"1994-01\"");
        assertThat(NON_ASCII_DIGIT.matcher(dates(first)).find()).as(dates(first)).isFalse();

        String again = DefaultLocale.TURKISH.run(() -> {
            Path db = dir.resolve("tr.db");
            ok(cli("--db", db.toString(), "import", file.toString()));
            Path out = dir.resolve("from-turkish.json");
            ok(cli("--db", db.toString(), "export", "--out", out.toString()));
            return Files.readString(out);
        });
        assertThat(again).isEqualTo(first);
    }

    @Test
    void aDatabaseDamagedByAnEarlierVersionUnderArabicIsListedInAsciiAndRepaired() throws Exception {
        Path db = dir.resolve("damaged.db");
        ok(cli("--db", db.toString(), "list"));
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE event SET start_date = '١٩٩٣-٠٧-٠١' WHERE id = '" + EVENT + "'");
            // as 0.1 left it: at version 4, before the repair (5) and the drafts (6)
            s.executeUpdate("DELETE FROM flyway_schema_history WHERE version IN ('5', '6', '7')");
            s.executeUpdate("DROP TABLE draft_field");
            s.executeUpdate("DROP TABLE draft");
        }
        String listed = DefaultLocale.ARABIC.run(() -> ok(cli("--db", db.toString(), "list")));
        assertThat(listed).startsWith("1993-07-01  " + EVENT);
        assertThat(NON_ASCII_DIGIT.matcher(listed.lines().map(l -> l.substring(0, 10)).toList().toString()).find()).isFalse();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT start_date FROM event WHERE id = '" + EVENT + "'")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("1993-07-01");
        }
        assertThat(ok(cli("--db", db.toString(), "check"))).isNotBlank();
    }

    private static String ok(Run run) {
        assertThat(run.exitCode()).as(run.err()).isZero();
        return run.out();
    }

    /** The lines of a JSON export that hold dates. */
    private static String dates(String json) {
        return String.join("\n", json.lines().filter(l -> l.contains("\"date\"") || l.contains("\"end\"")).toList());
    }

    /**
     * Every row of every table the catalogue's records live in, in a fixed order: the bytes that
     * matter on disk. Flyway's and the seeding's times are masked; the search index's own tables
     * are compared through the search commands instead.
     */
    static String dump(Path db) throws Exception {
        List<String> lines = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table'"
                    + " AND name NOT LIKE 'search%' AND name NOT LIKE 'sqlite%' ORDER BY name")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            for (String table : tables) {
                try (ResultSet rs = s.executeQuery("SELECT * FROM " + table + " ORDER BY 1, 2")) {
                    ResultSetMetaData meta = rs.getMetaData();
                    while (rs.next()) {
                        StringBuilder row = new StringBuilder(table);
                        for (int i = 1; i <= meta.getColumnCount(); i++) {
                            String column = meta.getColumnName(i);
                            boolean variesByRun = column.equals("installed_on") || column.equals("execution_time")
                                    || (table.equals("app_meta") && i == 2);
                            row.append(" | ").append(variesByRun ? "*" : rs.getString(i));
                        }
                        lines.add(row.toString());
                    }
                }
            }
        }
        return String.join("\n", lines);
    }
}
