package org.hawliyat.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.hawliyat.io.HistoryJson;
import org.hawliyat.store.CatalogueStore;
import org.hawliyat.store.HistoryEntry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code history EVENT_ID [--json]}: an event's recorded changes, oldest first, one field per line. */
@Command(name = "history", description = "List an event's recorded changes, oldest first: version, time, editor, field, old and new value.")
final class HistoryCommand implements Callable<Integer> {

    @ParentCommand
    HawliyatCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "EVENT_ID", description = "The event (also one in the trash).")
    String id;

    @Option(names = "--json", description = "Print a JSON array of {version, at, editor, field, old, new}.")
    boolean json;

    @Override
    public Integer call() throws IOException {
        List<HistoryEntry> entries;
        try (CatalogueStore store = root.openStore()) {
            entries = store.history(id);
            if (entries.isEmpty() && store.event(id).isEmpty() && store.trash().stream().noneMatch(e -> e.id().equals(id))) {
                throw new InvalidInputException("No event has the id \"" + id + "\".");
            }
        }
        if (json) {
            new HistoryJson().write(entries.stream().map(h -> new HistoryJson.Change(h.version(), h.at().toString(),
                    h.editor(), h.field(), h.before(), h.after())).toList(), root.stdout());
            return ExitCodes.OK;
        }
        PrintWriter out = spec.commandLine().getOut();
        if (entries.isEmpty()) {
            out.println("Event \"" + id + "\" has no recorded changes.");
        }
        for (HistoryEntry h : entries) {
            out.printf(Locale.ROOT, "%d  %s  %s  %s: %s -> %s%n", h.version(), h.at(), h.editor(), h.field(), shown(h.before()),
                    shown(h.after()));
        }
        return ExitCodes.OK;
    }

    /** A value on one line: quoted, with its line breaks and tabs written as \n and \t; "-" when absent. */
    private static String shown(String value) {
        if (value == null) {
            return "-";
        }
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n").replace("\t", "\\t") + "\"";
    }
}
