package org.hawliyat.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.hawliyat.io.CatalogueJson;
import org.hawliyat.model.Event;
import org.hawliyat.model.Language;
import org.hawliyat.store.CatalogueStore;
import org.hawliyat.store.EventFilter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "list", description = "List events in time order.")
final class ListCommand implements Callable<Integer> {

    @ParentCommand
    HawliyatCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--from", paramLabel = "DATE", description = "Only events on or after this date (YYYY, YYYY-MM or YYYY-MM-DD).")
    String from;

    @Option(names = "--to", paramLabel = "DATE", description = "Only events on or before this date.")
    String to;

    @Option(names = "--type", paramLabel = "TYPE", description = "Only events of this type id.")
    String type;

    @Option(names = "--lang", defaultValue = "ar", description = "Language of the titles: ar or en (default: ${DEFAULT-VALUE}).")
    String lang;

    @Option(names = "--json", description = "Print a JSON array of events in the data file's event shape.")
    boolean json;

    @Override
    public Integer call() throws IOException {
        EventFilter filter = new EventFilter(Options.date("--from", from), Options.date("--to", to), type);
        Language language = Options.language(lang);
        List<Event> events;
        try (CatalogueStore store = root.openStore()) {
            if (type != null && store.types().stream().noneMatch(t -> t.id().equals(type))) {
                throw new InvalidInputException("--type: no event type has the id \"" + type + "\".");
            }
            events = store.events(filter);
        }
        if (json) {
            OutputStream stdout = root.stdout();
            new CatalogueJson().writeEvents(events, stdout);
            return ExitCodes.OK;
        }
        PrintWriter out = spec.commandLine().getOut();
        for (Event e : events) {
            out.printf(Locale.ROOT, "%-10s %s%s  %s  %s%n", e.start().date().toIso(), e.start().approximate() ? "~" : " ",
                    e.id(), e.typeId(), TerminalText.safe(e.title().in(language)));
        }
        return ExitCodes.OK;
    }

}
