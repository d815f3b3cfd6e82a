package org.hawliyat.ui.text;

import javafx.geometry.NodeOrientation;
import org.hawliyat.text.TextDirection;

/** The orientation a text reads in: that of its first strong character, so an English note reads from the left in an Arabic window. */
public final class Orientations {

    private Orientations() {
    }

    /** The text's own orientation, or {@code whenNeutral} for text without letters. */
    public static NodeOrientation of(String text, NodeOrientation whenNeutral) {
        return TextDirection.firstStrong(text == null ? "" : text)
                .map(direction -> direction == TextDirection.RIGHT_TO_LEFT
                        ? NodeOrientation.RIGHT_TO_LEFT : NodeOrientation.LEFT_TO_RIGHT)
                .orElse(whenNeutral);
    }

    /**
     * The text as a single-line {@code Text} node of the given orientation shows it in its own
     * direction: an English title in an Arabic window keeps its final full stop (or ellipsis) at its
     * end, an Arabic one in an English window its closing bracket. Marks of the text's own direction
     * (LRM, RLM: invisible, no width) are put at both ends when it differs from the node's.
     */
    public static String inOwnDirection(String text, NodeOrientation node) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        NodeOrientation own = of(text, node);
        if (own == node || node == NodeOrientation.INHERIT) {
            return text;
        }
        String mark = own == NodeOrientation.RIGHT_TO_LEFT ? "\u200F" : "\u200E";
        return mark + text + mark;
    }
}
