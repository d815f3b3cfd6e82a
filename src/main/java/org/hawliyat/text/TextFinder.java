package org.hawliyat.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds a reader's query in a text the way "find in article" should: the query and the text are
 * both {@linkplain TextFolding folded}, so «استانا» finds «أستانا» and «السفاره» finds «السفارة»,
 * and any run of whitespace matches any other. The text is folded once, the queries many times.
 */
public final class TextFinder {

    private final String source;
    private final TextFolding.Folded folded;

    public TextFinder(String source) {
        this.source = source;
        this.folded = TextFolding.fold(source);
    }

    /** Every match of the query, in text order, as spans of the original text; none for a blank query. */
    public List<TextSpan> find(String query) {
        String needle = TextFolding.foldedText(query == null ? "" : query).strip();
        List<TextSpan> matches = new ArrayList<>();
        if (needle.isEmpty()) {
            return matches;
        }
        String haystack = folded.text();
        for (int at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + needle.length())) {
            matches.add(folded.sourceSpan(at, at + needle.length(), source));
        }
        return matches;
    }
}
