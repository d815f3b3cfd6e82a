package org.hawliyat.timeline;

import org.hawliyat.model.LocalizedText;

/**
 * One horizontal lane of the timeline and the events in it.
 *
 * @param key           what groups its events: a type id, a country id, or {@code "all"}
 * @param items         indices into {@link TimelineData#items()}, in time order
 * @param reachUntil    for each position in {@code items}, the latest end among the items up to it,
 *                      so that a scan can start at the first item that may still be visible
 */
public record Lane(String key, LocalizedText label, int[] items, double[] reachUntil) {

    static Lane of(String key, LocalizedText label, int[] items, TimelineData data) {
        double[] reach = new double[items.length];
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < items.length; i++) {
            max = Math.max(max, data.items().get(items[i]).end());
            reach[i] = max;
        }
        return new Lane(key, label, items, reach);
    }

    public int size() {
        return items.length;
    }

    /** The first position whose item may end after {@code day}: every earlier one ends before it. */
    int firstReaching(double day) {
        int lo = 0;
        int hi = reachUntil.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (reachUntil[mid] > day) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }
}
