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
        List<Event> events = store.events();
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
     * from the store: this is what makes a save cheap at 100k events.
     */
    public CatalogueContents with(CatalogueChange change) {
        Map<String, Event> byId = new HashMap<>(eventsById);
        change.removedEventIds().forEach(byId::remove);
        change.events().forEach(event -> byId.put(event.id(), event));
        List<Event> sorted = new ArrayList<>(byId.values());
        Collections.sort(sorted); // the same order the store reads them in
        Map<String, EventType> newTypes = new LinkedHashMap<>(types);
        change.types().forEach(type -> newTypes.put(type.id(), type));
        Map<String, ArticleInfo> newArticles = new HashMap<>(articles);
        change.articles().forEach(article -> newArticles.put(article.id(), article));
        return new CatalogueContents(sorted, newTypes, countries, places, people, newArticles,
                ArticlePassages.eventCounts(sorted), change.tours() == null ? tours : change.tours(),
                readOnly, location, periods, List.copyOf(newTypes.values()), List.copyOf(countries.values()));
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
