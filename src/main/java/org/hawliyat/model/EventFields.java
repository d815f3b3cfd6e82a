package org.hawliyat.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An event as named fields with text values: what the history records (each field's old and new
 * value), what {@code edit --set FIELD=VALUE} sets, and what restoring an earlier version applies.
 * Lists are one entry per line; within an entry the parts are separated by tabs, with
 * backslash, tab and line break escaped as {@code \\}, {@code \t} and {@code \n}.
 *
 * <ul>
 * <li>{@code type}, {@code place}: ids; {@code countries}: ids, one per line</li>
 * <li>{@code date}, {@code end}: YYYY, YYYY-MM or YYYY-MM-DD; {@code approximate},
 *     {@code endApproximate}: true or false; {@code dateNote}, {@code endNote}: text</li>
 * <li>{@code title.ar}, {@code title.en}, {@code summary.ar}, {@code summary.en}: text</li>
 * <li>{@code people}: personId, role in Arabic, role in English</li>
 * <li>{@code sources}: articleId, start, end, quote</li>
 * </ul>
 * A missing value is null (an empty value given to {@link #with} clears the field).
 */
public final class EventFields {

    public static final List<String> NAMES = List.of("type", "date", "approximate", "dateNote", "end",
            "endApproximate", "endNote", "title.ar", "title.en", "summary.ar", "summary.en", "countries", "place",
            "people", "sources");

    /** One field's change. */
    public record Change(String field, String before, String after) {
    }

    private EventFields() {
    }

    /** The event's fields, in {@link #NAMES} order; absent values are null. */
    public static Map<String, String> of(Event e) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("type", e.typeId());
        fields.put("date", e.start().date().toString());
        fields.put("approximate", Boolean.toString(e.start().approximate()));
        fields.put("dateNote", e.start().note());
        fields.put("end", e.end() == null ? null : e.end().date().toString());
        fields.put("endApproximate", e.end() == null ? null : Boolean.toString(e.end().approximate()));
        fields.put("endNote", e.end() == null ? null : e.end().note());
        fields.put("title.ar", e.title().ar());
        fields.put("title.en", e.title().en());
        fields.put("summary.ar", e.summary().ar());
        fields.put("summary.en", e.summary().en());
        fields.put("countries", e.countryIds().isEmpty() ? null : String.join("\n", e.countryIds()));
        fields.put("place", e.placeId());
        fields.put("people", e.people().isEmpty() ? null : String.join("\n", e.people().stream()
                .map(p -> TabbedParts.join(p.personId(), p.role().ar(), p.role().en())).toList()));
        fields.put("sources", e.sources().isEmpty() ? null : String.join("\n", e.sources().stream()
                .map(s -> TabbedParts.join(s.articleId(), Integer.toString(s.start()), Integer.toString(s.end()), s.quote()))
                .toList()));
        return fields;
    }

    /** The fields whose values differ, in {@link #NAMES} order. */
    public static List<Change> diff(Event before, Event after) {
        Map<String, String> old = before == null ? new LinkedHashMap<>() : of(before);
        Map<String, String> now = after == null ? new LinkedHashMap<>() : of(after);
        List<Change> changes = new ArrayList<>();
        for (String name : NAMES) {
            if (!Objects.equals(old.get(name), now.get(name))) {
                changes.add(new Change(name, old.get(name), now.get(name)));
            }
        }
        return changes;
    }

    /**
     * The event with these fields set; the rest, the id, the version and the time stay as they were.
     *
     * @throws IllegalArgumentException naming the field, when a name is unknown or a value is not valid for it
     */
    public static Event with(Event e, Map<String, String> values) {
        Map<String, String> fields = of(e);
        for (Map.Entry<String, String> value : values.entrySet()) {
            if (!NAMES.contains(value.getKey())) {
                throw new IllegalArgumentException("\"" + value.getKey() + "\" is not a field; the fields are "
                        + String.join(", ", NAMES));
            }
            String v = value.getValue();
            fields.put(value.getKey(), v == null || v.isEmpty() ? null : v);
        }
        try {
            EventDate start = new EventDate(date(fields, "date"), bool(fields, "approximate"), fields.get("dateNote"));
            EventDate end = fields.get("end") == null ? null
                    : new EventDate(date(fields, "end"), bool(fields, "endApproximate"), fields.get("endNote"));
            String type = required(fields, "type");
            return new Event(e.id(), type, start, end,
                    LocalizedText.of(fields.get("title.ar"), fields.get("title.en")),
                    LocalizedText.of(fields.get("summary.ar"), fields.get("summary.en")),
                    lines(fields.get("countries")).stream().map(String::strip).filter(s -> !s.isEmpty()).toList(),
                    fields.get("place"), people(fields.get("people")), sources(fields.get("sources")),
                    e.version(), e.modified());
        } catch (FieldException problem) {
            throw new IllegalArgumentException("field \"" + problem.field + "\": " + problem.getMessage(), problem);
        }
    }

    private static final class FieldException extends RuntimeException {
        final String field;

        FieldException(String field, String message, Throwable cause) {
            super(message, cause);
            this.field = field;
        }
    }

    private static String required(Map<String, String> fields, String name) {
        String value = fields.get(name);
        if (value == null || value.isBlank()) {
            throw new FieldException(name, "it is missing", null);
        }
        return value.strip();
    }

    private static PartialDate date(Map<String, String> fields, String name) {
        try {
            return PartialDate.parse(required(fields, name));
        } catch (IllegalArgumentException e) {
            throw new FieldException(name, e.getMessage(), e);
        }
    }

    private static boolean bool(Map<String, String> fields, String name) {
        String value = fields.get(name);
        if (value == null || value.equalsIgnoreCase("false")) {
            return false;
        }
        if (value.equalsIgnoreCase("true")) {
            return true;
        }
        throw new FieldException(name, "\"" + value + "\" is neither true nor false", null);
    }

    private static List<Participant> people(String value) {
        List<Participant> people = new ArrayList<>();
        for (String line : lines(value)) {
            List<String> parts = TabbedParts.split(line);
            if (parts.get(0).isBlank()) {
                throw new FieldException("people", "an entry has no person id", null);
            }
            people.add(new Participant(parts.get(0).strip(),
                    LocalizedText.of(part(parts, 1), part(parts, 2))));
        }
        return people;
    }

    private static List<SourceRef> sources(String value) {
        List<SourceRef> sources = new ArrayList<>();
        for (String line : lines(value)) {
            List<String> parts = TabbedParts.split(line);
            if (parts.size() < 4) {
                throw new FieldException("sources", "an entry needs an article id, a start, an end and the quote", null);
            }
            try {
                sources.add(new SourceRef(parts.get(0).strip(), Integer.parseInt(parts.get(1).strip()),
                        Integer.parseInt(parts.get(2).strip()), parts.get(3)));
            } catch (NumberFormatException e) {
                throw new FieldException("sources", "the start and end must be whole numbers", e);
            }
        }
        return sources;
    }

    private static String part(List<String> parts, int index) {
        return index < parts.size() ? parts.get(index) : null;
    }

    private static List<String> lines(String value) {
        return value == null || value.isBlank() ? List.of() : Arrays.asList(value.split("\n"));
    }
}
