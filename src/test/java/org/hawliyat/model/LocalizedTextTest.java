package org.hawliyat.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LocalizedTextTest {

    @Test
    void fallsBackToTheOtherLanguageAndSaysSo() {
        LocalizedText onlyArabic = LocalizedText.of("افتتاح السفارة", null);
        assertThat(onlyArabic.in(Language.EN)).isEqualTo("افتتاح السفارة");
        assertThat(onlyArabic.resolve(Language.EN)).hasValueSatisfying(r -> assertThat(r.language()).isEqualTo(Language.AR));
        assertThat(onlyArabic.resolve(Language.AR)).hasValueSatisfying(r -> assertThat(r.language()).isEqualTo(Language.AR));
    }

    @Test
    void blankCountsAsMissing() {
        LocalizedText t = LocalizedText.of("  ", "Embassy opened");
        assertThat(t.ar()).isNull();
        assertThat(t.in(Language.AR)).isEqualTo("Embassy opened");
        assertThat(LocalizedText.of(null, "").isEmpty()).isTrue();
        assertThat(LocalizedText.EMPTY.in(Language.AR)).isEmpty();
    }
}
