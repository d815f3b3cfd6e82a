package org.hawliyat.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Every kind of record as the history names its fields (events have {@link EventFields}): what an
 * import compares to say what it replaces, field by field, and what the history records.
 */
public final class RecordFields {

    private RecordFields() {
    }

    /** {@code name.ar}, {@code name.en}: a type, a country or a person. */
    public static Map<String, String> names(LocalizedText name) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("name.ar", name.ar());
        f.put("name.en", name.en());
        return f;
    }

    /** A place: its names and {@code country}. */
    public static Map<String, String> of(Place p) {
        Map<String, String> f = names(p.name());
        f.put("country", p.countryId());
        return f;
    }

    /** A period: its names, {@code start}, {@code end}, {@code person}, {@code country}, {@code note}. */
    public static Map<String, String> of(Period p) {
        Map<String, String> f = names(p.name());
        f.put("start", p.start().toIso());
        f.put("end", p.end() == null ? null : p.end().toIso());
        f.put("person", p.personId());
        f.put("country", p.countryId());
        f.put("note", p.note());
        return f;
    }

    /** An article: title, outlet, author, language, published (date, approximate, note), provenance, text. */
    public static Map<String, String> of(Article a) {
        Map<String, String> fields = new LinkedHashMap<>();
        EventDate p = a.published();
        fields.put("title", a.title());
        fields.put("outlet", a.outlet());
        fields.put("author", a.author());
        fields.put("language", a.language().code());
        fields.put("published", p == null ? null : p.date().toIso());
        fields.put("publishedApproximate", p == null ? null : Boolean.toString(p.approximate()));
        fields.put("publishedNote", p == null ? null : p.note());
        fields.put("provenance", a.provenance());
        fields.put("text", a.text());
        return fields;
    }

    /**
     * A tour: {@code title.ar}, {@code title.en} and {@code stops}, one stop a line: the event id,
     * the Arabic and the English note, separated by tabs.
     */
    public static Map<String, String> of(Tour t) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("title.ar", t.title().ar());
        fields.put("title.en", t.title().en());
        fields.put("stops", String.join("\n", t.stops().stream()
                .map(s -> s.eventId() + "\t" + oneLine(s.note().ar()) + "\t" + oneLine(s.note().en())).toList()));
        return fields;
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.replace('\t', ' ').replace('\n', ' ');
    }

    /** The fields whose values differ, in the order of {@code after}'s fields (then any only {@code before} has). */
    public static List<EventFields.Change> diff(Map<String, String> before, Map<String, String> after) {
        List<EventFields.Change> changes = new ArrayList<>();
        after.forEach((field, value) -> {
            String old = before.get(field);
            if (!Objects.equals(old, value)) {
                changes.add(new EventFields.Change(field, old, value));
            }
        });
        before.forEach((field, old) -> {
            if (!after.containsKey(field) && old != null) {
                changes.add(new EventFields.Change(field, old, null));
            }
        });
        return changes;
    }
}
