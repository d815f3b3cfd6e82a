package org.hawliyat.text.search;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.hawliyat.model.Language;
import org.hawliyat.text.TextFolding;

/**
 * Turns text into search index terms and a typed query into query terms, the same way on both
 * sides, so that a query typed the way a name comes to mind still finds it.
 *
 * <p>Text is first {@linkplain TextFolding folded} (diacritics and tatweel dropped, أ إ آ ٱ to ا,
 * ى to ي, ة to ه, Arabic-Indic and Persian digits to ASCII, Latin to lower case without accents),
 * then cut into words by Lucene's {@link StandardTokenizer} (Unicode word boundaries), and each
 * word split where Arabic letters meet other characters. Arabic words go through
 * {@link ArabicStems} (Lucene's Arabic normaliser and light stemmer, plus proclitics), other words
 * through {@link EnglishStems} (Porter 2). Stop words of either language are left out.
 *
 * <p>Every term is made of letters and digits only, so a term can never be read as a query
 * operator by the index. Instances are cheap and thread-safe: each thread keeps its own tokenizer
 * and a bounded memory of the words it has stemmed.
 */
public final class SearchAnalyzer {

    /**
     * The version of what this class produces for the index. Changing the analysis changes the
     * terms, so a stored index built by another version is rebuilt.
     */
    public static final int VERSION = 1;

    /** Terms beyond these are ignored: a pasted page is not a query, and FTS5 should not be asked to AND hundreds of words. */
    public static final int MAX_QUERY_TERMS = 12;

    /** The last word is also matched as a prefix when its form has at least this many characters. */
    private static final int MIN_PREFIX = 3;

    /** The words of a text with their index forms and their spans in the original text. */
    public List<AnalyzedToken> tokens(String text) {
        List<AnalyzedToken> tokens = new ArrayList<>();
        forEachWord(text, (folded, start, stop, forms) ->
                tokens.add(new AnalyzedToken(folded.sourceSpan(start, stop, text), forms)));
        return tokens;
    }

    /** The index terms of a text, space-separated, for a full-text column. */
    public String indexTerms(String text) {
        StringBuilder terms = new StringBuilder();
        appendIndexTerms(text, terms);
        return terms.toString();
    }

    /** Appends the text's index terms to {@code terms}, space-separated. */
    public void appendIndexTerms(String text, StringBuilder terms) {
        forEachWord(text, (folded, start, stop, forms) -> {
            for (String form : forms) {
                if (terms.length() > 0) {
                    terms.append(' ');
                }
                terms.append(form);
            }
        });
    }

    /**
     * The terms of a typed query. Whatever was typed (quotes, brackets, operators, words such as
     * AND or NEAR) is only text: its words become terms and the rest is ignored. The last word also
     * matches longer words when nothing follows it, as while typing.
     */
    public SearchTerms query(String typed) {
        if (typed == null || typed.isBlank()) {
            return SearchTerms.NONE;
        }
        List<AnalyzedToken> tokens = tokens(typed);
        List<QueryTerm> terms = new ArrayList<>();
        Set<List<String>> seen = new LinkedHashSet<>();
        for (int i = 0; i < tokens.size() && terms.size() < MAX_QUERY_TERMS; i++) {
            AnalyzedToken token = tokens.get(i);
            boolean last = i == tokens.size() - 1;
            boolean prefix = last && token.source().end() == typed.length()
                    && token.forms().get(0).length() >= MIN_PREFIX;
            if (seen.add(token.forms()) || prefix) {
                terms.add(new QueryTerm(token.forms(), prefix));
            }
        }
        return new SearchTerms(terms);
    }

