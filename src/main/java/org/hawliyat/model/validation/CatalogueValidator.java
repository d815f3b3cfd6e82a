package org.hawliyat.model.validation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.hawliyat.model.Article;
import org.hawliyat.model.Catalogue;
import org.hawliyat.model.Country;
import org.hawliyat.model.Event;
import org.hawliyat.model.EventType;
import org.hawliyat.model.Participant;
import org.hawliyat.model.Period;
import org.hawliyat.model.Person;
import org.hawliyat.model.Place;
import org.hawliyat.model.SourceRef;
import org.hawliyat.model.TextRules;
import org.hawliyat.model.Tour;

/**
 * The app's own invariants over a whole catalogue: ids well formed and unique, every reference
 * resolves, end not before start, every source span holds its quote, every tour stop names a
 * known event (once per tour). Import runs it before
 * writing; {@code check} runs it over the database.
 */
public final class CatalogueValidator {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9._-]{0,79}");
    private static final Pattern COUNTRY_CODE = Pattern.compile("[A-Z]{2}");

    /** Validates a catalogue that must stand on its own. */
    public List<Problem> validate(Catalogue catalogue) {
        return validate(catalogue, catalogue);
    }

    /**
     * Validates the records of {@code incoming}, resolving references against {@code context}
     * (the catalogue as it will be once they are added: the database merged with the incoming records).
     */
    public List<Problem> validate(Catalogue incoming, Catalogue context) {
        List<Problem> problems = new ArrayList<>();
        Set<String> typeIds = ids(context.types(), EventType::id);
        Set<String> countryIds = ids(context.countries(), Country::id);
        Set<String> placeIds = ids(context.places(), Place::id);
        Set<String> personIds = ids(context.people(), Person::id);
        Map<String, Article> articles = new HashMap<>();
        context.articles().forEach(a -> articles.put(a.id(), a));

        checkIds(problems, "type", incoming.types(), EventType::id, SLUG);
        checkIds(problems, "country", incoming.countries(), Country::id, COUNTRY_CODE);
        checkIds(problems, "place", incoming.places(), Place::id, SLUG);
        checkIds(problems, "person", incoming.people(), Person::id, SLUG);
        checkIds(problems, "period", incoming.periods(), Period::id, SLUG);
        checkIds(problems, "article", incoming.articles(), Article::id, SLUG);
        checkIds(problems, "event", incoming.events(), Event::id, SLUG);
        checkIds(problems, "tour", incoming.tours(), Tour::id, SLUG);

        for (int i = 0; i < incoming.types().size(); i++) {
            EventType t = incoming.types().get(i);
            requireName(problems, "type", i, t.id(), t.name().isEmpty());
        }
        for (int i = 0; i < incoming.countries().size(); i++) {
            Country c = incoming.countries().get(i);
            requireName(problems, "country", i, c.id(), c.name().isEmpty());
        }
        for (int i = 0; i < incoming.people().size(); i++) {
            Person p = incoming.people().get(i);
            requireName(problems, "person", i, p.id(), p.name().isEmpty());
        }
        for (int i = 0; i < incoming.places().size(); i++) {
            Place p = incoming.places().get(i);
            requireName(problems, "place", i, p.id(), p.name().isEmpty());
            if (p.countryId() != null && !countryIds.contains(p.countryId())) {
                problems.add(new Problem("place", i, p.id(), "country", unknown("country", p.countryId())));
            }
        }
        for (int i = 0; i < incoming.periods().size(); i++) {
            Period p = incoming.periods().get(i);
            requireName(problems, "period", i, p.id(), p.name().isEmpty());
            if (p.end() != null && p.end().lastDay().isBefore(p.start().firstDay())) {
                problems.add(new Problem("period", i, p.id(), "end", "ends (" + p.end() + ") before it starts (" + p.start() + ")"));
            }
            if (p.personId() != null && !personIds.contains(p.personId())) {
                problems.add(new Problem("period", i, p.id(), "person", unknown("person", p.personId())));
            }
            if (p.countryId() != null && !countryIds.contains(p.countryId())) {
                problems.add(new Problem("period", i, p.id(), "country", unknown("country", p.countryId())));
            }
        }
        for (int i = 0; i < incoming.articles().size(); i++) {
            Article a = incoming.articles().get(i);
            if (!TextRules.isVisible(a.title())) {
                problems.add(new Problem("article", i, a.id(), "title", "the title is empty"));
            }
            checkText(problems, "article", i, a.id(), "title", a.title(), TextRules.MAX_TITLE);
            checkText(problems, "article", i, a.id(), "text", a.text(), TextRules.MAX_ARTICLE);
        }
        checkNames(problems, "type", incoming.types(), EventType::id, EventType::name);
        checkNames(problems, "country", incoming.countries(), Country::id, Country::name);
        checkNames(problems, "place", incoming.places(), Place::id, Place::name);
        checkNames(problems, "person", incoming.people(), Person::id, Person::name);
        checkNames(problems, "period", incoming.periods(), Period::id, Period::name);
        for (int i = 0; i < incoming.events().size(); i++) {
            validateEvent(problems, i, incoming.events().get(i), typeIds, countryIds, placeIds, personIds, articles);
        }
        Set<String> eventIds = ids(context.events(), Event::id);
        for (int i = 0; i < incoming.tours().size(); i++) {
            validateTour(problems, i, incoming.tours().get(i), eventIds);
        }
        return problems;
    }

    private static void validateTour(List<Problem> problems, int i, Tour t, Set<String> eventIds) {
        if (t.title().isEmpty()) {
            problems.add(new Problem("tour", i, t.id(), "title", "it needs a title in Arabic or English"));
        }
        Set<String> seen = new HashSet<>();
        for (int s = 0; s < t.stops().size(); s++) {
            String eventId = t.stops().get(s).eventId();
            String field = "stops[" + s + "].event";
            if (!eventIds.contains(eventId)) {
                problems.add(new Problem("tour", i, t.id(), field, unknown("event", eventId)));
            } else if (!seen.add(eventId)) {
                problems.add(new Problem("tour", i, t.id(), field, "event \"" + eventId + "\" is already a stop of this tour"));
            }
        }
    }

    private static void validateEvent(List<Problem> problems, int i, Event e, Set<String> typeIds,
                                      Set<String> countryIds, Set<String> placeIds, Set<String> personIds,
                                      Map<String, Article> articles) {
        if (!typeIds.contains(e.typeId())) {
            problems.add(new Problem("event", i, e.id(), "type", unknown("type", e.typeId())));
        }
        if (e.title().isEmpty()) {
            problems.add(new Problem("event", i, e.id(), "title", "it needs a title in Arabic or English"));
        }
        checkText(problems, "event", i, e.id(), "title.ar", e.title().ar(), TextRules.MAX_TITLE);
        checkText(problems, "event", i, e.id(), "title.en", e.title().en(), TextRules.MAX_TITLE);
        checkText(problems, "event", i, e.id(), "summary.ar", e.summary().ar(), TextRules.MAX_TEXT);
        checkText(problems, "event", i, e.id(), "summary.en", e.summary().en(), TextRules.MAX_TEXT);
        checkText(problems, "event", i, e.id(), "date.note", e.start().note(), TextRules.MAX_TEXT);
        if (e.end() != null && e.end().date().lastDay().isBefore(e.start().date().firstDay())) {
            problems.add(new Problem("event", i, e.id(), "end",
                    "it ends (" + e.end().date() + ") before it starts (" + e.start().date() + ")"));
        } else if (e.end() != null && e.end().date().toIso().compareTo(e.start().date().toIso()) < 0) {
            // the database's own check compares the dates as text: an end of "2008" sorts before a start of
            // "2008-05" (an import of such an event failed there, with a database error, after validating)
            problems.add(new Problem("event", i, e.id(), "end", "the end (" + e.end().date()
                    + ") is less precise than the start (" + e.start().date() + "): give it the month or the day"));
        }
        if (e.version() < 1) {
            problems.add(new Problem("event", i, e.id(), "version", "the version must be 1 or more"));
        }
        Set<String> seenCountries = new HashSet<>();
        for (String c : e.countryIds()) {
            if (!countryIds.contains(c)) {
                problems.add(new Problem("event", i, e.id(), "countries", unknown("country", c)));
            } else if (!seenCountries.add(c)) {
                problems.add(new Problem("event", i, e.id(), "countries", "country " + c + " is listed twice"));
            }
        }
        if (e.placeId() != null && !placeIds.contains(e.placeId())) {
            problems.add(new Problem("event", i, e.id(), "place", unknown("place", e.placeId())));
        }
        for (Participant p : e.people()) {
            if (!personIds.contains(p.personId())) {
                problems.add(new Problem("event", i, e.id(), "people", unknown("person", p.personId())));
            }
        }
        for (int s = 0; s < e.sources().size(); s++) {
            SourceRef src = e.sources().get(s);
            String field = "sources[" + s + "]";
            Article article = articles.get(src.articleId());
            if (article == null) {
                problems.add(new Problem("event", i, e.id(), field + ".article", unknown("article", src.articleId())));
            } else if (cutsACharacter(article.text(), src.start()) || cutsACharacter(article.text(), src.end())) {
                problems.add(new Problem("event", i, e.id(), field + ".start",
                        "the span " + src.start() + "–" + src.end() + " of article \"" + article.id()
                                + "\" cuts a character (such as an emoji) in half"));
            } else if (!src.matches(article.text())) {
                problems.add(new Problem("event", i, e.id(), field + ".quote",
                        "the span " + src.start() + "–" + src.end() + " of article \"" + article.id()
                                + "\" does not hold the quoted passage"));
            }
        }
    }

    /** A text that cannot be stored whole, or is too long to draw at once. */
    private static void checkText(List<Problem> problems, String kind, int i, String id, String field, String value,
                                  int limit) {
        String flaw = TextRules.flaw(value);
        if (flaw == null) {
            flaw = TextRules.tooLong(value, limit);
        }
        if (flaw != null) {
            problems.add(new Problem(kind, i, id, field, flaw));
        }
    }

    private static <T> void checkNames(List<Problem> problems, String kind, List<T> records, Function<T, String> id,
                                       Function<T, org.hawliyat.model.LocalizedText> name) {
        for (int i = 0; i < records.size(); i++) {
            T r = records.get(i);
            checkText(problems, kind, i, id.apply(r), "name.ar", name.apply(r).ar(), TextRules.MAX_TITLE);
            checkText(problems, kind, i, id.apply(r), "name.en", name.apply(r).en(), TextRules.MAX_TITLE);
        }
    }

    /** Whether a span boundary falls between the two halves of a character outside the BMP. */
    private static boolean cutsACharacter(String text, int at) {
        return at > 0 && at < text.length() && Character.isLowSurrogate(text.charAt(at))
                && Character.isHighSurrogate(text.charAt(at - 1));
    }

    private static void requireName(List<Problem> problems, String kind, int i, String id, boolean empty) {
        if (empty) {
            problems.add(new Problem(kind, i, id, "name", "it needs a name in Arabic or English"));
        }
    }

    private static <T> void checkIds(List<Problem> problems, String kind, List<T> records,
                                     Function<T, String> id, Pattern pattern) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < records.size(); i++) {
            String value = id.apply(records.get(i));
            if (!pattern.matcher(value).matches()) {
                problems.add(new Problem(kind, i, value, "id", "\"" + value + "\" is not a valid id"
                        + (pattern == COUNTRY_CODE ? " (use the two-letter ISO country code)"
                        : " (lower-case letters, digits, '.', '_' and '-', at most 80)")));
            } else if (!seen.add(value)) {
                problems.add(new Problem(kind, i, value, "id", "the id is used by more than one " + kind));
            }
        }
    }

    private static String unknown(String kind, String id) {
        return "no " + kind + " has the id \"" + id + "\"";
    }

    private static <T> Set<String> ids(List<T> records, Function<T, String> id) {
        Set<String> ids = new HashSet<>();
        records.forEach(r -> ids.add(id.apply(r)));
        return ids;
    }
}
