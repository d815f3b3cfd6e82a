package org.hawliyat.model;

import java.util.Optional;

/** A text in Arabic and English; either may be missing. */
public record LocalizedText(String ar, String en) {

    public static final LocalizedText EMPTY = new LocalizedText(null, null);

    public LocalizedText {
        ar = Text.blankToNull(ar);
        en = Text.blankToNull(en);
    }

    public static LocalizedText of(String ar, String en) {
        return new LocalizedText(ar, en);
    }

    /** The text in exactly this language, if present. */
    public Optional<String> exactly(Language language) {
        return Optional.ofNullable(language == Language.AR ? ar : en);
    }

    /** The text in this language, else in the other one, else empty. */
    public Optional<Resolved> resolve(Language language) {
        return exactly(language).map(t -> new Resolved(t, language))
                .or(() -> exactly(language.other()).map(t -> new Resolved(t, language.other())));
    }

    /** The text in this language, falling back to the other, or "" when both are missing. */
    public String in(Language language) {
        return resolve(language).map(Resolved::text).orElse("");
    }

    public boolean isEmpty() {
        return ar == null && en == null;
    }

    /** A text with the language it is actually in, so a fallback can be marked as such. */
    public record Resolved(String text, Language language) {
    }
}
