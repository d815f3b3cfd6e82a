package org.hawliyat.app;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hawliyat.model.ArticleInfo;
import org.hawliyat.model.Country;
import org.hawliyat.model.Event;
import org.hawliyat.model.EventType;
import org.hawliyat.model.Person;
import org.hawliyat.model.Period;
import org.hawliyat.model.Place;
import org.hawliyat.model.Tour;
import org.hawliyat.reading.ArticlePassages;
import org.hawliyat.store.CatalogueStore;
import org.hawliyat.timeline.TimelineData;

/**
 * What the window shows, read from the store in one go (off the FX thread): the events in time
 * order, and the records they refer to by id, so that showing an event needs no further reads.
 * Articles come without their text, which is read when one is opened. Events are also indexed by id.
 * A change is applied with {@link #with(CatalogueChange)}, which gives new contents without reading the store.
 */
public record CatalogueContents(List<Event> events, Map<String, EventType> types,
                                Map<String, Country> countries, Map<String, Place> places,
                                Map<String, Person> people, Map<String, ArticleInfo> articles,
                                Map<String, Integer> articleEventCounts,
                                List<Tour> tours, boolean readOnly, String location, List<Period> periods,
                                TimelineData timeline, Map<String, Event> eventsById) {

    public CatalogueContents {
        events = List.copyOf(events);
        periods = List.copyOf(periods);
        eventsById = Collections.unmodifiableMap(eventsById);
        types = Collections.unmodifiableMap(new LinkedHashMap<>(types)); // in the store's order: the timeline's colours
        countries = Collections.unmodifiableMap(new LinkedHashMap<>(countries));
        places = Map.copyOf(places);
        people = Map.copyOf(people);
        articles = Map.copyOf(articles);
        articleEventCounts = Map.copyOf(articleEventCounts);
        tours = List.copyOf(tours);
    }

    /** Reads everything the window needs and prepares the timeline. Blocking: never call it on the FX thread. */
    public static CatalogueContents readFrom(CatalogueStore store) {
        List<Event> events = new ArrayList<>(store.events());
        events.sort(null); // the store gives them in time order (then this costs one pass); with() relies on it
        List<EventType> types = store.types();
        List<Country> countries = store.countries();
        return new CatalogueContents(events,
                byId(types, EventType::id),
                byId(countries, Country::id),
                byId(store.places(), Place::id),
                byId(store.people(), Person::id),
                byId(store.articleInfos(), ArticleInfo::id),
                ArticlePassages.eventCounts(events),
                store.tours(),
                store.isReadOnly(),
                store.location(),
                store.periods(),
                types,
                countries);
    }

    /** Contents from records; the timeline and the index are prepared here. */
    private CatalogueContents(List<Event> events, Map<String, EventType> types, Map<String, Country> countries,
                              Map<String, Place> places, Map<String, Person> people, Map<String, ArticleInfo> articles,
                              Map<String, Integer> articleEventCounts, List<Tour> tours, boolean readOnly,
                              String location, List<Period> periods, List<EventType> typeOrder,
                              List<Country> countryOrder) {
        this(events, types, countries, places, people, articles, articleEventCounts, tours, readOnly, location,
                periods, TimelineData.of(events, typeOrder, countryOrder, periods), index(events));
    }

    /** The event with this id, if it is in the catalogue (not in the trash): O(1). */
    public Optional<Event> event(String id) {
        return Optional.ofNullable(id == null ? null : eventsById.get(id));
    }

    /**
     * The contents after a change: the changed events replace (or join) those with their ids, removed
     * ones leave, time order is kept; types, articles and tours are updated likewise. Nothing is read
     * from the store, and only the timeline is prepared again: this is what makes a save cheap at 100k
     * events. Not for the FX thread at that size (tens of milliseconds): the window runs it in the background.
     */
    public CatalogueContents with(CatalogueChange change) {
        Map<String, Event> byId = new HashMap<>(eventsById);
        List<Event> sorted = new ArrayList<>(events);
        Map<String, Integer> counts = new HashMap<>(articleEventCounts);
        // each event leaves its place in time order (and its citations), then the changed ones come in at theirs
        Map<String, Event> incoming = new LinkedHashMap<>();
        change.events().forEach(event -> incoming.put(event.id(), event));
        List<String> leaving = new ArrayList<>(change.removedEventIds());
        leaving.addAll(incoming.keySet());
        for (String id : leaving) {
            Event old = byId.remove(id);
            int at = old == null ? -1 : Collections.binarySearch(sorted, old);
            if (at >= 0) {
                sorted.remove(at);
                ArticlePassages.eventCounts(List.of(old)).forEach((article, n) -> counts.merge(article, -n, Integer::sum));
            }
        }
        for (Event event : incoming.values()) {
            byId.put(event.id(), event);
            int at = Collections.binarySearch(sorted, event);
            sorted.add(at < 0 ? -at - 1 : at, event);
            ArticlePassages.eventCounts(List.of(event)).forEach((article, n) -> counts.merge(article, n, Integer::sum));
        }
        counts.values().removeIf(n -> n == 0); // as counted afresh: an article no event cites is not there
        Map<String, EventType> newTypes = new LinkedHashMap<>(types);
        change.types().forEach(type -> newTypes.put(type.id(), type));
        Map<String, ArticleInfo> newArticles = new HashMap<>(articles);
        change.articles().forEach(article -> newArticles.put(article.id(), article));
        return new CatalogueContents(sorted, newTypes, countries, places, people, newArticles, counts,
                change.tours() == null ? tours : change.tours(), readOnly, location, periods,
                TimelineData.of(sorted, List.copyOf(newTypes.values()), List.copyOf(countries.values()), periods),
                byId);
    }

    private static Map<String, Event> index(List<Event> events) {
        Map<String, Event> byId = new HashMap<>(events.size() * 2);
        events.forEach(event -> byId.put(event.id(), event));
        return byId;
    }

    public Optional<EventType> type(String id) {
        return Optional.ofNullable(id == null ? null : types.get(id));
    }

    public Optional<Country> country(String id) {
        return Optional.ofNullable(id == null ? null : countries.get(id));
    }

    public Optional<Place> place(String id) {
        return Optional.ofNullable(id == null ? null : places.get(id));
    }

    public Optional<Person> person(String id) {
        return Optional.ofNullable(id == null ? null : people.get(id));
    }

    /** The article's metadata; its text is read when it is opened. */
    public Optional<ArticleInfo> articleInfo(String id) {
        return Optional.ofNullable(id == null ? null : articles.get(id));
    }

    private static <T> Map<String, T> byId(List<T> records, Function<T, String> id) {
        return records.stream().collect(Collectors.toMap(id, Function.identity(), (first, second) -> second,
                LinkedHashMap::new));
    }
}
