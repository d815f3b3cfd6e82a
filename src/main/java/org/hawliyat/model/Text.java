package org.hawliyat.model;

/** Small string helpers shared by the model records. */
final class Text {
    private Text() {
    }

    /** Null for a text with nothing to see (white space, no-break spaces, invisible marks such as U+200B). */
    static String blankToNull(String s) {
        return TextRules.isVisible(s) ? s : null;
    }
}
