package org.hawliyat.timeline;

import java.util.Set;

/**
 * The sizes the layout packs with, in pixels, and which lanes are collapsed.
 *
 * @param itemRows        rows per lane for labelled items; a further row holds clusters when needed
 * @param markerSize      width of a point marker
 * @param labelGap        space between a marker or span start and its label
 * @param itemGap         least space between two items in one row
 * @param clusterWidth    width of a cluster badge
 * @param maxLabelWidth   labels longer than this are cut with an ellipsis
 * @param minSpanWidth    a soft span or bar is drawn at least this wide
 */
public record LayoutOptions(int itemRows, double markerSize, double labelGap, double itemGap,
                            double clusterWidth, double maxLabelWidth, double minSpanWidth,
                            Set<String> collapsedLanes) {

    public static final LayoutOptions DEFAULT = new LayoutOptions(4, 12, 5, 10, 36, 320, 6, Set.of());

    public LayoutOptions {
        if (itemRows < 1) {
            throw new IllegalArgumentException("a lane needs at least one row");
        }
        collapsedLanes = Set.copyOf(collapsedLanes);
    }

    public LayoutOptions withCollapsed(Set<String> lanes) {
        return new LayoutOptions(itemRows, markerSize, labelGap, itemGap, clusterWidth, maxLabelWidth, minSpanWidth, lanes);
    }

    /**
     * These options for markers of another size (a larger text size): cluster badges, which hold
     * a count in text, grow with them.
     */
    public LayoutOptions withMarkerSize(double size) {
        if (size == markerSize) {
            return this;
        }
        return new LayoutOptions(itemRows, size, labelGap, itemGap, clusterWidth * size / markerSize, maxLabelWidth,
                minSpanWidth, collapsedLanes);
    }

    public LayoutOptions withItemRows(int rows) {
        return new LayoutOptions(rows, markerSize, labelGap, itemGap, clusterWidth, maxLabelWidth, minSpanWidth,
                collapsedLanes);
    }
}