    /**
     * The language a query is written in, to choose which title and text to show: Arabic when it
     * has Arabic letters or Arabic-Indic digits, English when it has Latin letters, else the fallback.
     */
    public static Language languageOf(String typed, Language fallback) {
        if (typed != null) {
            for (int i = 0; i < typed.length(); i++) {
                char c = typed.charAt(i);
                if (isArabic(c)) {
                    return Language.AR;
                }
                if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
                    return Language.EN;
                }
            }
        }
        return fallback;
    }

    /** A word found in the folded text, from start to stop, with its forms. */
    private interface WordSink {
        void accept(TextFolding.Folded folded, int start, int stop, List<String> forms);
    }

    private void forEachWord(String text, WordSink sink) {
        if (text == null || text.isEmpty()) {
            return;
        }
        Pipeline pipeline = PIPELINE.get();
        if (pipeline.busy) { // analysing from inside a sink: then a pipeline of its own
            pipeline = new Pipeline();
        }
        pipeline.busy = true;
        try {
            pipeline.run(text, sink);
        } catch (IOException e) {
            throw new UncheckedIOException("reading a string cannot fail", e);
        } finally {
            pipeline.busy = false;
        }
    }

    /**
     * Lucene's tokenizer, the stemmers and the forms of the words seen lately, kept by each thread:
     * indexing calls the analyser for every title, summary and name of a large import, words recur
     * in text (a few hundred make up half of any text), and building a tokenizer each time cost
     * more than using it.
     */
    private static final ThreadLocal<Pipeline> PIPELINE = ThreadLocal.withInitial(Pipeline::new);

    private static final class Pipeline {
        private static final int MAX_REMEMBERED = 50_000;

        private final StandardTokenizer tokenizer = new StandardTokenizer();
        private final OffsetAttribute offset = tokenizer.addAttribute(OffsetAttribute.class);
        private final ArabicStems arabic = new ArabicStems();
        private final EnglishStems english = new EnglishStems();
        private final Map<String, List<String>> remembered = new HashMap<>();
        private boolean busy;

        void run(String text, WordSink sink) throws IOException {
            TextFolding.Folded folded = TextFolding.fold(text);
            String f = folded.text();
            tokenizer.setReader(new StringReader(f));
            try {
                tokenizer.reset();
                while (tokenizer.incrementToken()) {
                    int end = offset.endOffset();
                    // «قطر2022» is two words for a reader, and so is «title:embassy» (Unicode keeps both whole)
                    for (int start = offset.startOffset(); start < end; ) {
                        int kind = kind(f.charAt(start));
                        int stop = start + 1;
                        while (stop < end && kind(f.charAt(stop)) == kind) {
                            stop++;
                        }
                        if (kind != SEPARATOR) {
                            List<String> forms = forms(f.substring(start, stop), kind);
                            if (!forms.isEmpty()) {
                                sink.accept(folded, start, stop, forms);
                            }
                        }
                        start = stop;
                    }
                }
                tokenizer.end();
            } finally {
                tokenizer.close(); // ready for the next text
            }
        }

        private List<String> forms(String word, int kind) {
            List<String> forms = remembered.get(word);
            if (forms == null) {
                forms = kind == ARABIC ? arabic.forms(word) : english.forms(word);
                if (remembered.size() == MAX_REMEMBERED) {
                    remembered.clear(); // a bound, not a policy: the common words come back at once
                }
                remembered.put(word, forms);
            }
            return forms;
        }
    }

    private static final int ARABIC = 0;
    private static final int OTHER = 1;
    private static final int SEPARATOR = 2;

    /**
     * Arabic letters, other word characters, or a separator. Apostrophes and full stops stay inside
     * a word («O'Brien», «U.S.»), as does the comma of «1,000»; any other mark splits it.
     */
    private static int kind(char c) {
        if (isArabic(c)) {
            return ARABIC;
        }
        if (Character.isLetterOrDigit(c) || c == '\'' || c == '’' || c == '.' || c == ','
                || Character.getType(c) == Character.NON_SPACING_MARK || Character.getType(c) == Character.COMBINING_SPACING_MARK) {
            return OTHER;
        }
        return SEPARATOR;
    }

    private static boolean isArabic(char c) {
        return (c >= '\u0620' && c <= '\u064A') || (c >= '\u0660' && c <= '\u0669') || (c >= '\u066E' && c <= '\u06D3')
                || (c >= '\u06F0' && c <= '\u06F9') || (c >= '\u06FA' && c <= '\u06FF') || (c >= '\u0750' && c <= '\u077F');
    }
}
