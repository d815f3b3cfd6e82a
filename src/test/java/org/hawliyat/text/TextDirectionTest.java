package org.hawliyat.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextDirectionTest {

    @Test
    void theFirstStrongCharacterDecides() {
        assertThat(TextDirection.firstStrong("الدوحة - سيف الحموري")).contains(TextDirection.RIGHT_TO_LEFT);
        assertThat(TextDirection.firstStrong("Doha - سيف")).contains(TextDirection.LEFT_TO_RIGHT);
        assertThat(TextDirection.firstStrong("1993 - الدوحة")).contains(TextDirection.RIGHT_TO_LEFT);
        assertThat(TextDirection.firstStrong("«1993» Doha")).contains(TextDirection.LEFT_TO_RIGHT);
        assertThat(TextDirection.firstStrong("שלום")).contains(TextDirection.RIGHT_TO_LEFT);
    }

    @Test
    void textWithoutLettersHasNoDirection() {
        assertThat(TextDirection.firstStrong("")).isEmpty();
        assertThat(TextDirection.firstStrong("1993 - 2023.")).isEmpty();
    }
}
