package org.hawliyat.text.dates;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hawliyat.model.PartialDate;

/**
 * Dates written relative to when the article was published («أمس», «العام الماضي», «أكتوبر الماضي»,
 * «يونيو المقبل», «أكتوبر من العام الماضي», «قبل ثلاثين عامًا»; "yesterday", "last October", "June
 * last year", "30 years ago") and vague ones («أواخر عام 2012», "early 2011"), resolved against the
 * publication date; approximate when it is, or when the words are.
 */
final class RelativeDates {

    private static final String WORD_START = DateFinder.WORD_START;
    private static final String WORD_END = DateFinder.WORD_END;
    private static final Map<String, Integer> NUMBER_WORDS = Map.ofEntries(Map.entry("عشرين", 20), Map.entry("عشر", 10),
            Map.entry("ثلاثين", 30), Map.entry("أربعين", 40), Map.entry("خمسين", 50), Map.entry("عشرة", 10),
            Map.entry("خمس", 5), Map.entry("خمسة", 5), Map.entry("ثلاث", 3), Map.entry("ثلاثة", 3));

    private final Map<String, Integer> arabicMonths;
    private final Map<String, Integer> englishMonths;
    private final Pattern days;
    private final Pattern years;
    private final Pattern monthBefore;
    private final Pattern monthOfLastYear;
    private final Pattern ago;
    private final Pattern vague;
    private final Pattern englishDays;
    private final Pattern englishYears;
    private final Pattern englishMonth;
    private final Pattern englishAgo;
    private final Pattern englishVague;

    RelativeDates(Map<String, Integer> arabicMonths, String arabicMonth, Map<String, Integer> englishMonths, String englishMonth) {
        this.arabicMonths = arabicMonths;
        this.englishMonths = englishMonths;
        days = Pattern.compile(WORD_START + "(أمس|البارحة|اليوم|غدًا|غدا|غداً)" + WORD_END);
        years = Pattern.compile(WORD_START + "(?:في\\s+|خلال\\s+)?(العام|السنة|الشهر)\\s+(الماضي|الماضية|المنصرم|المنصرمة|الجاري|الجارية|الحالي|الحالية|المقبل|المقبلة|القادم|القادمة)"
                + WORD_END + "|" + WORD_START + "(هذا العام|هذه السنة|هذا الشهر)" + WORD_END);
        monthBefore = Pattern.compile(WORD_START + "(" + arabicMonth + ")\\s+(الماضي|المنصرم|المقبل|القادم)" + WORD_END);
        monthOfLastYear = Pattern.compile(WORD_START + "(" + arabicMonth + ")\\s+من\\s+(العام|السنة)\\s+(الماضي|الماضية|المقبل|المقبلة|الجاري|الحالي)"
                + WORD_END);
        ago = Pattern.compile(WORD_START + "قبل\\s+(\\d{1,3}|" + String.join("|", NUMBER_WORDS.keySet()) + ")\\s+(عامًا|عاما|عامٍ|عام|سنة|سنوات|أعوام)"
                + WORD_END);
        vague = Pattern.compile(WORD_START + "(أواخر|أوائل|مطلع|بداية|نهاية|منتصف|أواسط)\\s+(?:عام\\s+|سنة\\s+)?(\\d{4})" + WORD_END);
        englishDays = Pattern.compile("(?i)\\b(yesterday|today|tomorrow)\\b");
        englishYears = Pattern.compile("(?i)\\b(last|this|next)\\s+(year|month)\\b");
        this.englishMonth = Pattern.compile("(?i)\\b(last|next|this)\\s+(" + englishMonth + ")\\b|\\b(" + englishMonth
                + ")\\s+(last|next|this)\\s+year\\b");
        englishAgo = Pattern.compile("(?i)\\b(\\d{1,3})\\s+years?\\s+ago\\b");
        englishVague = Pattern.compile("(?i)\\b(early|late|mid-?|the end of|the start of)\\s*(\\d{4})\\b");
    }

