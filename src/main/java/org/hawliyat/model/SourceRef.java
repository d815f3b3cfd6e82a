package org.hawliyat.model;

import java.util.Objects;

/**
 * The passage of an article that supports an event: a character span (UTF-16 units, end
 * exclusive) into the article's text and the quoted text that the span must hold.
 */
public record SourceRef(String articleId, int start, int end, String quote) {
    public SourceRef {
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(quote, "quote");
    }

    /** Whether the span lies inside this text and holds exactly the quote. */
    public boolean matches(String articleText) {
        return start >= 0 && end >= start && end <= articleText.length()
                && articleText.substring(start, end).equals(quote);
    }
}
