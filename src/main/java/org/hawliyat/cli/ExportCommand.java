package org.hawliyat.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import org.hawliyat.io.CatalogueJson;
import org.hawliyat.io.EventsCsv;
import org.hawliyat.model.Catalogue;
import org.hawliyat.store.CatalogueStore;
import org.hawliyat.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "export", description = "Export everything: JSON in the documented data format, or the events as CSV.")
final class ExportCommand implements Callable<Integer> {

    enum Format { json, csv }

    @ParentCommand
    HawliyatCommand root;

    @Option(names = "--format", defaultValue = "json", description = "json or csv (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to this file instead of standard output.")
    Path out;

    @Override
    public Integer call() throws IOException {
        Catalogue catalogue;
        try (CatalogueStore store = root.openStore()) {
            catalogue = store.snapshot();
        }
        if (out == null) {
            OutputStream stdout = root.stdout();
            write(catalogue, stdout);
            stdout.flush();
            return ExitCodes.OK;
        }
        // Write beside the target and move into place, so a failed export never leaves half a file.
        Path target = out.toAbsolutePath();
        Path temp;
        try {
            temp = Files.createTempFile(target.getParent(), ".hawliyat-export", ".tmp");
        } catch (IOException e) {
            throw new StoreException("Cannot write the export to " + out + ": " + e.getMessage());
        }
        try {
            try (OutputStream stream = Files.newOutputStream(temp)) {
                write(catalogue, stream);
            }
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
        return ExitCodes.OK;
    }

    private void write(Catalogue catalogue, OutputStream stream) throws IOException {
        if (format == Format.csv) {
            new EventsCsv().write(catalogue, stream);
        } else {
            new CatalogueJson().write(catalogue, stream);
        }
    }
}
