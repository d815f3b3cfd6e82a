package org.hawliyat.io;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.hawliyat.text.dates.FoundDate;

/**
 * The dates found in a text, for {@code dates --json}: {@code {"published", "dates": [{"text",
 * "span": [start, end], "date", "precision", "approximate", "until", "calendar", "reason"}]}}; spans
 * in UTF-16 code units of the input.
 */
public final class DatesJson {

    private final ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public void write(String text, LocalDate published, List<FoundDate> dates, OutputStream out) throws IOException {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("published", published == null ? null : published.toString());
        ArrayNode array = root.putArray("dates");
        for (FoundDate d : dates) {
            ObjectNode node = array.addObject();
            node.put("text", text.substring(d.start(), d.end()));
            node.putArray("span").add(d.start()).add(d.end());
            node.put("date", d.date().toIso());
            node.put("precision", d.date().precision().name().toLowerCase(Locale.ROOT));
            node.put("approximate", d.approximate());
            node.put("until", d.until() == null ? null : d.until().toIso());
            node.put("calendar", d.hijri() ? "hijri" : "gregorian");
            node.put("reason", d.reason());
        }
        out.write(mapper.writeValueAsBytes(root));
        out.write('\n');
        out.flush();
    }
}
