package org.hawliyat.timeline;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.hawliyat.timeline.TimelineLayout.Cluster;
import org.hawliyat.timeline.TimelineLayout.LaneLayout;
import org.hawliyat.timeline.TimelineLayout.PlacedItem;

/**
 * Packs the visible items of each lane into rows so that no two labels overlap; where a lane's rows
 * are full, items merge into clusters with a count. Only items that start shortly before the view
 * are visited, and runs of items that can only join a cluster are counted in one step, so a frame
 * costs what is on screen, not what is in the catalogue.
 *
 * <p>Every item overlapping the visible range is either placed or counted in exactly one cluster.
 * An item is placed only past the end of everything already in its row, so rows never overlap
 * whatever the order items come in; this lets the selected item be placed first, so that it is
 * always drawn.
 */
public final class TimelineLayoutEngine {

    /** A span at least this wide carries its label inside it rather than after its end. */
    static final double INLINE_LABEL_SPAN = 160;
    /** A label is shortened to the end edge only while this much of it still shows. */
    static final double MIN_SHORTENED_LABEL = 48;

    /** How wide an item's label is, in pixels; called only for items that get a row. */
    @FunctionalInterface
    public interface LabelWidths {
        double width(TimelineItem item);
    }

    public TimelineLayout layout(TimelineData data, LaneMode mode, TimeScale scale, LayoutOptions options,
                                 LabelWidths labelWidths) {
        return layout(data, mode, scale, options, labelWidths, null);
    }

    /**
     * @param priorityId an event drawn before all others in its lane (the selection), or {@code null}
     */
    public TimelineLayout layout(TimelineData data, LaneMode mode, TimeScale scale, LayoutOptions options,
                                 LabelWidths labelWidths, String priorityId) {
        TimelineItem priority = data.item(priorityId).orElse(null);
        List<LaneLayout> lanes = new ArrayList<>();
        int placed = 0;
        int clustered = 0;
        for (Lane lane : data.lanes(mode)) {
            // the lane as it is without a selection; the selection is given a place of its own only
            // when it would otherwise be in a badge, so that selecting never moves other labels
            // while the selected one is drawn anyway
            LanePacker plain = new LanePacker(data, lane, scale, options, labelWidths, priority);
            LaneLayout laid = plain.pack(false);
            if (plain.priority != null && laid.items().stream().noneMatch(p -> p.item() == plain.priority)) {
                laid = new LanePacker(data, lane, scale, options, labelWidths, priority).pack(true);
            }
            lanes.add(laid);
            placed += laid.items().size();
            for (Cluster c : laid.clusters()) {
                clustered += c.count();
            }
        }
        return new TimelineLayout(scale, List.copyOf(lanes), placed, clustered);
    }

    /**
     * The same layout with at most {@code itemRows} rows of items per lane: the items of the rows
     * beyond join the clusters. First-fit packing puts an item in the first row with room, and
     * taking rows away changes nothing in the rows before them, so this equals packing again with
     * fewer rows, without visiting the items again. The last row, which holds the badges, also
     * holds the labels of the rows taken away wherever they collide with nothing there: a badge
     * stands only for labels that would really overlap.
     */
    public TimelineLayout withItemRows(TimelineLayout layout, int itemRows, LayoutOptions options) {
        return withItemRows(layout, itemRows, options, null, null, null);
    }

    /**
     * {@link #withItemRows(TimelineLayout, int, LayoutOptions)}, keeping the selection drawn: a lane
     * whose selected item would join a badge is packed again with fewer rows, the selection first.
     *
     * @param data        what {@code layout} was made from
     * @param labelWidths as given to {@link #layout}
     * @param priorityId  the selection, or {@code null}
     */
    public TimelineLayout withItemRows(TimelineLayout layout, int itemRows, LayoutOptions options, TimelineData data,
                                       LabelWidths labelWidths, String priorityId) {
        TimelineItem priority = data == null ? null : data.item(priorityId).orElse(null);
        List<LaneLayout> lanes = new ArrayList<>();
        int placed = 0;
        int clustered = 0;
        for (LaneLayout lane : layout.lanes()) {
            LaneLayout fewer = fewerRows(lane, lane.collapsed() ? 1 : itemRows, options);
            if (priority != null && fewer != lane && lane.items().stream().anyMatch(p -> p.item() == priority)
                    && fewer.items().stream().noneMatch(p -> p.item() == priority)) {
                fewer = new LanePacker(data, lane.lane(), layout.scale(), options.withItemRows(itemRows), labelWidths,
                        priority).pack(true);
            }
            lanes.add(fewer);
            placed += fewer.items().size();
            for (Cluster c : fewer.clusters()) {
                clustered += c.count();
            }
        }
        return new TimelineLayout(layout.scale(), List.copyOf(lanes), placed, clustered);
    }

