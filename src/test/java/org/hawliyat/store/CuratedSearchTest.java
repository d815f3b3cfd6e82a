package org.hawliyat.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.hawliyat.app.Catalogues;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The search over the curated dataset, as a reader types: each query with exactly the records it
 * must find. Short names: the event id without «qa-kz-», and ARTICLE for the one source article.
 */
class CuratedSearchTest {

    @TempDir
    static Path dir;

    private static CatalogueStore store;

    @BeforeAll
    static void open() {
        store = Catalogues.open(dir.resolve("curated.db"));
    }

    @AfterAll
    static void close() {
        store.close();
    }

    private static final String ARTICLE = "ARTICLE";
    private static final String[] EMBASSIES = {"2007-05-kazakh-embassy-doha", "2008-05-qatari-embassy-astana"};
    private static final String[] ASTANA = {"1999-04-hamad-visit-astana", "2008-05-qatari-embassy-astana",
        "2020-02-joint-committee-fifth-session", "2023-06-astana-international-forum", "2023-06-tamim-visit-astana-forum"};
    private static final String[] DOHA = {"2007-05-kazakh-embassy-doha", "2022-06-tokayev-qatar-economic-forum"};
    private static final String[] TAMIM = {"2014-01-tamim-first-official-visit", "2022-10-altyn-kyran-award",
        "2022-10-tamim-state-visit", "2023-06-astana-international-forum", "2023-06-tamim-visit-astana-forum"};
    private static final String[] TOKAYEV = {"2022-06-tokayev-qatar-economic-forum", "2022-10-altyn-kyran-award",
        "2023-06-tamim-visit-astana-forum"};
    private static final String[] FORUMS = {"2022-06-tokayev-qatar-economic-forum", "2023-06-astana-international-forum",
        "2023-06-tamim-visit-astana-forum"};
    private static final String[] NONE = {};

    private static String[] with(String[] ids, String... more) {
        return Stream.concat(Arrays.stream(ids), Arrays.stream(more)).toArray(String[]::new);
    }

    private static String[] all() {
        return store.events().stream().map(e -> e.id().replace("qa-kz-", "")).toArray(String[]::new);
    }

