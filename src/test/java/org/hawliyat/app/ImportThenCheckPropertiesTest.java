package org.hawliyat.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hawliyat.testing.Fixtures.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.hawliyat.io.CatalogueJson;
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
import org.hawliyat.store.CatalogueStore;
import org.hawliyat.testing.Fixtures;
import org.hawliyat.testing.RandomRecords;
import org.hawliyat.testing.TestDatabases;

/**
 * Whatever {@code import} accepts, {@code check} accepts: random catalogues, valid or with a few
 * flaws of the kinds users and other programs make (blank or invisible titles, titles and texts
 * over the limits, lone surrogates, control characters, spans that cut an emoji in half or lie
 * outside the article, unknown or repeated references, ends before starts, replacing the curated
 * article or events), imported into a database holding the curated dataset, as the command line
 * does. The import either succeeds and {@code check} then passes, or exits 3 and leaves the
 * database as it was; it never fails otherwise.
 */
class ImportThenCheckPropertiesTest {

    /** The kinds of flaw put into a random catalogue. */
    enum Flaw {
        TITLE_ONLY_SPACES, TITLE_ONLY_INVISIBLE_MARKS, TITLE_AT_LIMIT, TITLE_OVER_LIMIT, SUMMARY_OVER_LIMIT,
        LONE_SURROGATE, CONTROL_CHARACTER, BIDI_OVERRIDE, SPAN_CUTS_EMOJI, SPAN_OUTSIDE_TEXT, WRONG_QUOTE,
        UNKNOWN_TYPE, UNKNOWN_PLACE, UNKNOWN_PERSON, UNKNOWN_COUNTRY, UNKNOWN_ARTICLE, PERSON_TWICE, COUNTRY_TWICE,
        END_BEFORE_START, END_LESS_PRECISE_THAN_START, EVENT_ID_TWICE, BAD_ID, VERSION_ZERO, TOUR_UNKNOWN_STOP, TOUR_STOP_TWICE, TOUR_OF_CURATED_EVENTS,
        PERIOD_END_BEFORE_START, PLACE_IN_UNKNOWN_COUNTRY, REPLACE_CURATED_ARTICLE, REPLACE_CURATED_EVENT, CURATED_TYPE,
        EMPTY_ARTICLE_TEXT
    }

    private static TestDatabases databases;
    private static Catalogue curated;
    private static String curatedJson;

    @BeforeContainer
    static void makeDatabases() {
        databases = new TestDatabases("hawliyat-import-check");
        try (CatalogueStore store = TestDatabases.open(databases.curated())) {
            curated = store.snapshot();
            curatedJson = new CatalogueJson().writeToString(curated);
        }
    }

    @AfterContainer
    static void deleteDatabases() {
        databases.close();
    }

    @Provide
    Arbitrary<List<Flaw>> flaws() {
        // more often the changes import should take: an import that succeeds is where check can disagree
        Arbitrary<Flaw> accepted = Arbitraries.of(Flaw.TITLE_AT_LIMIT, Flaw.BIDI_OVERRIDE, Flaw.PERSON_TWICE,
                Flaw.TOUR_OF_CURATED_EVENTS, Flaw.REPLACE_CURATED_ARTICLE, Flaw.REPLACE_CURATED_EVENT, Flaw.CURATED_TYPE);
        return Arbitraries.frequencyOf(Tuple.of(1, accepted), Tuple.of(1, Arbitraries.of(Flaw.values()))).list().ofMaxSize(3);
    }

