package org.hawliyat.timeline;

/** How events are grouped into horizontal lanes. */
public enum LaneMode {
    /** A lane per event type. */
    BY_TYPE,
    /** A lane per counterpart country (the country other than the one most events share). */
    BY_COUNTRY,
    /** All events in one lane. */
    SINGLE
}
