package org.hawliyat.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.hawliyat.io.HistoryJson;
import org.hawliyat.store.CatalogueStore;
import org.hawliyat.store.HistoryEntry;
import org.hawliyat.store.RecordKind;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code history [--kind KIND] ID [--json]}: a record's recorded changes, oldest first, one field per line. */
@Command(name = "history", description = "List a record's recorded changes (an event's unless --kind says otherwise),"
        + " oldest first: version, time, editor, field, old and new value.")
final class HistoryCommand implements Callable<Integer> {

    @ParentCommand
    HawliyatCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "ID", description = "The record: an event (also one in the trash) unless --kind says otherwise.")
    String id;

    @Option(names = "--kind", defaultValue = "event", paramLabel = "KIND",
            description = "event, article, type, tour, country, place, person or period (default: ${DEFAULT-VALUE}).")
    RecordKind kind;

    @Option(names = "--json", description = "Print a JSON array of {version, at, editor, field, old, new}.")
    boolean json;

    @Override
    public Integer call() throws IOException {
        List<HistoryEntry> entries;
        try (CatalogueStore store = root.openStore()) {
            entries = kind == RecordKind.EVENT ? store.history(id) : store.recordHistory(kind, id);
            if (entries.isEmpty() && !exists(store)) {
                throw new InvalidInputException("No " + kind.code() + " has the id \"" + id + "\".");
            }
        }
        if (json) {
            new HistoryJson().write(entries.stream().map(h -> new HistoryJson.Change(h.version(), h.at().toString(),
                    h.editor(), h.field(), h.before(), h.after())).toList(), root.stdout());
            return ExitCodes.OK;
        }
        PrintWriter out = spec.commandLine().getOut();
        if (entries.isEmpty()) {
            String name = kind.code();
            out.println(Character.toUpperCase(name.charAt(0)) + name.substring(1) + " \"" + id + "\" has no recorded changes.");
        }
        for (HistoryEntry h : entries) {
            out.printf(Locale.ROOT, "%d  %s  %s  %s: %s -> %s%n", h.version(), h.at(), h.editor(), h.field(), TerminalText.quoted(h.before()),
                    TerminalText.quoted(h.after()));
        }
        return ExitCodes.OK;
    }

    private boolean exists(CatalogueStore store) {
        return switch (kind) {
            case EVENT -> store.event(id).isPresent() || store.trash().stream().anyMatch(e -> e.id().equals(id));
            case ARTICLE -> store.articles().stream().anyMatch(a -> a.id().equals(id));
            case TYPE -> store.types().stream().anyMatch(t -> t.id().equals(id));
            case TOUR -> store.tours().stream().anyMatch(t -> t.id().equals(id));
            case COUNTRY -> store.countries().stream().anyMatch(c -> c.id().equals(id));
            case PLACE -> store.places().stream().anyMatch(p -> p.id().equals(id));
            case PERSON -> store.people().stream().anyMatch(p -> p.id().equals(id));
            case PERIOD -> store.periods().stream().anyMatch(p -> p.id().equals(id));
        };
    }
}
