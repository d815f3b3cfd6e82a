package org.hawliyat.ui.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Lines of the PDF's text layer in the order their characters stand on the page, with the
 * invisible marks (shown here as {@code <}, LEFT-TO-RIGHT MARK, and {@code >}, RIGHT-TO-LEFT MARK)
 * that keep the extractors' reordering right (see {@link HandoutPdfTextTest} for what they give).
 */
class VisualOrderTest {

    private static String of(String logical, boolean rightToLeft) {
        return VisualOrder.of(logical, rightToLeft).replace('\u200E', '<').replace('\u200F', '>');
    }

    @Test
    void leftToRightTextIsUnchanged() {
        assertThat(of("Embassy opening, May 2008", false)).isEqualTo("Embassy opening, May 2008");
    }

    @Test
    void arabicIsReversedAndItsDigitsKeepTheirOrder() {
        assertThat(of("مايو 2008", true)).isEqualTo("2008 ويام");
        // a number followed by more of the line ends with a right-to-left mark, so that poppler does
        // not take the space after it into the number
        assertThat(of("في 1 يوليو 1993", true)).isEqualTo("1993 ويلوي >1 يف");
    }

    @Test
    void quotationMarksStandAsWrittenBetweenLeftToRightMarks() {
        // poppler does not mirror what it reverses and PDFBox does: held left to right, neither does
        assertThat(of("«نص»", true)).isEqualTo("><»<صن><«<");
    }

    @Test
    void punctuationInArabicIsFollowedByARightToLeftMark() {
        assertThat(of("الحموري، حال", true)).isEqualTo("لاح >،يرومحلا");
    }

    @Test
    void anArabicNameInAnEnglishLineIsReversedInPlaceAndEndedByAMark() {
        assertThat(of("by سيف on", false)).isEqualTo("<by فيس< on");
    }
}
