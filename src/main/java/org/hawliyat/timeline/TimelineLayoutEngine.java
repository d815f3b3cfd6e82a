package org.hawliyat.timeline;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.hawliyat.timeline.TimelineLayout.Cluster;
import org.hawliyat.timeline.TimelineLayout.LaneLayout;
import org.hawliyat.timeline.TimelineLayout.PlacedItem;

/**
 * Packs the visible items of each lane into rows so that no two labels overlap; where a lane's rows
 * are full, items merge into clusters with a count. Only items that overlap the visible range are
 * visited, so a frame costs what is on screen, not what is in the catalogue.
 *
 * <p>Every item overlapping the visible range is either placed or counted in exactly one cluster.
 */
public final class TimelineLayoutEngine {

    /** A span at least this wide carries its label inside it rather than after its end. */
    static final double INLINE_LABEL_SPAN = 160;

    /** How wide an item's label is, in pixels; called only for items that get a row. */
    @FunctionalInterface
    public interface LabelWidths {
        double width(TimelineItem item);
    }

    public TimelineLayout layout(TimelineData data, LaneMode mode, TimeScale scale, LayoutOptions options,
                                 LabelWidths labelWidths) {
        List<LaneLayout> lanes = new ArrayList<>();
        int inRange = 0;
        int placed = 0;
        int clustered = 0;
        for (Lane lane : data.lanes(mode)) {
            LaneLayout laid = layoutLane(data, lane, scale, options, labelWidths);
            lanes.add(laid);
            placed += laid.items().size();
            for (Cluster c : laid.clusters()) {
                clustered += c.count();
            }
        }
        inRange = placed + clustered;
        return new TimelineLayout(scale, List.copyOf(lanes), inRange, placed, clustered);
    }

    private LaneLayout layoutLane(TimelineData data, Lane lane, TimeScale scale, LayoutOptions options,
                                  LabelWidths labelWidths) {
        boolean collapsed = options.collapsedLanes().contains(lane.key());
        int itemRows = collapsed ? 1 : options.itemRows();
        double[] rowEnd = new double[itemRows];
        Arrays.fill(rowEnd, Double.NEGATIVE_INFINITY);
        List<PlacedItem> placed = new ArrayList<>();
        List<Cluster> clusters = new ArrayList<>();
        int usedRows = 0;

        double visibleStart = scale.visible().start();
        double visibleEnd = scale.visible().end();
        double halfMarker = options.markerSize() / 2;
        // an open cluster being extended: its badge position, count and days
        double clusterX = Double.NaN;
        int clusterCount = 0;
        double clusterFirst = 0;
        double clusterLast = 0;

        int[] members = lane.items();
        for (int pos = lane.firstReaching(visibleStart); pos < members.length; pos++) {
            TimelineItem item = data.items().get(members[pos]);
            if (item.start() >= visibleEnd) {
                break; // sorted by start: nothing later is visible
            }
            if (item.end() <= visibleStart) {
                continue; // ended before the view, though an earlier item reaches into it
            }
            double x0 = scale.x(item.start());
            double x1 = item.kind() == SpanKind.POINT ? x0
                    : Math.max(scale.x(item.end()), x0 + options.minSpanWidth());
            if (item.kind() == SpanKind.POINT) {
                x0 = scale.x(item.start() + 0.5); // a day's point sits in the middle of its day
                x1 = x0;
            }
            // the marker (the type's icon) sits on a point, or at the visible start of a span
            double markerStart = item.kind() == SpanKind.POINT ? x0 - halfMarker : Math.max(x0, 0);
            double markerEnd = markerStart + options.markerSize();
            double occupiedStart = Math.min(markerStart, x0);
            int row = firstFreeRow(rowEnd, occupiedStart - options.itemGap());
            if (row >= 0) {
                // a short span is labelled after its end, a long one inside itself, after the marker
                double visibleSpanEnd = Math.min(x1, scale.width());
                boolean inside = item.kind() == SpanKind.POINT || visibleSpanEnd - markerStart > INLINE_LABEL_SPAN;
                double labelX = (inside ? markerEnd : Math.max(markerEnd, x1)) + options.labelGap();
                double labelWidth = collapsed ? 0 : Math.min(options.maxLabelWidth(), labelWidths.width(item));
                double start = occupiedStart;
                if (labelWidth > 0 && labelX + labelWidth > scale.width()) {
                    // no room after the marker before the end edge: put the label before it, if a row has room there
                    double before = markerStart - options.labelGap() - labelWidth;
                    int roomy = before >= 0 ? firstFreeRow(rowEnd, before - options.itemGap()) : -1;
                    if (roomy >= 0) {
                        row = roomy;
                        labelX = before;
                        start = before;
                    }
                }
                double end = Math.max(Math.max(markerEnd, x1), labelX + labelWidth);
                if (labelX < start) {
                    start = labelX;
                }
                if (labelX + labelWidth <= occupiedStart) {
                    end = Math.max(markerEnd, x1);
                }
                PlacedItem p = new PlacedItem(item, row, x0, x1, labelX, labelWidth, start, end);
                rowEnd[row] = end;
                usedRows = Math.max(usedRows, row + 1);
                placed.add(p);
                continue;
            }
            double badgeX = Math.max(occupiedStart, 0);
            if (!Double.isNaN(clusterX) && badgeX < clusterX + options.clusterWidth() + options.itemGap()) {
                clusterCount++;
                clusterFirst = Math.min(clusterFirst, item.start());
                clusterLast = Math.max(clusterLast, item.end());
            } else {
                if (!Double.isNaN(clusterX)) {
                    clusters.add(new Cluster(-1, clusterX, options.clusterWidth(), clusterCount, clusterFirst, clusterLast));
                }
                clusterX = badgeX;
                clusterCount = 1;
                clusterFirst = item.start();
                clusterLast = item.end();
            }
        }
        if (!Double.isNaN(clusterX)) {
            clusters.add(new Cluster(-1, clusterX, options.clusterWidth(), clusterCount, clusterFirst, clusterLast));
        }
        int clusterRow = Math.max(usedRows, 0);
        List<Cluster> inRow = new ArrayList<>(clusters.size());
        for (Cluster c : clusters) {
            inRow.add(new Cluster(clusterRow, c.x(), c.width(), c.count(), c.firstDay(), c.lastDay()));
        }
        int rows = Math.max(1, usedRows + (inRow.isEmpty() ? 0 : 1));
        return new LaneLayout(lane, collapsed, rows, clusterRow, List.copyOf(placed), List.copyOf(inRow));
    }

    /** The first row whose last item ends at or before {@code x}, or -1 when all are taken there. */
    private static int firstFreeRow(double[] rowEnd, double x) {
        for (int r = 0; r < rowEnd.length; r++) {
            if (rowEnd[r] <= x) {
                return r;
            }
        }
        return -1;
    }
}
