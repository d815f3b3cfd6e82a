package org.hawliyat.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/** What every benchmark needs: percentiles of timings, nanoseconds as milliseconds, and a scratch folder removed. */
public final class BenchFigures {

    private BenchFigures() {
    }

    /** The nearest-rank percentile (50 for the median, 100 for the maximum); NaN when there are no values. */
    public static double percentile(double[] values, double percent) {
        if (values.length == 0) {
            return Double.NaN;
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    public static double millis(long nanos) {
        return nanos / 1_000_000.0;
    }

    /** Removes a folder and everything in it, deepest first. */
    public static void deleteRecursively(Path folder) throws IOException {
        try (var paths = Files.walk(folder)) {
            for (Path p : paths.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
