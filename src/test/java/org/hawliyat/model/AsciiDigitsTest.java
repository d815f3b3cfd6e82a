package org.hawliyat.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AsciiDigitsTest {

    @Test
    void everyDecimalDigitOfTheThreeSetsHasItsValue() {
        for (int d = 0; d <= 9; d++) {
            assertThat(AsciiDigits.valueOf((char) ('0' + d))).isEqualTo(d);
            assertThat(AsciiDigits.valueOf((char) ('\u0660' + d))).isEqualTo(d);
            assertThat(AsciiDigits.valueOf((char) ('\u06F0' + d))).isEqualTo(d);
        }
        // letters and other digits next to them are not digits here
        assertThat(AsciiDigits.valueOf('/')).isEqualTo(-1);
        assertThat(AsciiDigits.valueOf(':')).isEqualTo(-1);
        assertThat(AsciiDigits.valueOf('\u066B')).isEqualTo(-1); // Arabic decimal separator
        assertThat(AsciiDigits.valueOf('\u0966')).isEqualTo(-1); // Devanagari zero
    }

    @Test
    void onlyDigitsAreRewritten() {
        assertThat(AsciiDigits.toAscii("١٩٩٣-٠٧-٠١")).isEqualTo("1993-07-01");
        assertThat(AsciiDigits.toAscii("۲۰۰۸-۰۵")).isEqualTo("2008-05");
        assertThat(AsciiDigits.toAscii("عام ١٩٩٣ م")).isEqualTo("عام 1993 م");
        assertThat(AsciiDigits.hasNonAscii("1993-07-01")).isFalse();
        String ascii = "2026-11-28T00:00:00Z";
        assertThat(AsciiDigits.toAscii(ascii)).isSameAs(ascii);
        assertThat(AsciiDigits.toAscii(null)).isNull();
    }
}
