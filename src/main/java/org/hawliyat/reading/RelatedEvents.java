package org.hawliyat.reading;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.hawliyat.model.Event;
import org.hawliyat.model.Participant;
import org.hawliyat.model.SourceRef;

/**
 * The events a reader may want to go to next from one event: the one just before and the one just
 * after in time, then events that share a person, an article or a country, nearest in time first.
 * An event appears in one group only, the first that holds it, so the pane never repeats itself.
 */
public record RelatedEvents(Event previous, Event next, List<Event> samePeople, List<Event> sameArticle,
                            List<Event> sameCountries) {

    /** How many events each shared-record group shows at most. */
    public static final int GROUP_LIMIT = 5;

    public RelatedEvents {
        samePeople = List.copyOf(samePeople);
        sameArticle = List.copyOf(sameArticle);
        sameCountries = List.copyOf(sameCountries);
    }

    public boolean isEmpty() {
        return previous == null && next == null && samePeople.isEmpty() && sameArticle.isEmpty()
                && sameCountries.isEmpty();
    }

    /**
     * The events related to {@code event} among {@code events} (in time order, as the store gives
     * them). It runs on every selection, so it finds the event by binary search and walks outward
     * from it in time, stopping at the limit, instead of sorting the whole catalogue.
     */
    public static RelatedEvents of(Event event, List<Event> events) {
        int found = Collections.binarySearch(events, event);
        int at = found >= 0 && events.get(found).id().equals(event.id()) ? found : -1;
        Event previous = at > 0 ? events.get(at - 1) : null;
        Event next = at >= 0 && at + 1 < events.size() ? events.get(at + 1) : null;
        Set<String> shown = new HashSet<>();
        shown.add(event.id());
        if (previous != null) {
            shown.add(previous.id());
        }
        if (next != null) {
            shown.add(next.id());
        }
        Set<String> people = ids(event.people(), Participant::personId);
        Set<String> articles = ids(event.sources(), SourceRef::articleId);
        List<Event> samePeople = nearest(event, events, at, shown,
                other -> shares(people, ids(other.people(), Participant::personId)));
        List<Event> sameArticle = nearest(event, events, at, shown,
                other -> shares(articles, ids(other.sources(), SourceRef::articleId)));
        List<Event> sameCountries = nearest(event, events, at, shown,
                other -> shares(event.countryIds(), other.countryIds()));
        return new RelatedEvents(previous, next, samePeople, sameArticle, sameCountries);
    }

    /**
     * Up to {@link #GROUP_LIMIT} events that pass the test and are not yet shown, nearest in time
     * first (the earlier on a tie), returned in time order; they are then marked as shown.
     */
    private static List<Event> nearest(Event event, List<Event> events, int at, Set<String> shown,
                                       Predicate<Event> related) {
        List<Event> group = new ArrayList<>();
        if (at < 0) {
            return group;
        }
        int before = at - 1;
        int after = at + 1;
        while (group.size() < GROUP_LIMIT && (before >= 0 || after < events.size())) {
            boolean takeBefore = after >= events.size() || (before >= 0
                    && distanceInDays(event, events.get(before)) <= distanceInDays(event, events.get(after)));
            Event candidate = events.get(takeBefore ? before-- : after++);
            if (!shown.contains(candidate.id()) && related.test(candidate)) {
                group.add(candidate);
            }
        }
        Collections.sort(group);
        group.forEach(other -> shown.add(other.id()));
        return group;
    }

    private static <T> Set<String> ids(Collection<T> records, Function<T, String> id) {
        return records.stream().map(id).collect(Collectors.toSet());
    }

    private static boolean shares(Collection<String> these, Collection<String> those) {
        return those.stream().anyMatch(these::contains);
    }

    private static long distanceInDays(Event a, Event b) {
        return Math.abs(a.start().date().firstDay().toEpochDay() - b.start().date().firstDay().toEpochDay());
    }
}
