package org.hawliyat.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hawliyat.model.Catalogue;
import org.hawliyat.text.search.QueryTerm;
import org.hawliyat.text.search.SearchAnalyzer;
import org.junit.jupiter.api.Test;

/** The search benchmark's data and query mix; its figures are printed by {@code bench}, never asserted. */
class SearchBenchmarkTest {

    private final SearchAnalyzer analyzer = new SearchAnalyzer();

    @Test
    void theMixHasAtLeast200QueriesWithEveryOperatorAndTheIssuesExamples() {
        List<String> mix = SearchBenchmark.queries(new SyntheticText(42));
        assertThat(mix).hasSizeGreaterThanOrEqualTo(200);
        assertThat(mix).contains("\"", "'", "(", ")", "*", "-", "+", ":", "^", "{", "}", "[", "]", ".", ",", "/", "\\",
                "AND", "OR", "NOT", "NEAR", "NEAR(", "السفاره", "استانا", "١٩٩٣");
        assertThat(mix).as("the same mix every run").isEqualTo(SearchBenchmark.queries(new SyntheticText(42)));
        assertThat(mix).anyMatch(q -> q.matches(".*[٠-٩].*")).anyMatch(q -> q.contains("ـ")).anyMatch(q -> q.contains("َ"));
    }

    @Test
    void theMixNeverLooksForTheWordsThatLabelRecordsSynthetic() {
        Catalogue sample = SyntheticCatalogue.generate(1, 1, 42);
        Set<String> labels = new HashSet<>();
        for (String label : List.of(sample.events().get(0).title().ar(), sample.events().get(0).title().en(),
                "بيانات اصطناعية للقياس Synthetic benchmark data", "مقال اصطناعي رقم Synthetic article outlet")) {
            // the label's own words, before the drawn ones
            String words = label.replaceAll("[0-9].*", "");
            analyzer.tokens(words).forEach(t -> labels.addAll(t.forms()));
        }
        assertThat(labels).contains("اصطناع", "synthet");
        for (String query : SearchBenchmark.queries(new SyntheticText(42))) {
            for (QueryTerm term : analyzer.query(query).terms()) {
                assertThat(term.forms()).as(query).noneMatch(labels::contains);
            }
        }
    }

    @Test
    void runsOnASmallCatalogue() throws Exception {
        SearchBenchmark.Result r = new SearchBenchmark(2_000, 100).run();
        assertThat(r.events()).isEqualTo(2_000);
        assertThat(r.articles()).isEqualTo(100);
        assertThat(r.queries()).isGreaterThanOrEqualTo(200);
        assertThat(r.indexMs()).isPositive();
        assertThat(r.searchMsMedian()).isPositive().isLessThanOrEqualTo(r.searchMsP95());
        assertThat(r.searchMsP95()).isLessThanOrEqualTo(r.searchMsMax());
        assertThat(r.hits()).as("the mix finds things").isGreaterThan(1_000);
    }

    @Test
    void syntheticArticlesAreOfRealisticLengthInBothLanguages() {
        Catalogue c = SyntheticCatalogue.generate(10, 60, 42);
        assertThat(c.articles()).allSatisfy(a -> {
            assertThat(a.text().length()).isBetween(1_000, 12_000);
            assertThat(a.provenance()).contains("SYNTHETIC");
        });
        assertThat(c.articles().stream().mapToInt(a -> a.text().length()).average().orElseThrow()).isGreaterThan(3_000);
        assertThat(c.articles()).extracting(a -> a.language().code()).contains("ar", "en");
    }
}
