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
}
