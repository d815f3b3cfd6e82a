package org.hawliyat.text.search;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.ar.ArabicNormalizer;
import org.apache.lucene.analysis.ar.ArabicStemmer;
import org.hawliyat.text.TextFolding;

/**
 * The index forms of one Arabic word, with Lucene's {@link ArabicNormalizer}, the prefixes and
 * suffixes of its light {@link ArabicStemmer} (the stemmer of Lucene's ArabicAnalyzer), and one
 * small rule of our own for the proclitics Lucene leaves alone.
 *
 * <p>Lucene strips one of ال وال بال كال فال لل and a lone و, then its suffixes (ها ان ات ون ين يه
 * ية ه ة ي) in one pass, down to two letters. Three things differ, each because a query missed
 * or found the wrong words without it:
 * <ul>
 * <li>Suffixes are taken off until none is left, so «كازاخستان» and «الكازاخستانية» both end at
 * «كازاخست» (one pass leaves the second at «كازاخستان»), but only while three letters remain, so
 * «بيان» stays «بيان» and meets «بيانات» instead of «البيئة» (which Lucene turns into «بي» too).</li>
 * <li>The conjunctions و and ف and the prepositions ب ك ل written on a word without the article
 * («بأستانا», «لكازاخستان», «وبالسفارة») are not Lucene's business: the word is also indexed
 * without them, when at least three letters remain. A word may really begin with such a letter
 * («وزير», «بيان»), so the whole word is always kept as one of its forms.</li>
 * <li>For the same reason Lucene's lone-و rule is replaced by that alternative: Lucene turns «وزير»
 * into «زير» but leaves «الوزير» at «وزير», so the two never met.</li>
 * </ul>
 * Queries get the same forms, and a query word matches a text word when they share one.
 */
final class ArabicStems {

    /** Lucene's Arabic stop words, folded as the words they are compared with. */
    private static final Set<String> STOP_WORDS = folded(ArabicAnalyzer.getDefaultStopSet());

    /** Fewest letters left after removing a proclitic for the rest to count as a word of its own. */
    private static final int MIN_REMAINDER = 3;

    /** Fewest letters a stem keeps: Arabic roots have three, and shorter stems run unrelated words together. */
    private static final int MIN_STEM = 3;

    private final ArabicNormalizer normalizer = new ArabicNormalizer();
    private final ArabicStemmer stemmer = new ArabicStemmer();

    /** The forms of an Arabic word (already {@link TextFolding folded}); empty for a stop word. */
    List<String> forms(String word) {
        char[] buffer = word.toCharArray();
        String normal = new String(buffer, 0, normalizer.normalize(buffer, buffer.length));
        if (normal.isEmpty() || STOP_WORDS.contains(normal)) {
            return List.of();
        }
        if (articlePrefix(normal)) { // «والسفارة», «بالسفارة»: Lucene already took the clitics off with the article
            return List.of(stem(normal));
        }
        List<String> readings = new ArrayList<>(4);
        readings.add(normal);
        if (startsWithAny(normal, "وف")) {
            readings.add(normal.substring(1));
        }
        for (int i = 0, n = readings.size(); i < n; i++) {
            String reading = readings.get(i);
            if (startsWithAny(reading, "بكل")) {
                readings.add(reading.substring(1));
            }
        }
        Set<String> forms = new LinkedHashSet<>();
        forms.add(stem(normal));
        for (String reading : readings.subList(1, readings.size())) {
            if (!STOP_WORDS.contains(reading)) { // «لهذا» is not also «هذا»
                forms.add(stem(reading));
            }
        }
        return List.copyOf(forms);
    }

    private static boolean startsWithAny(String word, String letters) {
        return word.length() > MIN_REMAINDER && letters.indexOf(word.charAt(0)) >= 0;
    }

    /** Whether Lucene strips an article with or without a clitic (ال وال بال كال فال لل) from the word. */
    private boolean articlePrefix(String word) {
        char[] buffer = word.toCharArray();
        return buffer.length - stemmer.stemPrefix(buffer, buffer.length) >= 2;
    }

    private String stem(String word) {
        char[] buffer = word.toCharArray();
        int length = stemmer.stemPrefix(buffer, buffer.length);
        if (buffer.length - length == 1) { // Lucene's lone و: the readings above cover it
            buffer = word.toCharArray();
            length = buffer.length;
        }
        return new String(buffer, 0, withoutSuffixes(buffer, length));
    }

    /**
     * Lucene's suffixes, in its order, taken off until none is left, each only when at least
     * {@value #MIN_STEM} letters remain.
     */
    private static int withoutSuffixes(char[] word, int length) {
        for (int before = -1; before != length; ) {
            before = length;
            for (char[] suffix : ArabicStemmer.suffixes) {
                if (length - suffix.length >= MIN_STEM && endsWith(word, length, suffix)) {
                    length -= suffix.length;
                }
            }
        }
        return length;
    }

    private static boolean endsWith(char[] word, int length, char[] suffix) {
        for (int i = 1; i <= suffix.length; i++) {
            if (word[length - i] != suffix[suffix.length - i]) {
                return false;
            }
        }
        return true;
    }

    private static Set<String> folded(CharArraySet words) {
        Set<String> folded = new HashSet<>();
        for (Object word : words) {
            folded.add(TextFolding.foldedText(new String((char[]) word)));
        }
        return Set.copyOf(folded);
    }
}
