package org.hawliyat.timeline;

import java.util.Arrays;
import org.hawliyat.model.LocalizedText;

/**
 * One horizontal lane of the timeline and the events in it, split for fast scanning: the regular
 * items (at most {@link #LONG_DAYS} long) with their start days, and the few long ones apart, so
 * that a frame visits only what starts shortly before the view.
 *
 * @param key          what groups its events: a type id, a country id, or {@code "all"}
 * @param items        indices into {@link TimelineData#items()} of every item, in time order
 * @param regular      the regular items, in time order
 * @param regularStart their start days
 * @param regularReach the longest regular item's length in days
 * @param longItems    items longer than {@link #LONG_DAYS}, in time order
 */
public record Lane(String key, LocalizedText label, int[] items, int[] regular, double[] regularStart,
                   double regularReach, int[] longItems) {

    /** Longer items (terms, treaties in force) are few; they are checked on every frame. */
    public static final double LONG_DAYS = 2 * 366;

    static Lane of(String key, LocalizedText label, int[] items, TimelineData data) {
        int[] regular = new int[items.length];
        double[] starts = new double[items.length];
        int[] longs = new int[items.length];
        int r = 0;
        int l = 0;
        double reach = 1;
        for (int index : items) {
            TimelineItem item = data.items().get(index);
            double length = item.end() - item.start();
            if (length > LONG_DAYS) {
                longs[l++] = index;
            } else {
                regular[r] = index;
                starts[r++] = item.start();
                reach = Math.max(reach, length);
            }
        }
        return new Lane(key, label, items, Arrays.copyOf(regular, r), Arrays.copyOf(starts, r), reach,
                Arrays.copyOf(longs, l));
    }

    public int size() {
        return items.length;
    }

    /** The first regular position whose start is at or after {@code day}, from {@code from} on. */
    int firstRegularFrom(double day, int from) {
        int lo = from;
        int hi = regularStart.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (regularStart[mid] < day) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
