package org.hawliyat.testing;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.hawliyat.cli.HawliyatCommand;
import org.hawliyat.model.Article;
import org.hawliyat.model.Catalogue;
import org.hawliyat.model.Country;
import org.hawliyat.model.Event;
import org.hawliyat.model.EventDate;
import org.hawliyat.model.EventType;
import org.hawliyat.model.Language;
import org.hawliyat.model.LocalizedText;
import org.hawliyat.model.PartialDate;
import org.hawliyat.model.SourceRef;

/** Small hand-made records for tests. */
public final class Fixtures {

    public static final String ARTICLE_TEXT = "تأسست العلاقات الدبلوماسية في الأول من يوليو عام 1993.\nThen an embassy opened.";
    public static final String QUOTE = "تأسست العلاقات الدبلوماسية في الأول من يوليو عام 1993";

    private Fixtures() {
    }

    public static Article article() {
        return new Article("test-article", "مقال تجريبي", "Test outlet", "A. Writer", Language.AR,
                new EventDate(PartialDate.parse("2023"), true, "the page has no date"), "written for the tests", ARTICLE_TEXT);
    }

    public static Event event(String id, String date) {
        return new Event(id, "relations-established", EventDate.parse(date), null,
                LocalizedText.of("إقامة العلاقات", "Relations established"), LocalizedText.of(null, "A summary."),
                List.of("QA", "KZ"), null, List.of(),
                List.of(new SourceRef("test-article", 0, QUOTE.length(), QUOTE)), 1, Instant.parse("2026-01-01T00:00:00Z"));
    }

    public static Catalogue catalogue(Event... events) {
        return new Catalogue(
                List.of(new EventType("relations-established", LocalizedText.of("إقامة العلاقات", "Relations established"))),
                List.of(new Country("KZ", LocalizedText.of("كازاخستان", "Kazakhstan")),
                        new Country("QA", LocalizedText.of("قطر", "Qatar"))),
                List.of(), List.of(), List.of(), List.of(article()), List.of(events));
    }

    /** The outcome of one run of the command line. */
    public record Run(int exitCode, String out, String err) {
    }

    /** Runs the command line in this JVM, as {@code java -jar hawliyat.jar ARGS} would. */
    public static Run cli(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = HawliyatCommand.run(db -> {
            throw new AssertionError("the desktop app must not open in a command-line test");
        }, out, err, args);
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
