package org.hawliyat.ui.render;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;
import org.hawliyat.model.Language;
import org.hawliyat.model.PartialDate;
import org.hawliyat.text.DateStyle;
import org.hawliyat.timeline.LaneMode;

/**
 * A PDF handout to write: in which language, of which events (a tour's stops, or every event,
 * optionally within a range of time), at which resolution.
 *
 * @param tourId     the tour whose stops are listed, in tour order; null for every event in time order
 * @param from       the first day shown and listed (any precision), or null
 * @param to         the last day shown and listed, or null
 * @param dpi        pixels per inch of the page pictures
 * @param exportDate the date the subtitle names
 */
public record HandoutRequest(Path out, Language language, String tourId, PartialDate from, PartialDate to,
                             double dpi, DateStyle dateStyle, LaneMode lanes, LocalDate exportDate) {

    /** The resolution of the page pictures when none is asked for: sharp in print, a few megabytes a file. */
    public static final double DEFAULT_DPI = 200;

    public HandoutRequest {
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(language, "language");
        dateStyle = dateStyle == null ? DateStyle.DEFAULT : dateStyle;
        lanes = lanes == null ? LaneMode.BY_TYPE : lanes;
        exportDate = exportDate == null ? LocalDate.now() : exportDate;
        if (!(dpi > 0)) {
            throw new IllegalArgumentException("the resolution must be above 0 dpi");
        }
    }
}
