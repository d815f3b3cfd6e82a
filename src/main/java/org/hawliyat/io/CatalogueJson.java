package org.hawliyat.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.hawliyat.model.Article;
import org.hawliyat.model.Catalogue;
import org.hawliyat.model.Country;
import org.hawliyat.model.Event;
import org.hawliyat.model.EventDate;
import org.hawliyat.model.EventType;
import org.hawliyat.model.Language;
import org.hawliyat.model.LocalizedText;
import org.hawliyat.model.PartialDate;
import org.hawliyat.model.Participant;
import org.hawliyat.model.Period;
import org.hawliyat.model.Person;
import org.hawliyat.model.Place;
import org.hawliyat.model.SourceRef;
import org.hawliyat.model.TextRules;
import org.hawliyat.model.Tour;

/**
 * Reads and writes the documented JSON data format ({@code data/README.md}). Writing is
 * deterministic: the same catalogue always gives the same bytes.
 */
public final class CatalogueJson {

    public static final String FORMAT = "hawliyat";
    public static final int FORMAT_VERSION = 1;

    private static final List<String> SECTIONS =
            List.of("types", "countries", "places", "people", "periods", "articles", "events", "tours");

    private final ObjectMapper mapper = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT);
    private final JsonNodeFactory nodes = JsonNodeFactory.instance;

    // ------------------------------------------------------------------ writing

    /** Writes the catalogue as UTF-8 JSON, ending with a newline. */
    public void write(Catalogue catalogue, OutputStream out) throws IOException {
        ObjectNode root = nodes.objectNode();
        root.put("format", FORMAT);
        root.put("formatVersion", FORMAT_VERSION);
        ArrayNode types = root.putArray("types");
        catalogue.types().forEach(t -> types.add(named(t.id(), t.name())));
        ArrayNode countries = root.putArray("countries");
        catalogue.countries().forEach(c -> countries.add(named(c.id(), c.name())));
        ArrayNode places = root.putArray("places");
        catalogue.places().forEach(p -> places.add(named(p.id(), p.name()).put("country", p.countryId())));
        ArrayNode people = root.putArray("people");
        catalogue.people().forEach(p -> people.add(named(p.id(), p.name())));
        ArrayNode periods = root.putArray("periods");
        catalogue.periods().forEach(p -> periods.add(named(p.id(), p.name())
                .put("start", p.start().toIso())
                .put("end", p.end() == null ? null : p.end().toIso())
                .put("person", p.personId())
                .put("country", p.countryId())
                .put("note", p.note())));
        ArrayNode articles = root.putArray("articles");
        catalogue.articles().forEach(a -> articles.add(articleNode(a)));
        ArrayNode events = root.putArray("events");
        catalogue.events().forEach(e -> events.add(eventNode(e)));
        ArrayNode tours = root.putArray("tours");
        catalogue.tours().forEach(t -> tours.add(tourNode(t)));

        byte[] json = mapper.writer(prettyPrinter()).writeValueAsBytes(root);
        out.write(json);
        out.write('\n');
        out.flush();
    }

    /** Writes events alone as a JSON array, each in the same shape as in a data file. */
    public void writeEvents(List<Event> events, OutputStream out) throws IOException {
        ArrayNode array = nodes.arrayNode();
        events.forEach(e -> array.add(eventNode(e)));
        out.write(mapper.writer(prettyPrinter()).writeValueAsBytes(array));
        out.write('\n');
        out.flush();
    }

    private static DefaultPrettyPrinter prettyPrinter() {
        // "key": value and [] as most JSON tools write them, so hand edits and exports diff cleanly
        Separators separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator("");
        return new DefaultPrettyPrinter(separators)
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
    }

    public String writeToString(Catalogue catalogue) {
        try {
            var out = new java.io.ByteArrayOutputStream();
            write(catalogue, out);
            return out.toString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("writing to memory cannot fail", e);
        }
    }

    private ObjectNode named(String id, LocalizedText name) {
        ObjectNode n = nodes.objectNode();
        n.put("id", id);
        n.set("name", localized(name));
        return n;
    }

    private ObjectNode localized(LocalizedText text) {
        ObjectNode n = nodes.objectNode();
        n.put("ar", text.ar());
        n.put("en", text.en());
        return n;
    }

    private ObjectNode articleNode(Article a) {
        ObjectNode n = nodes.objectNode();
        n.put("id", a.id());
        n.put("title", a.title());
        n.put("outlet", a.outlet());
        n.put("author", a.author());
        n.put("language", a.language().code());
        n.put("published", a.published() == null ? null : a.published().date().toIso());
        n.put("publishedApproximate", a.published() != null && a.published().approximate());
        n.put("publishedNote", a.published() == null ? null : a.published().note());
        n.put("provenance", a.provenance());
        n.put("text", a.text());
        return n;
    }

    private ObjectNode eventNode(Event e) {
        ObjectNode n = nodes.objectNode();
        n.put("id", e.id());
        n.put("type", e.typeId());
        n.put("date", e.start().date().toIso());
        n.put("approximate", e.start().approximate());
        n.put("dateNote", e.start().note());
        if (e.end() == null) {
            n.putNull("end");
        } else {
            ObjectNode end = n.putObject("end");
            end.put("date", e.end().date().toIso());
            end.put("approximate", e.end().approximate());
            end.put("note", e.end().note());
        }
        n.set("title", localized(e.title()));
        n.set("summary", localized(e.summary()));
        ArrayNode countries = n.putArray("countries");
        e.countryIds().forEach(countries::add);
        n.put("place", e.placeId());
        ArrayNode people = n.putArray("people");
        for (Participant p : e.people()) {
            ObjectNode pn = people.addObject();
            pn.put("person", p.personId());
            pn.set("role", localized(p.role()));
        }
        ArrayNode sources = n.putArray("sources");
        for (SourceRef s : e.sources()) {
            ObjectNode sn = sources.addObject();
            sn.put("article", s.articleId());
            sn.put("start", s.start());
            sn.put("end", s.end());
            sn.put("quote", s.quote());
        }
        n.put("version", e.version());
        n.put("modified", e.modified().toString());
        return n;
    }

    private ObjectNode tourNode(Tour t) {
        ObjectNode n = nodes.objectNode();
        n.put("id", t.id());
        n.set("title", localized(t.title()));
        ArrayNode stops = n.putArray("stops");
        for (Tour.Stop stop : t.stops()) {
            ObjectNode sn = stops.addObject();
            sn.put("event", stop.eventId());
            sn.set("note", localized(stop.note()));
        }
        return n;
    }

    // ------------------------------------------------------------------ reading

    /**
     * Reads a catalogue from UTF-8 JSON (a byte-order mark is skipped).
     *
     * @param fileName how to name the file in messages
     * @throws DataFileException naming the file, and where known the record, the field and the line
     */
    public Catalogue read(InputStream in, String fileName) throws DataFileException {
        byte[] bytes = BoundedInput.readAll(in, fileName);
        int offset = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        if (bytes.length - offset == 0 || new String(bytes, offset, bytes.length - offset, StandardCharsets.UTF_8).isBlank()) {
            throw new DataFileException(fileName + " is empty: it holds no JSON data.");
        }
        Map<String, List<Located>> sections = new HashMap<>();
        JsonFactory factory = mapper.getFactory();
        try (JsonParser p = factory.createParser(bytes, offset, bytes.length - offset)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new DataFileException(fileName + " (line " + p.currentLocation().getLineNr()
                        + ") is not a Hawliyat data file: it must be one JSON object.");
            }
            boolean known = false; // a known list, or the format's name
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                known |= SECTIONS.contains(field) || field.equals("format");
                JsonToken value = p.nextToken();
                if (SECTIONS.contains(field)) {
                    if (value == JsonToken.VALUE_NULL) {
                        continue;
                    }
                    if (value != JsonToken.START_ARRAY) {
                        throw new DataFileException(fileName + " (line " + p.currentLocation().getLineNr()
                                + "): \"" + field + "\" must be a list of records.");
                    }
                    List<Located> records = new ArrayList<>();
                    while (p.nextToken() != JsonToken.END_ARRAY) {
                        JsonLocation at = p.currentTokenLocation();
                        JsonNode node = mapper.readTree(p);
                        records.add(new Located(node, at.getLineNr()));
                    }
                    sections.put(field, records);
                } else if (field.equals("format")) {
                    JsonNode node = mapper.readTree(p);
                    if (!FORMAT.equals(node.asText())) {
                        throw new DataFileException(fileName + " is not a Hawliyat data file: its \"format\" is \""
                                + node.asText() + "\", not \"" + FORMAT + "\".");
                    }
                } else if (field.equals("formatVersion")) {
                    JsonNode node = mapper.readTree(p);
                    if (!node.canConvertToInt() || node.asInt() > FORMAT_VERSION || node.asInt() < 1) {
                        throw new DataFileException(fileName + " has format version " + node
                                + ", which this version of Hawliyat cannot read (it reads version " + FORMAT_VERSION + ").");
                    }
                } else {
                    p.skipChildren();
                }
            }
            if (p.currentToken() != JsonToken.END_OBJECT) {
                throw new DataFileException(fileName + " (line " + p.currentLocation().getLineNr()
                        + ") is not valid JSON: expected a field name or the end of the object.");
            }
            if (p.nextToken() != null) {
                throw new DataFileException(fileName + " (line " + p.currentLocation().getLineNr()
                        + ") has more data after the end of its JSON object.");
            }
            if (!known) {
                throw new DataFileException(fileName + " is not a Hawliyat data file: it has no \"format\": \""
                        + FORMAT + "\" and none of the lists " + String.join(", ", SECTIONS) + ".");
            }
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new DataFileException(fileName + (at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")")
                    + " is not valid JSON: " + describe(e) + ".", List.of(), e);
        } catch (IOException e) {
            throw new DataFileException(fileName + " could not be read: " + e.getMessage() + ".", List.of(), e);
        }
        return new Catalogue(
                records(sections, "types", "type", fileName, this::type),
                records(sections, "countries", "country", fileName, this::country),
                records(sections, "places", "place", fileName, this::place),
                records(sections, "people", "person", fileName, this::person),
                records(sections, "periods", "period", fileName, this::period),
                records(sections, "articles", "article", fileName, this::article),
                records(sections, "events", "event", fileName, this::event),
                records(sections, "tours", "tour", fileName, this::tour)); // absent from files written before tours
    }

    private static String describe(JsonProcessingException e) {
        String message = e.getOriginalMessage();
        if (message == null) {
            return "it could not be parsed";
        }
        if (message.startsWith("Unexpected end-of-input")) {
            return "the file ends in the middle of the data (is it truncated?)";
        }
        int cut = message.indexOf('\n');
        return (cut < 0 ? message : message.substring(0, cut)).trim();
    }

    private record Located(JsonNode node, int line) {
    }

    private <T> List<T> records(Map<String, List<Located>> sections, String section, String kind,
                                String fileName, Function<Fields, T> reader) throws DataFileException {
        List<T> result = new ArrayList<>();
        List<Located> located = sections.getOrDefault(section, List.of());
        for (int i = 0; i < located.size(); i++) {
            Located l = located.get(i);
            if (!l.node().isObject()) {
                throw new DataFileException(fileName + " (line " + l.line() + "): " + kind + " #" + (i + 1)
                        + " in \"" + section + "\" is not a JSON object.");
            }
            Fields fields = new Fields(l.node());
            try {
                result.add(reader.apply(fields));
            } catch (FieldException e) {
                String id = l.node().path("id").isTextual() && !l.node().path("id").asText().isBlank()
                        ? l.node().path("id").asText() : null;
                String record = id != null ? kind + " \"" + id + "\"" : kind + " #" + (i + 1) + " (which has no id)";
                throw new DataFileException(fileName + " (line " + l.line() + "): " + record + ", field \""
                        + e.field + "\": " + e.getMessage() + ".", List.of(), e);
            }
        }
        return result;
    }

    private EventType type(Fields f) {
        return new EventType(f.id(), f.localized("name", true));
    }

    private Country country(Fields f) {
        return new Country(f.id(), f.localized("name", true));
    }

    private Place place(Fields f) {
        return new Place(f.id(), f.localized("name", true), f.text("country", false));
    }

    private Person person(Fields f) {
        return new Person(f.id(), f.localized("name", true));
    }

    private Period period(Fields f) {
        return new Period(f.id(), f.localized("name", true), f.date("start", true), f.date("end", false),
                f.text("person", false), f.text("country", false), f.text("note", false));
    }

    private Article article(Fields f) {
        String id = f.id();
        String title = f.text("title", true);
        String outlet = f.text("outlet", false);
        String author = f.text("author", false);
        Language language = f.language("language");
        PartialDate published = f.date("published", false);
        boolean approximate = f.bool("publishedApproximate");
        String note = f.text("publishedNote", false);
        String provenance = f.text("provenance", false);
        String text = f.text("text", true);
        return new Article(id, title, outlet, author, language,
                published == null ? null : new EventDate(published, approximate, note), provenance, text);
    }

    private Event event(Fields f) {
        String id = f.id();
        String type = f.text("type", true);
        EventDate start = new EventDate(f.date("date", true), f.bool("approximate"), f.text("dateNote", false));
        EventDate end = null;
        JsonNode endNode = f.node.get("end");
        if (endNode != null && !endNode.isNull()) {
            if (!endNode.isObject()) {
                throw new FieldException("end", "must be an object with \"date\", \"approximate\" and \"note\", or null");
            }
            Fields e = f.nested(endNode, "end.");
            end = new EventDate(e.date("date", true), e.bool("approximate"), e.text("note", false));
        }
        LocalizedText title = f.localized("title", true);
        LocalizedText summary = f.localized("summary", false);
        List<String> countries = new ArrayList<>();
        for (Fields c : f.list("countries")) {
            if (!c.node.isTextual() || c.node.asText().isBlank()) {
                throw new FieldException(Fields.stripDot(c.prefix), "must be a country id such as \"QA\"");
            }
            countries.add(c.node.asText());
        }
        String place = f.text("place", false);
        List<Participant> people = new ArrayList<>();
        for (Fields p : f.list("people")) {
            p.requireObject();
            people.add(new Participant(p.text("person", true), p.localized("role", false)));
        }
        List<SourceRef> sources = new ArrayList<>();
        for (Fields s : f.list("sources")) {
            s.requireObject();
            sources.add(new SourceRef(s.text("article", true), s.integer("start"), s.integer("end"), s.text("quote", true)));
        }
        long version = f.node.has("version") ? f.integer("version") : 1;
        Instant modified = f.instant("modified");
        return new Event(id, type, start, end, title, summary, countries, place, people, sources, version, modified);
    }

    private Tour tour(Fields f) {
        String id = f.id();
        LocalizedText title = f.localized("title", true);
        List<Tour.Stop> stops = new ArrayList<>();
        for (Fields s : f.list("stops")) {
            s.requireObject();
            stops.add(new Tour.Stop(s.text("event", true), s.localized("note", false)));
        }
        return new Tour(id, title, stops);
    }

    /** A field of a record could not be read: the message says why, for the user. */
    private static final class FieldException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final String field;

        FieldException(String field, String message) {
            super(message);
            this.field = field;
        }
    }

    /** Typed access to one JSON object's fields, failing with the field's name. */
    private static final class Fields {
        private final JsonNode node;
        private final String prefix;

        Fields(JsonNode node) {
            this(node, "");
        }

        private Fields(JsonNode node, String prefix) {
            this.node = node;
            this.prefix = prefix;
        }

        Fields nested(JsonNode child, String childPrefix) {
            return new Fields(child, prefix + childPrefix);
        }

        void requireObject() {
            if (!node.isObject()) {
                throw new FieldException(stripDot(prefix), "must be an object");
            }
        }

        private static String stripDot(String s) {
            return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
        }

        String id() {
            return text("id", true);
        }

        String text(String name, boolean required) {
            JsonNode v = node.get(name);
            if (v == null || v.isNull() || (v.isTextual() && v.asText().isBlank())) {
                if (required) {
                    throw new FieldException(prefix + name, v == null ? "it is missing" : "it is empty");
                }
                return null;
            }
            if (!v.isTextual()) {
                throw new FieldException(prefix + name, "must be a string");
            }
            String flaw = TextRules.flaw(v.asText());
            if (flaw != null) {
                throw new FieldException(prefix + name, flaw);
            }
            return v.asText();
        }

        boolean bool(String name) {
            JsonNode v = node.get(name);
            if (v == null || v.isNull()) {
                return false;
            }
            if (!v.isBoolean()) {
                throw new FieldException(prefix + name, "must be true or false");
            }
            return v.asBoolean();
        }

        int integer(String name) {
            JsonNode v = node.get(name);
            if (v == null || v.isNull()) {
                throw new FieldException(prefix + name, "it is missing");
            }
            if (!v.canConvertToInt() || !v.isIntegralNumber()) {
                throw new FieldException(prefix + name, "must be a whole number");
            }
            return v.asInt();
        }

        PartialDate date(String name, boolean required) {
            String s = text(name, required);
            if (s == null) {
                return null;
            }
            try {
                return PartialDate.parse(s);
            } catch (IllegalArgumentException e) {
                throw new FieldException(prefix + name, e.getMessage());
            }
        }

        Instant instant(String name) {
            String s = text(name, false);
            if (s == null) {
                return Instant.EPOCH;
            }
            try {
                return Instant.parse(s);
            } catch (DateTimeException e) {
                throw new FieldException(prefix + name, "\"" + s + "\" is not a time such as 2026-11-28T00:00:00Z");
            }
        }

        Language language(String name) {
            String s = text(name, true);
            try {
                return Language.fromCode(s);
            } catch (IllegalArgumentException e) {
                throw new FieldException(prefix + name, e.getMessage());
            }
        }

        LocalizedText localized(String name, boolean required) {
            JsonNode v = node.get(name);
            if (v == null || v.isNull()) {
                if (required) {
                    throw new FieldException(prefix + name, "it is missing");
                }
                return LocalizedText.EMPTY;
            }
            if (!v.isObject()) {
                throw new FieldException(prefix + name, "must be an object with \"ar\" and \"en\"");
            }
            Fields f = nested(v, name + ".");
            LocalizedText t = LocalizedText.of(f.text("ar", false), f.text("en", false));
            if (required && t.isEmpty()) {
                throw new FieldException(prefix + name, "it needs a text in Arabic or English");
            }
            return t;
        }

        List<Fields> list(String name) {
            JsonNode v = node.get(name);
            if (v == null || v.isNull()) {
                return List.of();
            }
            if (!v.isArray()) {
                throw new FieldException(prefix + name, "must be a list");
            }
            List<Fields> items = new ArrayList<>();
            for (int i = 0; i < v.size(); i++) {
                items.add(new Fields(v.get(i), prefix + name + "[" + i + "]."));
            }
            return items;
        }
    }
}
