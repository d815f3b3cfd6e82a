package org.hawliyat.store.sqlite;

import java.util.StringJoiner;
import org.hawliyat.text.search.QueryTerm;
import org.hawliyat.text.search.SearchTerms;

/**
 * The FTS5 MATCH expression for analysed query terms. Only analysed terms go in, each one a
 * double-quoted string (any quote in it doubled), so nothing a user typed can become an FTS5
 * operator, column filter or bracket: {@code ("a" OR "b") AND "c"*}.
 */
final class Fts5Match {

    private Fts5Match() {
    }

    static String of(SearchTerms terms) {
        if (terms.isEmpty()) {
            throw new IllegalArgumentException("an empty query has no MATCH expression");
        }
        StringJoiner all = new StringJoiner(" AND ");
        for (QueryTerm term : terms.terms()) {
            StringJoiner any = new StringJoiner(" OR ", "(", ")");
            for (String form : term.forms()) {
                any.add(quoted(form) + (term.prefix() ? "*" : ""));
            }
            all.add(any.toString());
        }
        return all.toString();
    }

    static String quoted(String text) {
        return '"' + text.replace("\"", "\"\"") + '"';
    }
}