    @Property(tries = 60)
    void whateverImportAcceptsCheckAccepts(@ForAll("catalogues") Catalogue catalogue, @ForAll("flaws") List<Flaw> flaws,
                                           @ForAll long seed) throws Exception {
        Flawed flawed = new Flawed(catalogue, new Random(seed));
        flaws.forEach(flawed::apply);
        Path file = databases.file(".json");
        Files.writeString(file, flawed.json());
        Path db = databases.curated();

        Fixtures.Run imported = cli("--db", db.toString(), "import", file.toString());
        assertThat(imported.exitCode()).as("import of %s: %s", flaws, imported.err()).isIn(0, 3);
        if (imported.exitCode() == 0) {
            try (CatalogueStore store = TestDatabases.open(db)) {
                assertThat(CatalogueCheck.run(store)).as("check after importing %s (%s)", flaws, file).isEmpty();
            }
        } else {
            assertThat(imported.err()).as("one sentence naming the file").startsWith(file.toString()).endsWith(".\n");
            try (CatalogueStore store = TestDatabases.open(db)) {
                assertThat(new CatalogueJson().writeToString(store.snapshot())).as("a refused import changes nothing")
                        .isEqualTo(curatedJson);
            }
        }
    }

    @Provide
    Arbitrary<Catalogue> catalogues() {
        return RandomRecords.catalogues();
    }

    /**
     * A catalogue being spoiled. Texts that a {@link Catalogue} cannot carry to the file as they
     * are (a lone surrogate, which the JSON writer refuses; a title of spaces, which the model
     * reads as none) are put in as markers and replaced in the written JSON.
     */
    private static final class Flawed {
        private final Random random;
        private final Map<String, String> raw = new HashMap<>();
        private List<EventType> types;
        private List<Country> countries;
        private List<Place> places;
        private List<Person> people;
        private List<Period> periods;
        private List<Article> articles;
        private List<Event> events;
        private List<Tour> tours;

        Flawed(Catalogue c, Random random) {
            this.random = random;
            types = new ArrayList<>(c.types());
            countries = new ArrayList<>(c.countries());
            places = new ArrayList<>(c.places());
            people = new ArrayList<>(c.people());
            periods = new ArrayList<>(c.periods());
            articles = new ArrayList<>(c.articles());
            events = new ArrayList<>(c.events());
            tours = new ArrayList<>(c.tours());
        }

        /** A marker that the written JSON will hold {@code jsonText} (escaped as in a JSON string) in place of. */
        private String raw(String jsonText) {
            String marker = "\uE000" + raw.size() + "\uE000";
            raw.put(marker, jsonText);
            return marker;
        }

        /** The text as a JSON string's content, every character outside printable ASCII escaped. */
        private static String escaped(String text) {
            StringBuilder s = new StringBuilder();
            for (char c : text.toCharArray()) {
                if (c == '"' || c == '\\') {
                    s.append('\\').append(c);
                } else if (c < 0x20 || c > 0x7E) {
                    s.append("\\u").append(HexFormat.of().toHexDigits(c));
                } else {
                    s.append(c);
                }
            }
            return s.toString();
        }

        String json() {
            String json = new CatalogueJson().writeToString(new Catalogue(types, countries, places, people, periods,
                    articles, events, tours));
            for (Map.Entry<String, String> e : raw.entrySet()) {
                json = json.replace(e.getKey(), e.getValue());
            }
            return json;
        }

        private int pick(int size) {
            return random.nextInt(size);
        }

        /** An event to spoil: one of the catalogue's, or a new plain one. */
        private int event() {
            if (events.isEmpty() || random.nextInt(4) == 0) {
                if (types.isEmpty()) {
                    types.add(new EventType("flaw-type", LocalizedText.of("نوع", "Type")));
                }
                events.add(new Event("flaw-event-" + events.size(), types.get(0).id(), EventDate.parse("2001-02-03"), null,
                        LocalizedText.of("حدث", null), null, null, null, null, null, 1, java.time.Instant.EPOCH));
                return events.size() - 1;
            }
            return pick(events.size());
        }

        private void replace(int i, Event e) {
            events.set(i, e);
        }

        private static Event with(Event e, LocalizedText title, LocalizedText summary, List<String> countries, String place,
                                  List<Participant> people, List<SourceRef> sources, EventDate end, String type, String id,
                                  long version) {
            return new Event(id, type, e.start(), end, title, summary, countries, place, people, sources, version, e.modified());
        }