    void find(String text, String digits, LocalDate published, boolean approximate, List<FoundDate> found) {
        String against = " (against the publication date " + published + (approximate ? ", itself approximate)" : ")");
        Matcher m = days.matcher(digits);
        while (m.find()) {
            int shift = switch (m.group(1)) {
                case "أمس", "البارحة" -> -1;
                case "اليوم" -> 0;
                default -> 1;
            };
            add(found, text, m, PartialDate.of(published.plusDays(shift)), approximate, against);
        }
        m = years.matcher(digits);
        while (m.find()) {
            if (m.group(3) != null) {
                boolean month = m.group(3).contains("الشهر");
                add(found, text, m, month ? PartialDate.ofMonth(published.getYear(), published.getMonthValue())
                        : PartialDate.ofYear(published.getYear()), approximate, against);
                continue;
            }
            int shift = shift(m.group(2));
            if (m.group(1).equals("الشهر")) {
                LocalDate d = published.plusMonths(shift);
                add(found, text, m, PartialDate.ofMonth(d.getYear(), d.getMonthValue()), approximate, against);
            } else {
                add(found, text, m, PartialDate.ofYear(published.getYear() + shift), approximate, against);
            }
        }
        m = monthOfLastYear.matcher(digits);
        while (m.find()) {
            add(found, text, m, PartialDate.ofMonth(published.getYear() + shift(m.group(3)), arabicMonths.get(m.group(1))),
                    approximate, against);
        }
        m = monthBefore.matcher(digits);
        while (m.find()) {
            add(found, text, m, nearestMonth(published, arabicMonths.get(m.group(1)), shift(m.group(2)) < 0), approximate,
                    against);
        }
        m = ago.matcher(digits);
        while (m.find()) {
            Integer words = NUMBER_WORDS.get(m.group(1));
            int years = words != null ? words : Integer.parseInt(m.group(1));
            add(found, text, m, PartialDate.ofYear(published.getYear() - years), true, against);
        }
        english(text, digits, published, approximate, against, found);
    }

    /** «أواخر عام 2012», «مطلع 2020», "early 2011": the year, approximate (no publication date needed). */
    void vague(String text, String digits, List<FoundDate> found) {
        for (Pattern pattern : List.of(vague, englishVague)) {
            Matcher m = pattern.matcher(digits);
            while (m.find()) {
                add(found, text, m, PartialDate.ofYear(Integer.parseInt(m.group(2))), true, "");
            }
        }
    }

    private void english(String text, String digits, LocalDate published, boolean approximate, String against,
                         List<FoundDate> found) {
        Matcher m = englishDays.matcher(digits);
        while (m.find()) {
            int shift = switch (m.group(1).toLowerCase(Locale.ROOT)) {
                case "yesterday" -> -1;
                case "today" -> 0;
                default -> 1;
            };
            add(found, text, m, PartialDate.of(published.plusDays(shift)), approximate, against);
        }
        m = englishYears.matcher(digits);
        while (m.find()) {
            int shift = shift(m.group(1).toLowerCase(Locale.ROOT));
            if (m.group(2).equalsIgnoreCase("month")) {
                LocalDate d = published.plusMonths(shift);
                add(found, text, m, PartialDate.ofMonth(d.getYear(), d.getMonthValue()), approximate, against);
            } else {
                add(found, text, m, PartialDate.ofYear(published.getYear() + shift), approximate, against);
            }
        }
        m = englishMonth.matcher(digits);
        while (m.find()) {
            if (m.group(1) != null) {
                int month = englishMonths.get(m.group(2).toLowerCase(Locale.ROOT));
                String which = m.group(1).toLowerCase(Locale.ROOT);
                PartialDate d = which.equals("this") ? PartialDate.ofMonth(published.getYear(), month)
                        : nearestMonth(published, month, which.equals("last"));
                add(found, text, m, d, approximate, against);
            } else {
                int month = englishMonths.get(m.group(3).toLowerCase(Locale.ROOT));
                add(found, text, m, PartialDate.ofMonth(published.getYear() + shift(m.group(4).toLowerCase(Locale.ROOT)), month),
                        approximate, against);
            }
        }
        m = englishAgo.matcher(digits);
        while (m.find()) {
            add(found, text, m, PartialDate.ofYear(published.getYear() - Integer.parseInt(m.group(1))), true, against);
        }
    }

    /** The latest such month before the publication's month («أكتوبر الماضي»), or the first after it («يونيو المقبل»). */
    private static PartialDate nearestMonth(LocalDate published, int month, boolean before) {
        int year = published.getYear();
        if (before) {
            year = month < published.getMonthValue() ? year : year - 1;
        } else {
            year = month > published.getMonthValue() ? year : year + 1;
        }
        return PartialDate.ofMonth(year, month);
    }

    private static int shift(String which) {
        return switch (which) {
            case "الماضي", "الماضية", "المنصرم", "المنصرمة", "last" -> -1;
            case "المقبل", "المقبلة", "القادم", "القادمة", "next" -> 1;
            default -> 0;
        };
    }

    private static void add(List<FoundDate> found, String text, Matcher m, PartialDate date, boolean approximate,
                            String against) {
        found.add(new FoundDate(m.start(), m.end(), date, approximate,
                "«" + text.substring(m.start(), m.end()) + "»: " + date + (approximate ? ", approximate" : "") + against));
    }
}
