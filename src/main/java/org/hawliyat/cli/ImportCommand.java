package org.hawliyat.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.hawliyat.app.ImportService;
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

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Hawliyat JSON data files.")
    List<Path> files;

    @Override
    public Integer call() throws Exception {
        try (CatalogueStore store = root.openStore()) {
            ImportService.Summary s = new ImportService(store).importFiles(files, dryRun);
            spec.commandLine().getOut().printf(Locale.ROOT, "%s %d file(s): %d event(s), %d article(s), %d other record(s).%n",
                    s.written() ? "Imported" : "Validated (dry run, nothing changed)",
                    s.files(), s.events(), s.articles(), s.otherRecords());
            return ExitCodes.OK;
        }
    }
}