        private Event title(Event e, LocalizedText title) {
            return with(e, title, e.summary(), e.countryIds(), e.placeId(), e.people(), e.sources(), e.end(), e.typeId(), e.id(), e.version());
        }

        private Event summary(Event e, LocalizedText summary) {
            return with(e, e.title(), summary, e.countryIds(), e.placeId(), e.people(), e.sources(), e.end(), e.typeId(), e.id(), e.version());
        }

        private Event sources(Event e, List<SourceRef> sources) {
            return with(e, e.title(), e.summary(), e.countryIds(), e.placeId(), e.people(), sources, e.end(), e.typeId(), e.id(), e.version());
        }

        private Article article() {
            if (articles.isEmpty() || random.nextBoolean()) {
                String text = random.nextBoolean() ? "x😀y🌍z" : "😀😀 نص 𝐀";
                Article a = new Article("flaw-article-" + articles.size(), "مقال", null, null, Language.AR, null, null, text);
                articles.add(a);
                return a;
            }
            return articles.get(pick(articles.size()));
        }

        private static String longText(int length) {
            StringBuilder s = new StringBuilder(length);
            while (s.length() < length) {
                s.append("نصٌّ طويلٌ 😀 ");
            }
            s.setLength(length);
            if (Character.isHighSurrogate(s.charAt(length - 1))) {
                s.setCharAt(length - 1, 'x');
            }
            return s.toString();
        }

