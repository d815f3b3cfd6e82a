package org.hawliyat.store;

import java.util.Objects;
import org.hawliyat.model.LocalizedText;
import org.hawliyat.text.TextSpan;
import org.hawliyat.text.search.Snippet;

/**
 * One search result: an event or an article, its date as an ISO partial date (the event's start, or
 * the article's publication; null when an article has none), its title (an event's in both
 * languages, an article's in its own), a snippet of its original text with the matched words marked,
 * and its relevance (bm25, higher is better; only comparable within one search).
 *
 * <p>{@code textMatch}, for an article whose text matched, is the span of the article's text at the
 * first marked word of the snippet, to open the article there; it is null for events and for
 * articles that matched only by their title, outlet or author.
 */
public record SearchHit(Kind kind, String id, String date, LocalizedText title, Snippet snippet, TextSpan textMatch,
                        double score) {

    public enum Kind {
        EVENT("event"), ARTICLE("article");

        private final String code;

        Kind(String code) {
            this.code = code;
        }

        /** The kind's name in the command line's output and the index: {@code event} or {@code article}. */
        public String code() {
            return code;
        }
    }

    public SearchHit {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(snippet, "snippet");
    }
}
