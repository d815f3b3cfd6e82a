package org.hawliyat.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.hawliyat.app.CuratedData;
import org.hawliyat.model.Article;
import org.hawliyat.text.dates.DateFinder;

/**
 * The date finder's speed: the curated source article read many times (the median of one reading),
 * and a set of synthetic, clearly labelled articles with dates written in them, read once each.
 */
public final class DatesBenchmark {

    /** Readings of the source article measured, after as many to warm up. */
    private static final int RUNS = 200;

    private final int syntheticArticles;

    public DatesBenchmark(int syntheticArticles) {
        this.syntheticArticles = syntheticArticles;
    }

    /** What was measured. */
    public record Result(int articleChars, int articleDates, double articleMsMedian, int syntheticArticles,
                         long syntheticChars, int syntheticDates, double syntheticMs) {
    }

    public Result run() {
        Article source = CuratedData.load().articles().get(0);
        LocalDate published = source.published() == null ? null : source.published().date().firstDay();
        DateFinder finder = new DateFinder();
        int found = 0;
        for (int i = 0; i < RUNS; i++) {
            found = finder.find(source.text(), published, true).size(); // warm up
        }
        double[] times = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            finder.find(source.text(), published, true);
            times[i] = BenchFigures.millis(System.nanoTime() - start);
        }
        List<String> texts = syntheticArticles();
        long chars = texts.stream().mapToLong(String::length).sum();
        int syntheticFound = 0;
        long start = System.nanoTime();
        for (String text : texts) {
            syntheticFound += finder.find(text, published, false).size();
        }
        double syntheticMs = BenchFigures.millis(System.nanoTime() - start);
        return new Result(source.text().length(), found, BenchFigures.percentile(times, 50), texts.size(), chars,
                syntheticFound, syntheticMs);
    }

    /** Articles of about 4,000 characters, three in four in Arabic, each with a few dates written in the press's ways. */
    private List<String> syntheticArticles() {
        SyntheticText words = new SyntheticText(15);
        Random random = new Random(15);
        String[] arabic = {"في الأول من يوليو عام %d", "خلال مايو عام %d", "بتاريخ 12/3/%d", "في أكتوبر من العام الماضي",
            "بين عامي %d و%d", "في 12 ربيع الأول 1443 هـ", "منذ عام %d"};
        String[] english = {"on 9 March %d", "in May %d", "between %d and %d", "last October", "in the 1990s"};
        List<String> texts = new ArrayList<>(syntheticArticles);
        for (int i = 0; i < syntheticArticles; i++) {
            boolean inArabic = i % 4 != 0;
            StringBuilder text = new StringBuilder(4_400);
            while (text.length() < 4_000) {
                text.append(words.words(random, inArabic, 40)).append(' ');
                String[] forms = inArabic ? arabic : english;
                int year = 1950 + random.nextInt(70);
                text.append(String.format(java.util.Locale.ROOT, forms[random.nextInt(forms.length)], year, year + 5)).append(". ");
            }
            texts.add(text.toString());
        }
        return texts;
    }
}
