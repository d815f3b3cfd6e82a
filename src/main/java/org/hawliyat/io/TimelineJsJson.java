package org.hawliyat.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * TimelineJS3's JSON format: {@code {"title": slide, "events": [slide…], "eras": [slide…]}}, a slide
 * being {@code start_date}, {@code end_date} ({@code year}, {@code month}, {@code day}, numbers or
 * strings), {@code display_date}, {@code text} ({@code headline}, {@code text}), {@code media}
 * ({@code url}, {@code credit}, {@code caption}, {@code thumbnail}), {@code group},
 * {@code background} ({@code url} or {@code color}) and {@code unique_id}.
 */
public final class TimelineJsJson {

    private final ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** Whether this JSON object looks like a TimelineJS timeline rather than a Hawliyat data file. */
    static boolean looksLikeTimeline(JsonNode root) {
        if (!root.isObject() || root.has("format")) {
            return false;
        }
        JsonNode events = root.path("events");
        if (events.isArray() && events.size() > 0) {
            JsonNode first = events.get(0);
            return first.has("start_date") || first.path("text").isObject();
        }
        return root.path("title").isObject() || root.path("eras").isArray();
    }

    /** Reads the timeline's slides; {@code where} in each names it ("event #3", "era #1", "the title slide"). */
    public TimelineJs.Document read(String text, String fileName) throws DataFileException {
        JsonNode root;
        try {
            root = mapper.readTree(text);
        } catch (JsonProcessingException e) {
            var at = e.getLocation();
            throw new DataFileException(fileName + (at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")")
                    + " is not valid JSON: " + firstLine(e.getOriginalMessage()) + ".", List.of(), e);
        }
        if (root == null || !root.isObject()) {
            throw new DataFileException(fileName + " is not a TimelineJS timeline: it must be one JSON object.");
        }
        TimelineJs.Slide title = root.path("title").isObject() ? slide(root.get("title"), "the title slide") : null;
        return new TimelineJs.Document(title, slides(root, "events", "event", fileName), slides(root, "eras", "era", fileName));
    }

    private List<TimelineJs.Slide> slides(JsonNode root, String field, String kind, String fileName) throws DataFileException {
        JsonNode array = root.get(field);
        List<TimelineJs.Slide> slides = new ArrayList<>();
        if (array == null || array.isNull()) {
            return slides;
        }
        if (!array.isArray()) {
            throw new DataFileException(fileName + ": \"" + field + "\" must be a list of slides.");
        }
        for (int i = 0; i < array.size(); i++) {
            JsonNode node = array.get(i);
            if (!node.isObject()) {
                throw new DataFileException(fileName + ": " + kind + " #" + (i + 1) + " in \"" + field + "\" is not a JSON object.");
            }
            slides.add(slide(node, kind + " #" + (i + 1)));
        }
        return slides;
    }

    private static TimelineJs.Slide slide(JsonNode node, String where) {
        JsonNode media = node.path("media");
        JsonNode background = node.path("background");
        String displayDate = text(node.get("display_date"));
        if (displayDate == null) {
            displayDate = text(node.path("start_date").get("display_date"));
        }
        return new TimelineJs.Slide(where, date(node.get("start_date")), date(node.get("end_date")), displayDate,
                text(node.path("text").get("headline")), text(node.path("text").get("text")),
                media.isObject() ? new TimelineJs.Media(text(media.get("url")), text(media.get("credit")),
                        text(media.get("caption")), text(media.get("thumbnail"))) : null,
                text(node.get("group")),
                background.isObject() ? firstNonBlank(text(background.get("url")), text(background.get("color"))) : text(background),
                text(node.get("unique_id")));
    }

    private static TimelineJs.DateParts date(JsonNode node) {
        if (node == null || !node.isObject()) {
            return TimelineJs.DateParts.NONE;
        }
        String time = null;
        String hour = text(node.get("hour"));
        if (hour != null) {
            String minute = text(node.get("minute"));
            time = hour + ":" + (minute == null ? "00" : minute);
        }
        return new TimelineJs.DateParts(text(node.get("year")), text(node.get("month")), text(node.get("day")), time);
    }

    /** A value as text: strings as they are, numbers in their shortest form; blank, objects and null as null. */
    private static String text(JsonNode node) {
        if (node == null || node.isNull() || node.isContainerNode()) {
            return null;
        }
        String s = node.isNumber() ? node.numberValue().toString() : node.asText();
        return s.isBlank() ? null : s;
    }

    private static String firstNonBlank(String a, String b) {
        return a != null ? a : b;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "it could not be parsed";
        }
        int cut = message.indexOf('\n');
        return (cut < 0 ? message : message.substring(0, cut)).trim();
    }

    // ------------------------------------------------------------------ writing

    /** Writes the timeline as UTF-8 JSON that TimelineJS3 reads as it is. */
    public void write(TimelineJs.Document document, OutputStream out) throws IOException {
        ObjectNode root = mapper.createObjectNode();
        if (document.title() != null) {
            root.set("title", slideNode(document.title()));
        }
        ArrayNode events = root.putArray("events");
        document.events().forEach(e -> events.add(slideNode(e)));
        if (!document.eras().isEmpty()) {
            ArrayNode eras = root.putArray("eras");
            document.eras().forEach(e -> eras.add(slideNode(e)));
        }
        out.write(mapper.writeValueAsBytes(root));
        out.write('\n');
        out.flush();
    }

    private ObjectNode slideNode(TimelineJs.Slide slide) {
        ObjectNode n = mapper.createObjectNode();
        if (!slide.start().isEmpty()) {
            n.set("start_date", dateNode(slide.start()));
        }
        if (!slide.end().isEmpty()) {
            n.set("end_date", dateNode(slide.end()));
        }
        putText(n, "display_date", slide.displayDate());
        ObjectNode text = n.putObject("text");
        putText(text, "headline", slide.headline());
        putText(text, "text", slide.text());
        if (slide.media() != null && !slide.media().isEmpty()) {
            ObjectNode media = n.putObject("media");
            putText(media, "url", slide.media().url());
            putText(media, "credit", slide.media().credit());
            putText(media, "caption", slide.media().caption());
            putText(media, "thumbnail", slide.media().thumbnail());
        }
        putText(n, "group", slide.group());
        if (!TimelineJs.blank(slide.background())) {
            n.putObject("background").put(slide.background().startsWith("#") ? "color" : "url", slide.background());
        }
        putText(n, "unique_id", slide.uniqueId());
        return n;
    }

    private ObjectNode dateNode(TimelineJs.DateParts parts) {
        ObjectNode n = mapper.createObjectNode();
        putNumber(n, "year", parts.year());
        putNumber(n, "month", parts.month());
        putNumber(n, "day", parts.day());
        return n;
    }

    private static void putNumber(ObjectNode n, String field, String value) {
        if (!TimelineJs.blank(value)) {
            n.put(field, Integer.parseInt(value.strip()));
        }
    }

    private static void putText(ObjectNode n, String field, String value) {
        if (!TimelineJs.blank(value)) {
            n.put(field, value);
        }
    }
}
