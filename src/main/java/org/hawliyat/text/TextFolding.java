package org.hawliyat.text;

import java.text.Normalizer;

/**
 * Folds text to the form a reader's query is compared in: what someone types without diacritics,
 * tatweel, hamza or the exact alef still matches. Arabic harakat, Quranic marks and tatweel are
 * dropped; أ إ آ ٱ become ا, ى becomes ي, ة becomes ه, ؤ becomes و and ئ becomes ي; Arabic-Indic
 * and Persian digits become ASCII digits; Latin letters lose case and accents; directional marks
 * and joiners are dropped; every run of whitespace becomes one space.
 *
 * <p>Unlike an analyser for a search index, folding keeps a map from each folded character back to
 * the original string, so a match found in the folded text can be highlighted in the original.
 */
public final class TextFolding {

    private TextFolding() {
    }

    /** The folded text and, for each of its characters, the index of the original character it came from. */
    public record Folded(String text, int[] sourceIndex, int sourceLength) {

        /** The span of the original text that the folded span [start, end) came from, with any marks that follow it. */
        public TextSpan sourceSpan(int start, int end, String source) {
            int from = sourceIndex[start];
            int to = end < sourceIndex.length ? sourceIndex[end - 1] + 1 : sourceLength;
            // the marks on the last letter belong to the match (the shadda and fatha of «مُحَمَّدٌ»)
            while (to < source.length() && isDropped(source.charAt(to)) && !Character.isWhitespace(source.charAt(to))) {
                to++;
            }
            return new TextSpan(from, to);
        }
    }

    /** The folded form of the text, with its map back to the original. */
    public static Folded fold(String source) {
        StringBuilder folded = new StringBuilder(source.length());
        int[] index = new int[source.length()];
        int length = 0;
        boolean afterSpace = false;
        for (int i = 0; i < source.length(); i++) {
            char c = source.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00A0') {
                if (!afterSpace) {
                    folded.append(' ');
                    index[length++] = i;
                    afterSpace = true;
                }
                continue;
            }
            if (isDropped(c)) {
                continue;
            }
            char mapped = map(c);
            if (mapped == 0) {
                continue;
            }
            folded.append(mapped);
            index[length++] = i;
            afterSpace = false;
        }
        return new Folded(folded.toString(), java.util.Arrays.copyOf(index, length), source.length());
    }

    /** The folded text alone, for comparing and indexing. */
    public static String foldedText(String source) {
        return fold(source).text();
    }

    /** Whether the character is left out of the folded text: harakat, Quranic marks, tatweel, bidi marks, joiners. */
    static boolean isDropped(char c) {
        return (c >= '\u0610' && c <= '\u061A')
                || (c >= '\u064B' && c <= '\u065F')
                || c == '\u0670'
                || (c >= '\u06D6' && c <= '\u06DC')
                || (c >= '\u06DF' && c <= '\u06E8')
                || (c >= '\u06EA' && c <= '\u06ED')
                || c == 'ـ' // tatweel
                || (c >= '\u200B' && c <= '\u200F') // zero-width space, joiners, directional marks
                || (c >= '\u202A' && c <= '\u202E')
                || (c >= '\u2066' && c <= '\u2069')
                || c == '\uFEFF'
                || (c >= '\u0300' && c <= '\u036F'); // Latin combining accents
    }

    /** The folded form of one kept character, or 0 when it folds to nothing. */
    private static char map(char c) {
        switch (c) {
            case 'أ', 'إ', 'آ', 'ٱ':
                return 'ا';
            case 'ى':
                return 'ي';
            case 'ة':
                return 'ه';
            case 'ؤ':
                return 'و';
            case 'ئ':
                return 'ي';
            default:
                break;
        }
        if (c >= '٠' && c <= '٩') {
            return (char) ('0' + (c - '٠'));
        }
        if (c >= '۰' && c <= '۹') {
            return (char) ('0' + (c - '۰'));
        }
        if (c < 0x80) {
            return Character.toLowerCase(c);
        }
        if (c < 0x0250) { // Latin-1 and Latin Extended: drop the accent, then the case
            String base = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
            return Character.toLowerCase(base.charAt(0));
        }
        return Character.toLowerCase(c);
    }
}
