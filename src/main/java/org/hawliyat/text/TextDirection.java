package org.hawliyat.text;

import java.util.Optional;

/**
 * The direction of a paragraph as the Unicode bidirectional algorithm finds it (rules P2–P3): that
 * of its first strong character. Used to show an English note in Arabic surroundings from the
 * left, and an Arabic quote in English surroundings from the right.
 */
public enum TextDirection {
    LEFT_TO_RIGHT, RIGHT_TO_LEFT;

    /** The direction of the text's first strong character, or empty when it has none (digits, punctuation). */
    public static Optional<TextDirection> firstStrong(CharSequence text) {
        for (int i = 0; i < text.length(); ) {
            int codePoint = Character.codePointAt(text, i);
            switch (Character.getDirectionality(codePoint)) {
                case Character.DIRECTIONALITY_LEFT_TO_RIGHT:
                    return Optional.of(LEFT_TO_RIGHT);
                case Character.DIRECTIONALITY_RIGHT_TO_LEFT:
                case Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC:
                    return Optional.of(RIGHT_TO_LEFT);
                default:
                    i += Character.charCount(codePoint);
            }
        }
        return Optional.empty();
    }
}
