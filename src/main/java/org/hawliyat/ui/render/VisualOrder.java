package org.hawliyat.ui.render;

import java.text.Bidi;

/**
 * A line of text in the order its characters appear on the page from left to right (the Unicode
 * bidirectional algorithm's reordering): the order in which a PDF holds the glyphs of a line, and
 * from which readers and text extraction recover the reading order. Characters are not shaped: the
 * Arabic letters stay the base letters (U+0600 block), so that text copied from the PDF is the text
 * of the catalogue.
 *
 * <p>Extractors recover reading order differently. PDFBox runs the bidirectional algorithm again on
 * the visual line and mirrors brackets in right-to-left runs; poppler's pdftotext reverses every
 * stretch of non-left-to-right characters, takes neutral characters beside a number into the
 * number, treats the Arabic comma as a digit and mirrors nothing. Invisible marks make both come
 * out right: a RIGHT-TO-LEFT MARK after each number or Latin run and after each punctuation mark of
 * a right-to-left line, brackets and quotation marks written as they are read and held between
 * LEFT-TO-RIGHT MARKs (so neither mirrors them), and in a left-to-right line a LEFT-TO-RIGHT MARK
 * at the start and after each Arabic run. Copied text carries these marks, which are invisible.
 * Poppler chooses one direction for a whole page by counting letters: on an English page where
 * Arabic quotations outnumber the English text, a line that starts with an Arabic name comes out
 * in the wrong order there (PDFBox and viewers that select by position are right).
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
        StringBuilder out = new StringBuilder(logical.length() + 16);
        if (!rightToLeft) {
            // readers take a line's direction from its first letter: a left-to-right line that starts
            // with Arabic starts with a mark
            out.append(LRM);
        }
        for (int run : order) {
            int start = bidi.getRunStart(run);
            int limit = bidi.getRunLimit(run);
            boolean reversed = (levels[run] & 1) == 1;
            if (!reversed) {
                // a left-to-right run in a right-to-left line: the mark ends it where the line goes on
                if (rightToLeft && limit < logical.length()) {
                    out.append(RLM);
                }
                out.append(logical, start, limit);
                continue;
            }
            // right to left: the characters reversed one by one (a surrogate pair kept in its order)
            for (int i = limit - 1; i >= start; i--) {
                char c = logical.charAt(i);
                if (Character.isLowSurrogate(c) && i > start && Character.isHighSurrogate(logical.charAt(i - 1))) {
                    out.append(logical.charAt(i - 1)).append(c);
                    i--;
                } else if (!rightToLeft) {
                    out.append(mirrored(c));
                } else if (isLetterOrSpace(c)) {
                    out.append(c);
                } else if (Character.isMirrored(c)) {
                    // as written, held left to right between marks: no reader then needs to mirror it
                    out.append(RLM).append(LRM).append(c).append(LRM);
                } else {
                    out.append(RLM).append(c);
                }
            }
            if (!rightToLeft && limit < logical.length()) {
                out.append(LRM);
            }
        }
        return out.toString();
    }

    private static boolean isLetterOrSpace(char c) {
        return Character.isLetter(c) || Character.isWhitespace(c)
                || Character.getType(c) == Character.NON_SPACING_MARK;
    }

    private static final char LRM = '\u200E';
    private static final char RLM = '\u200F';

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
