package org.hawliyat.ui.render;

import org.hawliyat.model.PartialDate;
import org.hawliyat.timeline.TimeRange;

/** The time a picture of the timeline shows: a rendered PNG's, a handout's. */
public final class PictureRange {

    private PictureRange() {
    }

    /**
     * The range asked for, else every event with a margin on both sides: the window's "show all"
     * puts the first and last events at the very edges, where in a picture their badges and
     * labels would be cut.
     */
    public static TimeRange of(TimeRange fit, PartialDate from, PartialDate to) {
        double margin = (fit.end() - fit.start()) * 0.04;
        double start = from == null ? fit.start() - margin : from.firstDay().toEpochDay();
        double end = to == null ? fit.end() + margin : to.lastDay().toEpochDay() + 1.0;
        return new TimeRange(start, Math.max(end, start + 1));
    }
}
