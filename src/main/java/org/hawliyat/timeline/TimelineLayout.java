package org.hawliyat.timeline;

import java.util.List;

/**
 * Where everything goes for one frame, in logical coordinates: x from the start edge (time order),
 * rows counted from the top of each lane. The skin turns rows into pixels and mirrors nothing.
 */
public record TimelineLayout(TimeScale scale, List<LaneLayout> lanes, int placed, int clustered) {

    /** How many items overlap the visible range: each is placed or counted in a cluster. */
    public int inRange() {
        return placed + clustered;
    }

    /**
     * One lane's rows.
     *
     * @param rows         rows in use (items, then one for clusters if any); at least 1
     * @param clusterRow   the row clusters sit in
     */
    public record LaneLayout(Lane lane, boolean collapsed, int rows, int clusterRow,
                             List<PlacedItem> items, List<Cluster> clusters) {
    }

    /**
     * An item with its label.
     *
     * @param x0          where its span starts (a point's centre)
     * @param x1          where its span ends (equal to x0 for a point)
     * @param labelX      where its label starts
     * @param labelWidth  the width its label may take; 0 when it has no label (collapsed lane)
     * @param extentStart where its drawing (marker, span and label) starts
     * @param extentEnd   where its drawing ends
     */
    public record PlacedItem(TimelineItem item, int row, double x0, double x1, double labelX, double labelWidth,
                             double extentStart, double extentEnd) {
        /** Whether the label sits before the marker (near the end edge, where it would not fit after it). */
        public boolean labelBefore() {
            return labelWidth > 0 && labelX + labelWidth <= x0;
        }
    }

    /**
     * Items too dense to label, merged into a badge with their count; clicking it zooms to
     * {@code firstDay}–{@code lastDay}.
     */
    public record Cluster(int row, double x, double width, int count, double firstDay, double lastDay) {
    }
}
