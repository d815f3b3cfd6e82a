package org.hawliyat.text.dates;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.chrono.HijrahDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hawliyat.model.AsciiDigits;
import org.hawliyat.model.PartialDate;

/**
 * Finds written dates in Arabic and English text, headless: Gregorian dates with either Arabic
 * naming of the months (يناير … / كانون الثاني …) and their common spellings, days in any digits or
 * in ordinal words («الحادي عشر من فبراير عام 2016»), months with a year, years after عام / سنة / في,
 * numeric dates (ISO, and day first as the Arabic press writes them: 27/9/2020), Hijri dates
 * (converted with the Umm al-Qura calendar), and their English counterparts; with the publication
 * date, the dates written relative to it ({@link RelativeDates}). Each is resolved at the precision
 * written; ranges and decades ({@link DateRanges}) with their end.
 */
public final class DateFinder {

    private static final Map<String, Integer> ARABIC_MONTHS = arabicMonths();
    private static final Map<String, Integer> ENGLISH_MONTHS = englishMonths();
    private static final Map<String, Integer> HIJRI_MONTHS = hijriMonths();
    private static final Map<String, Integer> ORDINAL_DAYS = ordinalDays();

    private static final String AR_MONTH = alternation(ARABIC_MONTHS);
    private static final String EN_MONTH = alternation(ENGLISH_MONTHS);
    private static final String HIJRI_MONTH = alternation(HIJRI_MONTHS);
    private static final String ORDINAL = alternation(ORDINAL_DAYS);
    /** What may stand between a month and its year: «من» «عام» «سنة» «العام», a comma. */
    private static final String YEAR_LEAD = "(?:\\s*[،,]?\\s*(?:من\\s+)?(?:عام|سنة|العام)?\\s*)";
    /** Not followed by a letter or digit of the same word. */
    static final String WORD_END = "(?![\\p{L}\\p{N}])";
    /** Not inside a word, but after a joined «و» «ب» «ف» «ل» («و12 مايو»): the span leaves it out. */
    static final String WORD_START = "(?:(?<![\\p{L}\\p{N}])|(?<=(?<![\\p{L}\\p{N}])[وبفل]))";

    private static final Pattern HIJRI = Pattern.compile(WORD_START + "(\\d{1,2}|" + ORDINAL + ")\\s+(?:من\\s+)?("
            + HIJRI_MONTH + ")" + YEAR_LEAD + "(\\d{3,4})\\s*(?:هـ|ه|للهجرة)" + WORD_END);
    private static final Pattern AR_DAY = Pattern.compile(WORD_START + "(\\d{1,2}|" + ORDINAL + ")\\s+(?:من\\s+)?(?:شهر\\s+)?("
            + AR_MONTH + ")" + WORD_END + "(?:" + YEAR_LEAD + "(\\d{4})" + WORD_END + ")?");
    private static final Pattern AR_MONTH_YEAR = Pattern.compile(WORD_START + "(?:شهر\\s+)?(" + AR_MONTH + ")" + YEAR_LEAD
            + "(\\d{4})" + WORD_END);
    private static final Pattern AR_YEAR = Pattern.compile(WORD_START + "(?:عام|سنة|العام|في|بعام)\\s+(\\d{4})" + WORD_END);
    private static final Pattern ISO = Pattern.compile(WORD_START + "(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})" + WORD_END);
    private static final Pattern DAY_FIRST = Pattern.compile(WORD_START + "(\\d{1,2})[-/.](\\d{1,2})[-/.](\\d{4})" + WORD_END);
    private static final Pattern EN_DAY_MONTH = Pattern.compile("(?i)\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?("
            + EN_MONTH + ")\\b(?:,?\\s+(\\d{4})\\b)?");
    private static final Pattern EN_MONTH_DAY = Pattern.compile("(?i)\\b(" + EN_MONTH + ")\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b");
    private static final Pattern EN_MONTH_YEAR = Pattern.compile("(?i)\\b(" + EN_MONTH + ")\\s+(?:of\\s+)?(\\d{4})\\b");
    private static final Pattern EN_YEAR = Pattern.compile("(?i)\\b(?:in|since|by|year)\\s+(\\d{4})\\b");

    private static final RelativeDates RELATIVE = new RelativeDates(ARABIC_MONTHS, AR_MONTH, ENGLISH_MONTHS, EN_MONTH);
    private static final DateRanges RANGES = new DateRanges(ARABIC_MONTHS, AR_MONTH, ENGLISH_MONTHS, EN_MONTH);

    /** The dates written in the text, in text order; where two readings overlap, the longer one. */
    public List<FoundDate> find(String text) {
        return find(text, null, false);
    }

