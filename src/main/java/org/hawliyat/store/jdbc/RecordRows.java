package org.hawliyat.store.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.hawliyat.model.Article;
import org.hawliyat.model.ArticleInfo;
import org.hawliyat.model.Country;
import org.hawliyat.model.EventDate;
import org.hawliyat.model.EventType;
import org.hawliyat.model.Language;
import org.hawliyat.model.LocalizedText;
import org.hawliyat.model.PartialDate;
import org.hawliyat.model.Period;
import org.hawliyat.model.Person;
import org.hawliyat.model.Place;

/**
 * The rows of the records events refer to: types, countries, places, people, periods and
 * articles; reading them, and writing articles and types.
 */
final class RecordRows {

    private static final String ARTICLE_COLUMNS = "SELECT id, title, outlet, author, language, published,"
            + " published_approximate, published_note, provenance, body FROM article";

    private final SqlSession session;

    RecordRows(SqlSession session) {
        this.session = session;
    }

    List<EventType> types() {
        return session.readAll("SELECT id, name_ar, name_en FROM event_type ORDER BY position, id",
                rs -> new EventType(rs.getString(1), LocalizedText.of(rs.getString(2), rs.getString(3))));
    }

    List<Country> countries() {
        return session.readAll("SELECT id, name_ar, name_en FROM country ORDER BY id",
                rs -> new Country(rs.getString(1), LocalizedText.of(rs.getString(2), rs.getString(3))));
    }

    List<Place> places() {
        return session.readAll("SELECT id, name_ar, name_en, country_id FROM place ORDER BY id",
                rs -> new Place(rs.getString(1), LocalizedText.of(rs.getString(2), rs.getString(3)), rs.getString(4)));
    }

    List<Person> people() {
        return session.readAll("SELECT id, name_ar, name_en FROM person ORDER BY id",
                rs -> new Person(rs.getString(1), LocalizedText.of(rs.getString(2), rs.getString(3))));
    }

    List<Period> periods() {
        return session.readAll("SELECT id, name_ar, name_en, start_date, end_date, person_id, country_id, note FROM period ORDER BY id",
                rs -> new Period(rs.getString(1), LocalizedText.of(rs.getString(2), rs.getString(3)),
                        PartialDate.parse(rs.getString(4)),
                        rs.getString(5) == null ? null : PartialDate.parse(rs.getString(5)),
                        rs.getString(6), rs.getString(7), rs.getString(8)));
    }

    // ---------------------------------------------------------------- articles

    List<Article> articles() {
        return session.readAll(ARTICLE_COLUMNS + " ORDER BY id", RecordRows::readArticle);
    }

    Optional<Article> article(String id) {
        try {
            return Optional.ofNullable(storedArticle(id));
        } catch (SQLException e) {
            throw session.failure("read article " + id, e);
        }
    }

    /** The article as stored, or null. */
    Article storedArticle(String id) throws SQLException {
        try (ResultSet rs = session.query(ARTICLE_COLUMNS + " WHERE id = ?", List.of(id))) {
            return rs.next() ? readArticle(rs) : null;
        }
    }

    List<ArticleInfo> articleInfos() {
        // the same columns without the body, which is what makes the full read expensive
        return session.readAll(ARTICLE_COLUMNS.replace(", body FROM", " FROM") + " ORDER BY id", rs -> {
            String published = rs.getString(6);
            return new ArticleInfo(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                    Language.fromCode(rs.getString(5)),
                    published == null ? null : new EventDate(PartialDate.parse(published), rs.getBoolean(7), rs.getString(8)),
                    rs.getString(9));
        });
    }

    /** Something done with each article in turn. */
    interface ArticleWork {
        void accept(Article article) throws SQLException;
    }

    /** Each article in turn: ten thousand long texts need not all be in memory at once. */
    void forEachArticle(ArticleWork work) throws SQLException {
        try (ResultSet rs = session.query(ARTICLE_COLUMNS, List.of())) {
            while (rs.next()) {
                work.accept(readArticle(rs));
            }
        }
    }

    private static Article readArticle(ResultSet rs) throws SQLException {
        String published = rs.getString(6);
        return new Article(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                Language.fromCode(rs.getString(5)),
                published == null ? null : new EventDate(PartialDate.parse(published), rs.getBoolean(7), rs.getString(8)),
                rs.getString(9), rs.getString(10));
    }

    /** Writes the article, replacing a stored one with its id. */
    void writeArticle(Article a) throws SQLException {
        EventDate p = a.published();
        session.update("INSERT INTO article (id, title, outlet, author, language, published, published_approximate,"
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

    // ---------------------------------------------------------------- types

    /** The position after the last type's: a new type goes last. */
    int nextTypePosition() throws SQLException {
        try (ResultSet rs = session.query("SELECT COALESCE(MAX(position), -1) + 1 FROM event_type", List.of())) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /** Adds the type at this position, or renames a stored one (which keeps its position). */
    void upsertType(EventType t, int position) throws SQLException {
        session.update("INSERT INTO event_type (id, name_ar, name_en, position) VALUES (?, ?, ?, ?)"
                        + " ON CONFLICT (id) DO UPDATE SET name_ar = excluded.name_ar, name_en = excluded.name_en",
                t.id(), t.name().ar(), t.name().en(), position);
    }
}
