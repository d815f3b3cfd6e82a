package org.hawliyat.model;

import java.util.Locale;

/**
 * What any text in the catalogue must be: whole characters (no half of a UTF-16 surrogate pair,
 * which the database would store as "?"), no control characters other than tab and line breaks,
 * and, for a title or a name, something to see (not only spaces or invisible marks), within a size
 * that the window and the renderer draw at once.
 */
public final class TextRules {

    /** The longest title or name, in characters: a paragraph's worth, far beyond any real title. */
    public static final int MAX_TITLE = 10_000;
    /** The longest summary, note or quote. */
    public static final int MAX_TEXT = 100_000;
    /** The longest article text: 5 million characters, a book. */
    public static final int MAX_ARTICLE = 5_000_000;

    private TextRules() {
    }

    /** Why the text cannot be stored (a sentence fragment naming the character and where), or null when it can. */
    public static String flaw(String text) {
        if (text == null) {
            return null;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
                continue;
            }
            if (Character.isSurrogate(c)) {
                return "it holds half of a character (" + codePoint(c) + " at character " + (i + 1)
                        + ", an unpaired surrogate: the file was cut or badly encoded)";
            }
            if (Character.getType(c) == Character.CONTROL && c != '\t' && c != '\n' && c != '\r') {
                return "it holds the control character " + codePoint(c) + " at character " + (i + 1);
            }
        }
        return null;
    }

    /** Whether the text shows anything: not only white space (also no-break spaces) and invisible marks. */
    public static boolean isVisible(String text) {
        if (text == null) {
            return false;
        }
        return text.codePoints().anyMatch(cp -> !Character.isWhitespace(cp) && !Character.isSpaceChar(cp)
                && Character.getType(cp) != Character.FORMAT && Character.getType(cp) != Character.CONTROL);
    }

    /** Why a text is too long to keep (naming its size and the limit), or null. */
    public static String tooLong(String text, int limit) {
        if (text == null || text.length() <= limit) {
            return null;
        }
        return String.format(Locale.ROOT, "it is %,d characters long; at most %,d are kept", text.length(), limit);
    }

    /** U+202E, as a person looks a character up. */
    public static String codePoint(int c) {
        return String.format(Locale.ROOT, "U+%04X", c);
    }
}