        void apply(Flaw flaw) {
            switch (flaw) {
                case TITLE_ONLY_SPACES -> {
                    int i = event();
                    replace(i, title(events.get(i), LocalizedText.of(raw("   \\u00a0\\t"), random.nextBoolean() ? null : raw(" "))));
                }
                case TITLE_ONLY_INVISIBLE_MARKS -> {
                    int i = event();
                    replace(i, title(events.get(i), LocalizedText.of(raw("\\u200b\\u200f\\u061c"), null)));
                }
                case TITLE_AT_LIMIT -> {
                    int i = event();
                    replace(i, title(events.get(i), LocalizedText.of(longText(TextRules.MAX_TITLE), null)));
                }
                case TITLE_OVER_LIMIT -> {
                    int i = event();
                    replace(i, title(events.get(i), LocalizedText.of(null, longText(TextRules.MAX_TITLE + 1))));
                }
                case SUMMARY_OVER_LIMIT -> {
                    int i = event();
                    replace(i, summary(events.get(i), LocalizedText.of(longText(TextRules.MAX_TEXT + 1), null)));
                }
                case LONE_SURROGATE -> {
                    int i = event();
                    String lone = random.nextBoolean() ? "\\ud800" : "\\ude00";
                    replace(i, summary(events.get(i), LocalizedText.of(raw("نص " + lone + " نص"), null)));
                }
                case CONTROL_CHARACTER -> {
                    int i = event();
                    String control = List.of("\\u0000", "\\u0007", "\\u001b", "\\u007f").get(pick(4));
                    replace(i, title(events.get(i), LocalizedText.of(null, raw("A" + control + "B"))));
                }
                case BIDI_OVERRIDE -> {
                    int i = event();
                    replace(i, title(events.get(i), LocalizedText.of("\u202Eحدث\u202C", null)));
                }
                case SPAN_CUTS_EMOJI -> {
                    Article a = article();
                    String text = a.text();
                    int cut = -1;
                    for (int at = 1; at < text.length(); at++) {
                        if (Character.isLowSurrogate(text.charAt(at))) {
                            cut = at;
                            break;
                        }
                    }
                    if (cut < 0) {
                        return;
                    }
                    int i = event();
                    boolean cutEnd = random.nextBoolean();
                    int start = cutEnd ? 0 : cut;
                    int end = cutEnd ? cut : text.length();
                    String quote = escaped(text.substring(start, end)); // as the file holds it: lone surrogates escaped
                    List<SourceRef> sources = new ArrayList<>(events.get(i).sources());
                    sources.add(new SourceRef(a.id(), start, end, raw(quote)));
                    replace(i, sources(events.get(i), sources));
                }
                case SPAN_OUTSIDE_TEXT -> {
                    Article a = article();
                    int i = event();
                    int start = a.text().length() + 1 + pick(5);
                    List<SourceRef> sources = new ArrayList<>(events.get(i).sources());
                    sources.add(new SourceRef(a.id(), start, start + 1, "x"));
                    replace(i, sources(events.get(i), sources));
                }
                case WRONG_QUOTE -> {
                    Article a = article();
                    int i = event();
                    List<SourceRef> sources = new ArrayList<>(events.get(i).sources());
                    sources.add(new SourceRef(a.id(), 0, 1, "ـ"));
                    replace(i, sources(events.get(i), sources));
                }
                case UNKNOWN_TYPE -> {
                    int i = event();
                    Event e = events.get(i);
                    replace(i, with(e, e.title(), e.summary(), e.countryIds(), e.placeId(), e.people(), e.sources(), e.end(),
                            "no-such-type", e.id(), e.version()));
                }
                case UNKNOWN_PLACE -> {
                    int i = event();
                    Event e = events.get(i);
                    replace(i, with(e, e.title(), e.summary(), e.countryIds(), "no-such-place", e.people(), e.sources(), e.end(),
                            e.typeId(), e.id(), e.version()));
                }
                case UNKNOWN_PERSON -> {
                    int i = event();
                    Event e = events.get(i);
                    List<Participant> p = new ArrayList<>(e.people());
                    p.add(new Participant("no-such-person", null));
                    replace(i, with(e, e.title(), e.summary(), e.countryIds(), e.placeId(), p, e.sources(), e.end(), e.typeId(),
                            e.id(), e.version()));
                }
                case UNKNOWN_COUNTRY -> {
                    int i = event();
                    Event e = events.get(i);
                    List<String> c = new ArrayList<>(e.countryIds());
                    c.add("ZZ");
                    replace(i, with(e, e.title(), e.summary(), c, e.placeId(), e.people(), e.sources(), e.end(), e.typeId(),
                            e.id(), e.version()));
                }
                case UNKNOWN_ARTICLE -> {
                    int i = event();
                    List<SourceRef> sources = new ArrayList<>(events.get(i).sources());
                    sources.add(new SourceRef("no-such-article", 0, 1, "x"));
                    replace(i, sources(events.get(i), sources));
                }
                case PERSON_TWICE -> {
                    if (people.isEmpty()) {
                        people.add(new Person("flaw-person", LocalizedText.of("شخص", null)));
                    }
                    String person = people.get(pick(people.size())).id();
                    int i = event();
                    Event e = events.get(i);
                    List<Participant> p = new ArrayList<>(e.people());
                    p.add(new Participant(person, LocalizedText.of("دور", null)));
                    p.add(new Participant(person, LocalizedText.of(null, "another role")));
                    replace(i, with(e, e.title(), e.summary(), e.countryIds(), e.placeId(), p, e.sources(), e.end(), e.typeId(),
                            e.id(), e.version()));
                }
                case COUNTRY_TWICE -> {
                    int i = event();
                    Event e = events.get(i);
                    replace(i, with(e, e.title(), e.summary(), List.of("QA", "QA"), e.placeId(), e.people(), e.sources(),
                            e.end(), e.typeId(), e.id(), e.version()));
                }
                case END_BEFORE_START -> {
                    int i = event();
                    Event e = events.get(i);
                    PartialDate start = e.start().date();
                    if (start.year() == 1) {
                        return;
                    }
                    replace(i, with(e, e.title(), e.summary(), e.countryIds(), e.placeId(), e.people(), e.sources(),
                            EventDate.exact(PartialDate.ofYear(start.year() - 1)), e.typeId(), e.id(), e.version()));
                }
                case END_LESS_PRECISE_THAN_START -> {
                    int i = event();
                    Event e = events.get(i);
                    PartialDate start = e.start().date();
                    PartialDate end = start.month() == 0 ? start : random.nextBoolean() || start.day() == 0
                            ? PartialDate.ofYear(start.year()) : PartialDate.ofMonth(start.year(), start.month());
                    replace(i, with(e, e.title(), e.summary(), e.countryIds(), e.placeId(), e.people(), e.sources(),
                            EventDate.exact(end), e.typeId(), e.id(), e.version()));
                }
                case EVENT_ID_TWICE -> {
                    int i = event();
                    events.add(events.get(i));
                }
                case BAD_ID -> {
                    int i = event();
                    Event e = events.get(i);
                    String id = List.of("Upper-Case", "-dash-first", "with space", "x".repeat(81), "عربي").get(pick(5));
                    replace(i, with(e, e.title(), e.summary(), e.countryIds(), e.placeId(), e.people(), e.sources(), e.end(),
                            e.typeId(), id, e.version()));
                }
                case VERSION_ZERO -> {
                    int i = event();
                    Event e = events.get(i);
                    replace(i, with(e, e.title(), e.summary(), e.countryIds(), e.placeId(), e.people(), e.sources(), e.end(),
                            e.typeId(), e.id(), random.nextBoolean() ? 0 : -3));
                }
                case TOUR_UNKNOWN_STOP -> tours.add(new Tour("flaw-tour-" + tours.size(), LocalizedText.of("جولة", null),
                        List.of(new Tour.Stop("no-such-event", null))));
                case TOUR_STOP_TWICE -> {
                    String id = events.get(event()).id();
                    tours.add(new Tour("flaw-tour-" + tours.size(), LocalizedText.of(null, "Tour"),
                            List.of(new Tour.Stop(id, null), new Tour.Stop(id, LocalizedText.of("مرة أخرى", null)))));
                }
                case TOUR_OF_CURATED_EVENTS -> tours.add(new Tour("flaw-tour-" + tours.size(), LocalizedText.of(null, "Tour"),
                        curated.events().stream().limit(3).map(e -> new Tour.Stop(e.id(), null)).toList()));
                case PERIOD_END_BEFORE_START -> periods.add(new Period("flaw-period-" + periods.size(),
                        LocalizedText.of("فترة", null), PartialDate.ofYear(2000), PartialDate.ofMonth(1999, 12), null, null, null));
                case PLACE_IN_UNKNOWN_COUNTRY -> places.add(new Place("flaw-place-" + places.size(),
                        LocalizedText.of("مكان", null), "ZZ"));
                case REPLACE_CURATED_ARTICLE -> {
                    Article a = curated.articles().get(0);
                    String text = random.nextBoolean() ? a.text() + "\nسطر أخير." : "النص الجديد.\n" + a.text();
                    articles.add(new Article(a.id(), a.title(), a.outlet(), a.author(), a.language(), a.published(),
                            a.provenance(), text));
                }
                case REPLACE_CURATED_EVENT -> {
                    Event e = curated.events().get(pick(curated.events().size()));
                    Article a = article();
                    int end = Math.min(3, a.text().length());
                    if (end < a.text().length() && Character.isLowSurrogate(a.text().charAt(end))) {
                        end++;
                    }
                    events.add(with(e, LocalizedText.of(null, "Replaced"), e.summary(), e.countryIds(), e.placeId(),
                            e.people(), List.of(new SourceRef(a.id(), 0, end, a.text().substring(0, end))), e.end(),
                            e.typeId(), e.id(), e.version() + 1));
                }
                case CURATED_TYPE -> {
                    int i = event();
                    Event e = events.get(i);
                    replace(i, with(e, e.title(), e.summary(), e.countryIds(), e.placeId(), e.people(), e.sources(), e.end(),
                            curated.types().get(pick(curated.types().size())).id(), e.id(), e.version()));
                }
                case EMPTY_ARTICLE_TEXT -> articles.add(new Article("flaw-empty-article-" + articles.size(), "مقال",
                        null, null, Language.AR, null, null, raw(random.nextBoolean() ? "" : " \\n ")));
            }
        }
    }
}
