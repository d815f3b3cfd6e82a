package org.hawliyat.timeline;

/** How many events start in each of equal slices of a range: the overview strip's shape. */
public final class DensityHistogram {

    private DensityHistogram() {
    }

    public static int[] of(TimelineData data, TimeRange range, int bins) {
        int[] counts = new int[Math.max(1, bins)];
        double perBin = range.length() / counts.length;
        for (TimelineItem item : data.items()) {
            double middle = (item.start() + Math.min(item.end(), item.start() + 1)) / 2;
            int bin = (int) Math.floor((middle - range.start()) / perBin);
            if (bin >= 0 && bin < counts.length) {
                counts[bin]++;
            }
        }
        return counts;
    }
}
