package org.hawliyat.ui;

import org.hawliyat.timeline.TimelineData;
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
import org.hawliyat.model.Place;
import org.hawliyat.model.Tour;
import org.hawliyat.reading.ArticlePassages;
import org.hawliyat.store.CatalogueStore;

/**
 * What the window shows, read from the store in one go (off the FX thread): the events in time
 * order, and the records they refer to by id, so that showing an event needs no further reads.
 * Articles come without their text, which is read when one is opened.
 */
public record CatalogueContents(List<Event> events, Map<String, EventType> types,
                                Map<String, Country> countries, Map<String, Place> places,
                                Map<String, Person> people, Map<String, ArticleInfo> articles,
                                Map<String, Integer> articleEventCounts,
                                List<Tour> tours, boolean readOnly, String location, TimelineData timeline) {

    public CatalogueContents {
        events = List.copyOf(events);
        types = Map.copyOf(types);
        countries = Map.copyOf(countries);
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
                TimelineData.of(events, types, countries, store.periods()));
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
        return records.stream().collect(Collectors.toMap(id, Function.identity(), (first, second) -> second));
    }
}
