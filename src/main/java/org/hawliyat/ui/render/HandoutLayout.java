package org.hawliyat.ui.render;

import java.util.ArrayList;
import java.util.List;

/**
 * Which rows of the handout's table go on which page, from the rows' measured heights and the room
 * each page has for them (the first page less, since the title and the timeline come first). Plain
 * arithmetic, so that it can be tested on made-up heights.
 *
 * <p>Rows are never split: a row that does not fit in what is left of a page starts the next one.
 * A row taller than a whole page gets a page of its own (and is cut at its foot) rather than
 * holding up the rest. There is always at least one page.
 */
public final class HandoutLayout {

    private HandoutLayout() {
    }

    /** One page: its number (from 1) and its rows, {@code from} inclusive to {@code to} exclusive. */
    public record Page(int number, int from, int to) {
        public int rowCount() {
            return to - from;
        }
    }

    /**
     * @param firstPageRoom  height left for rows on the first page (may be 0 or less: then none fit)
     * @param otherPageRoom  height for rows on every further page
     * @param rowHeights     each row's height, in table order
     */
    public static List<Page> paginate(double firstPageRoom, double otherPageRoom, List<Double> rowHeights) {
        if (!(otherPageRoom > 0)) {
            throw new IllegalArgumentException("a page must have room for rows, but has " + otherPageRoom);
        }
        List<Page> pages = new ArrayList<>();
        int from = 0;
        double room = firstPageRoom;
        double used = 0;
        for (int i = 0; i < rowHeights.size(); i++) {
            double height = rowHeights.get(i);
            boolean fits = used + height <= room + 1e-6;
            boolean alone = i == from;
            if (!fits && !(alone && pages.size() > 0)) {
                // to the next page; on a further page a row that fits nowhere stays, alone
                pages.add(new Page(pages.size() + 1, from, i));
                from = i;
                room = otherPageRoom;
                used = 0;
            }
            used += height;
        }
        pages.add(new Page(pages.size() + 1, from, rowHeights.size()));
        return pages;
    }
}
