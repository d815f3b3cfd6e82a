package org.hawliyat.bench;

import static org.hawliyat.bench.BenchFigures.deleteRecursively;
import static org.hawliyat.bench.BenchFigures.millis;
import static org.hawliyat.bench.BenchFigures.percentile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.hawliyat.app.Catalogues;
import org.hawliyat.store.CatalogueStore;
import org.hawliyat.store.SearchQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Measures search on a SYNTHETIC catalogue in a temporary folder: building the whole search index
 * from the database ({@code index_ms}), then a fixed mix of queries through the store's search, as
 * the window's search field and the {@code search} command call it (analysis, FTS5 ranking, reading
 * the hits and cutting their snippets). One untimed pass warms up the JIT and SQLite's page cache.
 * Figures are printed, never asserted.
 */
public final class SearchBenchmark {

    private static final Logger LOG = LoggerFactory.getLogger(SearchBenchmark.class);

    /** What was measured; times in milliseconds. */
    public record Result(int events, int articles, int queries, double indexMs, double searchMsMedian,
                         double searchMsP95, double searchMsMax, long hits) {
    }

    private static final boolean TRACE = Boolean.getBoolean("hawliyat.bench.trace");

    private final int events;
    private final int articles;

    public SearchBenchmark(int events, int articles) {
        this.events = events;
        this.articles = articles;
    }

    public Result run() throws IOException {
        Path folder = Files.createTempDirectory("hawliyat-search-bench");
        try (CatalogueStore store = Catalogues.openWithoutCuratedData(folder.resolve("bench.db"))) {
            store.importCatalogue(SyntheticCatalogue.generate(events, articles, 42));
            long t0 = System.nanoTime();
            store.rebuildSearchIndex();
            double indexMs = millis(System.nanoTime() - t0);

            List<String> mix = queries(new SyntheticText(42));
            mix.forEach(q -> store.search(SearchQuery.of(q)));
            double[] times = new double[mix.size()];
            long hits = 0;
            for (int i = 0; i < mix.size(); i++) {
                long start = System.nanoTime();
                hits += store.search(SearchQuery.of(mix.get(i))).size();
                times[i] = millis(System.nanoTime() - start);
                if (TRACE) {
                    LOG.info(String.format(Locale.ROOT, "%8.2f ms  %s", times[i], mix.get(i)));
                }
            }
            return new Result(events, articles, mix.size(), indexMs, percentile(times, 50), percentile(times, 95),
                    percentile(times, 100), hits);
        } finally {
            deleteRecursively(folder);
        }
    }

    private static final int ARABIC_WORDS = 80;
    private static final int ENGLISH_WORDS = 50;
    private static final int PAIRS = 30;
    private static final int YEARS = 20;

    /** Queries that must be taken literally, as the issue lists them, and the issue's own examples. */
    static final List<String> FIXED = List.of("\"", "'", "(", ")", "*", "-", "+", ":", "^", "{", "}", "[", "]",
            ".", ",", "/", "\\", "AND", "OR", "NOT", "NEAR", "NEAR(", "\"السفارة", "embassy OR visit",
            "NEAR(قطر كازاخستان)", "title:embassy", "-embassy", "السفار*", "(الدوحة", "\"unbalanced",
            "السفاره", "استانا", "١٩٩٣", "كازاخستان", "الكازاخستانية", "سفارة", "والسفارة", "بالسفارة", "embassies",
            "Embassy", "قطر", "Qatar");

    /**
     * The fixed mix: content words drawn evenly from the synthetic vocabulary (not by their
     * frequency: readers look for particular words, not for the commonest ones), each typed in one of
     * the ways a reader types it; pairs of words; years in Western and Arabic-Indic digits; and
     * {@link #FIXED}. The words that label records as synthetic are not in the vocabulary.
     */
    static List<String> queries(SyntheticText text) {
        Random random = new Random(11);
        List<String> arabic = content(text.arabicVocabulary(), SyntheticText.AR_STOP_WORDS);
        List<String> english = content(text.englishVocabulary(), SyntheticText.EN_STOP_WORDS);
        List<String> mix = new ArrayList<>();
        for (int i = 0; i < ARABIC_WORDS; i++) {
            mix.add(typedArabic(arabic.get(random.nextInt(arabic.size())), i % 10));
        }
        for (int i = 0; i < ENGLISH_WORDS; i++) {
            mix.add(typedEnglish(english.get(random.nextInt(english.size())), i % 5));
        }
        for (int i = 0; i < PAIRS; i++) {
            List<String> words = i % 2 == 0 ? arabic : english;
            mix.add(words.get(random.nextInt(words.size())) + " " + words.get(random.nextInt(words.size())));
        }
        for (int i = 0; i < YEARS; i++) {
            String year = String.valueOf(1800 + random.nextInt(226));
            mix.add(i % 2 == 0 ? year : SyntheticText.arabicIndic(year));
        }
        mix.addAll(FIXED);
        return mix;
    }

    private static List<String> content(List<String> vocabulary, List<String> stopWords) {
        return vocabulary.stream().filter(w -> !stopWords.contains(w) && w.length() > 1).toList();
    }

    /** Typed as by a hurried reader: no hamza, ه for ة, with or without ال, with a clitic, with marks, unfinished. */
    private static String typedArabic(String word, int way) {
        boolean article = word.startsWith("ال");
        return switch (way) {
            case 1 -> word.replace('أ', 'ا').replace('إ', 'ا').replace('آ', 'ا');
            case 2 -> word.endsWith("ة") ? word.substring(0, word.length() - 1) + "ه" : word;
            case 3 -> article ? word.substring(2) : "ال" + word;
            case 4 -> "و" + word;
            case 5 -> article ? "ب" + word : "بال" + word;
            case 6 -> word.charAt(0) + "َ" + word.substring(1); // a fatha
            case 7 -> word.length() > 3 ? word.substring(0, 2) + "ـ" + word.substring(2) : word; // tatweel
            case 8 -> word.replace('ى', 'ي');
            case 9 -> word.substring(0, Math.max(3, word.length() - 2)); // still typing
            default -> word;
        };
    }

    private static String typedEnglish(String word, int way) {
        return switch (way) {
            case 1 -> word.toUpperCase(java.util.Locale.ROOT);
            case 2 -> Character.toUpperCase(word.charAt(0)) + word.substring(1);
            case 3 -> word + "s";
            case 4 -> word.substring(0, Math.min(word.length(), 4)); // still typing
            default -> word.toLowerCase(java.util.Locale.ROOT);
        };
    }
}
