package org.hawliyat.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The dates benchmark measures real work: it finds the dates it wrote (timings are printed by bench, never asserted). */
class DatesBenchmarkTest {

    @Test
    void itFindsTheSourceArticlesDatesAndThoseWrittenIntoTheSyntheticArticles() {
        DatesBenchmark.Result r = new DatesBenchmark(20).run();
        assertThat(r.articleChars()).isGreaterThan(4_000);
        assertThat(r.articleDates()).isGreaterThanOrEqualTo(8);
        assertThat(r.syntheticArticles()).isEqualTo(20);
        assertThat(r.syntheticDates()).isGreaterThan(20 * 10);
    }
}