    static Stream<Arguments> queries() {
        return Stream.of(
                // ة and ه, with and without ال, with the clitics و ب ل ف
                Arguments.of("السفاره", with(EMBASSIES, ARTICLE)),
                Arguments.of("السفارة", with(EMBASSIES, ARTICLE)),
                Arguments.of("سفارة", with(EMBASSIES, ARTICLE)),
                Arguments.of("سفاره", with(EMBASSIES, ARTICLE)),
                Arguments.of("والسفارة", with(EMBASSIES, ARTICLE)),
                Arguments.of("بالسفارة", with(EMBASSIES, ARTICLE)),
                Arguments.of("لسفارة", with(EMBASSIES, ARTICLE)),
                Arguments.of("فالسفارة", with(EMBASSIES, ARTICLE)),
                Arguments.of("الدوحه", with(DOHA, ARTICLE)),
                Arguments.of("دوحة", with(DOHA, ARTICLE)),
                Arguments.of("بالدوحة", with(DOHA, ARTICLE)),
                Arguments.of("كضيف", new String[] {"2023-06-astana-international-forum", "2023-06-tamim-visit-astana-forum", ARTICLE}),
                // hamza and the alef forms أ إ آ ٱ
                Arguments.of("استانا", with(ASTANA, ARTICLE)),
                Arguments.of("أستانا", with(ASTANA, ARTICLE)),
                Arguments.of("باستانا", with(ASTANA, ARTICLE)),
                Arguments.of("وأستانا", with(ASTANA, ARTICLE)),
                Arguments.of("لأستانا", with(ASTANA, ARTICLE)),
                Arguments.of("اقامه", new String[] {"1993-relations-established", "2023-07-01-thirtieth-anniversary", ARTICLE}),
                Arguments.of("اسيا", new String[] {ARTICLE}),
                Arguments.of("ٱلدوحة", with(DOHA, ARTICLE)),
                Arguments.of("اكتوبر", new String[] {"2015-10-nazarbayev-visit-qatar", ARTICLE}),
                Arguments.of("استراتيجيه", new String[] {ARTICLE}),
                // ى and ي, ؤ
                Arguments.of("مستوي", new String[] {ARTICLE}),
                Arguments.of("مسؤولين", new String[] {ARTICLE}),
                // diacritics and tatweel, typed or written
                Arguments.of("تَمِيمٌ", with(TAMIM, ARTICLE)),
                Arguments.of("تمـــيم", with(TAMIM, ARTICLE)),
                Arguments.of("ضيفا", new String[] {"2023-06-astana-international-forum", "2023-06-tamim-visit-astana-forum"}),
                // the adjective finds the country and the country the adjective: every event names Kazakhstan
                Arguments.of("كازاخستان", with(all(), ARTICLE)),
                Arguments.of("الكازاخستانية", with(all(), ARTICLE)),
                // Arabic-Indic and Persian digits
                Arguments.of("١٩٩٣", new String[] {"1993-relations-established", ARTICLE}),
                Arguments.of("۱۹۹۳", new String[] {"1993-relations-established", ARTICLE}),
                Arguments.of("1993", new String[] {"1993-relations-established", ARTICLE}),
                Arguments.of("٢٠٠٨", new String[] {"2008-05-qatari-embassy-astana", ARTICLE}),
                // names of people, places, types; several words must all match
                Arguments.of("توكاييف", with(TOKAYEV, ARTICLE)),
                Arguments.of("نزارباييف", new String[] {"2015-10-nazarbayev-visit-qatar", ARTICLE}),
                Arguments.of("جامبول", new String[] {"2022-10-qatar-chamber-business-delegation", ARTICLE}),
                Arguments.of("ألتين قيران", new String[] {"2022-10-altyn-kyran-award", ARTICLE}),
                Arguments.of("الامير الوالد", new String[] {"1999-04-hamad-visit-astana", ARTICLE}),
                Arguments.of("منتدى", with(FORUMS, ARTICLE)),
                Arguments.of("الذكرى", new String[] {"2023-07-01-thirtieth-anniversary"}),
                Arguments.of("سفارة أستانا", new String[] {"2008-05-qatari-embassy-astana", ARTICLE}),
                // English: case, plural and other endings, possessive
                Arguments.of("Tokayev", TOKAYEV),
                Arguments.of("TOKAYEV", TOKAYEV),
                Arguments.of("embassies", EMBASSIES),
                Arguments.of("Embassy", EMBASSIES),
                Arguments.of("Doha", DOHA),
                Arguments.of("establishes", new String[] {"1993-relations-established"}),
                Arguments.of("Nazarbayev's", new String[] {"2015-10-nazarbayev-visit-qatar"}),
                Arguments.of("forums", FORUMS),
                Arguments.of("anniversary", new String[] {"2023-07-01-thirtieth-anniversary"}),
                Arguments.of("Father Emir", new String[] {"1999-04-hamad-visit-astana"}),
                Arguments.of("Zhambyl", new String[] {"2022-10-qatar-chamber-business-delegation"}),
                Arguments.of("QATAR", all()),
                Arguments.of("embassy Astana", new String[] {"2008-05-qatari-embassy-astana"}),
                // typed operators are only text: the words around them still count
                Arguments.of("\"embassy\"", EMBASSIES),
                Arguments.of("\"السفارة", with(EMBASSIES, ARTICLE)),
                Arguments.of("(السفارة", with(EMBASSIES, ARTICLE)),
                Arguments.of("السفارة)", with(EMBASSIES, ARTICLE)),
                Arguments.of("-Doha", DOHA),
                Arguments.of("+Doha", DOHA),
                Arguments.of("Doha*", DOHA),
                Arguments.of("^Doha", DOHA),
                Arguments.of("{Doha}", DOHA),
                Arguments.of("[Doha]", DOHA),
                Arguments.of("Doha.", DOHA),
                Arguments.of("Doha,", DOHA),
                Arguments.of("Doha:", DOHA),
                Arguments.of("Doha\\", DOHA),
                Arguments.of("'Doha'", DOHA),
                Arguments.of("embassy NOT Doha", new String[] {"2007-05-kazakh-embassy-doha"}),
                Arguments.of("embassy AND Astana", new String[] {"2008-05-qatari-embassy-astana"}),
                Arguments.of("embassy OR Astana", new String[] {"2008-05-qatari-embassy-astana"}),
                Arguments.of("السفارة/أستانا", new String[] {"2008-05-qatari-embassy-astana", ARTICLE}),
                Arguments.of("NEAR(embassy Astana)", NONE), // «near» is a word like any other, and no record has it
                Arguments.of("title:embassy", NONE),
                Arguments.of("Em\"bassy", NONE),
                Arguments.of("Qatar Chamber", new String[] {"2022-10-qatar-chamber-business-delegation"}));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("queries")
    void findsExactlyTheRightRecords(String query, String[] expected) {
        List<SearchHit> hits = store.search(SearchQuery.of(query).withLimit(100));
        Set<String> found = hits.stream()
                .map(h -> h.kind() == SearchHit.Kind.ARTICLE ? ARTICLE : h.id().replace("qa-kz-", ""))
                .collect(Collectors.toSet());
        assertThat(found).containsExactlyInAnyOrder(expected);
    }

    @ParameterizedTest(name = "«{0}» alone")
    @ValueSource(strings = {"\"", "'", "(", ")", "*", "-", "+", ":", "^", "{", "}", "[", "]", ".", ",", "/", "\\",
        "AND", "OR", "NOT", "NEAR", "NEAR(", "\"\"", "\"\"\"", "()", "(\"", "*\"", "\"*", "-\"", "^*", ":)", "NEAR()",
        "AND OR NOT", "\u0000", "   ", "", "في", "the"})
    void anOperatorTypedAloneFindsNothingAndNeverFails(String typed) {
        assertThatCode(() -> assertThat(store.search(SearchQuery.of(typed))).isEmpty()).doesNotThrowAnyException();
        assertThat(SearchQuery.of(typed).hasSearchableWords()).isEqualTo(typed.startsWith("NEAR"));
        assertThat(store.matchingEventIds(typed)).isEmpty();
    }

    @Test
    void theBestMatchComesFirst() {
        // «embassy» in the title and the summary beats a passing mention
        assertThat(store.search(SearchQuery.of("سفارة قطر")).get(0).id()).isEqualTo("qa-kz-2008-05-qatari-embassy-astana");
        List<SearchHit> hits = store.search(SearchQuery.of("Tokayev"));
        assertThat(hits).extracting(SearchHit::score).isSortedAccordingTo((a, b) -> Double.compare(b, a));
    }

    @Test
    void hitsCarryDatesTitlesAndSnippetsOfTheOriginalText() {
        List<SearchHit> hits = store.search(SearchQuery.of("السفاره"));
        SearchHit event = hits.stream().filter(h -> h.id().equals("qa-kz-2008-05-qatari-embassy-astana")).findFirst().orElseThrow();
        assertThat(event.date()).isEqualTo("2008-05");
        assertThat(event.title().ar()).isEqualTo("افتتاح سفارة قطر في أستانا");
        assertThat(event.snippet().marked("[", "]")).isEqualTo("افتُتحت [السفارة] القطرية في أستانا في مايو 2008.");
        assertThat(event.textMatch()).isNull();

        SearchHit article = hits.stream().filter(h -> h.kind() == SearchHit.Kind.ARTICLE).findFirst().orElseThrow();
        assertThat(article.date()).isEqualTo("2023-06");
        assertThat(article.snippet().marked("[", "]")).contains("[السفارة] القطرية بأستانا");
        String text = store.article(article.id()).orElseThrow().text();
        assertThat(text.substring(article.textMatch().start(), article.textMatch().end())).isEqualTo("السفارة");
    }

    @Test
    void snippetsPreferTheQueryLanguage() {
        SearchHit english = store.search(SearchQuery.of("1993").withLanguage(org.hawliyat.model.Language.EN)).stream()
                .filter(h -> h.kind() == SearchHit.Kind.EVENT).findFirst().orElseThrow();
        assertThat(english.snippet().text()).contains("established on 1 July 1993");
        SearchHit arabic = store.search(SearchQuery.of("١٩٩٣")).stream()
                .filter(h -> h.kind() == SearchHit.Kind.EVENT).findFirst().orElseThrow();
        assertThat(arabic.snippet().text()).contains("في الأول من يوليو 1993");
    }

    @Test
    void aSearchCanBeNarrowedToKindsAndToTheFilteredEvents() {
        assertThat(store.search(SearchQuery.of("السفارة").onlyArticles())).extracting(SearchHit::kind)
                .containsOnly(SearchHit.Kind.ARTICLE).hasSize(1);
        assertThat(store.search(SearchQuery.of("السفارة").onlyEvents())).extracting(SearchHit::kind)
                .containsOnly(SearchHit.Kind.EVENT).hasSize(2);
        assertThat(store.search(SearchQuery.of("السفارة").onlyEvents().withinEvents(Set.of("qa-kz-2007-05-kazakh-embassy-doha"))))
                .extracting(SearchHit::id).containsExactly("qa-kz-2007-05-kazakh-embassy-doha");
        assertThat(store.search(SearchQuery.of("كازاخستان").withLimit(3))).hasSize(3);
    }

    @Test
    void aLimitOutsideOneToAThousandIsRefused() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> SearchQuery.of("قطر").withLimit(0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(SearchQuery.of("قطر").withLimit(SearchQuery.MAX_LIMIT).limit()).isEqualTo(1000);
    }

    @Test
    void theMatchingEventIdsCombineWithTheFilters() {
        Set<String> ids = store.matchingEventIds("أستانا");
        assertThat(ids).containsExactlyInAnyOrder(Arrays.stream(ASTANA).map(id -> "qa-kz-" + id).toArray(String[]::new));
        EventFilter filter = EventFilter.ALL.withEventIds(ids).withType("embassy-opening");
        assertThat(store.events(filter)).extracting(e -> e.id()).containsExactly("qa-kz-2008-05-qatari-embassy-astana");
    }
}
