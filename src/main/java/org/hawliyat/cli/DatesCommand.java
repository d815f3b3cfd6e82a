package org.hawliyat.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.hawliyat.io.DatesJson;
import org.hawliyat.model.Article;
import org.hawliyat.model.DatePrecision;
import org.hawliyat.model.PartialDate;
import org.hawliyat.store.CatalogueStore;
import org.hawliyat.text.dates.DateFinder;
import org.hawliyat.text.dates.FoundDate;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code dates [--published DATE] [--json] (TEXT... | --file FILE | --article ID)}: the dates written in a text. */
@Command(name = "dates", description = "Print every date written in a text, in order: Arabic and English, Gregorian and"
        + " Hijri, at the precision written; those relative to the publication (أمس, last October) with --published"
        + " or --article.")
final class DatesCommand implements Callable<Integer> {

    @ParentCommand
    HawliyatCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--published", paramLabel = "DATE", description = "When the text was published (1993, 1993-07 or"
            + " 1993-07-01; a year or month is read as approximate).")
    String published;

    @Option(names = "--json", description = "Print one JSON object with a \"dates\" array.")
    boolean json;

    static final class Source {
        @Parameters(arity = "1..*", paramLabel = "TEXT", description = "The text itself.")
        List<String> words;

        @Option(names = "--file", paramLabel = "FILE", description = "A UTF-8 text file.")
        Path file;

        @Option(names = "--article", paramLabel = "ID", description = "An article of the catalogue (its publication date"
                + " is used).")
        String article;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    Source source;

    @Override
    public Integer call() throws IOException {
        String text;
        LocalDate when = null;
        boolean approximate = false;
        if (published != null) {
            PartialDate date;
            try {
                date = PartialDate.parse(published);
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("--published " + published + " is not a date (write 1993, 1993-07 or"
                        + " 1993-07-01).");
            }
            when = date.firstDay();
            approximate = date.precision() != DatePrecision.DAY;
        }
        if (source.words != null) {
            text = String.join(" ", source.words);
        } else if (source.file != null) {
            text = read(source.file);
        } else {
            Article article;
            try (CatalogueStore store = root.openStore()) {
                article = store.article(source.article).orElseThrow(
                        () -> new InvalidInputException("--article: no article has the id \"" + source.article + "\"."));
            }
            text = article.text();
            if (when == null && article.published() != null) {
                when = article.published().date().firstDay();
                approximate = article.published().approximate() || article.published().date().precision() != DatePrecision.DAY;
            }
        }
        List<FoundDate> found = new DateFinder().find(text, when, approximate);
        if (json) {
            new DatesJson().write(text, when, found, root.stdout());
            return ExitCodes.OK;
        }
        PrintWriter out = spec.commandLine().getOut();
        for (FoundDate d : found) {
            out.printf(Locale.ROOT, "%d-%d  %s%s%s  %s%n", d.start(), d.end(), d.date().toIso(),
                    d.until() == null ? "" : " to " + d.until().toIso(), d.approximate() ? " ~" : "",
                    TerminalText.safe(d.reason()));
        }
        if (found.isEmpty()) {
            out.println("No dates found.");
        }
        return ExitCodes.OK;
    }

    private static String read(Path file) {
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (NoSuchFileException e) {
            throw new InvalidInputException(file + " does not exist.");
        } catch (CharacterCodingException e) {
            throw new InvalidInputException(file + " is not UTF-8 text.");
        } catch (IOException e) {
            throw new InvalidInputException(file + " could not be read: " + e.getMessage() + ".");
        }
    }
}
