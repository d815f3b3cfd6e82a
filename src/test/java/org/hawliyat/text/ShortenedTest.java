package org.hawliyat.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ShortenedTest {

    @Test
    void aShortTextIsLeftAsItIs() {
        assertThat(Shortened.to("زيارة رسمية", 300)).isEqualTo("زيارة رسمية");
        assertThat(Shortened.to(null, 3)).isNull();
    }

    @Test
    void aLongTextIsCutAfterAWholeWord() {
        String title = "افتتاح سفارة قطر في أستانا ".repeat(50);
        String cut = Shortened.to(title, 40);
        assertThat(cut).endsWith("…").hasSizeLessThanOrEqualTo(41);
        assertThat(title).startsWith(cut.substring(0, cut.length() - 1) + " ");
    }

    @Test
    void neverInsideACharacterOutsideTheBmp() {
        String emoji = "😀".repeat(30); // no spaces: cut at the limit, but not between the two halves
        String cut = Shortened.to(emoji, 11);
        assertThat(cut).isEqualTo("😀".repeat(5) + "…");
    }
}
