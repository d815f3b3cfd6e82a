package org.hawliyat.cli;

import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.hawliyat.app.ImportPlan;
import org.hawliyat.app.ImportPlan.Action;
import org.hawliyat.app.ImportService;
import org.hawliyat.io.DataFiles;
import org.hawliyat.model.EventFields;
import org.hawliyat.store.CatalogueStore;
import org.hawliyat.text.Shortened;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "import", description = "Import data files, all or nothing: an invalid file changes nothing."
        + " Says what was added and, field by field, what was replaced.")
final class ImportCommand implements Callable<Integer> {

    /** Added records are listed by name up to this many; the rest are counted. */
    private static final int LISTED_ADDITIONS = 20;
    /** A replaced value longer than this (an article's text) is shown by its start. */
    private static final int SHOWN_VALUE = 200;

    @ParentCommand
    HawliyatCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--dry-run", description = "Only say what the import would do: what it adds, replaces (field by field,"
            + " old -> new), leaves unchanged; change nothing.")
    boolean dryRun;

    @Option(names = "--keep-newer", description = "Leave alone the events edited in the database since the file was"
            + " written (the database's version is newer than the file's).")
    boolean keepNewer;

    @Option(names = "--skip-invalid", description = "Leave out TimelineJS slides that cannot be imported (such as years"
            + " before the common era), import the rest and list what was left out.")
    boolean skipInvalid;

    @Option(names = "--encoding", paramLabel = "NAME", description = "Read the files in this encoding (such as UTF-8,"
            + " UTF-16, windows-1256) instead of telling it from their bytes.")
    Charset encoding;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Files to import: Hawliyat JSON data files,"
            + " TimelineJS JSON timelines, TimelineJS sheets saved as CSV, or Hawliyat CSV tables; told by their content.")
    List<Path> files;

    @Override
    public Integer call() throws Exception {
        try (CatalogueStore store = root.openStore()) {
            ImportService service = new ImportService(store).reading(new DataFiles.Options(encoding, skipInvalid));
            ImportService.Summary s = service.importFiles(files, dryRun, keepNewer);
            service.notes().forEach(spec.commandLine().getOut()::println);
            report(s, spec.commandLine().getOut());
            return ExitCodes.OK;
        }
    }

    private void report(ImportService.Summary s, PrintWriter out) {
        ImportPlan plan = s.plan();
        out.printf(Locale.ROOT, "%s %d file(s): %d event(s), %d article(s), %d other record(s).%n",
                s.written() ? "Imported" : "Validated (dry run, nothing changed)",
                s.files(), s.events(), s.articles(), s.otherRecords());
        if (s.backup() != null) {
            out.println("The database as it was before this import was copied to " + s.backup() + ".");
        }
        long kept = plan.count(Action.KEPT_NEWER);
        if (s.written()) {
            out.printf(Locale.ROOT, "Added %d, replaced %d, left %d unchanged%s.%n", plan.count(Action.ADD),
                    plan.count(Action.REPLACE), plan.count(Action.UNCHANGED),
                    kept == 0 ? "" : String.format(Locale.ROOT, ", kept %d newer in the database", kept));
        } else {
            out.printf(Locale.ROOT, "Would add %d, would replace %d, would leave %d unchanged%s.%n", plan.count(Action.ADD),
                    plan.count(Action.REPLACE), plan.count(Action.UNCHANGED),
                    kept == 0 ? "" : String.format(Locale.ROOT, ", would keep %d newer in the database", kept));
        }
        List<ImportPlan.Entry> added = plan.with(Action.ADD);
        added.stream().limit(LISTED_ADDITIONS).forEach(e -> out.printf(Locale.ROOT, "  add %s \"%s\"%n", e.kind().code(), e.id()));
        if (added.size() > LISTED_ADDITIONS) {
            out.printf(Locale.ROOT, "  … and %d more added%n", added.size() - LISTED_ADDITIONS);
        }
        for (ImportPlan.Entry e : plan.with(Action.REPLACE)) {
            out.printf(Locale.ROOT, "  replace %s \"%s\"%s%n", e.kind().code(), e.id(), e.undoesNewerEdits()
                    ? String.format(Locale.ROOT, " (the database's version %d is newer than the file's %d: this undoes"
                            + " edits made since; --keep-newer leaves it)", e.storedVersion(), e.fileVersion())
                    : "");
            for (EventFields.Change c : e.changes()) {
                out.printf(Locale.ROOT, "      %s: %s -> %s%n", c.field(), shown(c.before()), shown(c.after()));
            }
        }
        for (ImportPlan.Entry e : plan.with(Action.KEPT_NEWER)) {
            out.printf(Locale.ROOT, "  keep %s \"%s\" (the database's version %d is newer than the file's %d)%n",
                    e.kind().code(), e.id(), e.storedVersion(), e.fileVersion());
        }
    }

    private static String shown(String value) {
        return TerminalText.quoted(Shortened.to(value, SHOWN_VALUE));
    }
}
