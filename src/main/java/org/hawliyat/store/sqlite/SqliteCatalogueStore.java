package org.hawliyat.store.sqlite;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.hawliyat.model.Article;
import org.hawliyat.model.ArticleInfo;
import org.hawliyat.model.AsciiDigits;
import org.hawliyat.model.Catalogue;
import org.hawliyat.model.Country;
import org.hawliyat.model.Event;
import org.hawliyat.model.EventDate;
import org.hawliyat.model.EventFields;
import org.hawliyat.model.EventType;
import org.hawliyat.model.Language;
import org.hawliyat.model.LocalizedText;
import org.hawliyat.model.PartialDate;
import org.hawliyat.model.Participant;
import org.hawliyat.model.Period;
import org.hawliyat.model.Person;
import org.hawliyat.model.Place;
import org.hawliyat.model.SourceRef;
import org.hawliyat.model.Tour;
import org.hawliyat.model.validation.CatalogueValidator;
import org.hawliyat.model.validation.Problem;
import org.hawliyat.store.CatalogueStore;
import org.hawliyat.store.EventFilter;
import org.hawliyat.store.HistoryEntry;
import org.hawliyat.store.InvalidEditException;
import org.hawliyat.store.SearchHit;
import org.hawliyat.store.SearchQuery;
import org.hawliyat.store.StaleEditException;
import org.hawliyat.store.StoreException;
import org.hawliyat.text.search.SearchAnalyzer;
import org.hawliyat.text.search.SearchTerms;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The catalogue in one SQLite file: WAL journal, foreign keys on, schema migrated by Flyway,
 * every write in one transaction, prepared statements only. One connection, used by one thread
 * at a time.
 *
 * <p>Each write transaction begins with {@code BEGIN IMMEDIATE}, which takes the database's write
 * lock before anything is read: an edit compares the stored version with the one it started from
 * under that lock, so two windows or two programs on the same file cannot both pass the check.
 * Commits are synced ({@code synchronous=FULL}): a save that returned survives a crash of the
 * program or of the machine.
 */
public final class SqliteCatalogueStore implements CatalogueStore {

    private static final String SEEDED_KEY = "curated-dataset-loaded";
    /** The ids of the curated tours this database was given, space-separated: each is given once. */
    private static final String CURATED_TOURS_KEY = "curated-tours-loaded";


    private final Path file;
    private final Connection connection;
    private final boolean readOnly;
    private final SqliteSearchIndex searchIndex;
    /** Whether the schema has the history and the trash: false only for an older database opened read-only. */
    private final boolean editingSchema;
    /** Whether the schema has tours (version 4): false only for an older database opened read-only. */
    private final boolean tourSchema;
    /** Whether the stored search index was built by this version of the analyser; checked once. */
    private Boolean searchIndexCurrent;

    private SqliteCatalogueStore(Path file, Connection connection, boolean readOnly) throws SQLException {
        this.file = file;
        this.connection = connection;
        this.readOnly = readOnly;
        this.searchIndex = new SqliteSearchIndex(connection);
        this.editingSchema = hasEditingSchema(connection);
        this.tourSchema = hasTable(connection, "tour");
    }

