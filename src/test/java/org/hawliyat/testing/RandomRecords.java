package org.hawliyat.testing;

import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
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
import org.hawliyat.model.TextRules;
import org.hawliyat.model.Tour;

/**
 * jqwik generators of random but valid catalogues (every record passes
 * {@link org.hawliyat.model.validation.CatalogueValidator}): ids of the slug form, references that
 * resolve, titles with something to see, spans that hold their quotes and cut no character in
 * half. Their texts are made to be hard: Arabic with harakat (U+064B–U+0652) and tatweel, the
 * direction marks RLM, LRM and ALM and the zero-width characters U+200B–U+200F, emoji and other
 * characters outside the BMP (some right to left), quotes, commas, semicolons, tabs, line breaks
 * and the characters that start a spreadsheet formula or an HTML tag.
 */
public final class RandomRecords {

    private static final String SLUG_CHARS = "abcdefghijklmnopqrstuvwxyz0123456789._-";

    private RandomRecords() {
    }

    // ------------------------------------------------------------------ text

    /** One piece of a text: a word, a mark, a character outside the BMP, punctuation or white space. */
    public static Arbitrary<String> token() {
        Arbitrary<String> arabicLetters = Arbitraries.strings().withCharRange('\u0621', '\u063A')
                .withCharRange('\u0641', '\u064A').ofMinLength(1).ofMaxLength(6);
        Arbitrary<String> harakat = Arbitraries.strings().withCharRange('\u064B', '\u0652').ofMinLength(1).ofMaxLength(2);
        // a word with harakat after some letters, and now and then a tatweel
        Arbitrary<String> arabicWord = Combinators.combine(arabicLetters, harakat, Arbitraries.integers().between(0, 3))
                .as((letters, marks, tatweel) -> letters.charAt(0) + marks + "\u0640".repeat(tatweel == 3 ? 1 : 0)
                        + letters.substring(1));
        Arbitrary<String> latinWord = Arbitraries.strings().withCharRange('a', 'z').withCharRange('A', 'Z')
                .ofMinLength(1).ofMaxLength(8);
        Arbitrary<String> digits = Arbitraries.strings().withCharRange('0', '9').withCharRange('\u0660', '\u0669')
                .ofMinLength(1).ofMaxLength(4);
        Arbitrary<String> marks = Arbitraries.of("\u200B", "\u200C", "\u200D", "\u200E", "\u200F", "\u061C");
        Arbitrary<String> outsideBmp = Arbitraries.oneOf(
                Arbitraries.integers().between(0x1F600, 0x1F64F), // emoji
                Arbitraries.of(0x1F30D, 0x1F1F6, 0x1F1E6, 0x1F44D, 0x1F3FD), // globe, regional indicators, skin tone
                Arbitraries.integers().between(0x1D400, 0x1D433), // mathematical letters
                Arbitraries.integers().between(0x20000, 0x2000F), // CJK extension B
                Arbitraries.integers().between(0x10900, 0x10915), // Phoenician: right to left
                Arbitraries.integers().between(0x1EE00, 0x1EE03)) // Arabic mathematical letters
                .map(Character::toString);
        Arbitrary<String> punctuation = Arbitraries.of("\"", "'", ",", ";", "; ", ", ", "\t", "\n", "\r\n", "\n\n",
                "  ", "<", ">", "&", "&amp;", "=", "+", "-", "@", "،", "؛", "؟", "«", "»", ".", "…", "\u00A0");
        return Arbitraries.frequencyOf(
                Tuple.of(8, arabicWord),
                Tuple.of(6, latinWord),
                Tuple.of(10, Arbitraries.just(" ")),
                Tuple.of(2, digits),
                Tuple.of(2, harakat),
                Tuple.of(2, marks),
                Tuple.of(3, outsideBmp),
                Tuple.of(5, punctuation));
    }

    /** A text of up to {@code maxTokens} pieces; may be empty or show nothing. */
    public static Arbitrary<String> text(int maxTokens) {
        return token().list().ofMaxSize(maxTokens).map(tokens -> String.join("", tokens));
    }

