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
import org.hawliyat.ui.render.HandoutPages;
import org.hawliyat.ui.render.HandoutRenderer;
import org.hawliyat.ui.render.HandoutRequest;
import org.hawliyat.ui.render.RenderRequest;
import org.hawliyat.ui.picture.Renderer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "render", description = "Draw the timeline (or the whole window) to a PNG, or a handout to a PDF, without a display.")
final class RenderCommand implements Callable<Integer> {

    enum ViewOption { timeline, window, editor }

    @ParentCommand
    HawliyatCommand root;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write the picture (.png) or the handout (.pdf).")
    Path out;

    enum FormatOption { png, pdf }

    @Option(names = "--format", description = "png (a picture) or pdf (an A4 handout: title, timeline, table of the events"
            + " with their dates in words and sources) (default: pdf for a FILE ending in .pdf, else png).")
    FormatOption format;

    @Option(names = "--tour", paramLabel = "TOUR_ID", description = "Only this tour's events: in a PDF, its stops in tour order with their notes.")
    String tour;

    @Option(names = "--dpi", paramLabel = "N", description = "Resolution in dots per inch instead of --scale (scale = N / 96),"
            + " e.g. 300 for print (default for a PDF: 200).")
    Double dpi;

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

    @Option(names = "--scale", description = "Pixels per layout pixel, e.g. 2 or 4 for print (default: 1).")
    Double scale;

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
        if (dpi != null && scale != null) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--dpi and --scale say the same thing: give one of them.");
        }
        DateStyle dateStyle = new DateStyle(months == MonthsOption.levantine ? MonthNaming.LEVANTINE : MonthNaming.GREGORIAN,
                digits == DigitsOption.arabic_indic ? DigitStyle.ARABIC_INDIC : DigitStyle.WESTERN);
        LaneMode laneMode = switch (lanes) {
            case type -> LaneMode.BY_TYPE;
            case country -> LaneMode.BY_COUNTRY;
            case single -> LaneMode.SINGLE;
        };
        boolean pdf = format == null ? out.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".pdf")
                : format == FormatOption.pdf;
        if (pdf) {
            return handout(language, fromDate, toDate, dateStyle, laneMode);
        }
        double pictureScale = dpi != null ? dpi / 96.0 : scale != null ? scale : 1;
        if (width < 100 || height < 100 || width > 20_000 || height > 20_000) {
            throw new InvalidInputException("--width and --height must be between 100 and 20000.");
        }
        if (dpi != null && (!(dpi > 0) || dpi > 8 * 96)) {
            throw new InvalidInputException("--dpi must be above 0 and at most 768 (a scale of 8).");
        }
        if (!(pictureScale > 0) || pictureScale > 8 || width * pictureScale * height * pictureScale > 400_000_000d) {
            throw new InvalidInputException(dpi != null
                    ? "--dpi " + Options.number(dpi) + " would make a picture of more than 400 megapixels at this --width and --height."
                    : "--scale must be above 0 and at most 8, and the picture at most 400 megapixels.");
        }
        if (tour != null && view != ViewOption.timeline) {
            throw new InvalidInputException("--tour draws the timeline of the tour's events: it cannot be used with --view " + view + ".");
        }
        try (CatalogueStore store = root.openStore()) {
            new Renderer(store).render(new RenderRequest(out, switch (view) {
                        case window -> RenderRequest.View.WINDOW;
                        case editor -> RenderRequest.View.EDITOR;
                        case timeline -> RenderRequest.View.TIMELINE;
                    },
                    language, fromDate, toDate, width, height, pictureScale, select, laneMode, hijri, dateStyle), tour);
        } catch (Renderer.UnknownRecordException e) {
            throw new InvalidInputException(e.option() + ": " + e.getMessage() + ".");
        }
        // The toolkit is left running: the process ends with the command (Launcher exits), and a
        // test running commands in-process may still need it.
        spec.commandLine().getOut().println("Wrote " + out.toAbsolutePath());
        return ExitCodes.OK;
    }

    /** The PDF handout: A4 pages whatever --width and --height say. */
    private int handout(Language language, PartialDate fromDate, PartialDate toDate, DateStyle dateStyle, LaneMode laneMode)
            throws java.io.IOException {
        if (view != ViewOption.timeline || select != null || hijri) {
            throw new InvalidInputException("A PDF handout shows the timeline and a table of the events:"
                    + " --view, --select and --hijri do not apply to it.");
        }
        double resolution = dpi != null ? dpi : scale != null ? scale * 96 : HandoutRequest.DEFAULT_DPI;
        if (!(resolution >= 72) || resolution > 600) {
            throw new InvalidInputException("A PDF handout's resolution must be from 72 to 600 dpi (--dpi, or --scale 0.75 to 6.25).");
        }
        try (CatalogueStore store = root.openStore()) {
            HandoutPages.Plan plan = new HandoutRenderer(store).render(new HandoutRequest(out, language, tour, fromDate, toDate,
                    resolution, dateStyle, laneMode, java.time.LocalDate.now()));
            spec.commandLine().getOut().println("Wrote " + out.toAbsolutePath() + " (" + plan.pageCount()
                    + (plan.pageCount() == 1 ? " page)" : " pages)"));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("--tour: " + e.getMessage() + ".");
        }
        return ExitCodes.OK;
    }

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;
}
