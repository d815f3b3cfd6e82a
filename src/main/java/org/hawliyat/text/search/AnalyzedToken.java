package org.hawliyat.text.search;

import java.util.List;
import org.hawliyat.text.TextSpan;

/**
 * One word of a text as the search index sees it: the span of the original text it came from and
 * its index forms, the first being the word's own stem and any others its readings without a
 * proclitic (see {@link SearchAnalyzer}).
 */
public record AnalyzedToken(TextSpan source, List<String> forms) {
    public AnalyzedToken {
        forms = List.copyOf(forms);
        if (forms.isEmpty()) {
            throw new IllegalArgumentException("a token has at least one form");
        }
    }
}
