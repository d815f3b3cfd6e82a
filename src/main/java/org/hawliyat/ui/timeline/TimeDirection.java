package org.hawliyat.ui.timeline;

import javafx.geometry.NodeOrientation;

/** Which way time runs across the timeline. */
public enum TimeDirection {
    /** As the interface language reads: right to left in Arabic, left to right in English. */
    FOLLOW_LANGUAGE,
    /** Earliest at the left, whatever the language. */
    LEFT_TO_RIGHT,
    /** Earliest at the right, whatever the language. */
    RIGHT_TO_LEFT;

    /** The timeline's own orientation for this direction: inherited from the window when it follows the language. */
    public NodeOrientation orientation() {
        return switch (this) {
            case FOLLOW_LANGUAGE -> NodeOrientation.INHERIT;
            case LEFT_TO_RIGHT -> NodeOrientation.LEFT_TO_RIGHT;
            case RIGHT_TO_LEFT -> NodeOrientation.RIGHT_TO_LEFT;
        };
    }
}
