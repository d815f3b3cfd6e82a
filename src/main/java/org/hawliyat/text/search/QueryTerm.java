package org.hawliyat.text.search;

import java.util.List;

/**
 * One word of a query: the index forms any of which it matches, and whether it also matches words
 * that merely begin with one of them (the word still being typed).
 */
public record QueryTerm(List<String> forms, boolean prefix) {
    public QueryTerm {
        forms = List.copyOf(forms);
        if (forms.isEmpty()) {
            throw new IllegalArgumentException("a query term has at least one form");
        }
    }

    /** Whether this query word matches that word of a text. */
    public boolean matches(AnalyzedToken token) {
        for (String form : token.forms()) {
            for (String wanted : forms) {
                if (prefix ? form.startsWith(wanted) : form.equals(wanted)) {
                    return true;
                }
            }
        }
        return false;
    }
}
