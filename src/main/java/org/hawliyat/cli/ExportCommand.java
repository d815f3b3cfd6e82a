package org.hawliyat.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.hawliyat.io.AtomicFile;
import org.hawliyat.io.CatalogueJson;
import org.hawliyat.io.EventsCsv;
import org.hawliyat.model.Catalogue;
import org.hawliyat.store.CatalogueStore;
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
        OutputTarget target = out == null ? null : OutputTarget.of(out); // a wrong --out is said before any work
        Catalogue catalogue;
        try (CatalogueStore store = root.openStore()) {
            catalogue = store.snapshot();
        }
        if (target != null) {
            target.write(stream -> write(catalogue, stream));
            return ExitCodes.OK;
        }
        OutputStream stdout = root.stdout();
        try {
            write(catalogue, AtomicFile.keptOpen(stdout));
            stdout.flush();
        } catch (IOException e) {
            throw new OutputException(OutputException.STANDARD_OUTPUT, e);
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
