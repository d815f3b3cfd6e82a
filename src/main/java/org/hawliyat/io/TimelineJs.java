package org.hawliyat.io;

import java.util.List;

/**
 * A TimelineJS timeline as its JSON and its Google-sheet template both hold it: a title slide,
 * events and eras. Values are kept as text, as written (dates parts such as {@code "06"}, HTML in
 * texts), so that the JSON and the CSV reader share one mapping into the catalogue
 * ({@link TimelineJsReading}) and the writers one mapping out of it ({@link TimelineJsWriting}).
 */
public final class TimelineJs {

    private TimelineJs() {
    }

    /** A date as TimelineJS gives it: year, month and day as written (any may be null), and the time. */
    public record DateParts(String year, String month, String day, String time) {
        public static final DateParts NONE = new DateParts(null, null, null, null);

        public boolean isEmpty() {
            return blank(year) && blank(month) && blank(day);
        }
    }

    /** A picture, video or page shown with a slide: an address (or an embed code), its credit and caption. */
    public record Media(String url, String credit, String caption, String thumbnail) {
        public boolean isEmpty() {
            return blank(url) && blank(credit) && blank(caption);
        }
    }

    /**
     * One slide, event or era.
     *
     * @param where how to name it in a message: {@code event #3}, {@code row 5}
     */
    public record Slide(String where, DateParts start, DateParts end, String displayDate, String headline, String text,
                        Media media, String group, String background, String uniqueId) {
    }

    /** The whole timeline; {@code title} may be null. */
    public record Document(Slide title, List<Slide> events, List<Slide> eras) {
        public Document {
            events = List.copyOf(events);
            eras = List.copyOf(eras);
        }
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
