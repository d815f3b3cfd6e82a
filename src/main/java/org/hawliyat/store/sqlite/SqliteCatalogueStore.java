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
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.hawliyat.model.Article;
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
import org.hawliyat.store.StoreException;
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

    private SqliteCatalogueStore(Path file, Connection connection, boolean readOnly) {
        this.file = file;
        this.connection = connection;
        this.readOnly = readOnly;
    }

    /**
     * Opens the database file, creating it and migrating its schema forward as needed. A file that
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
            return new SqliteCatalogueStore(absolute, connection, !writable);
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
        StringBuilder where = new StringBuilder(" WHERE 1=1");
        List<Object> args = new ArrayList<>();
        if (filter.to() != null) {
            where.append(" AND e.first_day <= ?");
            args.add(filter.to().lastDay().toString());
        }
        if (filter.from() != null) {
            where.append(" AND e.last_day >= ?");
            args.add(filter.from().firstDay().toString());
        }
        if (filter.typeId() != null) {
            where.append(" AND e.type_id = ?");
            args.add(filter.typeId());
        }
        return queryEvents(where.toString(), args);
    }

    @Override
    public synchronized Optional<Event> event(String id) {
        return queryEvents(" WHERE e.id = ?", List.of(id)).stream().findFirst();
    }

    private List<Event> queryEvents(String where, List<Object> args) {
        String selected = "SELECT e.id FROM event e" + where;
        try {
            Map<String, List<String>> countries = new HashMap<>();
            try (ResultSet rs = query("SELECT event_id, country_id FROM event_country WHERE event_id IN ("
                    + selected + ") ORDER BY event_id, position", args)) {
                while (rs.next()) {
                    countries.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
                }
            }
            Map<String, List<Participant>> people = new HashMap<>();
            try (ResultSet rs = query("SELECT event_id, person_id, role_ar, role_en FROM event_person WHERE event_id IN ("
                    + selected + ") ORDER BY event_id, position", args)) {
                while (rs.next()) {
                    people.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                            .add(new Participant(rs.getString(2), LocalizedText.of(rs.getString(3), rs.getString(4))));
                }
            }
            Map<String, List<SourceRef>> sources = new HashMap<>();
            try (ResultSet rs = query("SELECT event_id, article_id, span_start, span_end, quote FROM event_source"
                    + " WHERE event_id IN (" + selected + ") ORDER BY event_id, position", args)) {
                while (rs.next()) {
                    sources.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                            .add(new SourceRef(rs.getString(2), rs.getInt(3), rs.getInt(4), rs.getString(5)));
                }
            }
            List<Event> events = new ArrayList<>();
            try (ResultSet rs = query("SELECT e.id, e.type_id, e.start_date, e.start_approximate, e.start_note,"
                    + " e.end_date, e.end_approximate, e.end_note, e.title_ar, e.title_en, e.summary_ar, e.summary_en,"
                    + " e.place_id, e.version, e.modified_at FROM event e" + where, args)) {
                while (rs.next()) {
                    String id = rs.getString(1);
                    String end = rs.getString(6);
                    events.add(new Event(id, rs.getString(2),
                            new EventDate(PartialDate.parse(rs.getString(3)), rs.getBoolean(4), rs.getString(5)),
                            end == null ? null : new EventDate(PartialDate.parse(end), rs.getBoolean(7), rs.getString(8)),
                            LocalizedText.of(rs.getString(9), rs.getString(10)),
                            LocalizedText.of(rs.getString(11), rs.getString(12)),
                            countries.getOrDefault(id, List.of()), rs.getString(13),
                            people.getOrDefault(id, List.of()), sources.getOrDefault(id, List.of()),
                            rs.getLong(14), Instant.parse(rs.getString(15))));
                }
            }
            events.sort(Comparator.naturalOrder());
            return events;
        } catch (SQLException | RuntimeException e) {
            throw failure("read events", e);
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
        }
        for (Event e : c.events()) {
            writeEvent(e);
        }
    }

    private void writeEvent(Event e) throws SQLException {
        update("DELETE FROM event_country WHERE event_id = ?", e.id());
        update("DELETE FROM event_person WHERE event_id = ?", e.id());
        update("DELETE FROM event_source WHERE event_id = ?", e.id());
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

    private void update(String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            bind(ps, args);
            ps.executeUpdate();
        }
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
