package org.hawliyat.text.search;

import java.util.List;
import org.hawliyat.text.TextSpan;

/**
 * A short passage of a record's original text (hamza, ة and diacritics as written) with the words
 * that matched the query marked. {@code text} is the passage with line breaks shown as spaces;
 * {@code highlights} are spans of it; the passage starts at {@code sourceStart} in the original
 * text, so a highlight's place there is {@link #inSource}. {@code cutBefore} and {@code cutAfter}
 * say whether the original text goes on before or after it (where an ellipsis belongs).
 */
public record Snippet(String text, List<TextSpan> highlights, int sourceStart, boolean cutBefore, boolean cutAfter) {

    public static final Snippet EMPTY = new Snippet("", List.of(), 0, false, false);

    public Snippet {
        highlights = List.copyOf(highlights);
        for (TextSpan h : highlights) {
            if (h.end() > text.length()) {
                throw new IllegalArgumentException("highlight " + h + " outside the snippet");
            }
        }
    }

    /** The span of the original text that a span of the snippet shows. */
    public TextSpan inSource(TextSpan span) {
        return new TextSpan(sourceStart + span.start(), sourceStart + span.end());
    }

    /** The snippet with an ellipsis where it was cut, and each highlight between {@code open} and {@code close}. */
    public String marked(String open, String close) {
        StringBuilder out = new StringBuilder();
        if (cutBefore) {
            out.append('…');
        }
        int at = 0;
        for (TextSpan h : highlights) {
            out.append(text, at, h.start()).append(open).append(text, h.start(), h.end()).append(close);
            at = h.end();
        }
        out.append(text, at, text.length());
        if (cutAfter) {
            out.append('…');
        }
        return out.toString();
    }
}
