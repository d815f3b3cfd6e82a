package org.hawliyat.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EditorNameTest {

    @Test
    void aGivenNameWinsElseTheOperatingSystemUserAndNeverBlank() {
        assertThat(EditorName.resolve("  ليلى  ")).isEqualTo("ليلى");
        String user = System.getProperty("user.name");
        assertThat(EditorName.resolve(null)).isEqualTo(user == null || user.isBlank() ? EditorName.UNKNOWN : user.strip());
        assertThat(EditorName.resolve(" ")).isEqualTo(EditorName.resolve(null)).isNotBlank();
    }

    @Test
    void withoutAnOperatingSystemUserItIsUnknown() {
        String user = System.getProperty("user.name");
        try {
            System.setProperty("user.name", " ");
            assertThat(EditorName.resolve(null)).isEqualTo("unknown");
        } finally {
            System.setProperty("user.name", user);
        }
    }
}
