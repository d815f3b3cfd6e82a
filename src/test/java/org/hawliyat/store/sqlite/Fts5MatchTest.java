package org.hawliyat.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.hawliyat.text.search.QueryTerm;
import org.hawliyat.text.search.SearchAnalyzer;
import org.hawliyat.text.search.SearchTerms;
import org.junit.jupiter.api.Test;

class Fts5MatchTest {

    @Test
    void everyFormIsAQuotedStringAndTermsMustAllMatch() {
        SearchTerms terms = new SearchAnalyzer().query("لكازاخستان \"embassy\" AND (NEAR");
        assertThat(Fts5Match.of(terms)).isEqualTo("(\"لكازاخست\" OR \"كازاخست\") AND (\"embassi\") AND (\"near\"*)");
    }

    @Test
    void aQuoteInsideATermIsDoubled() {
        // analysed terms never hold quotes; the quoting does not rely on it
        SearchTerms odd = new SearchTerms(List.of(new QueryTerm(List.of("a\"b", "NEAR(x"), false)));
        assertThat(Fts5Match.of(odd)).isEqualTo("(\"a\"\"b\" OR \"NEAR(x\")");
    }

    @Test
    void anEmptyQueryHasNoExpression() {
        assertThatThrownBy(() -> Fts5Match.of(SearchTerms.NONE)).isInstanceOf(IllegalArgumentException.class);
    }
}
