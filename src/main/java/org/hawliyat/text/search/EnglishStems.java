package org.hawliyat.text.search;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.tartarus.snowball.ext.EnglishStemmer;

/**
 * The index form of a word in Latin letters (or digits): without a possessive «'s», without inner
 * punctuation («U.S.» is «us»), stemmed with the Snowball English (Porter 2) stemmer, so
 * «embassies» and «embassy» are both «embassi». Lucene's English stop words are dropped. Words in
 * other scripts are kept as they are (already folded to lower case).
 */
final class EnglishStems {

    private static final Set<String> STOP_WORDS = strings(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);

    /** Not thread-safe: one per analysis. */
    private final EnglishStemmer stemmer = new EnglishStemmer();

    /** The forms of a word (already folded to lower case): one, or none for a stop word. */
    List<String> forms(String word) {
        String w = word;
        if (w.endsWith("'s") || w.endsWith("’s")) {
            w = w.substring(0, w.length() - 2);
        }
        StringBuilder kept = new StringBuilder(w.length());
        boolean latin = false;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                kept.append(c);
                latin |= c >= 'a' && c <= 'z';
            }
        }
        String plain = kept.toString();
        if (plain.isEmpty() || STOP_WORDS.contains(plain)) {
            return List.of();
        }
        if (!latin) {
            return List.of(plain);
        }
        stemmer.setCurrent(plain);
        stemmer.stem();
        return List.of(stemmer.getCurrent());
    }

    private static Set<String> strings(CharArraySet words) {
        Set<String> strings = new HashSet<>();
        for (Object word : words) {
            strings.add(new String((char[]) word));
        }
        return Set.copyOf(strings);
    }
}
