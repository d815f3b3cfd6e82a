package org.hawliyat.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.hawliyat.app.Backups;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "restore", description = "Put a copy back as the database: the copy must pass check; the current"
        + " database is first copied to the backups folder (reason before-restore), or, if it is damaged, kept"
        + " aside under a dated name.")
final class RestoreCommand implements Callable<Integer> {

    @ParentCommand
    HawliyatCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The copy: a path, or the name of a file in the backups folder.")
    String copy;

    @Override
    public Integer call() {
        Path db = root.databaseFile();
        Backups backups = Backups.of(db);
        Backups.Restored done = backups.restore(backups.resolve(copy));
        PrintWriter out = spec.commandLine().getOut();
        done.before().ifPresent(b -> out.println("Copied the database as it was to " + b.file() + "."));
        done.keptAside().ifPresent(p -> out.println("Kept the damaged database aside as " + p + "."));
        out.println("Restored " + backups.database() + " from " + done.from() + ".");
        return ExitCodes.OK;
    }
}
