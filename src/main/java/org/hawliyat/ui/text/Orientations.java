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
     * The orientation a single-line text node needs to show its text in the text's own direction
     * in a window of the given orientation: {@code INHERIT} when they agree, else the text's own (an
     * English title in an Arabic window keeps its final full stop and its ellipsis at its end, an
     * Arabic one in an English window its closing bracket). Marks cannot do it: JavaFX draws the
     * right-to-left mark (U+200F) as a box.
     */
    public static NodeOrientation forText(String text, NodeOrientation window) {
        NodeOrientation own = of(text, window);
        return own == window ? NodeOrientation.INHERIT : own;
    }
}
