package org.hawliyat.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class TextFinderTest {

    private static List<String> found(String text, String query) {
        return new TextFinder(text).find(query).stream().map(s -> text.substring(s.start(), s.end())).toList();
    }

    @Test
    void aQueryWithoutHamzaFindsTheWordWithIt() {
        assertThat(found("في منتدى أستانا الدولي", "استانا")).containsExactly("أستانا");
    }

    @ParameterizedTest(name = "{1} finds {2}")
    @CsvSource({
            "افتتحت السفارة القطرية, السفاره, السفارة",
            "قال إن الأمر, ان, إن",
            "آفاق إستراتيجية, افاق, آفاق",
            "ٱلرحمن, الرحمن, ٱلرحمن",
            "على المستوى الأعلى, المستوي, المستوى",
            "مُحَمَّدٌ رسول, محمد, مُحَمَّدٌ",
            "كازاخـــستان, كازاخستان, كازاخـــستان",
            "عام ١٩٩٣ م, 1993, ١٩٩٣",
            "عام 1993 م, ١٩٩٣, 1993",
            "سنة ۱۳۷۲, 1372, ۱۳۷۲",
            "رؤية مسؤول, مسوول, مسؤول",
            "Astana International Forum, astana, Astana",
            "the Café Doha, cafe, Café",
    })
    void foldingIgnoresWhatAReaderLeavesOut(String text, String query, String expected) {
        assertThat(found(text, query)).containsExactly(expected);
    }

    @Test
    void whitespaceRunsMatchEachOther() {
        assertThat(found("منتدى\n  أستانا", "منتدى استانا")).containsExactly("منتدى\n  أستانا");
    }

    @Test
    void everyMatchIsFoundInOrderWithoutOverlap() {
        String text = "أستانا ثم استانا ثم آستانا";
        List<TextSpan> spans = new TextFinder(text).find("استانا");
        assertThat(spans).hasSize(3);
        assertThat(spans).isSortedAccordingTo(java.util.Comparator.comparingInt(TextSpan::start));
        assertThat(found("aaaa", "aa")).containsExactly("aa", "aa");
    }

    @Test
    void aBlankOrMissingQueryFindsNothing() {
        assertThat(new TextFinder("نص").find("  ")).isEmpty();
        assertThat(new TextFinder("نص").find(null)).isEmpty();
        assertThat(new TextFinder("نص").find("ًّ")).isEmpty(); // marks alone fold to nothing
    }

    @Test
    void operatorCharactersAreLiteral() {
        assertThat(found("a (b) \"c\" d*", "(b)")).containsExactly("(b)");
        assertThat(found("a (b) \"c\" d*", "\"c\"")).containsExactly("\"c\"");
    }

    @Test
    void foldingKeepsAMapToTheOriginal() {
        TextFolding.Folded folded = TextFolding.fold("أَهْلًا  وسهلاً");
        assertThat(folded.text()).isEqualTo("اهلا وسهلا");
        assertThat(folded.sourceIndex()).hasSize(folded.text().length());
        assertThat(folded.sourceIndex()).isSorted();
    }
}
