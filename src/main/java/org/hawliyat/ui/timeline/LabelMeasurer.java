package org.hawliyat.ui.timeline;

import java.util.HashMap;
import java.util.Map;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * Measures label widths with a real {@link Text} (so shaped Arabic is measured as drawn) and
 * remembers them, word by word: a timeline of a hundred thousand titles has far fewer distinct
 * words, and a space breaks Arabic joining, so words measured apart add up to the label. Runs of
 * digits and Latin letters add up per character, so numbers never need measuring. A small margin
 * covers kerning across the joins. Shortens a label that is too long with an ellipsis at its end
 * in reading order.
 */
final class LabelMeasurer {

    private static final String ELLIPSIS = "…";
    private static final double MARGIN = 1.02;

    private final Text probe = new Text();
    private final Map<String, Double> words = new HashMap<>();
    private final Map<String, Double> labels = new HashMap<>();
    private final Map<String, String> shortened = new HashMap<>();
    private final double[] asciiWidths = new double[128];
    private Font font;
    private double spaceWidth;

    void setFont(Font newFont) {
        if (!newFont.equals(font)) {
            font = newFont;
            probe.setFont(newFont);
            words.clear();
            labels.clear();
            shortened.clear();
            java.util.Arrays.fill(asciiWidths, -1);
            spaceWidth = measure("a a") - measure("aa");
        }
    }

    /** The label's width, at least as wide as it draws. */
    double width(String text) {
        Double known = labels.get(text);
        if (known != null) {
            return known;
        }
        double total = 0;
        int spaces = 0;
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean space = i == text.length() || text.charAt(i) == ' ';
            if (space) {
                if (start >= 0) {
                    total += wordWidth(text.substring(start, i));
                    start = -1;
                }
                if (i < text.length()) {
                    spaces++;
                }
            } else if (start < 0) {
                start = i;
            }
        }
        double width = Math.ceil(total * MARGIN + spaces * spaceWidth);
        if (labels.size() > 200_000) {
            labels.clear(); // bounded: titles are re-measured from cached words cheaply
        }
        labels.put(text, width);
        return width;
    }

    private double wordWidth(String word) {
        if (isAscii(word)) {
            double sum = 0;
            for (int i = 0; i < word.length(); i++) {
                char c = word.charAt(i);
                if (asciiWidths[c] < 0) {
                    asciiWidths[c] = measure(String.valueOf(c));
                }
                sum += asciiWidths[c];
            }
            return sum;
        }
        return words.computeIfAbsent(word, this::measure);
    }

    private static boolean isAscii(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (word.charAt(i) >= 128) {
                return false;
            }
        }
        return true;
    }

    private double measure(String text) {
        probe.setText(text);
        return probe.getLayoutBounds().getWidth();
    }

    /** The text, or its longest start that fits with an ellipsis. */
    String fit(String text, double maxWidth) {
        if (width(text) <= maxWidth + 0.5) {
            return text;
        }
        return shortened.computeIfAbsent(text + '\u0000' + (int) maxWidth, k -> shorten(text, maxWidth));
    }

    private String shorten(String text, double maxWidth) {
        int lo = 0;
        int hi = text.length();
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (measure(text.substring(0, mid).stripTrailing() + ELLIPSIS) * MARGIN <= maxWidth) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return text.substring(0, lo).stripTrailing() + ELLIPSIS;
    }
}
