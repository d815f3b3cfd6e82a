package org.hawliyat.io;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.OutputStream;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hawliyat.model.Catalogue;
import org.hawliyat.model.Event;
import org.hawliyat.model.EventDate;
import org.hawliyat.model.LocalizedText;
import org.hawliyat.model.PartialDate;
import org.hawliyat.model.Participant;
import org.hawliyat.model.SourceRef;
import org.hawliyat.model.TabbedParts;

/**
 * The events of a catalogue as one CSV table (RFC 4180, UTF-8, a header row), for spreadsheets.
 * Lists inside a cell are joined with "; ". Articles' full texts stay in the JSON export.
 *
 * <p>Every row has every column: a missing value is an empty cell (Jackson leaves a null element
 * of a row out, which slid the rest of the row left under the wrong headings). A cell that starts
 * with {@code = + - @}, a tab or a carriage return would be run as a formula by a spreadsheet
 * ({@code =HYPERLINK(…)}): it starts with an apostrophe instead, as spreadsheet exports do (OWASP,
 * "CSV injection"); so does a value that starts with an apostrophe, so that reading takes exactly one off.
 *
 * <p>{@link #read} reads the table back to the same events: the quotes are cut from their cell by
 * the lengths of the spans in {@code sources} (a quote may hold "; "), and {@code roles} holds the
 * people's roles.
 */
public final class EventsCsv {

    static final List<String> COLUMNS = List.of("id", "type", "date", "approximate", "date_note",
            "end_date", "end_approximate", "end_note", "title_ar", "title_en", "summary_ar", "summary_en",
            "countries", "place", "people", "sources", "quotes", "version", "modified", "roles");

    /** UTF-8's byte-order mark: how Excel knows a CSV file is UTF-8 (without it, Arabic comes out garbled). */
    public static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    /** Writes the table without a byte-order mark. */
    public void write(Catalogue catalogue, OutputStream out) throws IOException {
        write(catalogue, out, false);
    }

