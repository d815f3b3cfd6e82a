package org.hawliyat.testing;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.hawliyat.model.Event;
import org.hawliyat.model.EventFields;
import org.hawliyat.store.CatalogueStore;
import org.hawliyat.store.sqlite.SqliteCatalogueStore;

/**
 * A child process for the crash test: saves edits to the events e0, e1 and e2 of a database in an
 * endless loop and, after each save has returned, prints one line {@code ID VERSION TITLE} and
 * flushes it. Whatever it printed was committed; the parent kills it at some moment.
 */
public final class SaveStream {

    private SaveStream() {
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        try (CatalogueStore store = SqliteCatalogueStore.open(Path.of(args[0]))) {
            for (long i = 0; ; i++) {
                String id = "e" + (i % 3);
                Event current = store.event(id).orElseThrow();
                String title = "save " + i;
                Event saved = store.saveEvent(EventFields.with(current, Map.of("title.en", title,
                        "summary.ar", "ملخص الحفظ رقم " + i)), "save-stream");
                out.println(id + " " + saved.version() + " " + title);
            }
        }
    }
}
