package org.hawliyat.store.sqlite;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
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
import org.hawliyat.model.Catalogue;
import org.hawliyat.model.Country;
import org.hawliyat.model.Event;
import org.hawliyat.model.EventDate;
import org.hawliyat.model.EventType;
import org.hawliyat.model.Language;
import org.hawliyat.model.LocalizedText;
import org.hawliyat.model.PartialDate;
import org.hawliyat.model.Participant;
import org.hawliyat.model.Period;
import org.hawliyat.model.Person;
import org.hawliyat.model.Place;
import org.hawliyat.model.SourceRef;
import org.hawliyat.store.CatalogueStore;
import org.hawliyat.store.EventFilter;
import org.hawliyat.store.SearchHit;
import org.hawliyat.store.SearchQuery;
import org.hawliyat.store.StoreException;
import org.hawliyat.text.search.SearchAnalyzer;
import org.hawliyat.text.search.SearchTerms;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The catalogue in one SQLite file: WAL journal, foreign keys on, schema migrated by Flyway,
 * every write in one transaction, prepared statements only. One connection, used by one thread
 * at a time.
 */
public final class SqliteCatalogueStore implements CatalogueStore {

    private static final String SEEDED_KEY = "curated-dataset-loaded";

    private final Path file;
    private final Connection connection;
    private final boolean readOnly;
    private final SqliteSearchIndex searchIndex;
    /** Whether the stored search index was built by this version of the analyser; checked once. */
    private Boolean searchIndexCurrent;

    private SqliteCatalogueStore(Path file, Connection connection, boolean readOnly) {
        this.file = file;
        this.connection = connection;
        this.readOnly = readOnly;
        this.searchIndex = new SqliteSearchIndex(connection);
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
        SQLiteDataSource dataSource = dataSource(absolute, !writable);
        try {
            if (writable) {
                Flyway.configure()
                        .dataSource(dataSource)
                        .locations("classpath:db/migration")
                        .loggers("slf4j")
                        .load()
                        .migrate();
            }
            Connection connection = dataSource.getConnection();
            connection.setAutoCommit(true);
            SqliteCatalogueStore store = new SqliteCatalogueStore(absolute, connection, !writable);
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
            config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
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

    /**
     * Reads events and their lists in one pass: the events and each child table come ordered by
     * event id and are merged as they stream, so a hundred thousand events need no lookup tables.
     */
    private List<Event> queryEvents(String where, List<Object> args) {
        String children = where.isEmpty() ? "" : " WHERE event_id IN (SELECT e.id FROM event e" + where + ")";
        try (ResultSet rs = query(EVENT_COLUMNS + where + " ORDER BY e.id", args);
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
        return new Catalogue(types(), countries(), places(), people(), periods(), articles(), events);
    }

    // ---------------------------------------------------------------- writing

    @Override
    public synchronized void importCatalogue(Catalogue catalogue) {
        inTransaction("import records", () -> write(catalogue));
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
            write(curated);
            update("INSERT OR REPLACE INTO app_meta (key, value) VALUES (?, ?)", SEEDED_KEY, Instant.now().toString());
        });
    }

    private void write(Catalogue c) throws SQLException {
        boolean renaming = !(c.types().isEmpty() && c.countries().isEmpty() && c.places().isEmpty() && c.people().isEmpty());
        SqliteSearchIndex.Names namesBefore = renaming ? searchIndex.names() : null;
        int position = nextTypePosition();
        for (EventType t : c.types()) {
            update("INSERT INTO event_type (id, name_ar, name_en, position) VALUES (?, ?, ?, ?)"
                            + " ON CONFLICT (id) DO UPDATE SET name_ar = excluded.name_ar, name_en = excluded.name_en",
                    t.id(), t.name().ar(), t.name().en(), position++);
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
        for (Article a : c.articles()) {
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
            searchIndex.index(a);
        }
        SqliteSearchIndex.Names names = searchIndex.names();
        java.util.Set<String> existing = new java.util.HashSet<>();
        if (!c.events().isEmpty()) {
            try (PreparedStatement ps = connection.prepareStatement("SELECT id FROM event"); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    existing.add(rs.getString(1));
                }
            }
        }
        for (Event e : c.events()) {
            writeEvent(e, existing.contains(e.id()));
        }
        // indexed after all are written rather than one by one: the two kinds of page writes, taken
        // in turns, made a large import take a third longer
        for (Event e : c.events()) {
            searchIndex.index(e, names);
        }
        if (renaming) {
            reindexRenamed(namesBefore, names, c.events());
        }
    }

    /** Indexes again the stored events (other than those just written) that name a record whose name changed. */
    private void reindexRenamed(SqliteSearchIndex.Names before, SqliteSearchIndex.Names after, List<Event> written)
            throws SQLException {
        List<Object> args = new ArrayList<>();
        StringBuilder sql = new StringBuilder("SELECT id FROM event WHERE 0");
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
                        + " version = excluded.version, modified_at = excluded.modified_at",
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

    private void inTransaction(String what, SqlWork work) {
        if (readOnly) {
            throw new StoreException("The database " + file + " is open read-only, so it cannot " + what + ".");
        }
        try {
            connection.setAutoCommit(false);
            try {
                work.run();
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                closePrepared();
                searchIndex.closeStatements();
                connection.setAutoCommit(true);
            }
        } catch (SQLException | RuntimeException e) {
            throw failure(what, e);
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
