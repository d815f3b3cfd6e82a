package org.hawliyat.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DigitStyleTest {

    @Test
    void arabicIndicReplacesEachAsciiDigitAndNothingElse() {
        assertThat(DigitStyle.ARABIC_INDIC.apply("0123456789")).isEqualTo("٠١٢٣٤٥٦٧٨٩");
        assertThat(DigitStyle.ARABIC_INDIC.apply("1993-07 (هـ) x")).isEqualTo("١٩٩٣-٠٧ (هـ) x");
        assertThat(DigitStyle.ARABIC_INDIC.apply("")).isEmpty();
        assertThat(DigitStyle.ARABIC_INDIC.apply("١٩٩٣")).isEqualTo("١٩٩٣");
    }

    @Test
    void westernLeavesTheTextAlone() {
        assertThat(DigitStyle.WESTERN.apply("1993-07")).isEqualTo("1993-07");
        assertThat(DigitStyle.WESTERN.format(1993)).isEqualTo("1993");
    }

    @Test
    void numbersHaveNoGroupingWhateverTheDefaultLocale() {
        java.util.Locale before = java.util.Locale.getDefault();
        try {
            java.util.Locale.setDefault(java.util.Locale.forLanguageTag("ar-EG"));
            assertThat(DigitStyle.WESTERN.format(12345)).isEqualTo("12345");
            assertThat(DigitStyle.ARABIC_INDIC.format(12345)).isEqualTo("١٢٣٤٥");
        } finally {
            java.util.Locale.setDefault(before);
        }
    }
}
