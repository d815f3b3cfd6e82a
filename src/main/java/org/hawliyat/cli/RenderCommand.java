package org.hawliyat.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.hawliyat.model.Language;
import org.hawliyat.model.PartialDate;
import org.hawliyat.store.CatalogueStore;
import org.hawliyat.text.DateStyle;
import org.hawliyat.text.DigitStyle;
import org.hawliyat.text.MonthNaming;
import org.hawliyat.timeline.LaneMode;
import org.hawliyat.ui.render.RenderRequest;
import org.hawliyat.ui.render.Renderer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "render", description = "Draw the timeline (or the whole window) to a PNG, without a display.")
final class RenderCommand implements Callable<Integer> {

    enum ViewOption { timeline, window, editor }

    @ParentCommand
    HawliyatCommand root;

    @Option(names = "--out", required = true, paramLabel = "FILE.png", description = "Where to write the picture.")
    Path out;

    @Option(names = "--lang", defaultValue = "ar", description = "ar or en (default: ${DEFAULT-VALUE}).")
    String lang;

    @Option(names = "--from", paramLabel = "DATE", description = "Start of the time shown (default: all events).")
    String from;

    @Option(names = "--to", paramLabel = "DATE", description = "End of the time shown.")
    String to;

    @Option(names = "--width", defaultValue = "1400", description = "Width in layout pixels (default: ${DEFAULT-VALUE}).")
    int width;

    @Option(names = "--height", defaultValue = "700", description = "Height in layout pixels (default: ${DEFAULT-VALUE}).")
    int height;

    @Option(names = "--scale", defaultValue = "1", description = "Pixels per layout pixel, e.g. 2 or 4 for print (default: ${DEFAULT-VALUE}).")
    double scale;

    @Option(names = "--select", paramLabel = "EVENT_ID", description = "Select this event.")
    String select;

    @Option(names = "--view", defaultValue = "timeline", description = "timeline, window, or editor (the window in edit mode with the form open on the selected event) (default: ${DEFAULT-VALUE}).")
    ViewOption view;

    enum LanesOption { type, country, single }

    enum DigitsOption { western, arabic_indic }

    enum MonthsOption { gregorian, levantine }

    @Option(names = "--lanes", defaultValue = "type", description = "Lanes by type, country or single (default: ${DEFAULT-VALUE}).")
    LanesOption lanes;

    @Option(names = "--hijri", description = "Add the Hijri (Umm al-Qura) axis row.")
    boolean hijri;

    @Option(names = "--digits", defaultValue = "western", description = "Digits in Arabic: western or arabic_indic (default: ${DEFAULT-VALUE}).")
    DigitsOption digits;

    @Option(names = "--months", defaultValue = "gregorian", description = "Arabic month names: gregorian (يناير) or levantine (كانون الثاني) (default: ${DEFAULT-VALUE}).")
    MonthsOption months;

    @Override
    public Integer call() throws Exception {
        Language language = Options.language(lang);
        PartialDate fromDate = Options.date("--from", from);
        PartialDate toDate = Options.date("--to", to);
        if (width < 100 || height < 100 || width > 20_000 || height > 20_000) {
            throw new InvalidInputException("--width and --height must be between 100 and 20000.");
        }
        if (!(scale > 0) || scale > 8 || width * scale * height * scale > 400_000_000d) {
            throw new InvalidInputException("--scale must be above 0 and at most 8, and the picture at most 400 megapixels.");
        }
        try (CatalogueStore store = root.openStore()) {
            new Renderer(store).render(new RenderRequest(out, switch (view) {
                        case window -> RenderRequest.View.WINDOW;
                        case editor -> RenderRequest.View.EDITOR;
                        case timeline -> RenderRequest.View.TIMELINE;
                    },
                    language, fromDate, toDate, width, height, scale, select,
                    switch (lanes) {
                        case type -> LaneMode.BY_TYPE;
                        case country -> LaneMode.BY_COUNTRY;
                        case single -> LaneMode.SINGLE;
                    },
                    hijri,
                    new DateStyle(months == MonthsOption.levantine ? MonthNaming.LEVANTINE : MonthNaming.GREGORIAN,
                            digits == DigitsOption.arabic_indic ? DigitStyle.ARABIC_INDIC : DigitStyle.WESTERN)));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("--select: " + e.getMessage() + ".");
        }
        // The toolkit is left running: the process ends with the command (Launcher exits), and a
        // test running commands in-process may still need it.
        spec.commandLine().getOut().println("Wrote " + out.toAbsolutePath());
        return ExitCodes.OK;
    }

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;
}