    /**
     * The dates written in the text, those relative to its publication («أمس», «أكتوبر الماضي»,
     * "last year") too when its publication date is known; approximate when it is.
     */
    public List<FoundDate> find(String text, LocalDate published, boolean publishedApproximate) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        // one ASCII digit for each Arabic-Indic or Persian one: the positions stay those of the text
        String digits = AsciiDigits.toAscii(text);
        List<FoundDate> all = new ArrayList<>();
        hijri(text, digits, all);
        arabicDays(text, digits, all);
        match(AR_MONTH_YEAR, digits, all, m -> month(text, m, Integer.parseInt(m.group(2)), ARABIC_MONTHS.get(m.group(1))));
        match(AR_YEAR, digits, all, m -> year(text, m, Integer.parseInt(m.group(1)), m.start(1)));
        match(ISO, digits, all, m -> day(text, m, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                Integer.parseInt(m.group(3)), m.start()));
        match(DAY_FIRST, digits, all, m -> day(text, m, Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)),
                Integer.parseInt(m.group(1)), m.start()));
        match(EN_DAY_MONTH, digits, all, m -> m.group(3) == null ? null : day(text, m, Integer.parseInt(m.group(3)),
                ENGLISH_MONTHS.get(m.group(2).toLowerCase(Locale.ROOT)), Integer.parseInt(m.group(1)), m.start()));
        match(EN_MONTH_DAY, digits, all, m -> day(text, m, Integer.parseInt(m.group(3)),
                ENGLISH_MONTHS.get(m.group(1).toLowerCase(Locale.ROOT)), Integer.parseInt(m.group(2)), m.start()));
        match(EN_MONTH_YEAR, digits, all, m -> month(text, m, Integer.parseInt(m.group(2)),
                ENGLISH_MONTHS.get(m.group(1).toLowerCase(Locale.ROOT))));
        match(EN_YEAR, digits, all, m -> year(text, m, Integer.parseInt(m.group(1)), m.start(1)));
        RELATIVE.vague(text, digits, all);
        RANGES.find(text, digits, all);
        if (published != null) {
            RELATIVE.find(text, digits, published, publishedApproximate, all);
        }
        return longestFirst(all);
    }

    @FunctionalInterface
    private interface Reading {
        FoundDate read(Matcher m);
    }

    private static void match(Pattern pattern, String digits, List<FoundDate> found, Reading reading) {
        Matcher m = pattern.matcher(digits);
        while (m.find()) {
            FoundDate date = reading.read(m);
            if (date != null) {
                found.add(date);
            }
        }
    }

    private static void arabicDays(String text, String digits, List<FoundDate> found) {
        Matcher m = AR_DAY.matcher(digits);
        while (m.find()) {
            int day = dayOf(m.group(1));
            int month = ARABIC_MONTHS.get(m.group(2));
            if (m.group(3) == null) {
                continue; // a day and a month without a year: the year is the publication's (not read yet)
            }
            FoundDate date = day(text, m, Integer.parseInt(m.group(3)), month, day, m.start());
            if (date != null) {
                found.add(date);
            }
        }
    }

    private static void hijri(String text, String digits, List<FoundDate> found) {
        Matcher m = HIJRI.matcher(digits);
        while (m.find()) {
            int day = dayOf(m.group(1));
            int month = HIJRI_MONTHS.get(m.group(2));
            int year = Integer.parseInt(m.group(3));
            try {
                LocalDate gregorian = LocalDate.from(HijrahDate.of(year, month, day));
                String written = text.substring(m.start(), m.end());
                found.add(new FoundDate(m.start(), m.end(), PartialDate.of(gregorian), null, false, true,
                        "«" + written + "»: the Hijri date " + day + " " + m.group(2) + " " + year
                                + " AH (Umm al-Qura calendar), which is " + gregorian + " in the Gregorian calendar"));
            } catch (DateTimeException outside) {
                // a day that month does not have, or a year outside the calendar's table: not a date
            }
        }
    }

    private static FoundDate day(String text, Matcher m, int year, int month, int day, int start) {
        try {
            LocalDate date = LocalDate.of(year, month, day);
            return new FoundDate(start, m.end(), PartialDate.ofDay(year, month, day), false,
                    "«" + text.substring(start, m.end()) + "»: the day " + date);
        } catch (DateTimeException | IllegalArgumentException notADay) {
            return null;
        }
    }

    private static FoundDate month(String text, Matcher m, int year, int month) {
        try {
            return new FoundDate(m.start(), m.end(), PartialDate.ofMonth(year, month), false,
                    "«" + text.substring(m.start(), m.end()) + "»: the month " + String.format(Locale.ROOT, "%04d-%02d", year, month));
        } catch (IllegalArgumentException notAMonth) {
            return null;
        }
    }

    private static FoundDate year(String text, Matcher m, int year, int start) {
        if (year < 1 || year > 9999) {
            return null;
        }
        return new FoundDate(start, m.end(), PartialDate.ofYear(year), false,
                "«" + text.substring(start, m.end()) + "»: the year " + year
                        + (start > m.start() ? " (after «" + text.substring(m.start(), start).strip() + "»)" : ""));
    }

    private static int dayOf(String written) {
        Integer ordinal = ORDINAL_DAYS.get(written);
        return ordinal != null ? ordinal : Integer.parseInt(written);
    }

    /** Text order; of readings that overlap, the one that covers more (a day over its month and year). */
    private static List<FoundDate> longestFirst(List<FoundDate> all) {
        List<FoundDate> byLength = new ArrayList<>(all);
        byLength.sort(Comparator.comparingInt((FoundDate f) -> f.end() - f.start()).reversed()
                .thenComparingInt(FoundDate::start));
        List<FoundDate> kept = new ArrayList<>();
        for (FoundDate candidate : byLength) {
            if (kept.stream().noneMatch(k -> candidate.start() < k.end() && k.start() < candidate.end())) {
                kept.add(candidate);
            }
        }
        kept.sort(Comparator.comparingInt(FoundDate::start));
        return kept;
    }

    /** Longer names first, so that «كانون الثاني» is not read as a shorter name. */
    private static String alternation(Map<String, Integer> names) {
        return "(?:" + String.join("|", names.keySet().stream()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .map(Pattern::quote).toList()) + ")";
    }

    private static Map<String, Integer> arabicMonths() {
        Map<String, Integer> m = new LinkedHashMap<>();
        String[][] names = {
            {"يناير", "كانون الثاني"}, {"فبراير", "شباط"}, {"مارس", "آذار", "اذار"},
            {"أبريل", "ابريل", "إبريل", "نيسان"}, {"مايو", "أيار", "ايار"}, {"يونيو", "يونية", "حزيران"},
            {"يوليو", "يولية", "تموز"}, {"أغسطس", "اغسطس", "آب", "اب"}, {"سبتمبر", "أيلول", "ايلول"},
            {"أكتوبر", "اكتوبر", "تشرين الأول", "تشرين الاول"}, {"نوفمبر", "تشرين الثاني"},
            {"ديسمبر", "كانون الأول", "كانون الاول"}};
        for (int i = 0; i < names.length; i++) {
            for (String name : names[i]) {
                m.put(name, i + 1);
            }
        }
        return m;
    }

    private static Map<String, Integer> englishMonths() {
        Map<String, Integer> m = new LinkedHashMap<>();
        String[] names = {"january", "february", "march", "april", "may", "june", "july", "august", "september",
            "october", "november", "december"};
        for (int i = 0; i < names.length; i++) {
            m.put(names[i], i + 1);
            if (names[i].length() > 3 && i != 8) {
                m.put(names[i].substring(0, 3) + ".", i + 1); // "Jan." (not "May.")
            }
        }
        m.put("sept.", 9);
        m.put("sep.", 9);
        return m;
    }

    private static Map<String, Integer> hijriMonths() {
        Map<String, Integer> m = new LinkedHashMap<>();
        String[][] names = {{"محرم", "المحرم"}, {"صفر"}, {"ربيع الأول", "ربيع الاول"}, {"ربيع الثاني", "ربيع الآخر"},
            {"جمادى الأولى", "جمادى الاولى", "جمادى الأول"}, {"جمادى الآخرة", "جمادى الثانية", "جمادى الآخر"},
            {"رجب"}, {"شعبان"}, {"رمضان"}, {"شوال"}, {"ذو القعدة", "ذي القعدة"}, {"ذو الحجة", "ذي الحجة"}};
        for (int i = 0; i < names.length; i++) {
            for (String name : names[i]) {
                m.put(name, i + 1);
            }
        }
        return m;
    }

    /** الأول … العاشر، الحادي عشر … التاسع عشر، العشرين، الحادي والعشرين … الثلاثين، الحادي والثلاثين. */
    private static Map<String, Integer> ordinalDays() {
        String[] units = {"الأول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن", "التاسع"};
        Map<String, Integer> m = new LinkedHashMap<>();
        for (int i = 0; i < units.length; i++) {
            m.put(units[i], i + 1);
        }
        m.put("العاشر", 10);
        m.put("الحادي عشر", 11);
        for (int i = 1; i < units.length; i++) {
            m.put(units[i] + " عشر", 11 + i);
        }
        m.put("العشرين", 20);
        m.put("الحادي والعشرين", 21);
        for (int i = 1; i < units.length; i++) {
            m.put(units[i] + " والعشرين", 21 + i);
        }
        m.put("الثلاثين", 30);
        m.put("الحادي والثلاثين", 31);
        return m;
    }
}