    /** Writes the table, with UTF-8's byte-order mark first when {@code bom}. */
    public void write(Catalogue catalogue, OutputStream out, boolean bom) throws IOException {
        if (bom) {
            out.write(UTF8_BOM);
        }
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true).setLineSeparator("\n");
        COLUMNS.forEach(schema::addColumn);
        CsvMapper mapper = new CsvMapper();
        try (SequenceWriter writer = mapper.writer(schema.build()).writeValues(out)) {
            for (Event e : catalogue.events()) {
                writer.write(row(e));
            }
        }
    }

    private static List<String> row(Event e) {
        return cells(e).stream().map(EventsCsv::cell).toList();
    }

    /**
     * The value as a cell: empty for none, and never a formula. A value that starts with an
     * apostrophe gets one more, so that {@link #uncell} gives every value back as it was.
     */
    static String cell(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                || first == '\'' ? "'" + value : value;
    }

    /** The value a cell written by {@link #cell} holds. */
    static String uncell(String cell) {
        return cell.startsWith("'") ? cell.substring(1) : cell;
    }

    private static List<String> cells(Event e) {
        EventDate end = e.end();
        List<String> row = new ArrayList<>();
        row.add(e.id());
        row.add(e.typeId());
        row.add(e.start().date().toIso());
        row.add(Boolean.toString(e.start().approximate()));
        row.add(e.start().note());
        row.add(end == null ? null : end.date().toIso());
        row.add(end == null ? null : Boolean.toString(end.approximate()));
        row.add(end == null ? null : end.note());
        row.add(e.title().ar());
        row.add(e.title().en());
        row.add(e.summary().ar());
        row.add(e.summary().en());
        row.add(String.join("; ", e.countryIds()));
        row.add(e.placeId());
        row.add(e.people().stream().map(p -> p.personId()).collect(Collectors.joining("; ")));
        row.add(e.sources().stream().map(s -> s.articleId() + "@" + s.start() + "-" + s.end())
                .collect(Collectors.joining("; ")));
        row.add(e.sources().stream().map(s -> s.quote()).collect(Collectors.joining("; ")));
        row.add(Long.toString(e.version()));
        row.add(e.modified().toString());
        // the people's roles on one line: Arabic and English of each person in turn, separated by tabs
        // (escaped as TabbedParts does); empty when nobody has one
        boolean roles = e.people().stream().anyMatch(p -> !p.role().isEmpty());
        row.add(roles ? TabbedParts.join(e.people().stream().flatMap(p -> java.util.stream.Stream.of(p.role().ar(), p.role().en()))
                .toArray(String[]::new)) : null);
        return row;
    }

    // ------------------------------------------------------------------ reading

    /** Whether a header row (its cells) is this table's. */
    static boolean isHeader(List<String> cells) {
        return cells.size() >= 3 && cells.get(0).strip().equals("id") && cells.contains("type") && cells.contains("date");
    }

    /**
     * Reads a table {@link #write} wrote (a spreadsheet may have moved its columns): its events, which
     * refer to types, countries, places, people and articles already in the database.
     *
     * @throws DataFileException naming the file, the row, the event and the field
     */
    public Catalogue read(String text, String fileName) throws DataFileException {
        List<List<String>> rows = TimelineJsCsv.CsvRows.read(text, fileName);
        if (rows.isEmpty() || !isHeader(rows.get(0))) {
            throw new DataFileException(fileName + " is not a Hawliyat CSV table: its first row must name the columns "
                    + String.join(", ", COLUMNS.subList(0, 3)) + ", ….");
        }
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < rows.get(0).size(); i++) {
            columns.putIfAbsent(rows.get(0).get(i).strip(), i);
        }
        for (String required : List.of("id", "type", "date", "title_ar", "title_en")) {
            if (!columns.containsKey(required)) {
                throw new DataFileException(fileName + " has no column \"" + required + "\": a Hawliyat CSV table needs "
                        + String.join(", ", COLUMNS) + " (roles may be left out).");
            }
        }
        List<Event> events = new ArrayList<>();
        for (int r = 1; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            if (row.stream().allMatch(String::isBlank)) {
                continue;
            }
            Function<String, String> cell = name -> {
                Integer i = columns.get(name);
                String v = i == null || i >= row.size() ? "" : uncell(row.get(i));
                return v.isEmpty() ? null : v;
            };
            String id = cell.apply("id");
            try {
                events.add(event(cell));
            } catch (IllegalArgumentException | DateTimeException e) {
                String record = id == null ? "event #" + r + " (which has no id)" : "event \"" + id + "\"";
                throw new DataFileException(fileName + " (row " + (r + 1) + "): " + record + ", " + e.getMessage() + ".",
                        List.of(), e);
            }
        }
        return new Catalogue(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), events);
    }

    private static Event event(Function<String, String> cell) {
        String id = required(cell, "id");
        String type = required(cell, "type");
        EventDate start = new EventDate(date(cell, "date"), bool(cell, "approximate"), cell.apply("date_note"));
        EventDate end = cell.apply("end_date") == null ? null
                : new EventDate(date(cell, "end_date"), bool(cell, "end_approximate"), cell.apply("end_note"));
        LocalizedText title = LocalizedText.of(cell.apply("title_ar"), cell.apply("title_en"));
        if (title.isEmpty()) {
            throw new IllegalArgumentException("field \"title_ar\": the event needs a title in Arabic or English");
        }
        LocalizedText summary = LocalizedText.of(cell.apply("summary_ar"), cell.apply("summary_en"));
        List<String> countries = items(cell.apply("countries"));
        List<String> personIds = items(cell.apply("people"));
        List<String> roles = cell.apply("roles") == null ? List.of() : TabbedParts.split(cell.apply("roles"));
        if (!roles.isEmpty() && roles.size() != 2 * personIds.size()) {
            throw new IllegalArgumentException("field \"roles\": it has " + roles.size() + " part(s) for the "
                    + personIds.size() + " person(s) in \"people\" (an Arabic and an English role each, separated by tabs)");
        }
        List<Participant> people = new ArrayList<>();
        for (int i = 0; i < personIds.size(); i++) {
            people.add(new Participant(personIds.get(i), roles.isEmpty() ? LocalizedText.EMPTY
                    : LocalizedText.of(roles.get(2 * i), roles.get(2 * i + 1))));
        }
        List<SourceRef> sources = sources(items(cell.apply("sources")), cell.apply("quotes"));
        String version = cell.apply("version");
        long v;
        try {
            v = version == null ? 1 : Long.parseLong(version.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("field \"version\": \"" + version + "\" is not a whole number", e);
        }
        String modified = cell.apply("modified");
        Instant at;
        try {
            at = modified == null ? Instant.EPOCH : Instant.parse(modified.strip());
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("field \"modified\": \"" + modified + "\" is not a time such as 2026-11-28T00:00:00Z", e);
        }
        return new Event(id, type, start, end, title, summary, countries, cell.apply("place"), people, sources, v, at);
    }

    /** The sources ("article@start-end; …") with their quotes, which are cut from the quotes cell by the spans' lengths. */
    private static List<SourceRef> sources(List<String> refs, String quotes) {
        List<SourceRef> sources = new ArrayList<>();
        String all = quotes == null ? "" : quotes;
        int at = 0;
        for (int i = 0; i < refs.size(); i++) {
            String ref = refs.get(i);
            int sign = ref.lastIndexOf('@');
            int dash = ref.indexOf('-', sign + 1);
            int start;
            int end;
            try {
                start = Integer.parseInt(ref.substring(sign + 1, dash));
                end = Integer.parseInt(ref.substring(dash + 1));
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("field \"sources\": \"" + ref + "\" is not a source such as article-id@0-42", e);
            }
            if (sign <= 0 || end < start || at + (end - start) > all.length()
                    || (i > 0 && !all.startsWith("; ", at - 2))) {
                throw new IllegalArgumentException("field \"quotes\": the quotes do not have the lengths of the spans in \"sources\"");
            }
            sources.add(new SourceRef(ref.substring(0, sign), start, end, all.substring(at, at + end - start)));
            at += end - start + 2; // past the quote and the "; " after it
        }
        if (at - 2 != all.length() && !(refs.isEmpty() && all.isEmpty())) {
            throw new IllegalArgumentException("field \"quotes\": the quotes do not have the lengths of the spans in \"sources\"");
        }
        return sources;
    }

    private static List<String> items(String cell) {
        if (cell == null || cell.isBlank()) {
            return List.of();
        }
        return Arrays.stream(cell.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static String required(Function<String, String> cell, String name) {
        String v = cell.apply(name);
        if (v == null || v.isBlank()) {
            throw new IllegalArgumentException("field \"" + name + "\": it is missing");
        }
        return v.strip();
    }

    private static PartialDate date(Function<String, String> cell, String name) {
        try {
            return PartialDate.parse(required(cell, name));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(e.getMessage().startsWith("field") ? e.getMessage()
                    : "field \"" + name + "\": " + e.getMessage(), e);
        }
    }

    private static boolean bool(Function<String, String> cell, String name) {
        String v = cell.apply(name);
        if (v == null || v.strip().equalsIgnoreCase("false")) {
            return false;
        }
        if (v.strip().equalsIgnoreCase("true")) {
            return true;
        }
        throw new IllegalArgumentException("field \"" + name + "\": \"" + v + "\" is neither true nor false");
    }
}
