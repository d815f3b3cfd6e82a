package org.hawliyat.text.dates;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hawliyat.model.PartialDate;

/**
 * Spans of time written as ranges: «من 12 إلى 14 نوفمبر 2019», «بين عامي 2010 و2015», «من عام 2010 حتى
 * 2015», «2010–2015», «خلال الفترة من 2010 إلى 2015», decades («في التسعينيات», «منتصف التسعينيات»),
 * and their English forms ("from 12 to 14 November 2019", "between 2010 and 2015", "in the 1990s").
 */
final class DateRanges {

    private static final String WORD_START = DateFinder.WORD_START;
    private static final String WORD_END = DateFinder.WORD_END;
    private static final String TO = "\\s*(?:إلى|الى|حتى|و|-|–|—)\\s*";
    private static final Map<String, Integer> DECADES = Map.of("العشرينيات", 20, "الثلاثينيات", 30, "الأربعينيات", 40,
            "الخمسينيات", 50, "الستينيات", 60, "السبعينيات", 70, "الثمانينيات", 80, "التسعينيات", 90);

    private final Map<String, Integer> arabicMonths;
    private final Map<String, Integer> englishMonths;
    private final Pattern days;
    private final Pattern years;
    private final Pattern decades;
    private final Pattern englishDays;
    private final Pattern englishYears;
    private final Pattern englishDecades;

    DateRanges(Map<String, Integer> arabicMonths, String arabicMonth, Map<String, Integer> englishMonths, String englishMonth) {
        this.arabicMonths = arabicMonths;
        this.englishMonths = englishMonths;
        days = Pattern.compile(WORD_START + "(?:من\\s+|بين\\s+)?(\\d{1,2})" + TO + "(\\d{1,2})\\s+(?:من\\s+)?(" + arabicMonth
                + ")\\s*[،,]?\\s*(?:من\\s+)?(?:عام|سنة)?\\s*(\\d{4})" + WORD_END);
        years = Pattern.compile(WORD_START + "(?:(?:خلال\\s+)?(?:الفترة\\s+)?(?:من|بين)\\s+(?:عامي|عام|سنة|سنتي)?\\s*)?(\\d{4})"
                + "\\s*(?:إلى|الى|حتى|و|–|—|-)\\s*(?:عام\\s+|سنة\\s+)?(\\d{4})" + WORD_END);
        decades = Pattern.compile(WORD_START + "(?:(منتصف|مطلع|أواخر|أوائل)\\s+)?(" + String.join("|", DECADES.keySet()) + ")"
                + "(?:\\s+من\\s+القرن\\s+(?:الماضي|العشرين))?" + WORD_END);
        englishDays = Pattern.compile("(?i)\\b(?:from\\s+|between\\s+)?(\\d{1,2})\\s*(?:to|and|-|–)\\s*(\\d{1,2})\\s+("
                + englishMonth + ")\\s+(\\d{4})\\b");
        englishYears = Pattern.compile("(?i)\\b(?:from\\s+|between\\s+)?(\\d{4})\\s*(?:to|and|-|–|—)\\s*(\\d{4})\\b");
        englishDecades = Pattern.compile("(?i)\\b(?:(early|mid|late)[- ])?(?:the\\s+)?(\\d{3})0s\\b");
    }

    void find(String text, String digits, List<FoundDate> found) {
        Matcher m = days.matcher(digits);
        while (m.find()) {
            int month = arabicMonths.get(m.group(3));
            days(found, text, m, Integer.parseInt(m.group(4)), month, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        }
        m = englishDays.matcher(digits);
        while (m.find()) {
            int month = englishMonths.get(m.group(3).toLowerCase(Locale.ROOT));
            days(found, text, m, Integer.parseInt(m.group(4)), month, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        }
        for (Pattern pattern : List.of(years, englishYears)) {
            m = pattern.matcher(digits);
            while (m.find()) {
                int from = Integer.parseInt(m.group(1));
                int to = Integer.parseInt(m.group(2));
                if (from >= 1 && to > from && to - from <= 200) { // "2020-2019" or a phone number is not a range
                    add(found, text, m, PartialDate.ofYear(from), PartialDate.ofYear(to), false, "the years " + from + " to " + to);
                }
            }
        }
        m = decades.matcher(digits);
        while (m.find()) {
            decade(found, text, m, 1900 + DECADES.get(m.group(2)), m.group(1));
        }
        m = englishDecades.matcher(digits);
        while (m.find()) {
            decade(found, text, m, Integer.parseInt(m.group(2)) * 10, m.group(1));
        }
    }

    /** A decade, or its start, middle or end: years, approximate. */
    private static void decade(List<FoundDate> found, String text, Matcher m, int start, String part) {
        int from = start;
        int to = start + 9;
        if (part != null) {
            switch (part.toLowerCase(Locale.ROOT)) {
                case "مطلع", "أوائل", "early" -> to = start + 3;
                case "منتصف", "mid" -> {
                    from = start + 3;
                    to = start + 6;
                }
                default -> from = start + 6;
            }
        }
        add(found, text, m, PartialDate.ofYear(from), PartialDate.ofYear(to), true, "the years " + from + " to " + to);
    }

    private static void days(List<FoundDate> found, String text, Matcher m, int year, int month, int from, int to) {
        try {
            LocalDate first = LocalDate.of(year, month, from);
            LocalDate last = LocalDate.of(year, month, to);
            if (!last.isAfter(first)) {
                return;
            }
            add(found, text, m, PartialDate.of(first), PartialDate.of(last), false, "the days " + first + " to " + last);
        } catch (DateTimeException notDays) {
            // a day the month does not have
        }
    }

    private static void add(List<FoundDate> found, String text, Matcher m, PartialDate from, PartialDate to,
                            boolean approximate, String what) {
        found.add(new FoundDate(m.start(), m.end(), from, to, approximate,
                "«" + text.substring(m.start(), m.end()) + "»: " + what + (approximate ? ", approximate" : "")));
    }
}