    private static boolean hasTable(Connection connection, String table) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    /**
     * Whether the schema has the history and the trash (version 3). A database of an earlier
     * version that is opened read-only is not migrated: it is read as it is, without a trash.
     */
    private static boolean hasEditingSchema(Connection connection) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT 1 FROM pragma_table_info('event') WHERE name = 'deleted_at'");
             ResultSet rs = ps.executeQuery()) {
            return rs.next();
        }
    }

    /**
     * Opens the database file, creating it and migrating its schema forward as needed, and builds
     * the search index if it was built by another version of the analyser (or never). A file that
     * exists but cannot be written is opened read-only, without migrating.
     */
    public static SqliteCatalogueStore open(Path file) {
        Path absolute = file.toAbsolutePath();
        boolean exists = Files.exists(absolute);
        if (exists && Files.isDirectory(absolute)) {
            throw new StoreException("The database path " + absolute + " is a folder, not a file.");
        }
        boolean writable = exists ? Files.isWritable(absolute) && isWritableDir(absolute.getParent())
                : createParent(absolute);
        if (!writable && !exists) {
            throw new StoreException("Cannot create the database " + absolute + ": its folder cannot be written.");
        }
        return connect(absolute, writable);
    }

    /**
     * Opens an existing database for reading only, whether or not its file could be written:
     * nothing is migrated or built, and every write fails with a clear {@link StoreException}.
     */
    public static SqliteCatalogueStore openReadOnly(Path file) {
        Path absolute = file.toAbsolutePath();
        if (!Files.isRegularFile(absolute)) {
            throw new StoreException("Cannot open the database " + absolute + ": there is no such file.");
        }
        return connect(absolute, false);
    }

    private static SqliteCatalogueStore connect(Path absolute, boolean writable) {
        SQLiteDataSource dataSource = dataSource(absolute, !writable);
        try {
            if (writable) {
                Flyway.configure()
                        .dataSource(dataSource)
                        .locations("classpath:db/migration")
                        .javaMigrations(new AsciiDigitsRepair())
                        .loggers("slf4j")
                        .load()
                        .migrate();
            }
            Connection connection = dataSource.getConnection();
            SqliteCatalogueStore store;
            try {
                connection.setAutoCommit(true);
                store = new SqliteCatalogueStore(absolute, connection, !writable);
            } catch (SQLException e) {
                connection.close();
                throw e;
            }
            if (writable) {
                try {
                    store.updateSearchIndexIfOutdated();
                } catch (RuntimeException e) {
                    store.close();
                    throw e;
                }
            }
            return store;
        } catch (FlywayException | SQLException e) {
            throw new StoreException("Cannot open the database " + absolute + ": " + rootMessage(e), e);
        }
    }

    private static boolean createParent(Path file) {
        try {
            Files.createDirectories(file.getParent());
            return isWritableDir(file.getParent());
        } catch (java.io.IOException e) {
            return false;
        }
    }

    private static boolean isWritableDir(Path dir) {
        return dir != null && Files.isDirectory(dir) && Files.isWritable(dir);
    }

    private static SQLiteDataSource dataSource(Path file, boolean readOnly) {
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        config.setBusyTimeout(10_000);
        config.setEncoding(SQLiteConfig.Encoding.UTF8);
        if (readOnly) {
            config.setReadOnly(true);
        } else {
            config.setJournalMode(SQLiteConfig.JournalMode.WAL);
            // FULL rather than NORMAL: in WAL mode NORMAL may lose the last commits on a power cut
            config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        }
        SQLiteDataSource ds = new SQLiteDataSource(config);
        ds.setUrl("jdbc:sqlite:" + file);
        return ds;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String message = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        return message.lines().findFirst().orElse(message).trim();
    }

    // ---------------------------------------------------------------- reading

    @Override
    public synchronized List<Event> events(EventFilter filter) {
        StringBuilder where = new StringBuilder();
        List<Object> args = new ArrayList<>();
        if (filter.to() != null) {
            condition(where, "e.first_day <= ?");
            args.add(filter.to().lastDay().toString());
        }
        if (filter.from() != null) {
            condition(where, "e.last_day >= ?");
            args.add(filter.from().firstDay().toString());
        }
        if (!filter.typeIds().isEmpty()) {
            condition(where, "e.type_id IN " + placeholders(filter.typeIds().size()));
            args.addAll(filter.typeIds());
        }
        if (!filter.countryIds().isEmpty()) {
            condition(where, "EXISTS (SELECT 1 FROM event_country c WHERE c.event_id = e.id AND c.country_id IN "
                    + placeholders(filter.countryIds().size()) + ")");
            args.addAll(filter.countryIds());
        }
        if (!filter.personIds().isEmpty()) {
            condition(where, "EXISTS (SELECT 1 FROM event_person p WHERE p.event_id = e.id AND p.person_id IN "
                    + placeholders(filter.personIds().size()) + ")");
            args.addAll(filter.personIds());
        }
        if (filter.sourcedOnly()) {
            condition(where, "EXISTS (SELECT 1 FROM event_source s WHERE s.event_id = e.id)");
        }
        List<Event> events = queryEvents(where.toString(), args);
        // a search's matches can be a hundred thousand ids: cheaper to test here than to bind
        return filter.eventIds() == null ? events : events.stream().filter(filter::passesEventIds).toList();
    }

    private static String placeholders(int count) {
        return "(" + String.join(", ", java.util.Collections.nCopies(count, "?")) + ")";
    }

    private static void condition(StringBuilder where, String condition) {
        where.append(where.length() == 0 ? " WHERE " : " AND ").append(condition);
    }

    @Override
    public synchronized Optional<Event> event(String id) {
        return queryEvents(" WHERE e.id = ?", List.of(id)).stream().findFirst();
    }

    private static final String EVENT_COLUMNS = "SELECT e.id, e.type_id, e.start_date, e.start_approximate,"
            + " e.start_note, e.end_date, e.end_approximate, e.end_note, e.title_ar, e.title_en, e.summary_ar,"
            + " e.summary_en, e.place_id, e.version, e.modified_at,"
            // country ids are ISO codes (no spaces): one column instead of a row each
            + " (SELECT group_concat(country_id, ' ') FROM (SELECT country_id FROM event_country c"
            + " WHERE c.event_id = e.id ORDER BY c.position)) FROM event e";

    /** The events that are not in the trash, and match the condition when there is one. */
    private List<Event> queryEvents(String where, List<Object> args) {
        return queryEvents(where, args, false);
    }

    /**
     * Reads events and their lists in one pass: the events and each child table come ordered by
     * event id and are merged as they stream, so a hundred thousand events need no lookup tables.
     * The child rows of trashed events are skipped by the merge rather than by the query, which
     * keeps reading every event a plain scan.
     */
    private List<Event> queryEvents(String where, List<Object> args, boolean withTrash) {
        String rows = withTrash || !editingSchema ? where
                : where.isEmpty() ? " WHERE e.deleted_at IS NULL" : where + " AND e.deleted_at IS NULL";
        String children = where.isEmpty() ? "" : " WHERE event_id IN (SELECT e.id FROM event e" + where + ")";
        try (ResultSet rs = query(EVENT_COLUMNS + rows + " ORDER BY e.id", args);
             ChildRows people = new ChildRows(query("SELECT event_id, person_id, role_ar, role_en FROM event_person"
                     + children + " ORDER BY event_id, position", args));
             ChildRows sources = new ChildRows(query("SELECT event_id, article_id, span_start, span_end, quote"
                     + " FROM event_source" + children + " ORDER BY event_id, position", args))) {
            List<Event> events = new ArrayList<>();
            String lastModifiedText = null;
            Instant lastModified = null;
            while (rs.next()) {
                String id = rs.getString(1);
                String end = rs.getString(6);
                String modifiedText = rs.getString(15);
                if (!modifiedText.equals(lastModifiedText)) { // imported records share their time
                    lastModifiedText = modifiedText;
                    lastModified = Instant.parse(modifiedText);
                }
                events.add(new Event(id, rs.getString(2),
                        new EventDate(PartialDate.parse(rs.getString(3)), rs.getBoolean(4), rs.getString(5)),
                        end == null ? null : new EventDate(PartialDate.parse(end), rs.getBoolean(7), rs.getString(8)),
                        LocalizedText.of(rs.getString(9), rs.getString(10)),
                        LocalizedText.of(rs.getString(11), rs.getString(12)),
                        countryList(rs.getString(16)), rs.getString(13),
                        people.take(id, r -> new Participant(r.getString(2), LocalizedText.of(r.getString(3), r.getString(4)))),
                        sources.take(id, r -> new SourceRef(r.getString(2), r.getInt(3), r.getInt(4), r.getString(5))),
                        rs.getLong(14), lastModified));
            }
            return inTimeOrder(events);
        } catch (SQLException | RuntimeException e) {
            throw failure("read events", e);
        }
    }

    /**
     * Events read in id order, put in time order ({@link Event#compareTo}): sorted on packed
     * primitive keys (first day, precision, position) because comparing records a hundred
     * thousand times over costs more than reading them. Ties keep id order.
     */
    private static List<Event> inTimeOrder(List<Event> byId) {
        if (byId.size() >= 1 << 21) {
            List<Event> sorted = new ArrayList<>(byId);
            sorted.sort(Comparator.naturalOrder()); // too many to pack their positions in the key
            return sorted;
        }
        long[] keys = new long[byId.size()];
        long dayOffset = 1L << 22; // epoch days of years 1..9999 lie within ±2^22
        for (int i = 0; i < keys.length; i++) {
            PartialDate start = byId.get(i).start().date();
            long precisionRank = 2 - start.precision().ordinal(); // the more precise date first
            keys[i] = ((start.firstEpochDay() + dayOffset) << 23) | (precisionRank << 21) | i;
        }
        java.util.Arrays.sort(keys);
        List<Event> sorted = new ArrayList<>(keys.length);
        for (long key : keys) {
            sorted.add(byId.get((int) (key & ((1L << 21) - 1))));
        }
        return sorted;
    }

    private static List<String> countryList(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : List.of(joined.split(" "));
    }

    /** Rows of a child table ordered by event id, consumed event by event. */
    private static final class ChildRows implements AutoCloseable {
        private final ResultSet rows;
        private boolean hasRow;

        ChildRows(ResultSet rows) throws SQLException {
            this.rows = rows;
            this.hasRow = rows.next();
        }

        /** The rows of this event (the cursor is at or before them); an empty list when it has none. */
        <T> List<T> take(String eventId, RowReader<T> reader) throws SQLException {
            List<T> taken = null;
            while (hasRow) {
                int order = rows.getString(1).compareTo(eventId);
                if (order > 0) {
                    break;
                }
                if (order == 0) {
                    if (taken == null) {
                        taken = new ArrayList<>(2);
                    }
                    taken.add(reader.read(rows));
                }
                hasRow = rows.next();
            }
            return taken == null ? List.of() : taken;
        }

        @Override
        public void close() throws SQLException {
            rows.close();
        }
    }

    @Override
    public synchronized List<EventType> types() {
        return readAll("SELECT id, name_ar, name_en FROM event_type ORDER BY position, id",
                rs -> new EventType(rs.getString(1), LocalizedText.of(rs.getString(2), rs.getString(3))));
    }

    @Override
    public synchronized List<Country> countries() {
        return readAll("SELECT id, name_ar, name_en FROM country ORDER BY id",
                rs -> new Country(rs.getString(1), LocalizedText.of(rs.getString(2), rs.getString(3))));
    }

    @Override
    public synchronized List<Place> places() {
        return readAll("SELECT id, name_ar, name_en, country_id FROM place ORDER BY id",
                rs -> new Place(rs.getString(1), LocalizedText.of(rs.getString(2), rs.getString(3)), rs.getString(4)));
    }

    @Override
    public synchronized List<Person> people() {
        return readAll("SELECT id, name_ar, name_en FROM person ORDER BY id",
                rs -> new Person(rs.getString(1), LocalizedText.of(rs.getString(2), rs.getString(3))));
    }

    @Override
    public synchronized List<Period> periods() {
        return readAll("SELECT id, name_ar, name_en, start_date, end_date, person_id, country_id, note FROM period ORDER BY id",
                rs -> new Period(rs.getString(1), LocalizedText.of(rs.getString(2), rs.getString(3)),
                        PartialDate.parse(rs.getString(4)),
                        rs.getString(5) == null ? null : PartialDate.parse(rs.getString(5)),
                        rs.getString(6), rs.getString(7), rs.getString(8)));
    }

    private static final String ARTICLE_COLUMNS = "SELECT id, title, outlet, author, language, published,"
            + " published_approximate, published_note, provenance, body FROM article";

    @Override
    public synchronized List<Article> articles() {
        return readAll(ARTICLE_COLUMNS + " ORDER BY id", SqliteCatalogueStore::readArticle);
    }

    @Override
    public synchronized Optional<Article> article(String id) {
        try (PreparedStatement ps = connection.prepareStatement(ARTICLE_COLUMNS + " WHERE id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(readArticle(rs)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw failure("read article " + id, e);
        }
    }

    @Override
    public synchronized List<ArticleInfo> articleInfos() {
        // the same columns without the body, which is what makes the full read expensive
        return readAll(ARTICLE_COLUMNS.replace(", body FROM", " FROM") + " ORDER BY id", rs -> {
            String published = rs.getString(6);
            return new ArticleInfo(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                    Language.fromCode(rs.getString(5)),
                    published == null ? null : new EventDate(PartialDate.parse(published), rs.getBoolean(7), rs.getString(8)),
                    rs.getString(9));
        });
    }

    private static Article readArticle(ResultSet rs) throws SQLException {
        String published = rs.getString(6);
        return new Article(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                Language.fromCode(rs.getString(5)),
                published == null ? null : new EventDate(PartialDate.parse(published), rs.getBoolean(7), rs.getString(8)),
                rs.getString(9), rs.getString(10));
    }

    @Override
    public synchronized Catalogue snapshot() {
        List<Event> events = new ArrayList<>(events(EventFilter.ALL));
        events.sort(Comparator.comparing(Event::id));
        return new Catalogue(types(), countries(), places(), people(), periods(), articles(), events, tours());
    }

    // ---------------------------------------------------------------- writing

    @Override
    public synchronized void importCatalogue(Catalogue catalogue, String editor) {
        String who = requireEditor(editor);
        inTransaction("import records", () -> write(catalogue, who));
    }

    @Override
    public synchronized boolean isSeeded() {
        try (PreparedStatement ps = connection.prepareStatement("SELECT value FROM app_meta WHERE key = ?")) {
            ps.setString(1, SEEDED_KEY);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        } catch (SQLException e) {
            throw failure("read the database's settings", e);
        }
    }

    @Override
    public synchronized void seed(Catalogue curated) {
        inTransaction("load the curated dataset", () -> {
            write(curated, CURATED_EDITOR);
            update("INSERT OR REPLACE INTO app_meta (key, value) VALUES (?, ?)", SEEDED_KEY, Instant.now().toString());
            update("INSERT OR REPLACE INTO app_meta (key, value) VALUES (?, ?)", CURATED_TOURS_KEY,
                    String.join(" ", curated.tours().stream().map(Tour::id).sorted().toList()));
        });
    }

    /**
     * Writes the records, replacing those with the same id. A replaced event, article or type whose
     * content changed is a recorded change like an edit (its event version goes up, so that a
     * window that opened it before cannot save over the import); an unchanged one is left as it
     * was. New records start without history, like the curated dataset.
     */
    private void write(Catalogue c, String editor) throws SQLException {
        Instant now = now();
        boolean renaming = !(c.types().isEmpty() && c.countries().isEmpty() && c.places().isEmpty() && c.people().isEmpty());
        SqliteSearchIndex.Names namesBefore = renaming ? searchIndex.names() : null;
        int position = nextTypePosition();
        for (EventType t : c.types()) {
            LocalizedText before = namesBefore.types().get(t.id());
            update("INSERT INTO event_type (id, name_ar, name_en, position) VALUES (?, ?, ?, ?)"
                            + " ON CONFLICT (id) DO UPDATE SET name_ar = excluded.name_ar, name_en = excluded.name_en",
                    t.id(), t.name().ar(), t.name().en(), position++);
            if (before != null) {
                recordChanges(TYPE_KIND, t.id(), true, now, editor, nameChanges(before, t.name()));
            }
        }
        for (Country x : c.countries()) {
            update("INSERT INTO country (id, name_ar, name_en) VALUES (?, ?, ?)"
                            + " ON CONFLICT (id) DO UPDATE SET name_ar = excluded.name_ar, name_en = excluded.name_en",
                    x.id(), x.name().ar(), x.name().en());
        }
        for (Place x : c.places()) {
            update("INSERT INTO place (id, name_ar, name_en, country_id) VALUES (?, ?, ?, ?)"
                            + " ON CONFLICT (id) DO UPDATE SET name_ar = excluded.name_ar, name_en = excluded.name_en,"
                            + " country_id = excluded.country_id",
                    x.id(), x.name().ar(), x.name().en(), x.countryId());
        }
        for (Person x : c.people()) {
            update("INSERT INTO person (id, name_ar, name_en) VALUES (?, ?, ?)"
                            + " ON CONFLICT (id) DO UPDATE SET name_ar = excluded.name_ar, name_en = excluded.name_en",
                    x.id(), x.name().ar(), x.name().en());
        }
        for (Period x : c.periods()) {
            update("INSERT OR REPLACE INTO period (id, name_ar, name_en, start_date, end_date, person_id, country_id, note)"
                            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    x.id(), x.name().ar(), x.name().en(), x.start().toIso(), x.end() == null ? null : x.end().toIso(),
                    x.personId(), x.countryId(), x.note());
        }
        Set<String> storedArticles = c.articles().isEmpty() ? Set.of() : ids("SELECT id FROM article");
        for (Article a : c.articles()) {
            Article before = storedArticles.contains(a.id()) ? storedArticle(a.id()) : null;
            writeArticle(a);
            searchIndex.index(a);
            if (before != null) {
                recordChanges(ARTICLE_KIND, a.id(), true, now, editor, articleChanges(before, a));
            }
        }
        SqliteSearchIndex.Names names = searchIndex.names();
        Set<String> existing = c.events().isEmpty() ? Set.of() : ids("SELECT id FROM event");
        List<String> replacedIds = c.events().stream().map(Event::id).filter(existing::contains).toList();
        Map<String, Stored> replaced = replacedIds.isEmpty() ? Map.of() : storedEvents(replacedIds);
        List<Event> written = new ArrayList<>(c.events().size());
        for (Event e : c.events()) {
            Stored stored = replaced.get(e.id());
            if (stored == null) {
                writeEvent(e, false);
                written.add(e);
                continue;
            }
            List<EventFields.Change> changes = new ArrayList<>();
            if (stored.trashed()) {
                changes.add(new EventFields.Change(DELETED, "true", "false")); // importing an id brings it back
            }
            changes.addAll(EventFields.diff(stored.event(), e));
            if (changes.isEmpty()) {
                continue; // the same record again: its version stays, so no open editor is made stale for nothing
            }
            Event next = withVersion(e, stored.event().version() + 1, e.modified());
            writeEvent(next, true);
            record(EVENT_KIND, e.id(), next.version(), now, editor, changes);
            written.add(next);
        }
        // indexed after all are written rather than one by one: the two kinds of page writes, taken
        // in turns, made a large import take a third longer
        for (Event e : written) {
            searchIndex.index(e, names);
        }
        if (renaming) {
            reindexRenamed(namesBefore, names, written);
        }
        for (Tour t : c.tours()) {
            Tour before = storedTour(t.id(), true);
            writeTour(t);
            if (before != null) {
                recordChanges(TOUR_KIND, t.id(), true, now, editor, tourChanges(before, t));
            }
        }
    }

    private Set<String> ids(String sql) throws SQLException {
        Set<String> ids = new java.util.HashSet<>();
        try (PreparedStatement ps = connection.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                ids.add(rs.getString(1));
            }
        }
        return ids;
    }

    private void writeArticle(Article a) throws SQLException {
        EventDate p = a.published();
        update("INSERT INTO article (id, title, outlet, author, language, published, published_approximate,"
                        + " published_note, provenance, body) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                        + " ON CONFLICT (id) DO UPDATE SET title = excluded.title, outlet = excluded.outlet,"
                        + " author = excluded.author, language = excluded.language, published = excluded.published,"
                        + " published_approximate = excluded.published_approximate,"
                        + " published_note = excluded.published_note, provenance = excluded.provenance,"
                        + " body = excluded.body",
                a.id(), a.title(), a.outlet(), a.author(), a.language().code(),
                p == null ? null : p.date().toIso(), p != null && p.approximate(), p == null ? null : p.note(),
                a.provenance(), a.text());
    }

    /** Indexes again the stored events (other than those just written) that name a record whose name changed. */
    private void reindexRenamed(SqliteSearchIndex.Names before, SqliteSearchIndex.Names after, List<Event> written)
            throws SQLException {
        List<Object> args = new ArrayList<>();
        StringBuilder sql = new StringBuilder("SELECT id FROM event WHERE deleted_at IS NULL AND (0");
        List<String> types = renamed(before.types(), after.types());
        List<String> places = renamed(before.places(), after.places());
        List<String> countries = renamed(before.countries(), after.countries());
        List<String> people = renamed(before.people(), after.people());
        if (!types.isEmpty()) {
            sql.append(" OR type_id IN ").append(placeholders(types.size()));
            args.addAll(types);
        }
        if (!places.isEmpty()) {
            sql.append(" OR place_id IN ").append(placeholders(places.size()));
            args.addAll(places);
        }
        if (!countries.isEmpty()) {
            sql.append(" OR id IN (SELECT event_id FROM event_country WHERE country_id IN ")
                    .append(placeholders(countries.size())).append(")");
            args.addAll(countries);
        }
        if (!people.isEmpty()) {
            sql.append(" OR id IN (SELECT event_id FROM event_person WHERE person_id IN ")
                    .append(placeholders(people.size())).append(")");
            args.addAll(people);
        }
        if (args.isEmpty()) {
            return;
        }
        sql.append(")");
        java.util.Set<String> done = new java.util.HashSet<>();
        written.forEach(e -> done.add(e.id()));
        List<String> ids = new ArrayList<>();
        try (ResultSet rs = query(sql.toString(), args)) {
            while (rs.next()) {
                if (!done.contains(rs.getString(1))) {
                    ids.add(rs.getString(1));
                }
            }
        }
        for (int from = 0; from < ids.size(); from += 500) {
            List<Object> chunk = new ArrayList<>(ids.subList(from, Math.min(ids.size(), from + 500)));
            for (Event e : queryEvents(" WHERE e.id IN " + placeholders(chunk.size()), chunk)) {
                searchIndex.index(e, after);
            }
        }
    }

    /** The ids whose name was there before and is different now (new records cannot be named by stored events yet). */
    private static List<String> renamed(Map<String, LocalizedText> before, Map<String, LocalizedText> after) {
        List<String> ids = new ArrayList<>();
        before.forEach((id, name) -> {
            if (!name.equals(after.get(id))) {
                ids.add(id);
            }
        });
        return ids;
    }

    private void writeEvent(Event e, boolean replacing) throws SQLException {
        if (replacing) { // its old lists go; a new event has none
            update("DELETE FROM event_country WHERE event_id = ?", e.id());
            update("DELETE FROM event_person WHERE event_id = ?", e.id());
            update("DELETE FROM event_source WHERE event_id = ?", e.id());
        }
        EventDate end = e.end();
        update("INSERT INTO event (id, type_id, start_date, start_approximate, start_note, end_date, end_approximate,"
                        + " end_note, title_ar, title_en, summary_ar, summary_en, place_id, first_day, last_day, version, modified_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                        + " ON CONFLICT (id) DO UPDATE SET type_id = excluded.type_id, start_date = excluded.start_date,"
                        + " start_approximate = excluded.start_approximate, start_note = excluded.start_note,"
                        + " end_date = excluded.end_date, end_approximate = excluded.end_approximate,"
                        + " end_note = excluded.end_note, title_ar = excluded.title_ar, title_en = excluded.title_en,"
                        + " summary_ar = excluded.summary_ar, summary_en = excluded.summary_en,"
                        + " place_id = excluded.place_id, first_day = excluded.first_day, last_day = excluded.last_day,"
                        + " version = excluded.version, modified_at = excluded.modified_at, deleted_at = NULL",
                e.id(), e.typeId(), e.start().date().toIso(), e.start().approximate(), e.start().note(),
                end == null ? null : end.date().toIso(), end != null && end.approximate(), end == null ? null : end.note(),
                e.title().ar(), e.title().en(), e.summary().ar(), e.summary().en(), e.placeId(),
                e.start().date().firstDay().toString(),
                (end == null ? e.start() : end).date().lastDay().toString(),
                e.version(), e.modified().toString());
        for (int i = 0; i < e.countryIds().size(); i++) {
            update("INSERT INTO event_country (event_id, position, country_id) VALUES (?, ?, ?)",
                    e.id(), i, e.countryIds().get(i));
        }
        for (int i = 0; i < e.people().size(); i++) {
            Participant p = e.people().get(i);
            update("INSERT INTO event_person (event_id, position, person_id, role_ar, role_en) VALUES (?, ?, ?, ?, ?)",
                    e.id(), i, p.personId(), p.role().ar(), p.role().en());
        }
        for (int i = 0; i < e.sources().size(); i++) {
            SourceRef s = e.sources().get(i);
            update("INSERT INTO event_source (event_id, position, article_id, span_start, span_end, quote)"
                    + " VALUES (?, ?, ?, ?, ?, ?)", e.id(), i, s.articleId(), s.start(), s.end(), s.quote());
        }
    }

    private int nextTypePosition() throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("SELECT COALESCE(MAX(position), -1) + 1 FROM event_type");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getInt(1);
        }
    }

    // ---------------------------------------------------------------- editing

    /** The history's field for moving an event to the trash ("true") and back ("false"). */
    static final String DELETED = "deleted";
    private static final String EVENT_KIND = "event";
    private static final String ARTICLE_KIND = "article";
    private static final String TYPE_KIND = "type";
    /** Who the history names for records written by loading the curated dataset. */
    private static final String CURATED_EDITOR = "curated dataset";

    private final CatalogueValidator validator = new CatalogueValidator();

    /** An event as stored, in the trash or not. */
    private record Stored(Event event, boolean trashed) {
    }

    @Override
    public synchronized Event saveEvent(Event edited, String editor) {
        String who = requireEditor(editor);
        Event[] saved = new Event[1];
        inTransaction("save event " + edited.id(), () -> saved[0] = writeEdit(edited, who));
        return saved[0];
    }

    /** Inside the write transaction, so the version read here cannot change before the write. */
    private Event writeEdit(Event edited, String editor) throws SQLException {
        Stored stored = storedEvents(List.of(edited.id())).get(edited.id());
        Instant now = now();
        if (edited.version() == 0) {
            if (stored != null) {
                throw new StaleEditException("An event with the id \"" + edited.id() + "\" already exists"
                        + (stored.trashed() ? " in the trash" : "") + ", so the new event was not saved.", 0,
                        stored.trashed() ? null : stored.event());
            }
            Event created = withVersion(edited, 1, now);
            requireValid(created);
            writeEvent(created, false);
            record(EVENT_KIND, created.id(), 1, now, editor, EventFields.diff(null, created));
            searchIndex.index(created, searchIndex.names());
            return created;
        }
        Event current = requireAt(stored, edited.id(), edited.version(), "saved");
        List<EventFields.Change> changes = EventFields.diff(current, edited);
        if (changes.isEmpty()) {
            return current; // nothing to record, and no reason to make other windows' copies stale
        }
        Event next = withVersion(edited, current.version() + 1, now);
        requireValid(next);
        writeEvent(next, true);
        record(EVENT_KIND, next.id(), next.version(), now, editor, changes);
        searchIndex.index(next, searchIndex.names());
        return next;
    }

    /** The stored event, when it is still at the version an edit started from; else the refusal. */
    private static Event requireAt(Stored stored, String id, long version, String what) {
        if (stored == null) {
            throw new StaleEditException("Event \"" + id + "\" does not exist (any more), so it was not " + what + ".",
                    version, null);
        }
        if (stored.trashed()) {
            throw new StaleEditException("Event \"" + id + "\" was moved to the trash since it was opened, so it was not "
                    + what + ".", version, null);
        }
        long now = stored.event().version();
        if (now != version) {
            throw new StaleEditException("Event \"" + id + "\" was changed since it was opened (it is now at version "
                    + now + ", the edit started from version " + version + "), so it was not " + what + ".",
                    version, stored.event());
        }
        return stored.event();
    }

    @Override
    public synchronized void deleteEvent(String id, long version, String editor) {
        String who = requireEditor(editor);
        inTransaction("move event " + id + " to the trash", () -> {
            Event current = requireAt(storedEvents(List.of(id)).get(id), id, version, "moved to the trash");
            Instant now = now();
            long next = current.version() + 1;
            update("UPDATE event SET deleted_at = ?, version = ?, modified_at = ? WHERE id = ?",
                    now.toString(), next, now.toString(), id);
            record(EVENT_KIND, id, next, now, who, List.of(new EventFields.Change(DELETED, "false", "true")));
            searchIndex.remove(SearchHit.Kind.EVENT.code(), id);
        });
    }

    @Override
    public synchronized Event restoreEvent(String id, String editor) {
        String who = requireEditor(editor);
        Event[] restored = new Event[1];
        inTransaction("restore event " + id + " from the trash", () -> {
            Stored stored = storedEvents(List.of(id)).get(id);
            if (stored == null) {
                throw new StaleEditException("No event has the id \"" + id + "\", in the trash or out of it.", 0, null);
            }
            if (!stored.trashed()) {
                throw new StaleEditException("Event \"" + id + "\" is not in the trash (it was restored already).",
                        stored.event().version(), stored.event());
            }
            Instant now = now();
            Event back = withVersion(stored.event(), stored.event().version() + 1, now);
            requireValid(back); // what it refers to may have changed while it was in the trash
            update("UPDATE event SET deleted_at = NULL, version = ?, modified_at = ? WHERE id = ?",
                    back.version(), now.toString(), id);
            record(EVENT_KIND, id, back.version(), now, who, List.of(new EventFields.Change(DELETED, "true", "false")));
            searchIndex.index(back, searchIndex.names());
            restored[0] = back;
        });
        return restored[0];
    }

    @Override
    public synchronized List<Event> trash() {
        if (!editingSchema) {
            return List.of();
        }
        try {
            Map<String, Instant> deletedAt = new HashMap<>();
            try (ResultSet rs = query("SELECT id, deleted_at FROM event WHERE deleted_at IS NOT NULL", List.of())) {
                while (rs.next()) {
                    deletedAt.put(rs.getString(1), Instant.parse(rs.getString(2)));
                }
            }
            if (deletedAt.isEmpty()) {
                return List.of();
            }
            List<Event> events = new ArrayList<>(queryEvents(" WHERE e.deleted_at IS NOT NULL", List.of(), true));
            events.sort(Comparator.comparing((Event e) -> deletedAt.get(e.id())).reversed().thenComparing(Event::id));
            return events;
        } catch (SQLException | RuntimeException e) {
            throw failure("read the trash", e);
        }
    }

    @Override
    public synchronized List<HistoryEntry> history(String eventId) {
        return history(EVENT_KIND, eventId);
    }

    @Override
    public synchronized List<HistoryEntry> articleHistory(String articleId) {
        return history(ARTICLE_KIND, articleId);
    }

    /**
     * A history value as it should have been stored: a date in ASCII digits. A database that older
     * versions wrote under an Arabic locale and that is open read-only (so not repaired) reads right.
     */
    private static String machineValue(String field, String value) {
        return AsciiDigitsRepair.DATE_FIELDS.contains(field) ? AsciiDigits.toAscii(value) : value;
    }

    private List<HistoryEntry> history(String kind, String id) {
        if (!editingSchema) {
            return List.of();
        }
        try (ResultSet rs = query("SELECT record_id, version, at, editor, field, old_value, new_value FROM history"
                + " WHERE record_id = ? AND kind = ? ORDER BY version, id", List.of(id, kind))) {
            List<HistoryEntry> entries = new ArrayList<>();
            while (rs.next()) {
                String field = rs.getString(5);
                entries.add(new HistoryEntry(rs.getString(1), rs.getLong(2), Instant.parse(rs.getString(3)),
                        rs.getString(4), field, machineValue(field, rs.getString(6)), machineValue(field, rs.getString(7))));
            }
            return entries;
        } catch (SQLException | RuntimeException e) {
            throw failure("read the history of " + kind + " " + id, e);
        }
    }

    /**
     * Undoes, newest first, the recorded changes made after the version. Every version from there to
     * the current one must have been recorded here; otherwise the earlier version is unknown.
     */
    @Override
    public synchronized Optional<Event> eventAt(String id, long version) {
        Stored stored;
        try {
            stored = storedEvents(List.of(id)).get(id);
        } catch (SQLException e) {
            throw failure("read event " + id, e);
        }
        if (stored == null || version < 1 || version > stored.event().version()) {
            return Optional.empty();
        }
        Event current = stored.event();
        if (version == current.version()) {
            return Optional.of(current);
        }
        List<HistoryEntry> entries = history(EVENT_KIND, id);
        Set<Long> recorded = new java.util.HashSet<>();
        entries.forEach(h -> recorded.add(h.version()));
        for (long v = version + 1; v <= current.version(); v++) {
            if (!recorded.contains(v)) {
                return Optional.empty();
            }
        }
        Map<String, String> fields = new java.util.LinkedHashMap<>(EventFields.of(current));
        for (int i = entries.size() - 1; i >= 0 && entries.get(i).version() > version; i--) {
            HistoryEntry h = entries.get(i);
            if (fields.containsKey(h.field())) { // "deleted" is not a field of the event
                fields.put(h.field(), h.before());
            }
        }
        // when that version was saved, if it was saved here; the first version of an imported event has no record of it
        Instant modified = entries.stream().filter(h -> h.version() == version).map(HistoryEntry::at)
                .findFirst().orElse(Instant.EPOCH);
        try {
            return Optional.of(withVersion(EventFields.with(current, fields), version, modified));
        } catch (IllegalArgumentException e) {
            throw new StoreException("The history of event " + id + " cannot be replayed to version " + version
                    + ": " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized void saveType(EventType type, String editor) {
        String who = requireEditor(editor);
        inTransaction("save event type " + type.id(), () -> {
            Catalogue incoming = new Catalogue(List.of(type), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
            requireNoProblems(validator.validate(incoming, incoming));
            SqliteSearchIndex.Names before = searchIndex.names();
            LocalizedText old = before.types().get(type.id());
            List<EventFields.Change> changes = nameChanges(old, type.name());
            if (changes.isEmpty()) {
                return;
            }
            if (old == null) {
                update("INSERT INTO event_type (id, name_ar, name_en, position) VALUES (?, ?, ?, ?)",
                        type.id(), type.name().ar(), type.name().en(), nextTypePosition());
            } else {
                update("UPDATE event_type SET name_ar = ?, name_en = ? WHERE id = ?",
                        type.name().ar(), type.name().en(), type.id());
            }
            recordChanges(TYPE_KIND, type.id(), old != null, now(), who, changes);
            if (old != null) { // the events of this type are found by its name
                reindexRenamed(before, searchIndex.names(), List.of());
            }
        });
    }

    @Override
    public synchronized void saveArticle(Article article, String editor) {
        saveArticle(article, -1, editor);
    }

    @Override
    public synchronized long articleVersion(String articleId) {
        try {
            return storedArticleVersion(articleId);
        } catch (SQLException e) {
            throw failure("read article " + articleId, e);
        }
    }

    private long storedArticleVersion(String id) throws SQLException {
        try (ResultSet rs = query("SELECT (SELECT COUNT(*) FROM article WHERE id = ?),"
                + " (SELECT MAX(version) FROM history WHERE record_id = ? AND kind = ?)", List.of(id, id, ARTICLE_KIND))) {
            rs.next();
            if (rs.getLong(1) == 0) {
                return 0;
            }
            long recorded = rs.getLong(2);
            return rs.wasNull() ? 1 : recorded;
        }
    }

    /** With a negative {@code fromVersion}, the version is not compared. */
    @Override
    public synchronized void saveArticle(Article article, long fromVersion, String editor) {
        String who = requireEditor(editor);
        inTransaction("save article " + article.id(), () -> {
            if (fromVersion >= 0) {
                long stored = storedArticleVersion(article.id());
                if (stored != fromVersion) {
                    throw new StaleEditException(fromVersion == 0
                            ? "An article with the id \"" + article.id() + "\" already exists, so the new article was not saved."
                            : stored == 0 ? "Article \"" + article.id() + "\" does not exist (any more), so it was not saved."
                            : "Article \"" + article.id() + "\" was changed since it was opened (it is now at version "
                                    + stored + ", the edit started from version " + fromVersion + "), so it was not saved.",
                            fromVersion, null);
                }
            }
            Catalogue incoming = new Catalogue(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(article),
                    List.of());
            requireNoProblems(validator.validate(incoming, incoming));
            Article before = storedArticle(article.id());
            List<EventFields.Change> changes = articleChanges(before, article);
            if (changes.isEmpty()) {
                return;
            }
            if (before != null && !before.text().equals(article.text())) {
                requireQuotesStillHold(article);
            }
            writeArticle(article);
            searchIndex.index(article);
            recordChanges(ARTICLE_KIND, article.id(), before != null, now(), who, changes);
        });
    }

    /** A new text must still hold every passage that events (also those in the trash) quote from it. */
    private void requireQuotesStillHold(Article article) throws SQLException {
        try (ResultSet rs = query("SELECT event_id, span_start, span_end, quote FROM event_source WHERE article_id = ?"
                + " ORDER BY event_id, position", List.of(article.id()))) {
            while (rs.next()) {
                SourceRef source = new SourceRef(article.id(), rs.getInt(2), rs.getInt(3), rs.getString(4));
                if (!source.matches(article.text())) {
                    throw new InvalidEditException(List.of(new Problem("article", -1, article.id(), "text",
                            "the new text no longer holds the passage that event \"" + rs.getString(1) + "\" quotes at "
                                    + source.start() + "–" + source.end())));
                }
            }
        }
    }

    private Article storedArticle(String id) throws SQLException {
        try (ResultSet rs = query(ARTICLE_COLUMNS + " WHERE id = ?", List.of(id))) {
            return rs.next() ? readArticle(rs) : null;
        }
    }

    /**
     * What the database itself needs of an event: every reference resolves, every quote is in its
     * article, a title, the end not before the start (checked as {@link CatalogueValidator} does
     * for {@code check}, so that a saved event always passes it).
     */
    private void requireValid(Event e) throws SQLException {
        List<Article> cited = new ArrayList<>();
        for (String articleId : new java.util.LinkedHashSet<>(e.sources().stream().map(SourceRef::articleId).toList())) {
            Article a = storedArticle(articleId);
            if (a != null) {
                cited.add(a);
            }
        }
        Catalogue incoming = new Catalogue(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(e));
        Catalogue context = new Catalogue(types(), countries(), places(), people(), List.of(), cited, List.of(e));
        List<Problem> problems = new ArrayList<>(validator.validate(incoming, context));
        // the table's own check compares the dates as text: an end of "2008" sorts before a start of "2008-05"
        if (e.end() != null && e.end().date().toIso().compareTo(e.start().date().toIso()) < 0
                && !e.end().date().lastDay().isBefore(e.start().date().firstDay())) {
            problems.add(new Problem("event", 0, e.id(), "end", "the end (" + e.end().date()
                    + ") is less precise than the start (" + e.start().date() + "): give it the month or the day"));
        }
        requireNoProblems(problems);
    }

    private static void requireNoProblems(List<Problem> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidEditException(problems);
        }
    }

    /** Records one saved version's changes; a record that existed without history had version 1 before. */
    private void recordChanges(String kind, String id, boolean existed, Instant at, String editor,
                               List<EventFields.Change> changes) throws SQLException {
        if (changes.isEmpty()) {
            return;
        }
        long last;
        try (ResultSet rs = query("SELECT MAX(version) FROM history WHERE record_id = ? AND kind = ?", List.of(id, kind))) {
            rs.next();
            long max = rs.getLong(1);
            last = rs.wasNull() ? (existed ? 1 : 0) : max;
        }
        record(kind, id, last + 1, at, editor, changes);
    }

    private void record(String kind, String id, long version, Instant at, String editor,
                        List<EventFields.Change> changes) throws SQLException {
        for (EventFields.Change c : changes) {
            update("INSERT INTO history (kind, record_id, version, at, editor, field, old_value, new_value)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)", kind, id, version, at.toString(), editor, c.field(),
                    c.before(), c.after());
        }
    }

    private static List<EventFields.Change> nameChanges(LocalizedText before, LocalizedText after) {
        List<EventFields.Change> changes = new ArrayList<>();
        String arBefore = before == null ? null : before.ar();
        String enBefore = before == null ? null : before.en();
        if (!java.util.Objects.equals(arBefore, after.ar())) {
            changes.add(new EventFields.Change("name.ar", arBefore, after.ar()));
        }
        if (!java.util.Objects.equals(enBefore, after.en())) {
            changes.add(new EventFields.Change("name.en", enBefore, after.en()));
        }
        return changes;
    }

    /** An article's fields as the history names them. */
    private static Map<String, String> articleFields(Article a) {
        Map<String, String> fields = new java.util.LinkedHashMap<>();
        if (a == null) {
            return fields;
        }
        EventDate p = a.published();
        fields.put("title", a.title());
        fields.put("outlet", a.outlet());
        fields.put("author", a.author());
        fields.put("language", a.language().code());
        fields.put("published", p == null ? null : p.date().toIso());
        fields.put("publishedApproximate", p == null ? null : Boolean.toString(p.approximate()));
        fields.put("publishedNote", p == null ? null : p.note());
        fields.put("provenance", a.provenance());
        fields.put("text", a.text());
        return fields;
    }

    static final List<String> ARTICLE_FIELDS = List.of("title", "outlet", "author", "language", "published",
            "publishedApproximate", "publishedNote", "provenance", "text");

    private static List<EventFields.Change> articleChanges(Article before, Article after) {
        Map<String, String> old = articleFields(before);
        Map<String, String> now = articleFields(after);
        List<EventFields.Change> changes = new ArrayList<>();
        for (String field : ARTICLE_FIELDS) {
            if (!java.util.Objects.equals(old.get(field), now.get(field))) {
                changes.add(new EventFields.Change(field, old.get(field), now.get(field)));
            }
        }
        return changes;
    }

    /** The stored events with these ids, in the trash or not. */
    private Map<String, Stored> storedEvents(List<String> ids) throws SQLException {
        Map<String, Stored> found = new HashMap<>();
        for (int from = 0; from < ids.size(); from += 500) {
            List<Object> chunk = new ArrayList<>(ids.subList(from, Math.min(ids.size(), from + 500)));
            String in = placeholders(chunk.size());
            Set<String> trashed = new java.util.HashSet<>();
            if (editingSchema) {
                try (ResultSet rs = query("SELECT id FROM event WHERE deleted_at IS NOT NULL AND id IN " + in, chunk)) {
                    while (rs.next()) {
                        trashed.add(rs.getString(1));
                    }
                }
            }
            for (Event e : queryEvents(" WHERE e.id IN " + in, chunk, true)) {
                found.put(e.id(), new Stored(e, trashed.contains(e.id())));
            }
        }
        return found;
    }

    private static Event withVersion(Event e, long version, Instant modified) {
        return new Event(e.id(), e.typeId(), e.start(), e.end(), e.title(), e.summary(), e.countryIds(), e.placeId(),
                e.people(), e.sources(), version, modified);
    }

    private static String requireEditor(String editor) {
        if (editor == null || editor.isBlank()) {
            throw new IllegalArgumentException("every change is recorded with its editor's name, and none was given");
        }
        return editor.strip();
    }

    /** Milliseconds are enough, and keep the stored times short. */
    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }

    // ---------------------------------------------------------------- tours

    private static final String TOUR_KIND = "tour";

    /**
     * Every tour by id, each with its stops in order. A stop whose event is in the trash is left
     * out (its row stays, so restoring the event puts it back); see {@code V4__tours.sql}.
     */
    @Override
    public synchronized List<Tour> tours() {
        if (!tourSchema) {
            return List.of(); // an older database opened read-only has none
        }
        try {
            return readTours(null, false);
        } catch (SQLException | RuntimeException e) {
            throw failure("read tours", e);
        }
    }

    /** The tours (one, when an id is given), with or without the stops of trashed events. */
    private List<Tour> readTours(String onlyId, boolean withTrashedStops) throws SQLException {
        String where = onlyId == null ? "" : " WHERE t.id = ?";
        List<Object> args = onlyId == null ? List.of() : List.of(onlyId);
        Map<String, List<Tour.Stop>> stops = new HashMap<>();
        try (ResultSet rs = query("SELECT s.tour_id, s.event_id, s.note_ar, s.note_en FROM tour_stop s"
                + " JOIN tour t ON t.id = s.tour_id JOIN event e ON e.id = s.event_id" + where
                + (withTrashedStops || !editingSchema ? "" : (where.isEmpty() ? " WHERE" : " AND") + " e.deleted_at IS NULL")
                + " ORDER BY s.tour_id, s.position", args)) {
            while (rs.next()) {
                stops.computeIfAbsent(rs.getString(1), id -> new ArrayList<>())
                        .add(new Tour.Stop(rs.getString(2), LocalizedText.of(rs.getString(3), rs.getString(4))));
            }
        }
        List<Tour> tours = new ArrayList<>();
        try (ResultSet rs = query("SELECT t.id, t.title_ar, t.title_en FROM tour t" + where + " ORDER BY t.id", args)) {
            while (rs.next()) {
                String id = rs.getString(1);
                tours.add(new Tour(id, LocalizedText.of(rs.getString(2), rs.getString(3)), stops.getOrDefault(id, List.of())));
            }
        }
        return tours;
    }

    /** The tour as stored, or null. */
    private Tour storedTour(String id, boolean withTrashedStops) throws SQLException {
        List<Tour> found = readTours(id, withTrashedStops);
        return found.isEmpty() ? null : found.get(0);
    }

    /** Writes the tour with exactly these stops, replacing a stored one with its id. */
    private void writeTour(Tour t) throws SQLException {
        update("INSERT INTO tour (id, title_ar, title_en) VALUES (?, ?, ?)"
                + " ON CONFLICT (id) DO UPDATE SET title_ar = excluded.title_ar, title_en = excluded.title_en",
                t.id(), t.title().ar(), t.title().en());
        update("DELETE FROM tour_stop WHERE tour_id = ?", t.id());
        for (int i = 0; i < t.stops().size(); i++) {
            Tour.Stop stop = t.stops().get(i);
            update("INSERT INTO tour_stop (tour_id, position, event_id, note_ar, note_en) VALUES (?, ?, ?, ?, ?)",
                    t.id(), i, stop.eventId(), stop.note().ar(), stop.note().en());
        }
    }

    /**
     * A tour's fields as the history names them: {@code title.ar}, {@code title.en} and
     * {@code stops}, one stop a line: the event id, the Arabic and the English note, separated by tabs.
     */
    static Map<String, String> tourFields(Tour t) {
        Map<String, String> fields = new java.util.LinkedHashMap<>();
        fields.put("title.ar", t == null ? null : t.title().ar());
        fields.put("title.en", t == null ? null : t.title().en());
        fields.put("stops", t == null ? null : String.join("\n", t.stops().stream()
                .map(s -> s.eventId() + "\t" + orEmpty(s.note().ar()) + "\t" + orEmpty(s.note().en())).toList()));
        return fields;
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s.replace('\t', ' ').replace('\n', ' ');
    }

    private static List<EventFields.Change> tourChanges(Tour before, Tour after) {
        Map<String, String> old = tourFields(before);
        Map<String, String> now = tourFields(after);
        List<EventFields.Change> changes = new ArrayList<>();
        old.forEach((field, value) -> {
            if (!java.util.Objects.equals(value, now.get(field))) {
                changes.add(new EventFields.Change(field, value, now.get(field)));
            }
        });
        return changes;
    }

    @Override
    public synchronized void saveTour(Tour tour, String editor) {
        String who = requireEditor(editor);
        inTransaction("save tour " + tour.id(), () -> {
            requireValidTour(tour);
            Tour before = storedTour(tour.id(), true);
            List<EventFields.Change> changes = tourChanges(before, tour);
            if (changes.isEmpty()) {
                return;
            }
            writeTour(tour);
            recordChanges(TOUR_KIND, tour.id(), before != null, now(), who, changes);
        });
    }

    /** A well-formed id, a title, and every stop an event that exists and is not in the trash, once. */
    private void requireValidTour(Tour tour) throws SQLException {
        List<String> eventIds = tour.stops().stream().map(Tour.Stop::eventId).distinct().toList();
        Map<String, Stored> stored = storedEvents(eventIds);
        Catalogue incoming = new Catalogue(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(tour));
        Catalogue context = new Catalogue(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                stored.values().stream().map(Stored::event).toList(), List.of(tour));
        List<Problem> problems = new ArrayList<>(validator.validate(incoming, context));
        for (int i = 0; i < tour.stops().size(); i++) {
            Stored s = stored.get(tour.stops().get(i).eventId());
            if (s != null && s.trashed()) {
                problems.add(new Problem("tour", 0, tour.id(), "stops[" + i + "].event",
                        "event \"" + s.event().id() + "\" is in the trash"));
            }
        }
        requireNoProblems(problems);
    }

    @Override
    public synchronized void deleteTour(String id, String editor) {
        String who = requireEditor(editor);
        inTransaction("delete tour " + id, () -> {
            Tour before = storedTour(id, true);
            if (before == null) {
                throw new StaleEditException("No tour has the id \"" + id + "\" (any more), so none was deleted.", 0, null);
            }
            update("DELETE FROM tour WHERE id = ?", id); // its stops go with it
            recordChanges(TOUR_KIND, id, true, now(), who, tourChanges(before, null));
        });
    }

    @Override
    public synchronized List<HistoryEntry> tourHistory(String tourId) {
        return history(TOUR_KIND, tourId);
    }

    /**
     * Gives this database the curated tours it was never given: one seeded before tours existed,
     * or before a tour was added to the curated data. Each curated tour is given once (its id is
     * remembered in {@code app_meta}), so a tour the user deleted does not come back; an id already
     * taken is left as it is; a stop whose event is not in the database is left out.
     */
    @Override
    public synchronized void seedTours(List<Tour> curated) {
        if (readOnly || !tourSchema) {
            return;
        }
        if (curatedToursGiven().containsAll(curated.stream().map(Tour::id).toList())) {
            return; // the usual case: no write, no lock
        }
        inTransaction("add the curated tours", () -> {
            Set<String> given = new java.util.TreeSet<>(curatedToursGiven());
            Set<String> events = ids("SELECT id FROM event");
            for (Tour t : curated) {
                if (given.add(t.id()) && storedTour(t.id(), true) == null) {
                    writeTour(new Tour(t.id(), t.title(),
                            t.stops().stream().filter(s -> events.contains(s.eventId())).toList()));
                }
            }
            update("INSERT OR REPLACE INTO app_meta (key, value) VALUES (?, ?)", CURATED_TOURS_KEY, String.join(" ", given));
        });
    }

    private Set<String> curatedToursGiven() {
        try (ResultSet rs = query("SELECT value FROM app_meta WHERE key = ?", List.of(CURATED_TOURS_KEY))) {
            return rs.next() && !rs.getString(1).isBlank()
                    ? new java.util.HashSet<>(List.of(rs.getString(1).split(" "))) : Set.of();
        } catch (SQLException e) {
            throw failure("read the database's settings", e);
        }
    }

    // ---------------------------------------------------------------- searching

    @Override
    public synchronized List<SearchHit> search(SearchQuery query) {
        SearchTerms terms = searchIndex.terms(query.text());
        if (terms.isEmpty()) {
            return List.of(); // nothing searchable was typed: the index is not asked
        }
        requireCurrentSearchIndex();
        try {
            return searchIndex.search(query, terms);
        } catch (SQLException | RuntimeException e) {
            throw failure("search", e);
        } finally {
            searchIndex.closeStatements();
        }
    }

    @Override
    public synchronized Set<String> matchingEventIds(String text) {
        SearchTerms terms = searchIndex.terms(text);
        if (terms.isEmpty()) {
            return Set.of();
        }
        requireCurrentSearchIndex();
        try {
            return searchIndex.eventIds(terms);
        } catch (SQLException | RuntimeException e) {
            throw failure("search", e);
        }
    }

    @Override
    public synchronized void rebuildSearchIndex() {
        inTransaction("build the search index", this::rebuildIndex);
        searchIndexCurrent = true;
    }

    private void updateSearchIndexIfOutdated() {
        if (!isSearchIndexCurrent()) {
            rebuildSearchIndex();
        }
    }

    private void rebuildIndex() throws SQLException {
        searchIndex.clear();
        SqliteSearchIndex.Names names = searchIndex.names();
        for (Event e : queryEvents("", List.of())) {
            searchIndex.index(e, names);
        }
        // one article at a time: ten thousand long texts need not all be in memory at once
        try (ResultSet rs = query(ARTICLE_COLUMNS, List.of())) {
            while (rs.next()) {
                searchIndex.index(readArticle(rs));
            }
        }
        searchIndex.optimize();
        update("INSERT OR REPLACE INTO app_meta (key, value) VALUES (?, ?)", SqliteSearchIndex.VERSION_KEY,
                String.valueOf(SearchAnalyzer.VERSION));
    }

    private boolean isSearchIndexCurrent() {
        if (searchIndexCurrent == null) {
            try (PreparedStatement ps = connection.prepareStatement("SELECT value FROM app_meta WHERE key = ?")) {
                ps.setString(1, SqliteSearchIndex.VERSION_KEY);
                try (ResultSet rs = ps.executeQuery()) {
                    searchIndexCurrent = rs.next() && String.valueOf(SearchAnalyzer.VERSION).equals(rs.getString(1));
                }
            } catch (SQLException e) {
                throw failure("read the database's settings", e);
            }
        }
        return searchIndexCurrent;
    }

    /** A writable store keeps its index current; a read-only one can only say that it cannot search. */
    private void requireCurrentSearchIndex() {
        if (!isSearchIndexCurrent()) {
            throw new StoreException("The database " + file + " is open read-only and its search index is missing"
                    + " or was built by another version of Hawliyat; open it once with write access to build it.");
        }
    }

    // ---------------------------------------------------------------- checking

    @Override
    public synchronized List<String> integrityProblems() {
        List<String> problems = new ArrayList<>();
        try {
            try (PreparedStatement ps = connection.prepareStatement("PRAGMA integrity_check");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (!"ok".equalsIgnoreCase(rs.getString(1))) {
                        problems.add("SQLite integrity check: " + rs.getString(1));
                    }
                }
            }
            try (PreparedStatement ps = connection.prepareStatement("PRAGMA foreign_key_check");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    problems.add("Table " + rs.getString(1) + " row " + rs.getLong(2)
                            + " refers to a missing record in " + rs.getString(3));
                }
            }
        } catch (SQLException e) {
            throw failure("check the database", e);
        }
        return problems;
    }

    @Override
    public boolean isReadOnly() {
        return readOnly;
    }

    @Override
    public String location() {
        return file.toString();
    }

    @Override
    public synchronized void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw failure("close the database", e);
        }
    }

    // ---------------------------------------------------------------- helpers

    private interface SqlWork {
        void run() throws SQLException;
    }

    @FunctionalInterface
    private interface RowReader<T> {
        T read(ResultSet rs) throws SQLException;
    }

    /**
     * Runs the work in one transaction that holds the write lock from its start ({@code BEGIN
     * IMMEDIATE}: another connection waits up to the busy timeout, then fails), and commits it or,
     * on any failure, rolls it back. Begun by hand rather than through {@code setAutoCommit(false)},
     * because the driver begins the next transaction right after each commit, which in immediate
     * mode would take the lock again.
     */
    private void inTransaction(String what, SqlWork work) {
        if (readOnly) {
            throw new StoreException("The database " + file + " is open read-only, so it cannot " + what + ".");
        }
        try {
            execute("BEGIN IMMEDIATE");
            boolean committed = false;
            try {
                work.run();
                closePrepared();
                searchIndex.closeStatements();
                execute("COMMIT");
                committed = true;
            } finally {
                closePrepared();
                searchIndex.closeStatements();
                if (!committed) {
                    rollback();
                }
            }
        } catch (SQLException | RuntimeException e) {
            throw failure(what, e);
        }
    }

    private void execute(String sql) throws SQLException {
        try (java.sql.Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private void rollback() {
        try {
            execute("ROLLBACK");
        } catch (SQLException e) {
            // the failure that led here is what the caller must see; if SQLite already ended the
            // transaction (it does after some errors), there is nothing left to roll back
        }
    }

    private <T> List<T> readAll(String sql, RowReader<T> reader) {
        try (PreparedStatement ps = connection.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            List<T> rows = new ArrayList<>();
            while (rs.next()) {
                rows.add(reader.read(rs));
            }
            return rows;
        } catch (SQLException | RuntimeException e) {
            throw failure("read the database", e);
        }
    }

    /** Runs a query; the result set closes its statement when closed. */
    private ResultSet query(String sql, List<Object> args) throws SQLException {
        PreparedStatement ps = connection.prepareStatement(sql);
        ps.closeOnCompletion();
        bind(ps, args.toArray());
        return ps.executeQuery();
    }

    /** Statements prepared during the current transaction, reused for each record it writes. */
    private final java.util.Map<String, PreparedStatement> prepared = new java.util.HashMap<>();

    private void update(String sql, Object... args) throws SQLException {
        PreparedStatement ps = prepared.get(sql);
        if (ps == null) {
            ps = connection.prepareStatement(sql);
            prepared.put(sql, ps);
        }
        bind(ps, args);
        ps.executeUpdate();
    }

    private void closePrepared() {
        for (PreparedStatement ps : prepared.values()) {
            try {
                ps.close();
            } catch (SQLException e) {
                // closing a statement of a finished transaction: nothing left to protect
            }
        }
        prepared.clear();
    }

    private static void bind(PreparedStatement ps, Object[] args) throws SQLException {
        for (int i = 0; i < args.length; i++) {
            Object a = args[i];
            if (a == null) {
                ps.setNull(i + 1, Types.NULL);
            } else if (a instanceof Boolean b) {
                ps.setInt(i + 1, b ? 1 : 0);
            } else {
                ps.setObject(i + 1, a);
            }
        }
    }

    private StoreException failure(String what, Exception e) {
        if (e instanceof StoreException se) {
            return se;
        }
        return new StoreException("Could not " + what + " in the database " + file + ": " + rootMessage(e), e);
    }
}
