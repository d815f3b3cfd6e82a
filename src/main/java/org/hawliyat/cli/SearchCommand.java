package org.hawliyat.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.hawliyat.io.SearchHitsJson;
import org.hawliyat.model.Language;
import org.hawliyat.store.CatalogueStore;
import org.hawliyat.store.SearchHit;
import org.hawliyat.store.SearchQuery;
import org.hawliyat.text.search.SearchAnalyzer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code search QUERY}: the same search as the window's search field. Titles and snippets are in
 * the language the query is written in (Arabic for Arabic letters or Arabic-Indic digits, English
 * for Latin letters, else Arabic), falling back to the other language, unless {@code --lang} says.
 */
@Command(name = "search", description = "Search events and articles in both languages; any text is taken literally.")
final class SearchCommand implements Callable<Integer> {

    @ParentCommand
    HawliyatCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "QUERY", description = "What to look for; several words must all match.")
    List<String> words;

    @Option(names = "--limit", defaultValue = "20", paramLabel = "N", description = "At most this many hits (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--lang", paramLabel = "ar|en", description = "Language of titles and snippets (default: the query's).")
    String lang;

    @Option(names = "--json", description = "Print one JSON object with a \"hits\" array.")
    boolean json;

    @Override
    public Integer call() throws IOException {
        if (limit < 1 || limit > SearchQuery.MAX_LIMIT) {
            throw new InvalidInputException("--limit must be 1 to " + SearchQuery.MAX_LIMIT + ".");
        }
        String text = String.join(" ", words);
        Language language = lang == null ? SearchAnalyzer.languageOf(text, Language.AR) : Options.language(lang);
        List<SearchHit> hits;
        try (CatalogueStore store = root.openStore()) {
            hits = store.search(SearchQuery.of(text).withLimit(limit).withLanguage(language));
        }
        if (json) {
            List<SearchHitsJson.Hit> printed = hits.stream().map(h -> new SearchHitsJson.Hit(h.kind().code(), h.id(),
                    h.date(), h.title().in(language), h.snippet().text(),
                    h.snippet().highlights().stream().map(s -> new int[] {s.start(), s.end()}).toList(),
                    h.score())).toList();
            new SearchHitsJson().write(text, printed, root.stdout());
            return ExitCodes.OK;
        }
        PrintWriter out = spec.commandLine().getOut();
        if (hits.isEmpty()) {
            out.println("No matches.");
        }
        for (SearchHit h : hits) {
            out.printf(Locale.ROOT, "%-7s %s  %s  %s%n        %s%n", h.kind().code(), h.id(), h.date() == null ? "-" : h.date(),
                    TerminalText.safe(h.title().in(language)), TerminalText.safe(h.snippet().marked("[", "]")));
        }
        return ExitCodes.OK;
    }
}
