package org.hawliyat.io;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The TimelineJS Google-sheet template saved as CSV: one row a slide, the columns
 * {@link #COLUMNS}; a row of Type {@code title} is the title slide, rows of Type {@code era} are eras,
 * the others events. Columns are found by their heading, in any order and case; others are ignored.
 */
public final class TimelineJsCsv {

    public static final List<String> COLUMNS = List.of("Year", "Month", "Day", "Time", "End Year", "End Month",
            "End Day", "End Time", "Display Date", "Headline", "Text", "Media", "Media Credit", "Media Caption",
            "Media Thumbnail", "Type", "Group", "Background");

    /** Whether a header row (its cells) is the TimelineJS template's. */
    static boolean isHeader(List<String> cells) {
        List<String> names = cells.stream().map(c -> c.strip().toLowerCase(Locale.ROOT)).toList();
        return names.contains("year") && names.contains("headline");
    }

    public TimelineJs.Document read(String text, String fileName) throws DataFileException {
        List<List<String>> rows = CsvRows.read(text, fileName);
        if (rows.isEmpty() || !isHeader(rows.get(0))) {
            throw new DataFileException(fileName + " is not a TimelineJS sheet: its first row must name the columns"
                    + " Year, Month, Day, …, Headline, Text, ….");
        }
        Map<String, Integer> columns = new HashMap<>();
        List<String> header = rows.get(0);
        for (int i = 0; i < header.size(); i++) {
            columns.putIfAbsent(header.get(i).strip().toLowerCase(Locale.ROOT), i);
        }
        TimelineJs.Slide title = null;
        List<TimelineJs.Slide> events = new ArrayList<>();
        List<TimelineJs.Slide> eras = new ArrayList<>();
        for (int r = 1; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            if (row.stream().allMatch(String::isBlank)) {
                continue;
            }
            Cells cells = new Cells(row, columns);
            String type = cells.get("type") == null ? "" : cells.get("type").strip().toLowerCase(Locale.ROOT);
            String where = "row " + (r + 1);
            TimelineJs.Slide slide = new TimelineJs.Slide(where,
                    new TimelineJs.DateParts(cells.get("year"), cells.get("month"), cells.get("day"), cells.get("time")),
                    new TimelineJs.DateParts(cells.get("end year"), cells.get("end month"), cells.get("end day"), cells.get("end time")),
                    cells.get("display date"), cells.get("headline"), cells.get("text"),
                    new TimelineJs.Media(cells.get("media"), cells.get("media credit"), cells.get("media caption"),
                            cells.get("media thumbnail")),
                    cells.get("group"), cells.get("background"), null);
            if (type.equals("title")) {
                if (title == null) {
                    title = slide;
                }
            } else if (type.equals("era")) {
                eras.add(slide);
            } else {
                events.add(slide);
            }
        }
        return new TimelineJs.Document(title, events, eras);
    }

    /** One row's cells by column heading; a formula-guarding apostrophe is taken off again. */
    private record Cells(List<String> row, Map<String, Integer> columns) {
        String get(String column) {
            Integer i = columns.get(column);
            if (i == null || i >= row.size() || row.get(i).isBlank()) {
                return null;
            }
            return EventsCsv.uncell(row.get(i));
        }
    }

    /** Writes the sheet: the header, the title row, the eras, then the events; {@code bom} first when asked. */
    public void write(TimelineJs.Document document, OutputStream out, boolean bom) throws IOException {
        if (bom) {
            out.write(EventsCsv.UTF8_BOM);
        }
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true).setLineSeparator("\n");
        COLUMNS.forEach(schema::addColumn);
        // quoted only where a cell needs it (a comma, a quote, a line break), as the template is written
        CsvMapper mapper = new CsvMapper();
        mapper.enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING);
        try (SequenceWriter writer = mapper.writer(schema.build()).writeValues(out)) {
            if (document.title() != null) {
                writer.write(row(document.title(), "title"));
            }
            for (TimelineJs.Slide era : document.eras()) {
                writer.write(row(era, "era"));
            }
            for (TimelineJs.Slide event : document.events()) {
                writer.write(row(event, ""));
            }
        }
    }

    private static List<String> row(TimelineJs.Slide s, String type) {
        TimelineJs.Media media = s.media() == null ? new TimelineJs.Media(null, null, null, null) : s.media();
        List<String> cells = new ArrayList<>();
        cells.add(s.start().year());
        cells.add(s.start().month());
        cells.add(s.start().day());
        cells.add(s.start().time());
        cells.add(s.end().year());
        cells.add(s.end().month());
        cells.add(s.end().day());
        cells.add(s.end().time());
        cells.add(s.displayDate());
        cells.add(s.headline());
        cells.add(s.text());
        cells.add(media.url());
        cells.add(media.credit());
        cells.add(media.caption());
        cells.add(media.thumbnail());
        cells.add(type);
        cells.add(s.group());
        cells.add(s.background());
        return cells.stream().map(EventsCsv::cell).toList();
    }

    /** CSV rows as lists of cells, read with Jackson (RFC 4180: quotes, commas and line breaks in cells). */
    static final class CsvRows {
        private CsvRows() {
        }

        static List<List<String>> read(String text, String fileName) throws DataFileException {
            CsvMapper mapper = new CsvMapper();
            mapper.enable(CsvParser.Feature.WRAP_AS_ARRAY);
            List<List<String>> rows = new ArrayList<>();
            try (MappingIterator<String[]> it = mapper.readerFor(String[].class).readValues(text)) {
                while (it.hasNextValue()) {
                    rows.add(java.util.Arrays.stream(it.nextValue()).map(c -> c == null ? "" : c).toList());
                }
            } catch (IOException | RuntimeException e) {
                String message = e.getMessage() == null ? "it could not be parsed" : e.getMessage().lines().findFirst().orElse("");
                throw new DataFileException(fileName + " (row " + (rows.size() + 1) + ") is not valid CSV: " + message + ".",
                        List.of(), e);
            }
            return rows;
        }
    }
}