    private static LaneLayout fewerRows(LaneLayout lane, int keep, LayoutOptions options) {
        if (lane.clusterRow() <= keep) {
            return lane; // it fits
        }
        double gap = options.itemGap();
        List<PlacedItem> kept = new ArrayList<>();
        List<PlacedItem> dropped = new ArrayList<>();
        for (PlacedItem p : lane.items()) {
            (p.row() < keep ? kept : dropped).add(p);
        }
        // the items of the rows taken away share the last row with the lane's badges: each keeps its
        // label where it collides with nothing there, and only the others join a badge
        dropped.sort((a, b) -> Double.compare(a.extentStart(), b.extentStart()));
        List<PlacedItem> lastRow = new ArrayList<>();
        List<PlacedItem> toBadges = new ArrayList<>();
        double end = Double.NEGATIVE_INFINITY;
        for (PlacedItem p : dropped) {
            if (p.extentStart() >= end + gap) {
                lastRow.add(p);
                end = p.extentEnd();
            } else {
                toBadges.add(p);
            }
        }
        List<Cluster> merged;
        while (true) {
            List<Cluster> pieces = new ArrayList<>(lane.clusters());
            for (PlacedItem p : toBadges) {
                double badgeX = Math.max(p.item().kind() == SpanKind.POINT ? p.x0() - options.markerSize() / 2 : p.x0(), 0);
                pieces.add(new Cluster(-1, badgeX, options.clusterWidth(), 1, p.item().start(), p.item().end()));
            }
            merged = mergeClusters(pieces, options);
            List<PlacedItem> hidden = new ArrayList<>();
            for (PlacedItem p : lastRow) {
                for (Cluster c : merged) {
                    if (p.extentStart() < c.x() + c.width() + gap && p.extentEnd() + gap > c.x()) {
                        hidden.add(p); // a badge lands on its label: it joins the badge
                        break;
                    }
                }
            }
            if (hidden.isEmpty()) {
                break;
            }
            lastRow.removeAll(hidden);
            toBadges.addAll(hidden);
        }
        int usedRows = 0;
        for (PlacedItem p : kept) {
            usedRows = Math.max(usedRows, p.row() + 1);
        }
        for (PlacedItem p : lastRow) {
            kept.add(new PlacedItem(p.item(), usedRows, p.x0(), p.x1(), p.labelX(), p.labelWidth(), p.extentStart(),
                    p.extentEnd()));
        }
        int clusterRow = usedRows;
        List<Cluster> inRow = new ArrayList<>(merged.size());
        for (Cluster c : merged) {
            inRow.add(new Cluster(clusterRow, c.x(), c.width(), c.count(), c.firstDay(), c.lastDay()));
        }
        int rows = Math.max(1, usedRows + (inRow.isEmpty() && lastRow.isEmpty() ? 0 : 1));
        return new LaneLayout(lane.lane(), lane.collapsed(), rows, clusterRow, List.copyOf(kept), List.copyOf(inRow));
    }

