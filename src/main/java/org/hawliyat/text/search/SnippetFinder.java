package org.hawliyat.text.search;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import org.hawliyat.text.TextSpan;

/**
 * Cuts the passage of a text that best shows why it matched a query: the window of at most
 * {@code maxLength} characters holding the most different query words, then the most matches,
 * then the earliest. Windows end on word boundaries. Matching uses the same analysis as the index,
 * so «السفاره» marks «والسفارة» and «embassy» marks «Embassies».
 */
public final class SnippetFinder {

    /** Matches looked at in one text: enough to find a good window in a long article, and bounded. */
    private static final int MAX_MATCHES = 400;

    private final SearchAnalyzer analyzer;
    private final int maxLength;

    public SnippetFinder(SearchAnalyzer analyzer, int maxLength) {
        if (maxLength < 20) {
            throw new IllegalArgumentException("a snippet needs at least 20 characters");
        }
        this.analyzer = analyzer;
        this.maxLength = maxLength;
    }

    /** A scored snippet: how many different query terms it shows, and how many matches. */
    public record Found(Snippet snippet, int distinctTerms, int matches) {
        /** More different query words shown, or as many and more matches. */
        public boolean betterThan(Found other) {
            return other == null || distinctTerms > other.distinctTerms
                    || (distinctTerms == other.distinctTerms && matches > other.matches);
        }
    }

    /** The best passage of the text for the query, or empty when no word of it matches. */
    public Optional<Found> find(String text, SearchTerms terms) {
        if (text == null || text.isEmpty() || terms.isEmpty()) {
            return Optional.empty();
        }
        List<TextSpan> spans = new ArrayList<>();
        List<Integer> termOf = new ArrayList<>();
        for (AnalyzedToken token : analyzer.tokens(text)) {
            int term = terms.termMatching(token);
            if (term >= 0) {
                spans.add(token.source());
                termOf.add(term);
                if (spans.size() == MAX_MATCHES) {
                    break;
                }
            }
        }
        if (spans.isEmpty()) {
            return Optional.empty();
        }
        int bestFirst = 0;
        int bestLast = 0;
        int bestDistinct = 0;
        for (int first = 0; first < spans.size(); first++) {
            BitSet seen = new BitSet();
            int last = first;
            for (int j = first; j < spans.size() && spans.get(j).end() - spans.get(first).start() <= maxLength; j++) {
                seen.set(termOf.get(j));
                last = j;
            }
            int distinct = seen.cardinality();
            if (distinct > bestDistinct || (distinct == bestDistinct && last - first > bestLast - bestFirst)) {
                bestFirst = first;
                bestLast = last;
                bestDistinct = distinct;
            }
            if (bestDistinct == terms.terms().size() && last == spans.size() - 1) {
                break; // nothing later can do better
            }
        }
        TextSpan window = window(text, spans.get(bestFirst).start(), spans.get(bestLast).end());
        List<TextSpan> highlights = new ArrayList<>();
        for (int j = bestFirst; j <= bestLast; j++) {
            TextSpan s = spans.get(j);
            if (s.start() >= window.start() && s.end() <= window.end()) {
                highlights.add(new TextSpan(s.start() - window.start(), s.end() - window.start()));
            }
        }
        String passage = text.substring(window.start(), window.end()).replace('\n', ' ').replace('\r', ' ').replace('\t', ' ');
        Snippet snippet = new Snippet(passage, highlights, window.start(), window.start() > 0, window.end() < text.length());
        return Optional.of(new Found(snippet, bestDistinct, highlights.size()));
    }

    /** The opening of a text, for a record that matched elsewhere (a name, a date). */
    public Snippet opening(String text) {
        if (text == null || text.isEmpty()) {
            return Snippet.EMPTY;
        }
        TextSpan window = window(text, 0, Math.min(text.length(), 1));
        String passage = text.substring(window.start(), window.end()).replace('\n', ' ').replace('\r', ' ').replace('\t', ' ');
        return new Snippet(passage, List.of(), 0, false, window.end() < text.length());
    }

    /**
     * A window of at most maxLength around the matched range [from, to), with a little more room
     * after the matches than before them, cut at spaces.
     */
    private TextSpan window(String text, int from, int to) {
        int slack = Math.max(0, maxLength - (to - from));
        int start = Math.max(0, from - slack / 3);
        int end = Math.min(text.length(), Math.max(to, start + maxLength));
        if (end - start > maxLength && to - from <= maxLength) {
            end = start + maxLength;
        }
        if (start > 0 && !Character.isWhitespace(text.charAt(start - 1))) { // begin after a space, unless that would lose the first match
            int space = start;
            while (space < from && !Character.isWhitespace(text.charAt(space))) {
                space++;
            }
            if (space < from) {
                start = space + 1;
            }
        }
        if (end < text.length() && !Character.isWhitespace(text.charAt(end))) { // end before a space, unless that would lose the last match
            int space = end;
            while (space > to && !Character.isWhitespace(text.charAt(space))) {
                space--;
            }
            if (space > to) {
                end = space;
            }
        }
        return new TextSpan(start, Math.max(start, end));
    }
}
