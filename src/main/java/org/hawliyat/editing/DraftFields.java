package org.hawliyat.editing;

import org.hawliyat.model.TabbedParts;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hawliyat.model.LocalizedText;
import org.hawliyat.model.Participant;
import org.hawliyat.model.SourceRef;

/**
 * An {@link EventDraft} as named text fields, for keeping it durably ({@code DraftStore}) and
 * reading it back exactly as typed (dates are kept as typed, not parsed). The names are those of
 * {@link org.hawliyat.model.EventFields} where they exist; lists are one entry per line, parts
 * separated by tabs, with backslash, tab and line break escaped. Machine text: no locale is involved.
 */
public final class DraftFields {

    private DraftFields() {
    }

    public static Map<String, String> of(EventDraft d) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("type", d.typeId());
        fields.put("date", d.start());
        fields.put("approximate", Boolean.toString(d.approximate()));
        fields.put("dateNote", d.note());
        fields.put("end", d.end());
        fields.put("endApproximate", Boolean.toString(d.endApproximate()));
        fields.put("endNote", d.endNote());
        fields.put("title.ar", d.titleAr());
        fields.put("title.en", d.titleEn());
        fields.put("summary.ar", d.summaryAr());
        fields.put("summary.en", d.summaryEn());
        fields.put("countries", String.join("\n", d.countryIds()));
        fields.put("place", d.placeId());
        fields.put("people", String.join("\n", d.people().stream()
                .map(p -> TabbedParts.join(p.personId(), p.role().ar(), p.role().en())).toList()));
        fields.put("sources", String.join("\n", d.sources().stream()
                .map(s -> TabbedParts.join(s.articleId(), Integer.toString(s.start()), Integer.toString(s.end()), s.quote()))
                .toList()));
        return fields;
    }

    /** The draft of event {@code id} opened at {@code version}, from its fields (unknown names are ignored). */
    public static EventDraft draft(String id, long version, Map<String, String> f) {
        List<Participant> people = new ArrayList<>();
        for (String line : lines(f.get("people"))) {
            List<String> parts = TabbedParts.split(line);
            people.add(new Participant(parts.get(0), LocalizedText.of(part(parts, 1), part(parts, 2))));
        }
        List<SourceRef> sources = new ArrayList<>();
        for (String line : lines(f.get("sources"))) {
            List<String> parts = TabbedParts.split(line);
            try {
                sources.add(new SourceRef(parts.get(0), Integer.parseInt(part(parts, 1)),
                        Integer.parseInt(part(parts, 2)), part(parts, 3)));
            } catch (RuntimeException e) {
                // a source that cannot be read back is left out; the rest of the draft is still offered
            }
        }
        return new EventDraft(id, f.get("type"), f.get("date"), Boolean.parseBoolean(f.get("approximate")),
                f.get("dateNote"), f.get("end"), Boolean.parseBoolean(f.get("endApproximate")), f.get("endNote"),
                f.get("title.ar"), f.get("title.en"), f.get("summary.ar"), f.get("summary.en"),
                lines(f.get("countries")), f.get("place"), people, sources, version, null);
    }

    private static List<String> lines(String value) {
        return value == null || value.isEmpty() ? List.of() : Arrays.asList(value.split("\n"));
    }

    private static String part(List<String> parts, int index) {
        return index < parts.size() ? parts.get(index) : null;
    }
}
