package org.hawliyat.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.hawliyat.ui.render.TimelineBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "bench", description = "Measure import, load, layout and drawing on a SYNTHETIC catalogue in a temporary folder.")
final class BenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--events", defaultValue = "100000", description = "Synthetic events (default: ${DEFAULT-VALUE}).")
    int events;

    @Option(names = "--steps", defaultValue = "240", description = "Zoom and pan steps drawn (default: ${DEFAULT-VALUE}, at least 200).")
    int steps;

    @Option(names = "--width", defaultValue = "1280", description = "Timeline width in pixels (default: ${DEFAULT-VALUE}).")
    int width;

    @Option(names = "--height", defaultValue = "720", description = "Timeline height in pixels (default: ${DEFAULT-VALUE}).")
    int height;

    @Option(names = "--json", description = "Print one JSON object.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        if (events < 1 || events > 2_000_000 || steps < 1 || width < 200 || height < 200) {
            throw new InvalidInputException("--events must be 1 to 2000000, --steps at least 1, --width and --height at least 200.");
        }
        TimelineBenchmark.Result r = new TimelineBenchmark(events, steps, width, height).run();
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(String.format(Locale.ROOT, "{\"events\": %d, \"import_ms\": %.1f, \"load_ms\": %.1f, "
                            + "\"layout_ms_median\": %.3f, \"layout_ms_p99\": %.3f, \"frame_ms_median\": %.2f, "
                            + "\"frame_ms_p99\": %.2f, \"heap_mb\": %.1f, \"frames\": %d, \"viewport\": \"%dx%d\", "
                            + "\"data\": \"synthetic\"}",
                    r.events(), r.importMs(), r.loadMs(), r.layoutMsMedian(), r.layoutMsP99(), r.frameMsMedian(),
                    r.frameMsP99(), r.heapMb(), r.frames(), r.width(), r.height()));
        } else {
            out.println(String.format(Locale.ROOT, "Synthetic catalogue: %d events, %d frames at %dx%d%n"
                            + "import      %10.1f ms%nload        %10.1f ms%nlayout      %10.3f ms median, %.3f ms p99%n"
                            + "frame       %10.2f ms median, %.2f ms p99%nheap        %10.1f MB after load",
                    r.events(), r.frames(), r.width(), r.height(), r.importMs(), r.loadMs(), r.layoutMsMedian(),
                    r.layoutMsP99(), r.frameMsMedian(), r.frameMsP99(), r.heapMb()));
        }
        return ExitCodes.OK;
    }
}
