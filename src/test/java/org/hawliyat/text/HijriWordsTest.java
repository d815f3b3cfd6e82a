package org.hawliyat.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.hawliyat.model.Language;
import org.hawliyat.model.PartialDate;
import org.junit.jupiter.api.Test;

class HijriWordsTest {

    private static String en(String date) {
        return HijriWords.in(Language.EN, DateStyle.DEFAULT).equivalent(PartialDate.parse(date)).orElseThrow();
    }

    @Test
    void aDayIsOneHijriDay() {
        assertThat(en("2023-03-23")).isEqualTo("1 Ramadan 1444 AH"); // the Umm al-Qura start of Ramadan 1444
        assertThat(HijriWords.in(Language.AR, DateStyle.DEFAULT).equivalent(PartialDate.parse("2023-03-23")))
                .contains("1 رمضان 1444 هـ");
        assertThat(HijriWords.in(Language.AR, DateStyle.DEFAULT.withDigits(DigitStyle.ARABIC_INDIC))
                .equivalent(PartialDate.parse("2023-03-23"))).contains("١ رمضان ١٤٤٤ هـ");
    }

    @Test
    void aMonthIsTheHijriMonthsItCovers() {
        assertThat(en("2023-03")).isEqualTo("Shaban – Ramadan 1444 AH");
        assertThat(en("2023-07")).isEqualTo("Dhu al-Hijjah 1444 AH – Muharram 1445 AH");
    }

    @Test
    void aYearIsTheHijriYearsItCovers() {
        assertThat(en("2023")).isEqualTo("1444–1445 AH");
    }

    @Test
    void datesOutsideTheTablesHaveNoEquivalent() {
        assertThat(HijriWords.in(Language.EN, DateStyle.DEFAULT).equivalent(PartialDate.parse("1800"))).isEmpty();
    }
}
