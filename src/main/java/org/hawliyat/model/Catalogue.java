package org.hawliyat.model;

import java.util.List;

/** A whole set of records: what a data file holds and what an export writes. */
public record Catalogue(List<EventType> types, List<Country> countries, List<Place> places,
                        List<Person> people, List<Period> periods, List<Article> articles,
                        List<Event> events, List<Tour> tours) {

    public static final Catalogue EMPTY = new Catalogue(List.of(), List.of(), List.of(), List.of(),
            List.of(), List.of(), List.of(), List.of());

    public Catalogue {
        types = List.copyOf(types);
        countries = List.copyOf(countries);
        places = List.copyOf(places);
        people = List.copyOf(people);
        periods = List.copyOf(periods);
        articles = List.copyOf(articles);
        events = List.copyOf(events);
        tours = List.copyOf(tours == null ? List.of() : tours);
    }

    /** A catalogue without tours: a partial one (records to validate or import), or one from before tours. */
    public Catalogue(List<EventType> types, List<Country> countries, List<Place> places,
                     List<Person> people, List<Period> periods, List<Article> articles, List<Event> events) {
        this(types, countries, places, people, periods, articles, events, List.of());
    }
}
