package org.hawliyat.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.hawliyat.app.Backups;
import org.hawliyat.store.sqlite.SqliteCatalogueStore;
import org.hawliyat.store.sqlite.Verification;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "backup", description = "Write a consistent copy of the database: into the backups folder beside it"
        + " (reason manual, kept until removed), or to --out FILE.")
final class BackupCommand implements Callable<Integer> {

    @ParentCommand
    HawliyatCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the copy to this file (which must not exist).")
    Path out;

    @Override
    public Integer call() {
        Path db = root.databaseFile().toAbsolutePath();
        if (!Files.isRegularFile(db)) {
            throw new InvalidInputException("There is no database at " + db + " to back up.");
        }
        SqliteCatalogueStore.inspect(db, Verification.FULL); // a damaged database is refused, not copied
        Backups backups = Backups.of(db);
        if (out != null) {
            Path written = backups.copyTo(out);
            spec.commandLine().getOut().println("Wrote a copy of " + db + " to " + written + ".");
        } else {
            Backups.Backup made = backups.make(Backups.Reason.MANUAL);
            spec.commandLine().getOut().println("Wrote a copy of " + db + " to " + made.file() + ".");
        }
        return ExitCodes.OK;
    }
}
