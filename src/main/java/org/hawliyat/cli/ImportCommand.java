package org.hawliyat.cli;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.hawliyat.app.ImportService;
import org.hawliyat.io.DataFiles;
import org.hawliyat.store.CatalogueStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "import", description = "Import data files, all or nothing: an invalid file changes nothing.")
final class ImportCommand implements Callable<Integer> {

    @ParentCommand
    HawliyatCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--dry-run", description = "Only validate the files; change nothing.")
    boolean dryRun;

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
            ImportService.Summary s = service.importFiles(files, dryRun);
            service.notes().forEach(spec.commandLine().getOut()::println);
            spec.commandLine().getOut().printf(Locale.ROOT, "%s %d file(s): %d event(s), %d article(s), %d other record(s).%n",
                    s.written() ? "Imported" : "Validated (dry run, nothing changed)",
                    s.files(), s.events(), s.articles(), s.otherRecords());
            return ExitCodes.OK;
        }
    }
}
