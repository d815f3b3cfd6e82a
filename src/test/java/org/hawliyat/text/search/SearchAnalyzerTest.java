package org.hawliyat.text.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.hawliyat.model.Language;
import org.hawliyat.text.TextSpan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SearchAnalyzerTest {

    private final SearchAnalyzer analyzer = new SearchAnalyzer();

    private List<String> forms(String word) {
        List<AnalyzedToken> tokens = analyzer.tokens(word);
        assertThat(tokens).as(word).hasSize(1);
        return tokens.get(0).forms();
    }

    /** Whether a typed query word and a text word share an index form, as the index matches them. */
    private boolean sameWord(String typed, String written) {
        QueryTerm term = new QueryTerm(forms(typed), false);
        return term.matches(analyzer.tokens(written).get(0));
    }

    @ParameterizedTest(name = "{0} finds «{1}»")
    @CsvSource({
        // article, clitics and suffixes
        "كازاخستان, الكازاخستانية",
        "كازاخستان, لكازاخستان",
        "كازاخستان, والكازاخستانيين",
        "الكازاخستانية, كازاخستان",
        "سفارة, والسفارة",
        "سفارة, بالسفارة",
        "سفارة, للسفارة",
        "سفارة, فالسفارة",
        "سفارة, وبالسفارة",
        "السفاره, السفارة",
        "بسفارة, السفارة",
        "استانا, بأستانا",
        "ولقطر, قطر",
        "وزير, الوزير",
        "الوزير, وزير",
        "بيان, البيانات",
        "البيئة, بيئية",
        "لبنان, اللبنانية",
        // normalisation: hamza, alef forms, ى, ة, ؤ, ئ, diacritics, tatweel
        "استانا, أستانا",
        "اسيا, آسيا",
        "ٱلدوحة, الدوحة",
        "اقامة, إقامة",
        "مستوي, مستوى",
        "مسوولين, المسؤولين",
        "رييس, رئيس",
        "محمد, مُحَمَّدٌ",
        "الدوحة, الدوحـــة",
        // digits
        "١٩٩٣, 1993",
        "۱۹۹۳, 1993",
        "1993, ١٩٩٣",
        // English: case, possessive, stemming
        "embassy, Embassies",
        "EMBASSIES, embassy",
        "relations, relation",
        "Tamim, Tamim's",
        "Qatari, qatari",
        "cafe, Café",
    })
    void aQueryWordFindsItsForms(String typed, String written) {
        assertThat(sameWord(typed, written)).isTrue();
    }

    @ParameterizedTest(name = "{0} does not find «{1}»")
    @CsvSource({
        "سفارة, سيارة",
        "قطر, مطر",
        "embassy, embargo",
        "1993, 1994",
        "الدوحة, الدولة",
        "البيئة, بيانات", // Lucene's one pass stems both «بيان» and «البيئة» to «بي»
        "مكان, مكة",
    })
    void differentWordsStayApart(String typed, String written) {
        assertThat(sameWord(typed, written)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"", "'", "(", ")", "*", "-", "+", ":", "^", "{", "}", "[", "]", ".", ",", "/", "\\",
        "AND", "OR", "NOT", "\"\"", "()", "--", "🙂", "   ", "", "في", "the", "إلى"})
    void operatorsPunctuationAndStopWordsAloneAreNoQuery(String typed) {
        assertThat(analyzer.query(typed).isEmpty()).isTrue();
    }

    @Test
    void operatorWordsThatAreNotStopWordsAreJustWords() {
        assertThat(analyzer.query("NEAR(").terms()).extracting(QueryTerm::forms).containsExactly(List.of("near"));
        assertThat(analyzer.query("title:embassy").terms()).extracting(QueryTerm::forms)
                .containsExactly(List.of("titl"), List.of("embassi"));
    }

    @Test
    void everyTermIsLettersAndDigitsOnlySoTheIndexCannotReadItAsSyntax() {
        Random random = new Random(5);
        String alphabet = "\"'()*-+:^{}[].,/\\ \t\nabcXYZ019أإآٱاىيةهؤئءـًٌٍَُِّْ٠١٩۰۹قطرسفارة🙂«»،؛؟";
        for (int i = 0; i < 2_000; i++) {
            StringBuilder typed = new StringBuilder();
            for (int n = random.nextInt(20); n > 0; n--) {
                typed.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            SearchTerms terms = analyzer.query(typed.toString());
            assertThat(terms.terms().size()).isLessThanOrEqualTo(SearchAnalyzer.MAX_QUERY_TERMS);
            for (QueryTerm term : terms.terms()) {
                assertThat(term.forms()).allSatisfy(f -> assertThat(f).as(typed.toString()).matches("[\\p{L}\\p{N}]+"));
            }
        }
    }

    @Test
    void theLastWordIsAPrefixWhileItIsBeingTyped() {
        assertThat(analyzer.query("السفارة القطر").terms()).extracting(QueryTerm::prefix).containsExactly(false, true);
        assertThat(analyzer.query("السفارة القطر ").terms()).extracting(QueryTerm::prefix).containsExactly(false, false);
        assertThat(analyzer.query("\"embassy\"").terms()).extracting(QueryTerm::prefix).containsExactly(false);
        // too short to be worth a prefix search
        assertThat(analyzer.query("em").terms()).extracting(QueryTerm::prefix).containsExactly(false);
        QueryTerm typing = analyzer.query("كازاخ").terms().get(0);
        assertThat(typing.matches(analyzer.tokens("كازاخستان").get(0))).isTrue();
    }

    @Test
    void aPastedPageIsCutToAFewTerms() {
        String page = "word ".repeat(3) + String.join(" ", java.util.stream.IntStream.range(0, 100)
                .mapToObj(i -> "w" + i).toList());
        assertThat(analyzer.query(page).terms()).hasSize(SearchAnalyzer.MAX_QUERY_TERMS);
    }

    @Test
    void tokensPointAtTheOriginalText() {
        String text = "افتُتحت السفارة القطرية بأستانا، Embassies in 1993.";
        List<AnalyzedToken> tokens = analyzer.tokens(text);
        assertThat(tokens).extracting(t -> text.substring(t.source().start(), t.source().end()))
                .containsExactly("افتُتحت", "السفارة", "القطرية", "بأستانا", "Embassies", "1993");
        assertThat(tokens.get(0).source()).isEqualTo(new TextSpan(0, 7)); // the damma belongs to the word
    }

    @Test
    void indexTermsAreTheFormsSpaceSeparated() {
        assertThat(analyzer.indexTerms("والسفارة بأستانا في 1993")).isEqualTo("سفار باستانا استانا 1993");
    }

    @Test
    void scriptsMeetingInsideAWordAreTwoWords() {
        assertThat(analyzer.tokens("قطر2022")).extracting(t -> t.forms().get(0)).containsExactly("قطر", "2022");
    }

    @Test
    void theLanguageOfAQueryIsItsScript() {
        assertThat(SearchAnalyzer.languageOf("السفارة", Language.EN)).isEqualTo(Language.AR);
        assertThat(SearchAnalyzer.languageOf("١٩٩٣", Language.EN)).isEqualTo(Language.AR);
        assertThat(SearchAnalyzer.languageOf("Embassy", Language.AR)).isEqualTo(Language.EN);
        assertThat(SearchAnalyzer.languageOf("1993", Language.EN)).isEqualTo(Language.EN);
        assertThat(SearchAnalyzer.languageOf("\"(", Language.AR)).isEqualTo(Language.AR);
    }
}