    /** A text with something to see (a title, a name). */
    public static Arbitrary<String> visibleText(int maxTokens) {
        return token().list().ofMinSize(1).ofMaxSize(maxTokens).map(tokens -> {
            String s = String.join("", tokens);
            return TextRules.isVisible(s) ? s : s + "ب";
        });
    }

    /** A text in either language or both; empty when neither. */
    public static Arbitrary<LocalizedText> localized(int maxTokens) {
        Arbitrary<String> optional = Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just((String) null)),
                Tuple.of(3, text(maxTokens)));
        return Combinators.combine(optional, optional).as(LocalizedText::of);
    }

    /** A text in at least one language with something to see. */
    public static Arbitrary<LocalizedText> visibleLocalized(int maxTokens) {
        Arbitrary<String> optional = Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just((String) null)),
                Tuple.of(3, visibleText(maxTokens)));
        return Combinators.combine(optional, visibleText(maxTokens), Arbitraries.of(Language.values()))
                .as((other, one, language) -> language == Language.AR ? LocalizedText.of(one, other)
                        : LocalizedText.of(other, one));
    }

    private static Arbitrary<String> optionalText(int maxTokens) {
        return Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just((String) null)), Tuple.of(2, text(maxTokens)));
    }

    // ------------------------------------------------------------------ values

    /** Any day, month or year in 1–9999, most of them in the last few centuries. */
    public static Arbitrary<PartialDate> partialDate() {
        Arbitrary<Integer> year = Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.integers().between(1, 9999)),
                Tuple.of(4, Arbitraries.integers().between(1800, 2030)));
        return Combinators.combine(year, Arbitraries.integers().between(1, 12), Arbitraries.integers().between(1, 31),
                Arbitraries.integers().between(0, 2)).as((y, m, d, precision) -> switch (precision) {
                    case 0 -> PartialDate.ofYear(y);
                    case 1 -> PartialDate.ofMonth(y, m);
                    default -> PartialDate.ofDay(y, m, Math.min(d, YearMonth.of(y, m).lengthOfMonth()));
                });
    }

    /** Two dates, the second not ending before the first starts. */
    private static Arbitrary<PartialDate[]> orderedDates() {
        return Combinators.combine(partialDate(), partialDate()).as((a, b) ->
                a.lastDay().isBefore(b.firstDay()) || !b.lastDay().isBefore(a.firstDay())
                        ? new PartialDate[] {a, b} : new PartialDate[] {b, a});
    }

    private static Arbitrary<EventDate> eventDate(Arbitrary<PartialDate> date) {
        return Combinators.combine(date, Arbitraries.of(true, false), optionalText(6)).as(EventDate::new);
    }

    /** A slug: a letter and a number that make it unique, then random id characters, at most {@code max} long. */
    private static Arbitrary<String> slugTail(int max) {
        return Arbitraries.strings().withChars(SLUG_CHARS).ofMaxLength(max);
    }

    private static String slug(String prefix, int index, String tail, int max) {
        String head = prefix + index + ".";
        return head + tail.substring(0, Math.min(tail.length(), max - head.length()));
    }

    private static Arbitrary<Instant> instant() {
        return Combinators.combine(Arbitraries.longs().between(0, 4_102_444_800L), Arbitraries.integers().between(0, 999_999_999),
                Arbitraries.of(true, false)).as((seconds, nanos, whole) -> Instant.ofEpochSecond(seconds, whole ? 0 : nanos));
    }

    // ------------------------------------------------------------------ catalogues

    /** The parts of a catalogue other than events and tours, which refer to them. */
    private record Basis(List<EventType> types, List<Country> countries, List<Place> places, List<Person> people,
                         List<Period> periods, List<Article> articles) {
    }

    /** Random valid catalogues with event ids at most {@code maxIdLength} long. */
    public static Arbitrary<Catalogue> catalogues(int maxIdLength) {
        return basis(maxIdLength).flatMap(basis -> events(basis, maxIdLength).flatMap(events ->
                tours(events, maxIdLength).map(tours -> new Catalogue(basis.types(), basis.countries(), basis.places(),
                        basis.people(), basis.periods(), basis.articles(), events, tours))));
    }

    /** Random valid catalogues. */
    public static Arbitrary<Catalogue> catalogues() {
        return catalogues(80);
    }

    private static Arbitrary<Basis> basis(int maxIdLength) {
        Arbitrary<List<EventType>> types = Combinators.combine(slugTail(maxIdLength), visibleLocalized(4))
                .as((tail, name) -> Tuple.of(tail, name)).list().ofMinSize(1).ofMaxSize(3)
                .map(list -> indexed(list, (i, t) -> new EventType(slug("t", i, t.get1(), maxIdLength), t.get2())));
        Arbitrary<List<Country>> countries = Combinators.combine(
                        Arbitraries.strings().withCharRange('A', 'Z').ofLength(2), visibleLocalized(3))
                .as(Country::new).list().ofMaxSize(4).uniqueElements(Country::id);
        Arbitrary<List<Person>> people = Combinators.combine(slugTail(maxIdLength), visibleLocalized(4))
                .as((tail, name) -> Tuple.of(tail, name)).list().ofMaxSize(4)
                .map(list -> indexed(list, (i, t) -> new Person(slug("p", i, t.get1(), maxIdLength), t.get2())));
        Arbitrary<List<Article>> articles = article().list().ofMaxSize(3)
                .map(list -> indexed(list, (i, a) -> new Article(slug("a", i, a.id(), maxIdLength), a.title(), a.outlet(),
                        a.author(), a.language(), a.published(), a.provenance(), a.text())));
        return Combinators.combine(types, countries, people, articles).as((t, c, p, a) -> new Basis(t, c, List.of(), p, List.of(), a))
                .flatMap(b -> Combinators.combine(places(b, maxIdLength), periods(b, maxIdLength))
                        .as((places, periods) -> new Basis(b.types(), b.countries(), places, b.people(), periods, b.articles())));
    }

    private static Arbitrary<Article> article() {
        Arbitrary<String> body = token().list().ofMinSize(1).ofMaxSize(60).map(tokens -> {
            String s = String.join("", tokens);
            return s.isBlank() ? s + "نص" : s; // a file's article text may not be blank
        });
        Arbitrary<EventDate> published = Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just((EventDate) null)),
                Tuple.of(2, eventDate(partialDate())));
        return Combinators.combine(slugTail(80), visibleText(6), optionalText(3), optionalText(3),
                        Arbitraries.of(Language.values()), published, optionalText(5), body)
                .as(Article::new);
    }

    private static <T> Arbitrary<String> optionalId(List<T> records, java.util.function.Function<T, String> id) {
        if (records.isEmpty()) {
            return Arbitraries.just(null);
        }
        return Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just((String) null)),
                Tuple.of(2, Arbitraries.of(records.stream().map(id).toList())));
    }

    private static Arbitrary<List<Place>> places(Basis b, int maxIdLength) {
        return Combinators.combine(slugTail(maxIdLength), visibleLocalized(3), optionalId(b.countries(), Country::id))
                .as((tail, name, country) -> new Place(tail, name, country)).list().ofMaxSize(3)
                .map(list -> indexed(list, (i, p) -> new Place(slug("pl", i, p.id(), maxIdLength), p.name(), p.countryId())));
    }

    private static Arbitrary<List<Period>> periods(Basis b, int maxIdLength) {
        Arbitrary<PartialDate> end = orderedDates().map(d -> d[1]);
        return Combinators.combine(slugTail(maxIdLength), visibleLocalized(4), orderedDates(), Arbitraries.of(true, false),
                        optionalId(b.people(), Person::id), optionalId(b.countries(), Country::id), optionalText(8))
                .as((tail, name, dates, ongoing, person, country, note) ->
                        new Period(tail, name, dates[0], ongoing ? null : dates[1], person, country, note))
                .list().ofMaxSize(3)
                .map(list -> indexed(list, (i, p) -> new Period(slug("pe", i, p.id(), maxIdLength), p.name(), p.start(),
                        p.end(), p.personId(), p.countryId(), p.note())));
    }

    private static Arbitrary<List<Event>> events(Basis b, int maxIdLength) {
        Arbitrary<EventDate[]> dates = Combinators.combine(orderedDates(), Arbitraries.of(true, false), eventDate(partialDate()),
                        eventDate(partialDate()))
                .as((d, hasEnd, s, e) -> new EventDate[] {new EventDate(d[0], s.approximate(), s.note()),
                        // an end less precise than the start that holds it ("2008" for "2008-05-03") is refused
                        hasEnd && d[1].toIso().compareTo(d[0].toIso()) >= 0 ? new EventDate(d[1], e.approximate(), e.note()) : null});
        Arbitrary<List<String>> countries = b.countries().isEmpty() ? Arbitraries.just(List.of())
                : Arbitraries.of(b.countries().stream().map(Country::id).toList()).list().ofMaxSize(3).uniqueElements();
        Arbitrary<List<Participant>> people = b.people().isEmpty() ? Arbitraries.just(List.of())
                : Combinators.combine(Arbitraries.of(b.people().stream().map(Person::id).toList()), localized(3))
                .as(Participant::new).list().ofMaxSize(3).uniqueElements(Participant::personId);
        Arbitrary<List<SourceRef>> sources = b.articles().isEmpty() ? Arbitraries.just(List.of())
                : Combinators.combine(Arbitraries.of(b.articles()), Arbitraries.integers().between(0, 10_000),
                        Arbitraries.integers().between(1, 60)).as(RandomRecords::source)
                .list().ofMaxSize(3).map(list -> list.stream().filter(s -> s != null).toList());
        Arbitrary<Event> event = Combinators.combine(
                        Combinators.combine(slugTail(maxIdLength), Arbitraries.of(b.types()), dates, visibleLocalized(8),
                                localized(20)).as(Tuple::of),
                        countries, optionalId(b.places(), Place::id), people, sources,
                        Arbitraries.longs().between(1, 1000), instant())
                .as((head, c, place, p, s, version, modified) -> new Event(head.get1(), head.get2().id(), head.get3()[0],
                        head.get3()[1], head.get4(), head.get5(), c, place, p, s, version, modified));
        return event.list().ofMaxSize(6)
                .map(list -> indexed(list, (i, e) -> new Event(slug("e", i, e.id(), maxIdLength), e.typeId(), e.start(), e.end(),
                        e.title(), e.summary(), e.countryIds(), e.placeId(), e.people(), e.sources(), e.version(), e.modified())));
    }

    /** A span of the article that holds whole characters and something to see; null when the article has none there. */
    private static SourceRef source(Article article, int at, int length) {
        String text = article.text();
        int start = at % text.length();
        int end = Math.min(text.length(), start + length);
        if (start > 0 && Character.isLowSurrogate(text.charAt(start))) {
            start--;
        }
        if (end < text.length() && end > 0 && Character.isLowSurrogate(text.charAt(end))) {
            end++;
        }
        String quote = text.substring(start, end);
        if (quote.isBlank()) {
            return null;
        }
        return new SourceRef(article.id(), start, end, quote);
    }

    private static Arbitrary<List<Tour>> tours(List<Event> events, int maxIdLength) {
        Arbitrary<List<Tour.Stop>> stops = events.isEmpty() ? Arbitraries.just(List.of())
                : Combinators.combine(Arbitraries.of(events.stream().map(Event::id).toList()), localized(6))
                .as(Tour.Stop::new).list().ofMaxSize(events.size()).uniqueElements(Tour.Stop::eventId);
        return Combinators.combine(slugTail(maxIdLength), visibleLocalized(5), stops).as(Tour::new).list().ofMaxSize(2)
                .map(list -> indexed(list, (i, t) -> new Tour(slug("tour", i, t.id(), maxIdLength), t.title(), t.stops())));
    }

    private interface Indexed<T, R> {
        R apply(int index, T value);
    }

    private static <T, R> List<R> indexed(List<T> list, Indexed<T, R> f) {
        List<R> result = new ArrayList<>(list.size());
        for (int i = 0; i < list.size(); i++) {
            result.add(f.apply(i, list.get(i)));
        }
        return result;
    }

    /** The ids of a list of records, for messages. */
    public static <T> String ids(List<T> records, java.util.function.Function<T, String> id) {
        Set<String> ids = new LinkedHashSet<>();
        records.forEach(r -> ids.add(id.apply(r)));
        return ids.stream().collect(Collectors.joining(", "));
    }
}
