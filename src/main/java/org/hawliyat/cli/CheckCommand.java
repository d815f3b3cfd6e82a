package org.hawliyat.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.hawliyat.app.CatalogueCheck;
import org.hawliyat.app.Catalogues;
import org.hawliyat.store.CatalogueStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "check", description = "Check the database: SQLite's integrity check and the app's own invariants.")
final class CheckCommand implements Callable<Integer> {

    @ParentCommand
    HawliyatCommand root;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        List<String> problems;
        try (CatalogueStore store = Catalogues.openForCheck(root.databaseFile())) {
            problems = CatalogueCheck.run(store);
        }
        if (problems.isEmpty()) {
            spec.commandLine().getOut().println("The database is sound.");
            return ExitCodes.OK;
        }
        PrintWriter err = spec.commandLine().getErr();
        problems.forEach(err::println);
        err.println(problems.size() + " problem(s) found in the database.");
        return ExitCodes.DATABASE;
    }
}
