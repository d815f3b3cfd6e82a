package org.hawliyat.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.hawliyat.model.EventDate;
import org.hawliyat.model.Language;
import org.hawliyat.model.PartialDate;
import org.junit.jupiter.api.Test;

class DateWordsTest {

    private final DateWords english = DateWords.in(Language.EN);
    private final DateWords arabic = DateWords.in(Language.AR);

    @Test
    void englishDatesReadAsFarAsTheyAreKnown() {
        assertThat(english.format(PartialDate.parse("1993-07-01"))).isEqualTo("1 July 1993");
        assertThat(english.format(PartialDate.parse("2008-05"))).isEqualTo("May 2008");
        assertThat(english.format(PartialDate.parse("1999"))).isEqualTo("1999");
        assertThat(english.format(PartialDate.parse("2023-12-31"))).isEqualTo("31 December 2023");
    }

    @Test
    void approximateDatesSayAbout() {
        EventDate october = new EventDate(PartialDate.parse("2022-10"), true, "resolved from \"last October\"");
        assertThat(english.format(october)).isEqualTo("about October 2022");
        assertThat(arabic.format(october)).isEqualTo("حوالي أكتوبر 2022");
        assertThat(english.format(EventDate.parse("2022-10"))).isEqualTo("October 2022");
    }

    @Test
    void arabicUsesArabicMonthNamesAndWesternDigitsByDefault() {
        assertThat(arabic.format(PartialDate.parse("1993-07-01"))).isEqualTo("1 يوليو 1993");
        assertThat(arabic.format(PartialDate.parse("2008-05"))).isEqualTo("مايو 2008");
        assertThat(arabic.format(PartialDate.parse("1999"))).isEqualTo("1999");
        String[] months = {"يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر",
            "أكتوبر", "نوفمبر", "ديسمبر"};
        for (int month = 1; month <= 12; month++) {
            assertThat(arabic.format(PartialDate.ofMonth(2000, month))).isEqualTo(months[month - 1] + " 2000");
        }
    }

    @Test
    void arabicIndicDigitsOnRequest() {
        DateWords indic = arabic.withDigits(DigitStyle.ARABIC_INDIC);
        assertThat(indic.format(PartialDate.parse("1993-07-01"))).isEqualTo("١ يوليو ١٩٩٣");
        assertThat(indic.format(new EventDate(PartialDate.parse("2022-10"), true, null))).isEqualTo("حوالي أكتوبر ٢٠٢٢");
    }

    @Test
    void aSpanNamesBothEnds() {
        EventDate start = EventDate.parse("2022-10-11");
        EventDate end = EventDate.parse("2022-10-12");
        assertThat(english.span(start, end)).isEqualTo("11 October 2022 to 12 October 2022");
        assertThat(arabic.span(start, end)).isEqualTo("من 11 أكتوبر 2022 إلى 12 أكتوبر 2022");
        assertThat(english.span(start, null)).isEqualTo("11 October 2022");
    }

    @Test
    void digitsStayWesternWhateverTheDefaultLocale() {
        java.util.Locale before = java.util.Locale.getDefault();
        try {
            java.util.Locale.setDefault(java.util.Locale.forLanguageTag("ar-EG"));
            assertThat(DateWords.in(Language.AR).format(PartialDate.parse("1993-07-01"))).isEqualTo("1 يوليو 1993");
            assertThat(DateWords.in(Language.EN).format(PartialDate.parse("1993-07-01"))).isEqualTo("1 July 1993");
        } finally {
            java.util.Locale.setDefault(before);
        }
    }

    @Test
    void aDateStyleChoosesArabicMonthNamesAndDigits() {
        DateStyle levantineIndic = new DateStyle(MonthNaming.LEVANTINE, DigitStyle.ARABIC_INDIC);
        DateWords levantine = DateWords.in(Language.AR, levantineIndic);
        assertThat(levantine.format(new EventDate(PartialDate.parse("1993-10"), true, null))).isEqualTo("حوالي تشرين الأول ١٩٩٣");
        assertThat(levantine.format(PartialDate.parse("1993-07-01"))).isEqualTo("١ تموز ١٩٩٣");
        assertThat(DateWords.in(Language.AR, DateStyle.DEFAULT.withMonths(MonthNaming.LEVANTINE))
                .format(PartialDate.parse("2008-05"))).isEqualTo("أيار 2008");
        assertThat(arabic.withStyle(levantineIndic).monthName(2)).isEqualTo("شباط");
        assertThat(levantine.withDigits(DigitStyle.WESTERN).format(PartialDate.parse("1993-07"))).isEqualTo("تموز 1993");
    }

    @Test
    void theDefaultStyleIsTheFormerBehaviour() {
        DateWords withDefault = DateWords.in(Language.AR, DateStyle.DEFAULT);
        assertThat(withDefault.format(PartialDate.parse("1993-07-01"))).isEqualTo(arabic.format(PartialDate.parse("1993-07-01")));
        assertThat(arabic.style()).isEqualTo(DateStyle.DEFAULT);
        assertThat(arabic.withDigits(DigitStyle.ARABIC_INDIC).style().digits()).isEqualTo(DigitStyle.ARABIC_INDIC);
    }

    @Test
    void englishIgnoresTheArabicStyle() {
        DateWords englishAskedForIndic = DateWords.in(Language.EN, new DateStyle(MonthNaming.LEVANTINE, DigitStyle.ARABIC_INDIC));
        assertThat(englishAskedForIndic.format(PartialDate.parse("1993-10-01"))).isEqualTo("1 October 1993");
        assertThat(english.withDigits(DigitStyle.ARABIC_INDIC).format(PartialDate.parse("1993"))).isEqualTo("1993");
        assertThat(englishAskedForIndic.style()).isEqualTo(DateStyle.DEFAULT);
    }

    @Test
    void monthNamesAlone() {
        assertThat(english.monthName(7)).isEqualTo("July");
        assertThat(arabic.monthName(7)).isEqualTo("يوليو");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> english.monthName(13))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
