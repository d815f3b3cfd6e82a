package org.hawliyat.text;

/**
 * A long text cut for a place that shows only its start (a label on the timeline, a row of a
 * handout): at a word boundary before the limit, never inside a character, with "…" after it. The
 * drawing then costs the same for a 10,000-character title as for a short one; the whole text stays
 * in the record and in the detail view.
 */
public final class Shortened {

    /** A label on the timeline: far more than one line can show. */
    public static final int LABEL = 300;
    /** A title or a quote in a printed table. */
    public static final int PRINTED = 1_000;

    private Shortened() {
    }

    public static String to(String text, int max) {
        if (text == null || text.length() <= max) {
            return text;
        }
        int cut = max;
        if (Character.isLowSurrogate(text.charAt(cut)) && Character.isHighSurrogate(text.charAt(cut - 1))) {
            cut--;
        }
        int space = cut;
        while (space > max / 2 && !Character.isWhitespace(text.charAt(space))) {
            space--;
        }
        if (space > max / 2) {
            cut = space; // a word boundary in the second half: a whole last word
        }
        return text.substring(0, cut).stripTrailing() + "…";
    }
}
