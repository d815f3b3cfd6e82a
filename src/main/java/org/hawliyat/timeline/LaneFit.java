package org.hawliyat.timeline;

import java.util.function.IntUnaryOperator;

/**
 * How the lanes share the height they are given, and where the lane area is scrolled to. Plain
 * arithmetic, in pixels, with no JavaFX.
 *
 * <p>A short view first makes rows shorter (from the comfortable height down to the least), then
 * gives lanes fewer rows of labels (their other events join a cluster badge); when even one row of
 * labels a lane does not fit at the least height, the rows keep that height and the lane area
 * scrolls: no lane is ever hidden for want of room.
 *
 * @param itemRows       rows of labelled events per lane
 * @param rowHeight      the height of a row
 * @param contentHeight  the height of all lanes together
 * @param viewportHeight the height they are shown in
 */
public record LaneFit(int itemRows, double rowHeight, double contentHeight, double viewportHeight) {

    /**
     * @param totalRows      the rows of all lanes together when a lane has at most {@code n} rows of
     *                       labels, for {@code n} from 1 to {@code maxItemRows}
     * @param height         the height of the lane area
     * @param comfortableRow the row height when there is room
     * @param leastRow       the least row height before the lane area scrolls (at most the comfortable one)
     */
    public static LaneFit choose(IntUnaryOperator totalRows, int maxItemRows, double height, double comfortableRow,
                                 double leastRow) {
        if (maxItemRows < 1) {
            throw new IllegalArgumentException("a lane needs at least one row");
        }
        double least = Math.min(leastRow, comfortableRow);
        for (int n = maxItemRows; n >= 1; n--) {
            int rows = Math.max(1, totalRows.applyAsInt(n));
            if (rows * least <= height) {
                double row = Math.max(least, Math.min(comfortableRow, height / rows));
                return new LaneFit(n, row, rows * row, height);
            }
        }
        int rows = Math.max(1, totalRows.applyAsInt(1));
        return new LaneFit(1, least, rows * least, height);
    }

    /** Whether the lanes are taller than their area, so that it scrolls. */
    public boolean scrolls() {
        return contentHeight > viewportHeight + 0.5;
    }

    /** The furthest the lane area can be scrolled down. */
    public double maxOffset() {
        return scrolls() ? contentHeight - viewportHeight : 0;
    }

    /** An offset (how far the lanes are scrolled down) brought within what this fit allows. */
    public double clamp(double offset) {
        return Math.max(0, Math.min(maxOffset(), Double.isNaN(offset) ? 0 : offset));
    }

    /** The offset after scrolling by {@code delta} pixels (positive: further down). */
    public double scrolledBy(double offset, double delta) {
        return clamp(offset + delta);
    }

    /**
     * The offset moved as little as possible so that the band from {@code top} to {@code bottom}
     * (in the lanes' own coordinates) is in view; its top wins when it is taller than the area.
     */
    public double reveal(double offset, double top, double bottom) {
        double at = clamp(offset);
        if (bottom - top >= viewportHeight || top < at) {
            return clamp(top);
        }
        if (bottom > at + viewportHeight) {
            return clamp(bottom - viewportHeight);
        }
        return at;
    }
}
