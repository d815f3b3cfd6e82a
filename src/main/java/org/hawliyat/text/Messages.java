package org.hawliyat.text;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;
import org.hawliyat.model.Language;

/**
 * The user-visible sentences in one language, from the {@code i18n/messages_*.properties} bundles
 * (read as UTF-8). Every value is a {@link MessageFormat} pattern, so a literal ASCII apostrophe
 * must be written twice; the bundles use the typographic ’ instead. Arguments are expected to be
 * strings already formatted by the caller, so that digits stay Western whatever the locale.
 */
public final class Messages {

    public static final String BUNDLE = "i18n.messages";

    private final Language language;
    private final ResourceBundle bundle;

    private Messages(Language language, ResourceBundle bundle) {
        this.language = language;
        this.bundle = bundle;
    }

    /** The messages of this language; never those of the machine's default locale. */
    public static Messages of(Language language) {
        // No fallback: an English user on an Arabic machine (or the reverse) must get what they chose.
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, language.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new Messages(language, bundle);
    }

    public Language language() {
        return language;
    }

    /**
     * The message with this key, its {@code {0}}, {@code {1}} … replaced by the arguments.
     *
     * @throws MissingResourceException when the key is not in the bundle (a programming error)
     */
    public String get(String key, Object... arguments) {
        String pattern = bundle.getString(key);
        if (arguments.length == 0 && pattern.indexOf('{') < 0 && pattern.indexOf('\'') < 0) {
            return pattern; // nothing to format: skip parsing the pattern (the timeline asks every frame)
        }
        return new MessageFormat(pattern, Locale.ROOT).format(arguments);
    }

    /** Whether the bundle has this key (without copying every key, as {@link #keys()} does). */
    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    public Set<String> keys() {
        return bundle.keySet();
    }
}
