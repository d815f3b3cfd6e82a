package org.hawliyat.text.search;

import java.util.List;

/** What a typed query asks for: every term must match (in any field of a record). Empty when nothing searchable was typed. */
public record SearchTerms(List<QueryTerm> terms) {

    public static final SearchTerms NONE = new SearchTerms(List.of());

    public SearchTerms {
        terms = List.copyOf(terms);
    }

    public boolean isEmpty() {
        return terms.isEmpty();
    }

    /** The index of the first term that matches the token, or -1. */
    public int termMatching(AnalyzedToken token) {
        for (int i = 0; i < terms.size(); i++) {
            if (terms.get(i).matches(token)) {
                return i;
            }
        }
        return -1;
    }
}