    /** Badges and single items merged left to right wherever they would touch, as packing merges them. */
    private static List<Cluster> mergeClusters(List<Cluster> pieces, LayoutOptions options) {
        pieces.sort((a, b) -> Double.compare(a.x(), b.x()));
        List<Cluster> merged = new ArrayList<>();
        for (Cluster piece : pieces) {
            Cluster last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && piece.x() < last.x() + options.clusterWidth() + options.itemGap()) {
                merged.set(merged.size() - 1, new Cluster(-1, last.x(), last.width(), last.count() + piece.count(),
                        Math.min(last.firstDay(), piece.firstDay()), Math.max(last.lastDay(), piece.lastDay())));
            } else {
                merged.add(new Cluster(-1, piece.x(), options.clusterWidth(), piece.count(), piece.firstDay(), piece.lastDay()));
            }
        }
        return merged;
    }

    /** The packing of one lane: its rows, and the cluster being built. */
    private static final class LanePacker {
        private final TimelineData data;
        private final Lane lane;
        private final TimeScale scale;
        private final LayoutOptions options;
        private final LabelWidths labelWidths;
        /** The selection when it is in this lane and in view, else null. */
        final TimelineItem priority;
        private final boolean collapsed;
        private final double[] rowEnd;
        private final double halfMarker;
        private final List<PlacedItem> placed = new ArrayList<>();
        private final List<Cluster> clusters = new ArrayList<>();
        private int usedRows;
        // the selection when it was placed first: its row and extent, which later items keep clear of
        private TimelineItem placedFirst;
        private boolean placingFirst;
        private int firstRow = -1;
        private double firstStart;
        private double firstEnd;
        // the open cluster: its badge position, count and days
        private double clusterX = Double.NaN;
        private int clusterCount;
        private double clusterFirst;
        private double clusterLast;

        LanePacker(TimelineData data, Lane lane, TimeScale scale, LayoutOptions options, LabelWidths labelWidths,
                   TimelineItem priority) {
            this.data = data;
            this.lane = lane;
            this.scale = scale;
            this.options = options;
            this.labelWidths = labelWidths;
            this.collapsed = options.collapsedLanes().contains(lane.key());
            this.rowEnd = new double[collapsed ? 1 : options.itemRows()];
            Arrays.fill(rowEnd, Double.NEGATIVE_INFINITY);
            this.halfMarker = options.markerSize() / 2;
            this.priorityPosition = priority == null ? -1 : regularPosition(priority);
            boolean inLane = priorityPosition >= 0 || (priority != null && isLong(priority));
            this.priority = inLane && visible(priority) ? priority : null;
        }

        /** Where the selection is among the lane's regular items, or -1. */
        private final int priorityPosition;

        private int regularPosition(TimelineItem item) {
            int[] regular = lane.regular();
            for (int i = lane.firstRegularFrom(item.start(), 0); i < regular.length
                    && lane.regularStart()[i] == item.start(); i++) {
                if (regular[i] == item.order()) {
                    return i;
                }
            }
            return -1;
        }

        private boolean isLong(TimelineItem item) {
            for (int index : lane.longItems()) {
                if (index == item.order()) {
                    return true;
                }
            }
            return false;
        }

        private boolean visible(TimelineItem item) {
            return item.end() > scale.visible().start() && item.start() < scale.visible().end();
        }

        /** @param selectionFirst place the selection before the others (else it is packed like any item) */
        LaneLayout pack(boolean selectionFirst) {
            TimelineItem first = selectionFirst ? priority : null;
            if (first != null) {
                placingFirst = true;
                tryPlace(first); // a lane always has a free row for its first item
                placingFirst = false;
                placedFirst = first;
            }
            double visibleStart = scale.visible().start();
            double visibleEnd = scale.visible().end();
            int[] regular = lane.regular();
            int[] longs = lane.longItems();
            double[] starts = lane.regularStart();
            List<TimelineItem> all = data.items();
            int rp = lane.firstRegularFrom(visibleStart - lane.regularReach(), 0);
            int lp = 0;
            while (true) {
                // the next item in time order from the two lists (regular items, and the few long ones)
                boolean takeLong = lp < longs.length && (rp >= regular.length || all.get(longs[lp]).start() <= starts[rp]);
                if (!takeLong && rp >= regular.length) {
                    break;
                }
                TimelineItem item = all.get(takeLong ? longs[lp++] : regular[rp++]);
                if (item.start() >= visibleEnd) {
                    if (takeLong) {
                        lp = longs.length; // sorted by start: no later long item is visible
                    } else {
                        rp = regular.length;
                    }
                    continue;
                }
                if (item.end() <= visibleStart || item == placedFirst) {
                    continue; // ended before the view, or placed already
                }
                if (tryPlace(item)) {
                    continue;
                }
                addToCluster(item);
                if (!takeLong && item.start() >= visibleStart) {
                    // Dense: every regular item drawn before the first row frees up, and within this
                    // badge, joins it too. Count them in one step instead of visiting each one.
                    double freeX = Math.min(earliestFree() + options.itemGap(),
                            clusterX + options.clusterWidth() + options.itemGap());
                    double limit = Math.min(scale.day(freeX) - 0.5, visibleEnd);
                    if (lp < longs.length) {
                        limit = Math.min(limit, all.get(longs[lp]).start());
                    }
                    int next = lane.firstRegularFrom(limit, rp);
                    if (next > rp) {
                        int joined = next - rp;
                        if (placedFirst != null && priorityPosition >= rp && priorityPosition < next) {
                            joined--; // the selection is among them, but drawn on its own
                        }
                        clusterCount += joined;
                        // the latest start among them, a day on: enough to zoom in on the cluster
                        clusterLast = Math.max(clusterLast, starts[next - 1] + 1);
                        rp = next;
                    }
                }
            }
            closeCluster();
            int clusterRow = usedRows;
            List<Cluster> inRow = new ArrayList<>(clusters.size());
            for (Cluster c : clusters) {
                inRow.add(new Cluster(clusterRow, c.x(), c.width(), c.count(), c.firstDay(), c.lastDay()));
            }
            int rows = Math.max(1, usedRows + (inRow.isEmpty() ? 0 : 1));
            return new LaneLayout(lane, collapsed, rows, clusterRow, List.copyOf(placed), List.copyOf(inRow));
        }

        /** Places the item in the first row with room for it and its label; false when no row has room. */
        private boolean tryPlace(TimelineItem item) {
            double x0 = scale.x(item.start());
            double x1 = item.kind() == SpanKind.POINT ? x0 : Math.max(scale.x(item.end()), x0 + options.minSpanWidth());
            if (item.kind() == SpanKind.POINT) {
                x0 = scale.x(item.start() + 0.5); // a day's point sits in the middle of its day
                x1 = x0;
            }
            // the marker (the type's icon) sits on a point, or at the visible start of a span
            double markerStart = item.kind() == SpanKind.POINT ? x0 - halfMarker : Math.max(x0, 0);
            double markerEnd = markerStart + options.markerSize();
            double occupiedStart = Math.min(markerStart, x0);
            double drawnEnd = Math.max(markerEnd, x1);
            // a short span is labelled after its end, a long one inside itself, after the marker
            double visibleSpanEnd = Math.min(x1, scale.width());
            boolean inside = item.kind() == SpanKind.POINT || visibleSpanEnd - markerStart > INLINE_LABEL_SPAN;
            // a marker partly before the start edge keeps its label inside the view
            double labelX = Math.max((inside ? markerEnd : drawnEnd) + options.labelGap(), options.labelGap());
            double labelWidth = collapsed ? 0 : Math.min(options.maxLabelWidth(), labelWidths.width(item));
            double start = occupiedStart;
            int row;
            if (labelWidth > 0 && labelX + labelWidth > scale.width()) {
                // no room after the marker before the end edge: put the label before it, if a row has room there
                double before = markerStart - options.labelGap() - labelWidth;
                int roomy = before >= 0 ? freeRow(before, drawnEnd) : -1;
                if (roomy >= 0) {
                    row = roomy;
                    labelX = before;
                    start = before;
                } else {
                    // no row has room before it either: shorten it to the edge, or show the marker alone
                    double room = scale.width() - labelX;
                    labelWidth = room >= MIN_SHORTENED_LABEL ? room : 0;
                    row = freeRow(occupiedStart, Math.max(drawnEnd, labelX + labelWidth));
                }
            } else {
                row = freeRow(occupiedStart, Math.max(drawnEnd, labelX + labelWidth));
            }
            if (row < 0) {
                return false;
            }
            double end = Math.max(drawnEnd, labelX + labelWidth);
            if (labelX + labelWidth <= occupiedStart) {
                end = drawnEnd;
            }
            start = Math.min(start, labelX);
            placed.add(new PlacedItem(item, row, x0, x1, labelX, labelWidth, start, end));
            if (placingFirst) {
                firstRow = row;
                firstStart = start;
                firstEnd = end;
            } else {
                rowEnd[row] = Math.max(rowEnd[row], end);
            }
            usedRows = Math.max(usedRows, row + 1);
            return true;
        }

        /**
         * The first row with room from {@code start} to {@code end}: past the end of what is in it,
         * and clear of the selection when that was placed first; -1 when no row has room.
         */
        private int freeRow(double start, double end) {
            double gap = options.itemGap();
            for (int r = 0; r < rowEnd.length; r++) {
                if (rowEnd[r] <= start - gap
                        && (r != firstRow || end + gap <= firstStart || start - gap >= firstEnd)) {
                    return r;
                }
            }
            return -1;
        }

        /**
         * Where the first row frees up, at the earliest: a row in which only the selection's extent
         * is left before it counts from its end.
         */
        private double earliestFree() {
            double min = Double.POSITIVE_INFINITY;
            for (int r = 0; r < rowEnd.length; r++) {
                double free = rowEnd[r];
                if (r == firstRow && free < firstEnd
                        && free + 2 * options.itemGap() + options.markerSize() > firstStart) {
                    free = firstEnd;
                }
                min = Math.min(min, free);
            }
            return min;
        }

        /** Where an item's drawing would start: its point's marker, or its span. */
        private double occupiedStart(TimelineItem item) {
            return item.kind() == SpanKind.POINT ? scale.x(item.start() + 0.5) - halfMarker : scale.x(item.start());
        }

        private void addToCluster(TimelineItem item) {
            double badgeX = Math.max(occupiedStart(item), 0);
            if (!Double.isNaN(clusterX) && badgeX < clusterX + options.clusterWidth() + options.itemGap()) {
                clusterCount++;
                clusterFirst = Math.min(clusterFirst, item.start());
                clusterLast = Math.max(clusterLast, item.end());
                return;
            }
            closeCluster();
            clusterX = Math.max(badgeX, clusters.isEmpty() ? badgeX
                    : clusters.get(clusters.size() - 1).x() + options.clusterWidth() + options.itemGap());
            clusterCount = 1;
            clusterFirst = item.start();
            clusterLast = item.end();
        }

        private void closeCluster() {
            if (!Double.isNaN(clusterX) && clusterCount > 0) {
                clusters.add(new Cluster(-1, clusterX, options.clusterWidth(), clusterCount, clusterFirst, clusterLast));
            }
            clusterX = Double.NaN;
            clusterCount = 0;
        }
    }
}
