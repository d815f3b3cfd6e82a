package org.hawliyat.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.hawliyat.model.Catalogue;

/**
 * Reads any file {@code import} accepts, telling what it is by its content (never by its name):
 * a Hawliyat JSON data file, a TimelineJS JSON timeline, the TimelineJS sheet saved as CSV, or
 * Hawliyat's own CSV table of events; in any encoding {@link TextDecoding} recognises.
 */
public final class DataFiles {

    /** The kinds of file that can be imported. */
    public enum Kind {
        HAWLIYAT_JSON("a Hawliyat data file"),
        TIMELINEJS_JSON("a TimelineJS timeline (JSON)"),
        TIMELINEJS_CSV("a TimelineJS sheet (CSV)"),
        HAWLIYAT_CSV("a Hawliyat CSV table of events");

        private final String description;

        Kind(String description) {
            this.description = description;
        }

        public String description() {
            return description;
        }
    }

    /**
     * How to read: the encoding, if the user gave one (else it is told from the bytes), and whether
     * TimelineJS slides that cannot be imported are left out and listed rather than refusing the file.
     */
    public record Options(Charset encoding, boolean skipInvalid) {
        public static final Options DEFAULT = new Options(null, false);
    }

    /** What was read, what it was, and what the user should be told (the encoding, types made, slides skipped). */
    public record Result(Catalogue catalogue, Kind kind, List<String> notes) {
    }

    private static final List<String> HAWLIYAT_SECTIONS =
            List.of("types", "countries", "places", "people", "periods", "articles", "events", "tours");

    private DataFiles() {
    }

    /** @throws DataFileException naming the file (and where known the record, the field and the line) */
    public static Result read(byte[] bytes, String fileName, Options options) throws DataFileException {
        TextDecoding.Decoded decoded = TextDecoding.decode(bytes, options.encoding(), fileName);
        List<String> notes = new ArrayList<>();
        String note = decoded.note(fileName);
        if (note != null) {
            notes.add(note);
        }
        String text = decoded.text();
        Kind kind = kindOf(text, fileName);
        Catalogue catalogue;
        switch (kind) {
            case HAWLIYAT_JSON -> {
                byte[] utf8 = decoded.isUtf8() ? bytes : text.getBytes(StandardCharsets.UTF_8);
                catalogue = new CatalogueJson().read(new ByteArrayInputStream(utf8), fileName);
            }
            case HAWLIYAT_CSV -> catalogue = new EventsCsv().read(text, fileName);
            default -> {
                TimelineJs.Document document = kind == Kind.TIMELINEJS_JSON
                        ? new TimelineJsJson().read(text, fileName) : new TimelineJsCsv().read(text, fileName);
                TimelineJsReading.Result result = TimelineJsReading.read(document, fileName, options.skipInvalid());
                notes.addAll(result.notes());
                catalogue = result.catalogue();
            }
        }
        return new Result(catalogue, kind, List.copyOf(notes));
    }

    /**
     * What the text is. JSON (it starts with a brace or a bracket) is TimelineJS when it has events
     * with a {@code start_date} (or a title slide or eras) and no {@code "format"}, else Hawliyat's;
     * anything else is CSV, told by its header row.
     *
     * @throws DataFileException when it is none of the four
     */
    public static Kind kindOf(String text, String fileName) throws DataFileException {
        String start = text.stripLeading();
        if (start.isEmpty()) {
            throw new DataFileException(fileName + " is empty: it holds no data.");
        }
        if (start.charAt(0) == '{' || start.charAt(0) == '[') {
            JsonNode root;
            try {
                root = new ObjectMapper().readTree(start);
            } catch (JsonProcessingException e) {
                return Kind.HAWLIYAT_JSON; // its reader says where the JSON is broken
            }
            if (root != null && TimelineJsJson.looksLikeTimeline(root)) {
                return Kind.TIMELINEJS_JSON;
            }
            if (root != null && root.isObject() && !root.has("format")
                    && HAWLIYAT_SECTIONS.stream().noneMatch(root::has)) {
                throw new DataFileException(fileName + " is JSON but neither a Hawliyat data file (it has no \"format\": \"hawliyat\""
                        + " and none of its lists) nor a TimelineJS timeline (it has no \"events\" with a \"start_date\").");
            }
            return Kind.HAWLIYAT_JSON;
        }
        int end = start.indexOf('\n');
        String firstLine = end < 0 ? start : start.substring(0, end);
        List<String> header = new ArrayList<>();
        for (String cell : firstLine.split(",", -1)) {
            header.add(cell.strip().replace("\"", ""));
        }
        if (TimelineJsCsv.isHeader(header)) {
            return Kind.TIMELINEJS_CSV;
        }
        if (EventsCsv.isHeader(header)) {
            return Kind.HAWLIYAT_CSV;
        }
        throw new DataFileException(fileName + " is neither JSON nor a CSV table this version can read: a TimelineJS sheet's"
                + " first row names the columns Year, Month, Day, …, Headline, and a Hawliyat table's id, type, date, ….");
    }
}
