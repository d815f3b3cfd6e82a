package org.hawliyat.io;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * A record's recorded changes as JSON, for {@code history --json}: an array of {@code {"version",
 * "at", "editor", "field", "old", "new"}}, oldest first; {@code at} is an ISO instant and a missing
 * value is null. This module knows only the model, so the caller hands the changes over in this
 * plain shape.
 */
public final class HistoryJson {

    /** One field's change in one saved version. */
    public record Change(long version, String at, String editor, String field, String before, String after) {
    }

    private final ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** Writes one JSON array, UTF-8, ending with a newline. */
    public void write(List<Change> changes, OutputStream out) throws IOException {
        ArrayNode array = JsonNodeFactory.instance.arrayNode();
        for (Change c : changes) {
            ObjectNode node = array.addObject();
            node.put("version", c.version());
            node.put("at", c.at());
            node.put("editor", c.editor());
            node.put("field", c.field());
            node.put("old", c.before());
            node.put("new", c.after());
        }
        out.write(mapper.writeValueAsBytes(array));
        out.write('\n');
        out.flush();
    }
}
