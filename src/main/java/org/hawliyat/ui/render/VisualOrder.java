package org.hawliyat.ui.render;

import java.text.Bidi;

/**
 * A line of text in the order its characters appear on the page from left to right (the Unicode
 * bidirectional algorithm's reordering, with brackets and quotation marks mirrored in right-to-left
 * runs): the order in which a PDF holds the glyphs of a line, and from which readers and text
 * extraction recover the reading order. Characters are not shaped: the Arabic letters stay the
 * base letters (U+0600 block), so that text copied from the PDF is the text of the catalogue.
 */
final class VisualOrder {

    private VisualOrder() {
    }

    /**
     * @param logical     one line, in reading order
     * @param rightToLeft whether its paragraph reads from right to left
     */
    static String of(String logical, boolean rightToLeft) {
        Bidi bidi = new Bidi(logical, rightToLeft ? Bidi.DIRECTION_RIGHT_TO_LEFT : Bidi.DIRECTION_LEFT_TO_RIGHT);
        if (bidi.isLeftToRight()) {
            return logical;
        }
        int runs = bidi.getRunCount();
        byte[] levels = new byte[runs];
        Integer[] order = new Integer[runs];
        for (int i = 0; i < runs; i++) {
            levels[i] = (byte) bidi.getRunLevel(i);
            order[i] = i;
        }
        Bidi.reorderVisually(levels, 0, order, 0, runs);
        StringBuilder out = new StringBuilder(logical.length());
        for (int run : order) {
            int start = bidi.getRunStart(run);
            int limit = bidi.getRunLimit(run);
            if ((levels[run] & 1) == 0) {
                out.append(logical, start, limit);
                continue;
            }
            // right to left: the characters reversed one by one (a surrogate pair kept in its order)
            for (int i = limit - 1; i >= start; i--) {
                char c = logical.charAt(i);
                if (Character.isLowSurrogate(c) && i > start && Character.isHighSurrogate(logical.charAt(i - 1))) {
                    out.append(logical.charAt(i - 1)).append(c);
                    i--;
                } else {
                    out.append(mirrored(c));
                }
            }
        }
        return out.toString();
    }

    /** The mirror image of a bracket or quotation mark, as a right-to-left run shows it. */
    static char mirrored(char c) {
        return switch (c) {
            case '(' -> ')';
            case ')' -> '(';
            case '[' -> ']';
            case ']' -> '[';
            case '{' -> '}';
            case '}' -> '{';
            case '<' -> '>';
            case '>' -> '<';
            case '«' -> '»';
            case '»' -> '«';
            case '‹' -> '›';
            case '›' -> '‹';
            default -> c;
        };
    }
}
