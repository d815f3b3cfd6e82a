package org.hawliyat.ui.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Lines of the PDF's text layer in the order their characters stand on the page. */
class VisualOrderTest {

    @Test
    void leftToRightTextIsUnchanged() {
        assertThat(VisualOrder.of("Embassy opening, May 2008", false)).isEqualTo("Embassy opening, May 2008");
    }

    @Test
    void arabicIsReversedAndItsDigitsKeepTheirOrder() {
        assertThat(VisualOrder.of("مايو 2008", true)).isEqualTo("2008 ويام");
        assertThat(VisualOrder.of("في 1 يوليو 1993", true)).isEqualTo("1993 ويلوي 1 يف");
    }

    @Test
    void guillemetsAreMirroredInARightToLeftRun() {
        assertThat(VisualOrder.of("«نص»", true)).isEqualTo("«صن»");
    }

    @Test
    void anArabicNameInAnEnglishLineIsReversedInPlace() {
        assertThat(VisualOrder.of("by سيف on", false)).isEqualTo("by فيس on");
    }
}
