package org.hawliyat.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import org.hawliyat.model.Language;
import org.junit.jupiter.api.Test;

/** The two bundles must say the same things: same keys, nothing empty, every pattern valid. */
class MessageBundlesTest {

    private static Properties load(Language language) throws IOException {
        String resource = "/i18n/messages_" + language.code() + ".properties";
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        }
    }

    @Test
    void bothBundlesHaveExactlyTheSameKeys() throws IOException {
        TreeSet<String> arabic = new TreeSet<>(load(Language.AR).stringPropertyNames());
        TreeSet<String> english = new TreeSet<>(load(Language.EN).stringPropertyNames());
        assertThat(arabic).isNotEmpty();
        assertThat(arabic).as("keys only in the Arabic bundle").containsAll(english);
        assertThat(english).as("keys only in the English bundle").containsAll(arabic);
    }

    @Test
    void noValueIsEmptyAndEveryValueIsAValidPattern() throws IOException {
        for (Language language : Language.values()) {
            Properties properties = load(language);
            List<String> problems = new ArrayList<>();
            for (String key : properties.stringPropertyNames()) {
                String value = properties.getProperty(key);
                if (value.isBlank()) {
                    problems.add(key + " is empty");
                    continue;
                }
                try {
                    new MessageFormat(value);
                } catch (IllegalArgumentException e) {
                    problems.add(key + " is not a MessageFormat pattern: " + e.getMessage());
                }
                // A single ASCII apostrophe silently swallows text in a MessageFormat pattern.
                if (value.replace("''", "").contains("'")) {
                    problems.add(key + " has an unescaped apostrophe");
                }
            }
            assertThat(problems).as(language + " bundle").isEmpty();
        }
    }

    @Test
    void theBundlesAreReadAsUtf8ThroughMessages() {
        assertThat(Messages.of(Language.AR).get("app.title")).isEqualTo("حوليات");
        assertThat(Messages.of(Language.EN).get("app.title")).isEqualTo("Hawliyat");
        assertThat(Messages.of(Language.AR).keys()).isEqualTo(Messages.of(Language.EN).keys());
    }

    @Test
    void countsArePluralisedWithWesternDigits() {
        Messages english = Messages.of(Language.EN);
        Messages arabic = Messages.of(Language.AR);
        assertThat(english.get("status.events", 1)).isEqualTo("1 event");
        assertThat(english.get("status.events", 14)).isEqualTo("14 events");
        assertThat(arabic.get("status.events", 2)).isEqualTo("حدثان");
        assertThat(arabic.get("status.events", 5)).isEqualTo("5 أحداث");
        assertThat(arabic.get("status.events", 14)).isEqualTo("14 حدثًا");
    }
}
