package org.hawliyat.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.hawliyat.app.Catalogues;
import org.hawliyat.store.CatalogueStore;
import org.hawliyat.store.sqlite.SqliteCatalogueStore;

/**
 * Fresh database files for tests that need many of them (a property's every try): the schema is
 * migrated once into a template, which is then copied, far faster than migrating each new file.
 */
public final class TestDatabases implements AutoCloseable {

    private final Path dir;
    private Path empty;
    private Path curated;
    private final AtomicInteger count = new AtomicInteger();

    public TestDatabases(String prefix) {
        try {
            // in memory where the system has a memory file system: a property's hundreds of small
            // synced commits then cost no disk writes
            Path shm = Path.of("/dev/shm");
            dir = Files.isDirectory(shm) && Files.isWritable(shm) ? Files.createTempDirectory(shm, prefix)
                    : Files.createTempDirectory(prefix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A new file in this set's folder (not created). */
    public Path file(String suffix) {
        return dir.resolve("f" + count.incrementAndGet() + suffix);
    }

    /** A new, migrated database file without any records. */
    public synchronized Path empty() {
        if (empty == null) {
            empty = dir.resolve("template-empty.db");
            SqliteCatalogueStore.open(empty).close();
        }
        return copy(empty);
    }

    /** A new database file holding the curated dataset, as the command line leaves a new file. */
    public synchronized Path curated() {
        if (curated == null) {
            curated = dir.resolve("template-curated.db");
            Catalogues.open(curated).close();
        }
        return copy(curated);
    }

    /** Opens a database file (no curated data is added). */
    public static CatalogueStore open(Path db) {
        return SqliteCatalogueStore.open(db);
    }

    private Path copy(Path template) {
        Path db = file(".db");
        try {
            Files.copy(template, db);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return db;
    }

    /** Deletes every file made. */
    @Override
    public void close() {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
