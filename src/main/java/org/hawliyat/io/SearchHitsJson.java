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
 * The command line's search results as JSON: {@code {"query": ..., "hits": [{"kind", "id", "date",
 * "title", "snippet", "highlights", "score"}, ...]}}. {@code highlights} are {@code [start, end)}
 * pairs of UTF-16 indices into the snippet. This module knows only the model, so the caller hands
 * the hits over in this plain shape.
 */
public final class SearchHitsJson {

    /** One hit as printed; {@code date} may be null, {@code highlights} holds {start, end} pairs. */
    public record Hit(String kind, String id, String date, String title, String snippet, List<int[]> highlights,
                      double score) {
        public Hit {
            highlights = List.copyOf(highlights);
        }
    }

    private final ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** Writes one JSON object, UTF-8, ending with a newline. */
    public void write(String query, List<Hit> hits, OutputStream out) throws IOException {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        ObjectNode root = nodes.objectNode();
        root.put("query", query);
        ArrayNode array = root.putArray("hits");
        for (Hit hit : hits) {
            ObjectNode node = array.addObject();
            node.put("kind", hit.kind());
            node.put("id", hit.id());
            node.put("date", hit.date());
            node.put("title", hit.title());
            node.put("snippet", hit.snippet());
            ArrayNode spans = node.putArray("highlights");
            for (int[] span : hit.highlights()) {
                spans.addArray().add(span[0]).add(span[1]);
            }
            node.put("score", Math.round(hit.score() * 1e4) / 1e4);
        }
        out.write(mapper.writeValueAsBytes(root));
        out.write('\n');
        out.flush();
    }
}
