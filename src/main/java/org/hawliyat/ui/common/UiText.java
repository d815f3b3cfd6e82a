package org.hawliyat.ui.common;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.NodeOrientation;
import org.hawliyat.model.Language;
import org.hawliyat.model.LocalizedText;
import org.hawliyat.text.DateStyle;
import org.hawliyat.text.DateWords;
import org.hawliyat.text.Messages;

/**
 * The window's current language and its sentences. Labels bind to {@link #text}, so switching the
 * language relabels them live; views that build content from data listen to {@link #languageProperty}.
 */
public final class UiText {

    private final ObjectProperty<Language> language;
    private final ObjectProperty<DateStyle> dateStyle = new SimpleObjectProperty<>(this, "dateStyle", DateStyle.DEFAULT);

    public UiText(Language initial) {
        language = new SimpleObjectProperty<>(this, "language", initial);
    }

    public ObjectProperty<Language> languageProperty() {
        return language;
    }

    public Language language() {
        return language.get();
    }

    public Messages messages() {
        return Messages.of(language()); // ResourceBundle caches the bundle itself
    }

    public String get(String key, Object... arguments) {
        return messages().get(key, arguments);
    }

    /** The message, kept up to date with the language. */
    public StringBinding text(String key, Object... arguments) {
        return Bindings.createStringBinding(() -> get(key, arguments), language);
    }

    /** The orientation of a layout in the current language. */
    public NodeOrientation orientation() {
        return language().isRightToLeft() ? NodeOrientation.RIGHT_TO_LEFT : NodeOrientation.LEFT_TO_RIGHT;
    }

    /** How dates are written in Arabic (month names, digits): a reader's setting. */
    public ObjectProperty<DateStyle> dateStyleProperty() {
        return dateStyle;
    }

    public DateWords dates() {
        return DateWords.in(language(), dateStyle.get());
    }

    /**
     * Machine-formatted text (ASCII digits) in the digits the reader chose for this language:
     * never the digits of the machine's default locale.
     */
    /** A record's field as people call it ("Title in English" for {@code title.en}); the history's name when there is none. */
    public String fieldName(String field) {
        String key = "detail.history.field." + field;
        return messages().has(key) ? get(key) : field;
    }

    public String digits(String ascii) {
        return dateStyle.get().in(language()).digits().apply(ascii);
    }

    /**
     * The text in the window's language, else in the other one with a tag saying which language
     * it is in (so that a fallback is never mistaken for a translation); empty text when neither exists.
     */
    public Shown show(LocalizedText localized) {
        return localized.resolve(language())
                .map(resolved -> new Shown(resolved.text(), resolved.language() == language()
                        ? null : get("fallback." + resolved.language().code())))
                .orElse(new Shown("", null));
    }

    /** A text as shown, with its fallback tag, or {@code null} when it is in the window's language. */
    public record Shown(String text, String fallbackTag) {
        public boolean isFallback() {
            return fallbackTag != null;
        }
    }
}
