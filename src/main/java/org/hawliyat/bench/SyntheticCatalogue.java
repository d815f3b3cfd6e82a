package org.hawliyat.bench;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.hawliyat.app.CuratedData;
import org.hawliyat.model.Article;
import org.hawliyat.model.Catalogue;
import org.hawliyat.model.Country;
import org.hawliyat.model.Event;
import org.hawliyat.model.EventDate;
import org.hawliyat.model.EventType;
import org.hawliyat.model.Language;
import org.hawliyat.model.LocalizedText;
import org.hawliyat.model.PartialDate;
import org.hawliyat.model.Period;
import org.hawliyat.model.SourceRef;

/**
 * A large, clearly labelled SYNTHETIC catalogue for benchmarks: every title, article and period
 * says it is synthetic, so it can never be mistaken for real history. The same seed always gives
 * the same catalogue. Types are the curated ones; countries are real codes with their names from
 * the JDK's locale data; dates spread from 1800 to 2025 with every precision, approximate dates
 * and events with an end. Titles, summaries and article texts are drawn from {@link SyntheticText}:
 * a diplomatic vocabulary in both languages with word frequencies as in real text.
 */
public final class SyntheticCatalogue {

    private static final String[] COUNTRY_CODES = {"QA", "KZ", "SA", "AE", "KW", "OM", "BH", "EG", "JO", "MA",
        "TR", "IR", "CN", "RU", "IN", "JP", "FR", "DE", "GB", "US", "UZ", "KG", "TJ", "TM", "AZ", "PK"};

    private SyntheticCatalogue() {
    }

    public static Catalogue generate(int eventCount, int articleCount, long seed) {
        Random random = new Random(seed);
        SyntheticText words = new SyntheticText(seed);
        List<EventType> types = CuratedData.load().types();
        List<Country> countries = new ArrayList<>();
        for (String code : COUNTRY_CODES) {
            Locale place = new Locale("", code);
            countries.add(new Country(code, LocalizedText.of(place.getDisplayCountry(Locale.forLanguageTag("ar")),
                    place.getDisplayCountry(Locale.ENGLISH))));
        }
        List<Article> articles = new ArrayList<>();
        for (int a = 0; a < articleCount; a++) {
            boolean arabic = random.nextInt(3) > 0;
            articles.add(new Article(String.format(Locale.ROOT, "synthetic-article-%06d", a),
                    arabic ? "مقال اصطناعي رقم " + a : "Synthetic article " + a,
                    "Synthetic outlet", null, arabic ? Language.AR : Language.EN,
                    new EventDate(PartialDate.ofYear(1800 + random.nextInt(226)), false, null),
                    "SYNTHETIC benchmark data, generated with seed " + seed + "; not a real article.",
                    words.paragraphs(random, arabic, 6 + random.nextInt(10))));
        }
        List<Event> events = new ArrayList<>(eventCount);
        long firstDay = LocalDate.of(1800, 1, 1).toEpochDay();
        long lastDay = LocalDate.of(2025, 12, 31).toEpochDay();
        Instant modified = Instant.parse("2026-01-01T00:00:00Z");
        for (int i = 0; i < eventCount; i++) {
            // more events in recent times, as in real diplomatic records
            double share = Math.pow(random.nextDouble(), 0.6);
            LocalDate day = LocalDate.ofEpochDay(firstDay + (long) (share * (lastDay - firstDay)));
            int precision = random.nextInt(10);
            PartialDate date = precision < 6 ? PartialDate.of(day)
                    : precision < 9 ? PartialDate.ofMonth(day.getYear(), day.getMonthValue())
                    : PartialDate.ofYear(day.getYear());
            boolean approximate = random.nextInt(10) == 0;
            EventDate start = new EventDate(date, approximate, approximate ? "synthetic: approximate on purpose" : null);
            EventDate end = random.nextInt(20) == 0
                    ? EventDate.exact(PartialDate.of(day.plusDays(1 + random.nextInt(900)))) : null;
            String home = COUNTRY_CODES[0];
            String other = COUNTRY_CODES[1 + random.nextInt(COUNTRY_CODES.length - 1)];
            List<SourceRef> sources = List.of();
            if (!articles.isEmpty()) {
                Article article = articles.get(random.nextInt(articles.size()));
                int from = random.nextInt(Math.max(1, article.text().length() - 60));
                int to = Math.min(article.text().length(), from + 20 + random.nextInt(40));
                sources = List.of(new SourceRef(article.id(), from, to, article.text().substring(from, to)));
            }
            events.add(new Event(String.format(Locale.ROOT, "synthetic-%07d", i),
                    types.get(random.nextInt(types.size())).id(), start, end,
                    LocalizedText.of("حدث اصطناعي رقم " + i + " " + words.words(random, true, 2 + random.nextInt(5)),
                            "Synthetic event " + i + " " + words.words(random, false, 2 + random.nextInt(5))),
                    LocalizedText.of("بيانات اصطناعية للقياس: " + words.words(random, true, 12),
                            "Synthetic benchmark data: " + words.words(random, false, 12)),
                    List.of(home, other), null, List.of(), sources, 1, modified));
        }
        List<Period> periods = List.of(
                new Period("synthetic-period-a", LocalizedText.of("فترة اصطناعية أ", "Synthetic period A"),
                        PartialDate.ofYear(1850), PartialDate.ofYear(1910), null, null, "SYNTHETIC"),
                new Period("synthetic-period-b", LocalizedText.of("فترة اصطناعية ب", "Synthetic period B"),
                        PartialDate.ofYear(1960), null, null, null, "SYNTHETIC"));
        return new Catalogue(types, countries, List.of(), List.of(), periods, articles, events);
    }
}
