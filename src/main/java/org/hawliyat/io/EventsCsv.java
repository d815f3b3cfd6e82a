package org.hawliyat.io;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.hawliyat.model.Catalogue;
import org.hawliyat.model.Event;
import org.hawliyat.model.EventDate;

/**
 * The events of a catalogue as one CSV table (RFC 4180, UTF-8, a header row), for spreadsheets.
 * Lists inside a cell are joined with "; ". Articles' full texts stay in the JSON export.
 *
 * <p>Every row has every column: a missing value is an empty cell (Jackson leaves a null element
 * of a row out, which slid the rest of the row left under the wrong headings). A cell that starts
 * with {@code = + - @}, a tab or a carriage return would be run as a formula by a spreadsheet
 * ({@code =HYPERLINK(…)}): it starts with an apostrophe instead, as spreadsheet exports do (OWASP,
 * "CSV injection").
 */
public final class EventsCsv {

    static final List<String> COLUMNS = List.of("id", "type", "date", "approximate", "date_note",
            "end_date", "end_approximate", "end_note", "title_ar", "title_en", "summary_ar", "summary_en",
            "countries", "place", "people", "sources", "quotes", "version", "modified");

    public void write(Catalogue catalogue, OutputStream out) throws IOException {
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

    /** The value as a cell: empty for none, and never a formula. */
    static String cell(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + value : value;
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
        return row;
    }
}
