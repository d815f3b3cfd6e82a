package org.hawliyat.model;

/**
 * Digits in machine text. Machine text (the database, data files, command output) is written in
 * ASCII digits; what earlier versions wrote under an Arabic or Persian default locale is read back
 * through here.
 */
public final class AsciiDigits {

    private AsciiDigits() {
    }

    /**
     * The value of a decimal digit that is ASCII (0–9), Arabic-Indic (٠–٩, U+0660–U+0669) or
     * extended Arabic-Indic, as Persian and Urdu write them (۰–۹, U+06F0–U+06F9); −1 for any other
     * character.
     */
    public static int valueOf(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= '\u0660' && c <= '\u0669') {
            return c - '\u0660';
        }
        if (c >= '\u06F0' && c <= '\u06F9') {
            return c - '\u06F0';
        }
        return -1;
    }

    /** Whether the text holds an Arabic-Indic or Persian digit. */
    public static boolean hasNonAscii(String text) {
        if (text == null) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c > '9' && valueOf(c) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** The text with its Arabic-Indic and Persian digits written as ASCII digits; null stays null. */
    public static String toAscii(String text) {
        if (!hasNonAscii(text)) {
            return text;
        }
        StringBuilder ascii = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int digit = valueOf(c);
            ascii.append(digit >= 0 ? (char) ('0' + digit) : c);
        }
        return ascii.toString();
    }
}
