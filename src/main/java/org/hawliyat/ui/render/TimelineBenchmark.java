package org.hawliyat.ui.render;

import static org.hawliyat.bench.BenchFigures.deleteRecursively;
import static org.hawliyat.bench.BenchFigures.millis;
import static org.hawliyat.bench.BenchFigures.percentile;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.hawliyat.app.Catalogues;
import org.hawliyat.app.ImportService;
import org.hawliyat.bench.SyntheticCatalogue;
import org.hawliyat.io.CatalogueJson;
import org.hawliyat.io.DataFileException;
import org.hawliyat.model.Catalogue;
import org.hawliyat.model.Language;
import org.hawliyat.store.CatalogueStore;
import org.hawliyat.timeline.TimeRange;
import org.hawliyat.timeline.TimeScale;
import org.hawliyat.app.CatalogueContents;
import org.hawliyat.ui.common.Styles;
import org.hawliyat.ui.common.UiText;
import org.hawliyat.ui.timeline.TimelineSkin;
import org.hawliyat.ui.timeline.TimelineView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Measures the real code paths on a synthetic catalogue, in a temporary folder: importing a data
 * file, loading the window's contents, and drawing the real timeline control, headless, over a
 * fixed script of zooms and pans across the whole range. Figures are printed, never asserted.
 */
public final class TimelineBenchmark {

    private static final Logger LOG = LoggerFactory.getLogger(TimelineBenchmark.class);

    /** What was measured; times in milliseconds. */
    public record Result(int events, double importMs, double loadMs, double layoutMsMedian, double layoutMsP99,
                         double frameMsMedian, double frameMsP99, double heapMb, int frames, int width, int height) {
    }

    private static final boolean TRACE = Boolean.getBoolean("hawliyat.bench.trace");
    private long cssAndLayout;

    private final int events;
    private final int steps;
    private final int width;
    private final int height;

    public TimelineBenchmark(int events, int steps, int width, int height) {
        this.events = events;
        this.steps = steps;
        this.width = width;
        this.height = height;
    }

    public Result run() throws IOException, DataFileException {
        Path folder = Files.createTempDirectory("hawliyat-bench");
        try {
            Catalogue synthetic = SyntheticCatalogue.generate(events, Math.max(1, events / 1000), 42);
            Path file = folder.resolve("synthetic.json");
            try (OutputStream out = Files.newOutputStream(file)) {
                new CatalogueJson().write(synthetic, out);
            }
            synthetic = null; // only the file and the database hold it from here

            double importMs;
            try (CatalogueStore store = Catalogues.openWithoutCuratedData(folder.resolve("bench.db"))) {
                long t0 = System.nanoTime();
                new ImportService(store).importFiles(List.of(file), false);
                importMs = millis(System.nanoTime() - t0);
            }

            // the import's garbage is not the load's: an app starts with an empty heap
            usedHeapMb();
            CatalogueContents contents;
            double loadMs;
            try (CatalogueStore store = Catalogues.openWithoutCuratedData(folder.resolve("bench.db"))) {
                long t0 = System.nanoTime();
                contents = CatalogueContents.readFrom(store);
                loadMs = millis(System.nanoTime() - t0);
            }
            double heapMb = usedHeapMb();

            HeadlessFx.start();
            CatalogueContents loaded = contents;
            double[][] frames = HeadlessFx.call(() -> drawFrames(loaded));
            return new Result(loaded.events().size(), importMs, loadMs, percentile(frames[0], 50), percentile(frames[0], 99),
                    percentile(frames[1], 50), percentile(frames[1], 99), heapMb, frames[0].length, width, height);
        } finally {
            deleteRecursively(folder);
        }
    }

    /** Layout and frame times for each step of the script, on the FX thread. */
    private double[][] drawFrames(CatalogueContents contents) {
        TimelineView timeline = new TimelineView();
        timeline.setAnimated(false);
        timeline.setLanguage(Language.AR);
        timeline.setMessages(new UiText(Language.AR)::get);
        // the control alone, as the benchmark measures it: what it sits on is the window's cost
        StackPane root = new StackPane(timeline);
        Scene scene = new Scene(root, width, height);
        Styles.applyTo(scene);
        Stage stage = new Stage();
        stage.setScene(scene);
        stage.show();
        timeline.setData(contents.timeline());
        WritableImage image = new WritableImage(width, height);
        SnapshotParameters parameters = new SnapshotParameters();
        root.snapshot(parameters, image); // warm up: skin, CSS, pools
        TimelineSkin skin = (TimelineSkin) timeline.getSkin();

        List<TimeRange> script = script(timeline.fitRange(), skin.scale().width());
        // one warm-up pass for the JIT, then the measured pass
        for (int i = 0; i < Math.min(60, script.size()); i++) {
            timeline.setVisibleRange(script.get(i));
            root.snapshot(parameters, image);
        }
        double[] layout = new double[script.size()];
        double[] frame = new double[script.size()];
        for (int i = 0; i < script.size(); i++) {
            timeline.setVisibleRange(script.get(i));
            long t0 = System.nanoTime();
            if (TRACE) {
                root.applyCss();
                root.layout();
                cssAndLayout += System.nanoTime() - t0;
            }
            root.snapshot(parameters, image); // CSS, layout and drawing of the whole control, as in a pulse
            frame[i] = millis(System.nanoTime() - t0);
            layout[i] = millis(skin.lastLayoutNanos());
            if (TRACE) {
                LOG.info(String.format(Locale.ROOT, "step %d: %.0f days visible, layout %.3f ms, frame %.2f ms, placed %d, clustered %d",
                        i, script.get(i).length(), layout[i], frame[i], skin.lastLayout().placed(), skin.lastLayout().clustered()));
            }
        }
        stage.hide();
        if (TRACE) {
            LOG.info(String.format(Locale.ROOT, "css+layout %.2f ms per frame on average", cssAndLayout / 1e6 / script.size()));
        }
        return new double[][] {layout, frame};
    }

    /**
     * A fixed script over the whole range: zoom in step by step around moving anchors down to a
     * few days, pan across, zoom back out, and sweep the range at several zoom levels.
     */
    List<TimeRange> script(TimeRange fit, double viewWidth) {
        Random random = new Random(7);
        List<TimeRange> ranges = new ArrayList<>();
        TimeScale scale = TimeScale.showing(fit, viewWidth);
        while (ranges.size() < steps) {
            // zoom in towards a random place until about a week is shown
            while (scale.visible().length() > 8 && ranges.size() < steps) {
                scale = scale.zoomed(1.35, random.nextDouble() * viewWidth);
                ranges.add(scale.visible());
            }
            // pan a few screens
            for (int i = 0; i < 10 && ranges.size() < steps; i++) {
                scale = scale.panned((random.nextBoolean() ? 1 : -1) * viewWidth * 0.3);
                ranges.add(scale.visible());
            }
            // zoom back out to everything, sweeping sideways
            while (scale.visible().length() < fit.length() && ranges.size() < steps) {
                scale = scale.zoomed(1 / 1.35, random.nextDouble() * viewWidth).panned(viewWidth * 0.05);
                ranges.add(scale.visible());
            }
            scale = TimeScale.showing(fit, viewWidth);
            ranges.add(scale.visible());
        }
        return ranges.subList(0, steps);
    }

    private static double usedHeapMb() {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return (runtime.totalMemory() - runtime.freeMemory()) / (1024.0 * 1024.0);
    }
}
