package org.hawliyat.ui.render;

import java.nio.file.Path;
import org.hawliyat.model.Language;
import org.hawliyat.model.PartialDate;

/**
 * A picture to draw: which view, in which language, of which range, how big.
 *
 * @param scale  pixels per layout unit (2 for a sharp picture at twice the size)
 */
public record RenderRequest(Path out, View view, Language language, PartialDate from, PartialDate to,
                            int width, int height, double scale, String selectEventId) {

    /** What to draw: the timeline alone or the whole main window. */
    public enum View { TIMELINE, WINDOW }
}
