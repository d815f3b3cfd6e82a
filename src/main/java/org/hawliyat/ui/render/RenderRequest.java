package org.hawliyat.ui.render;

import java.nio.file.Path;
import org.hawliyat.model.Language;
import org.hawliyat.model.PartialDate;
import org.hawliyat.text.DateStyle;
import org.hawliyat.timeline.LaneMode;

/**
 * A picture to draw: which view, in which language, of which range, how big.
 *
 * @param scale  pixels per layout unit (2 for a sharp picture at twice the size)
 */
public record RenderRequest(Path out, View view, Language language, PartialDate from, PartialDate to,
                            int width, int height, double scale, String selectEventId,
                            LaneMode lanes, boolean hijri, DateStyle dateStyle) {

    public RenderRequest(Path out, View view, Language language, PartialDate from, PartialDate to,
                         int width, int height, double scale, String selectEventId) {
        this(out, view, language, from, to, width, height, scale, selectEventId, LaneMode.BY_TYPE, false, DateStyle.DEFAULT);
    }

    /** What to draw: the timeline alone, the whole main window, or the window with the event form open. */
    public enum View { TIMELINE, WINDOW, EDITOR }
}
