package org.hawliyat.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.hawliyat.model.Language;
import org.junit.jupiter.api.Test;

class DateStyleTest {

    private static final DateStyle LEVANTINE_INDIC = new DateStyle(MonthNaming.LEVANTINE, DigitStyle.ARABIC_INDIC);

    @Test
    void theDefaultIsTheStyleOfTheSourceArticles() {
        assertThat(DateStyle.DEFAULT).isEqualTo(new DateStyle(MonthNaming.GREGORIAN, DigitStyle.WESTERN));
    }

    @Test
    void arabicTakesTheStyleAndEnglishAlwaysTheDefault() {
        assertThat(LEVANTINE_INDIC.in(Language.AR)).isEqualTo(LEVANTINE_INDIC);
        assertThat(LEVANTINE_INDIC.in(Language.EN)).isEqualTo(DateStyle.DEFAULT);
    }

    @Test
    void eachPartCanBeChangedAlone() {
        assertThat(DateStyle.DEFAULT.withMonths(MonthNaming.LEVANTINE).withDigits(DigitStyle.ARABIC_INDIC))
                .isEqualTo(LEVANTINE_INDIC);
        assertThat(LEVANTINE_INDIC.withDigits(DigitStyle.WESTERN).months()).isEqualTo(MonthNaming.LEVANTINE);
    }

    @Test
    void bothPartsAreRequired() {
        assertThatThrownBy(() -> new DateStyle(null, DigitStyle.WESTERN)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new DateStyle(MonthNaming.GREGORIAN, null)).isInstanceOf(NullPointerException.class);
    }
}
