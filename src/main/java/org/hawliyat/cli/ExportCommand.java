package org.hawliyat.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.hawliyat.io.AtomicFile;
import org.hawliyat.io.CatalogueJson;
import org.hawliyat.io.EventsCsv;
import org.hawliyat.io.TimelineJsCsv;
import org.hawliyat.io.TimelineJsJson;
import org.hawliyat.io.TimelineJsWriting;
import org.hawliyat.model.Catalogue;
import org.hawliyat.model.Language;
import org.hawliyat.model.Tour;
import org.hawliyat.store.CatalogueStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "export", description = "Export everything: JSON in the documented data format, the events as CSV,"
        + " or a TimelineJS timeline (JSON, or its sheet as CSV).")
final class ExportCommand implements Callable<Integer> {

    enum Format {
        json, csv, timelinejs, timelinejs_csv;

        @Override
        public String toString() {
            return name().replace('_', '-');
        }
    }

    /** Reads a format as written on the command line: {@code timelinejs-csv}. */
    static final class FormatConverter implements CommandLine.ITypeConverter<Format> {
        @Override
        public Format convert(String value) {
            for (Format f : Format.values()) {
                if (f.toString().equalsIgnoreCase(value)) {
                    return f;
                }
            }
            throw new CommandLine.TypeConversionException("expected one of json, csv, timelinejs, timelinejs-csv but was '"
                    + value + "'");
        }
    }

    @ParentCommand
    HawliyatCommand root;

    @Option(names = "--format", defaultValue = "json", converter = FormatConverter.class,
            description = "json, csv, timelinejs or timelinejs-csv (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--lang", defaultValue = "ar", description = "The language of a TimelineJS timeline: ar or en (default: ${DEFAULT-VALUE}).")
    String lang;

    @Option(names = "--tour", paramLabel = "TOUR_ID", description = "A TimelineJS timeline of this tour: its stops in tour order, its title on the title slide.")
    String tour;

    @Option(names = "--bom", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Start a CSV file with UTF-8's byte-order mark, so that Excel reads Arabic correctly (default: on; --no-bom leaves it out).")
    boolean bom;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to this file instead of standard output.")
    Path out;

    @Override
    public Integer call() throws IOException {
        Language language = Options.language(lang);
        if (tour != null && format != Format.timelinejs && format != Format.timelinejs_csv) {
            throw new InvalidInputException("--tour is for the TimelineJS formats (--format timelinejs or timelinejs-csv).");
        }
        OutputTarget target = out == null ? null : OutputTarget.of(out); // a wrong --out is said before any work
        Catalogue catalogue;
        try (CatalogueStore store = root.openStore()) {
            catalogue = store.snapshot();
        }
        Tour chosen = tour == null ? null : catalogue.tours().stream().filter(t -> t.id().equals(tour)).findFirst()
                .orElseThrow(() -> new InvalidInputException("--tour: no tour has the id \"" + tour + "\"."));
        this.language = language;
        this.chosenTour = chosen;
        if (target != null) {
            target.write(stream -> write(catalogue, stream));
            return ExitCodes.OK;
        }
        OutputStream stdout = root.stdout();
        try {
            write(catalogue, AtomicFile.keptOpen(stdout));
            stdout.flush();
        } catch (IOException e) {
            throw new OutputException(OutputException.STANDARD_OUTPUT, e);
        }
        return ExitCodes.OK;
    }

    private Language language;
    private Tour chosenTour;

    private void write(Catalogue catalogue, OutputStream stream) throws IOException {
        switch (format) {
            case csv -> new EventsCsv().write(catalogue, stream, bom);
            case timelinejs -> new TimelineJsJson().write(new TimelineJsWriting(language).document(catalogue, chosenTour), stream);
            case timelinejs_csv -> new TimelineJsCsv().write(new TimelineJsWriting(language).document(catalogue, chosenTour), stream, bom);
            default -> new CatalogueJson().write(catalogue, stream);
        }
    }
}
