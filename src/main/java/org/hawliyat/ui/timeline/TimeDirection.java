package org.hawliyat.ui.timeline;

/** Which way time runs across the timeline. */
public enum TimeDirection {
    /** As the interface language reads: right to left in Arabic, left to right in English. */
    FOLLOW_LANGUAGE,
    /** Earliest at the left, whatever the language. */
    LEFT_TO_RIGHT,
    /** Earliest at the right, whatever the language. */
    RIGHT_TO_LEFT
}
