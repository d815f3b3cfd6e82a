package org.hawliyat.ui.timeline;

import java.util.HashMap;
import java.util.Map;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * Measures label widths with a real {@link Text} (so shaped Arabic is measured as drawn) and
 * remembers them; shortens a label that is too long with an ellipsis at its end in reading order.
 */
final class LabelMeasurer {

    private static final String ELLIPSIS = "…";

    private final Text probe = new Text();
    private final Map<String, Double> widths = new HashMap<>();
    private final Map<String, String> shortened = new HashMap<>();
    private Font font;

    void setFont(Font newFont) {
        if (!newFont.equals(font)) {
            font = newFont;
            probe.setFont(newFont);
            widths.clear();
            shortened.clear();
        }
    }

    double width(String text) {
        return widths.computeIfAbsent(text, this::measure);
    }

    private double measure(String text) {
        probe.setText(text);
        return Math.ceil(probe.getLayoutBounds().getWidth());
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
            if (measure(text.substring(0, mid).stripTrailing() + ELLIPSIS) <= maxWidth) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return text.substring(0, lo).stripTrailing() + ELLIPSIS;
    }
}
