package org.hawliyat.text.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.hawliyat.text.TextSpan;
import org.junit.jupiter.api.Test;

class SnippetFinderTest {

    private final SearchAnalyzer analyzer = new SearchAnalyzer();
    private final SnippetFinder finder = new SnippetFinder(analyzer, 60);

    private static String highlighted(Snippet s) {
        return s.marked("[", "]");
    }

    @Test
    void marksTheOriginalWordsWithHamzaAndTaMarbutaIntact() {
        String text = "وافتتحت السفارة القطرية بأستانا خلال مايو عام 2008.";
        Snippet s = finder.find(text, analyzer.query("السفاره استانا")).orElseThrow().snippet();
        assertThat(highlighted(s)).isEqualTo("وافتتحت [السفارة] القطرية [بأستانا] خلال مايو عام 2008.");
        assertThat(s.cutBefore()).isFalse();
        assertThat(s.cutAfter()).isFalse();
    }

    @Test
    void cutsALongTextAroundTheBestWindowAtSpaces() {
        String filler = "كلمة ".repeat(40);
        String text = filler + "افتتحت السفارة في أستانا " + filler + "السفارة وحدها " + filler;
        SnippetFinder.Found found = finder.find(text, analyzer.query("سفارة أستانا")).orElseThrow();
        Snippet s = found.snippet();
        assertThat(found.distinctTerms()).isEqualTo(2);
        assertThat(s.text().length()).isLessThanOrEqualTo(60);
        assertThat(s.cutBefore()).isTrue();
        assertThat(s.cutAfter()).isTrue();
        assertThat(s.text()).doesNotStartWith(" ").doesNotEndWith(" ").contains("السفارة في أستانا");
        assertThat(s.text().startsWith("كلمة") || s.text().startsWith("افتتحت")).isTrue();
        assertThat(s.highlights()).hasSize(2);
        TextSpan first = s.inSource(s.highlights().get(0));
        assertThat(text.substring(first.start(), first.end())).isEqualTo("السفارة");
        assertThat(highlighted(s)).startsWith("…").endsWith("…");
    }

    @Test
    void noMatchNoSnippetAndTheOpeningInstead() {
        assertThat(finder.find("نص بلا صلة", analyzer.query("سفارة"))).isEmpty();
        Snippet opening = finder.opening("A summary that is rather long and goes on and on well past sixty characters.");
        assertThat(opening.highlights()).isEmpty();
        assertThat(opening.text()).startsWith("A summary");
        assertThat(opening.text().length()).isLessThanOrEqualTo(60);
        assertThat(opening.cutAfter()).isTrue();
    }

    @Test
    void lineBreaksShowAsSpacesWithoutMovingIndices() {
        String text = "First line\nEmbassy opened";
        Snippet s = finder.find(text, analyzer.query("embassy")).orElseThrow().snippet();
        assertThat(s.text()).isEqualTo("First line Embassy opened");
        assertThat(s.inSource(s.highlights().get(0))).isEqualTo(new TextSpan(11, 18));
    }
}
