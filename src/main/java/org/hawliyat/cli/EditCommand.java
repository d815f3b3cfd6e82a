package org.hawliyat.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.hawliyat.app.EditorName;
import org.hawliyat.editing.EventDraft;
import org.hawliyat.model.Event;
import org.hawliyat.model.EventFields;
import org.hawliyat.model.EventType;
import org.hawliyat.store.CatalogueStore;
import org.hawliyat.store.StaleEditException;
import org.hawliyat.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code edit EVENT_ID --set FIELD=VALUE... [--if-version N] [--editor NAME]}: batch corrections.
 * The fields and their values are those of {@link EventFields}; the edit is checked as the window
 * checks it ({@link EventDraft}) and then by the store (references, quotes), and saved as one
 * recorded change, or not at all.
 */
@Command(name = "edit", description = "Change fields of one event as one recorded change; an invalid value or a stale --if-version changes nothing.")
final class EditCommand implements Callable<Integer> {

    @ParentCommand
    HawliyatCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "EVENT_ID", description = "The event to change.")
    String id;

    @Option(names = "--set", required = true, paramLabel = "FIELD=VALUE",
            description = "A field and its new value (repeatable); an empty value clears the field. Fields: type, date,"
                    + " approximate, dateNote, end, endApproximate, endNote, title.ar, title.en, summary.ar, summary.en,"
                    + " countries, place, people, sources (lists: one entry per line, parts separated by tabs).")
    List<String> assignments;

    @Option(names = "--if-version", paramLabel = "N",
            description = "Only if the event is still at version N; otherwise exit 5 and change nothing.")
    Long ifVersion;

    @Option(names = "--editor", paramLabel = "NAME",
            description = "Who the history names for the change (default: the operating system user).")
    String editor;

    @Override
    public Integer call() {
        Map<String, String> values = parseAssignments();
        try (CatalogueStore store = root.openStore()) {
            if (store.isReadOnly()) {
                throw new StoreException("The database " + store.location()
                        + " is open read-only (the file or its folder cannot be written), so event \"" + id + "\" was not changed.");
            }
            Event current = store.event(id).orElseThrow(() -> new InvalidInputException(
                    store.trash().stream().anyMatch(e -> e.id().equals(id))
                            ? "Event \"" + id + "\" is in the trash, so it was not changed."
                            : "No event has the id \"" + id + "\", so nothing was changed."));
            if (ifVersion != null && ifVersion != current.version()) {
                throw new StaleEditException("Event \"" + id + "\" is at version " + current.version() + ", not "
                        + ifVersion + " as --if-version says, so nothing was changed.", ifVersion, current);
            }
            Event edited;
            try {
                edited = EventFields.with(current, values);
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("Event \"" + id + "\", " + e.getMessage() + "; nothing was changed.");
            }
            Set<String> types = store.types().stream().map(EventType::id).collect(Collectors.toSet());
            List<EventDraft.Problem> problems = EventDraft.of(edited).problems(types);
            if (!problems.isEmpty()) {
                EventDraft.Problem first = problems.get(0);
                throw new InvalidInputException("Event \"" + id + "\", field \"" + first.field() + "\": " + describe(first)
                        + (problems.size() > 1 ? " (and " + (problems.size() - 1) + " more problems)" : "")
                        + "; nothing was changed.");
            }
            // the store compares the version again under its write lock: another program may save in between
            Event saved = store.saveEvent(edited, EditorName.resolve(editor));
            spec.commandLine().getOut().println(saved.version() == current.version()
                    ? "Event \"" + id + "\" already has these values; it stays at version " + saved.version() + "."
                    : "Event \"" + id + "\" saved as version " + saved.version() + ".");
            return ExitCodes.OK;
        }
    }

    private Map<String, String> parseAssignments() {
        Map<String, String> values = new LinkedHashMap<>();
        for (String assignment : assignments) {
            int equals = assignment.indexOf('=');
            if (equals <= 0) {
                throw new InvalidInputException("--set \"" + assignment + "\": write FIELD=VALUE, for example"
                        + " --set date=1993-07-01; nothing was changed.");
            }
            String field = assignment.substring(0, equals).strip();
            if (!EventFields.NAMES.contains(field)) {
                throw new InvalidInputException("--set: \"" + field + "\" is not a field of an event (the fields are "
                        + String.join(", ", EventFields.NAMES) + "); nothing was changed.");
            }
            if (values.put(field, assignment.substring(equals + 1)) != null) {
                throw new InvalidInputException("--set: the field \"" + field + "\" is given twice; nothing was changed.");
            }
        }
        return values;
    }

    /** The window says these in its language from the message key; the command line says them in English. */
    private static String describe(EventDraft.Problem p) {
        Object argument = p.arguments().isEmpty() ? null : p.arguments().get(0);
        return switch (p.messageKey()) {
            case "edit.problem.type.missing" -> "the type is missing";
            case "edit.problem.type.unknown" -> "no type has the id \"" + argument + "\"";
            case "edit.problem.date.missing" -> "the date is missing";
            case "edit.problem.date.invalid" -> "\"" + argument + "\" is not a real date of the form YYYY, YYYY-MM or YYYY-MM-DD";
            case "edit.problem.end.beforeStart" -> "the event ends before it starts";
            case "edit.problem.title.missing" -> "it needs a title in Arabic or English";
            default -> p.messageKey() + (argument == null ? "" : " " + argument);
        };
    }
}
