package org.hawliyat.app;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hawliyat.io.BoundedInput;
import org.hawliyat.io.DataFiles;
import org.hawliyat.io.DataFileException;
import org.hawliyat.model.Article;
import org.hawliyat.model.Catalogue;
import org.hawliyat.model.Event;
import org.hawliyat.model.validation.CatalogueValidator;
import org.hawliyat.model.validation.Problem;
import org.hawliyat.store.CatalogueStore;
import org.hawliyat.store.ImportProgress;

/**
 * Imports data files all or nothing: every file is read and validated against the database and
 * the other files before anything is written, and the write is one transaction.
 */
public final class ImportService {

    private final CatalogueStore store;
    private final String editor;
    private final CatalogueValidator validator = new CatalogueValidator();
    private DataFiles.Options reading = DataFiles.Options.DEFAULT;
    private final List<String> notes = new ArrayList<>();

    /** Changes to existing records are recorded as made by the operating system's user. */
    public ImportService(CatalogueStore store) {
        this(store, null);
    }

    /** @param editor who the history names for changes to existing records ({@link EditorName#resolve}) */
    public ImportService(CatalogueStore store, String editor) {
        this.store = store;
        this.editor = EditorName.resolve(editor);
    }

    /** Reads the files with these options (an encoding to use, TimelineJS slides to skip rather than refuse). */
    public ImportService reading(DataFiles.Options options) {
        this.reading = options;
        return this;
    }

    /** What reading the files had to say: encodings detected, event types made for TimelineJS groups, slides skipped. */
    public List<String> notes() {
        return List.copyOf(notes);
    }


    /** What an import did (or, on a dry run, would do), with the plan it followed. */
    public record Summary(int files, int events, int articles, int otherRecords, boolean written, ImportPlan plan,
                          Path backup) {
    }

    /** Files read and validated against the database, with what importing them would do; nothing written yet. */
    public record Prepared(List<Path> files, Catalogue incoming, ImportPlan plan) {
    }

    public Summary importFiles(List<Path> files, boolean dryRun) throws DataFileException {
        return importFiles(files, dryRun, false);
    }

    /** Reads, validates and (unless a dry run) writes the files in one transaction. */
    public Summary importFiles(List<Path> files, boolean dryRun, boolean keepNewer) throws DataFileException {
        Prepared prepared = prepare(files, keepNewer);
        return dryRun ? summary(prepared, false) : apply(prepared);
    }

    /**
     * Reads every file and validates it against the database and the files before it; compares the
     * records with the stored ones. Writes nothing.
     *
     * @param keepNewer leave alone the events whose stored version is newer than the file's
     */
    public Prepared prepare(List<Path> files, boolean keepNewer) throws DataFileException {
        notes.clear(); // what reading says, this time
        Catalogue stored = store.snapshot();
        Catalogue combined = stored;
        Catalogue incomingAll = Catalogue.EMPTY;
        Map<String, Path> articleFiles = new HashMap<>();
        for (Path file : files) {
            Catalogue incoming = read(file);
            incoming.articles().forEach(a -> articleFiles.put(a.id(), file));
            combined = Catalogues.merge(combined, incoming);
            incomingAll = Catalogues.merge(incomingAll, incoming);
            List<Problem> problems = validator.validate(incoming, combined);
            if (!problems.isEmpty()) {
                throw new DataFileException(file + ": " + problems.get(0).describe()
                        + (problems.size() > 1 ? " (and " + (problems.size() - 1) + " more problems)" : "") + ".",
                        problems, null);
            }
        }
        ImportPlan plan = ImportPlan.of(stored, incomingAll, keepNewer);
        requireQuotesKept(stored, plan.toWrite(), articleFiles);
        return new Prepared(List.copyOf(files), incomingAll, plan);
    }

    /**
     * An article that the files replace must still hold the passages quoted by the events that stay
     * in the database as they are (also those in the trash): else the import would write what
     * {@code check} then reports. (Found by the property "whatever import accepts, check accepts".)
     */
    private void requireQuotesKept(Catalogue stored, Catalogue toWrite, Map<String, Path> articleFiles)
            throws DataFileException {
        Set<String> storedArticles = new HashSet<>();
        stored.articles().forEach(a -> storedArticles.add(a.id()));
        Set<String> replaced = new HashSet<>();
        toWrite.articles().stream().map(Article::id).filter(storedArticles::contains).forEach(replaced::add);
        if (replaced.isEmpty()) {
            return;
        }
        Set<String> written = new HashSet<>();
        toWrite.events().forEach(e -> written.add(e.id()));
        List<Event> staying = new ArrayList<>();
        for (List<Event> events : List.of(stored.events(), store.trash())) {
            events.stream().filter(e -> !written.contains(e.id()))
                    .filter(e -> e.sources().stream().anyMatch(s -> replaced.contains(s.articleId())))
                    .forEach(staying::add);
        }
        List<Problem> problems = validator.validate(new Catalogue(List.of(), List.of(), List.of(), List.of(), List.of(),
                        List.of(), staying), Catalogues.merge(stored, toWrite)).stream()
                .filter(p -> p.field().startsWith("sources[")).toList();
        if (!problems.isEmpty()) {
            Problem first = problems.get(0);
            Event event = staying.stream().filter(e -> e.id().equals(first.recordId())).findFirst().orElseThrow();
            String article = event.sources().stream().map(s -> s.articleId()).filter(replaced::contains).findFirst()
                    .orElseThrow();
            throw new DataFileException(articleFiles.get(article) + ": article \"" + article
                    + "\" would no longer hold a passage that an event in the database quotes: " + first.describe()
                    + (problems.size() > 1 ? " (and " + (problems.size() - 1) + " more problems)" : "")
                    + "; import the events that quote it too, or keep the passages in its text.", problems, null);
        }
    }

    /** Writes what was prepared, all in one transaction. */
    public Summary apply(Prepared prepared) {
        return apply(prepared, ImportProgress.NONE);
    }

    /** Writes what was prepared, all in one transaction, telling {@code progress}; stopped, it writes nothing. */
    public Summary apply(Prepared prepared, ImportProgress progress) {
        Path backup = prepared.plan().replacesAnything() ? backUp() : null;
        store.importCatalogue(prepared.plan().toWrite(), editor, progress);
        return summary(prepared, true, backup);
    }

    /** A copy of the database file before an import replaces records in it (a database that is not a file has none). */
    private Path backUp() {
        Path database = Path.of(store.location());
        return Files.isRegularFile(database) ? Backups.beforeImport(database).file() : null;
    }

    private static Summary summary(Prepared p, boolean written) {
        return summary(p, written, null);
    }

    private static Summary summary(Prepared p, boolean written, Path backup) {
        Catalogue c = p.incoming();
        int other = c.types().size() + c.countries().size() + c.places().size() + c.people().size() + c.periods().size()
                + c.tours().size();
        return new Summary(p.files().size(), c.events().size(), c.articles().size(), other, written, p.plan(), backup);
    }

    /** Any kind of file {@link DataFiles} reads, told by its content. */
    private Catalogue read(Path file) throws DataFileException {
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = BoundedInput.readAll(in, file.toString()); // a 2 GB or endless file is refused, not read
        } catch (NoSuchFileException e) {
            throw new DataFileException(file + " does not exist.");
        } catch (IOException e) {
            throw new DataFileException(file + " could not be read: " + e.getMessage() + ".", List.of(), e);
        }
        DataFiles.Result result = DataFiles.read(bytes, file.toString(), reading);
        notes.addAll(result.notes());
        return result.catalogue();
    }
}
