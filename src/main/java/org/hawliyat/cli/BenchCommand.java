package org.hawliyat.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.StringJoiner;
import java.util.concurrent.Callable;
import org.hawliyat.bench.DatesBenchmark;
import org.hawliyat.bench.SearchBenchmark;
import org.hawliyat.ui.render.TimelineBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "bench", description = "Measure import, load, layout, drawing and search on a SYNTHETIC catalogue in a temporary folder.")
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

    @Option(names = "--articles", defaultValue = "10000", description = "Synthetic articles for the search figures (default: ${DEFAULT-VALUE}).")
    int articles;

    enum Part { all, timeline, search, dates }

    @Option(names = "--part", defaultValue = "all", description = "all, timeline (import, load, layout, drawing), search, or dates (the date finder on the source"
            + " article and on --articles synthetic ones) (default: ${DEFAULT-VALUE}).")
    Part part;

    @Option(names = "--json", description = "Print one JSON object.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        if (events < 1 || events > 2_000_000 || steps < 1 || width < 200 || height < 200 || articles < 0 || articles > 200_000) {
            throw new InvalidInputException("--events must be 1 to 2000000, --articles 0 to 200000, --steps at least 1,"
                    + " --width and --height at least 200.");
        }
        TimelineBenchmark.Result r = part == Part.all || part == Part.timeline
                ? new TimelineBenchmark(events, steps, width, height).run() : null;
        SearchBenchmark.Result s = part == Part.all || part == Part.search ? new SearchBenchmark(events, articles).run() : null;
        DatesBenchmark.Result d = part == Part.all || part == Part.dates ? new DatesBenchmark(articles).run() : null;
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            StringJoiner fields = new StringJoiner(", ", "{", "}");
            fields.add(String.format(Locale.ROOT, "\"events\": %d", events));
            if (r != null) {
                fields.add(String.format(Locale.ROOT, "\"import_ms\": %.1f, \"load_ms\": %.1f, "
                                + "\"layout_ms_median\": %.3f, \"layout_ms_p99\": %.3f, \"frame_ms_median\": %.2f, "
                                + "\"frame_ms_p99\": %.2f, \"heap_mb\": %.1f, \"frames\": %d, \"viewport\": \"%dx%d\"",
                        r.importMs(), r.loadMs(), r.layoutMsMedian(), r.layoutMsP99(), r.frameMsMedian(),
                        r.frameMsP99(), r.heapMb(), r.frames(), r.width(), r.height()));
            }
            if (s != null) {
                fields.add(String.format(Locale.ROOT, "\"articles\": %d, \"index_ms\": %.1f, \"search_queries\": %d, "
                                + "\"search_ms_median\": %.2f, \"search_ms_p95\": %.2f, \"search_ms_max\": %.2f",
                        s.articles(), s.indexMs(), s.queries(), s.searchMsMedian(), s.searchMsP95(), s.searchMsMax()));
            }
            if (d != null) {
                fields.add(String.format(Locale.ROOT, "\"dates_article_chars\": %d, \"dates_article_ms_median\": %.3f, "
                                + "\"dates_synthetic_articles\": %d, \"dates_synthetic_ms\": %.1f, \"dates_synthetic_found\": %d",
                        d.articleChars(), d.articleMsMedian(), d.syntheticArticles(), d.syntheticMs(), d.syntheticDates()));
            }
            fields.add("\"data\": \"synthetic\"");
            out.println(fields);
            return ExitCodes.OK;
        }
        if (r != null) {
            out.println(String.format(Locale.ROOT, "Synthetic catalogue: %d events, %d frames at %dx%d%n"
                            + "import      %10.1f ms%nload        %10.1f ms%nlayout      %10.3f ms median, %.3f ms p99%n"
                            + "frame       %10.2f ms median, %.2f ms p99%nheap        %10.1f MB after load",
                    r.events(), r.frames(), r.width(), r.height(), r.importMs(), r.loadMs(), r.layoutMsMedian(),
                    r.layoutMsP99(), r.frameMsMedian(), r.frameMsP99(), r.heapMb()));
        }
        if (s != null) {
            out.println(String.format(Locale.ROOT, "Synthetic search: %d events, %d articles, %d queries%n"
                            + "index       %10.1f ms%nsearch      %10.2f ms median, %.2f ms p95, %.2f ms slowest",
                    s.events(), s.articles(), s.queries(), s.indexMs(), s.searchMsMedian(), s.searchMsP95(),
                    s.searchMsMax()));
        }
        if (d != null) {
            out.println(String.format(Locale.ROOT, "Dates: the source article (%d characters, %d dates) %10.3f ms median%n"
                            + "Dates: %d synthetic articles (%d characters, %d dates found) %10.1f ms",
                    d.articleChars(), d.articleDates(), d.articleMsMedian(), d.syntheticArticles(), d.syntheticChars(),
                    d.syntheticDates(), d.syntheticMs()));
        }
        return ExitCodes.OK;
    }
}
