package org.hawliyat.reading;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
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
     * The events related to {@code event} among {@code events} (in time order, as the store gives them).
     */
    public static RelatedEvents of(Event event, List<Event> events) {
        int at = events.indexOf(event);
        Event previous = at > 0 ? events.get(at - 1) : null;
        Event next = at >= 0 && at + 1 < events.size() ? events.get(at + 1) : null;
        Set<String> shown = new LinkedHashSet<>();
        shown.add(event.id());
        if (previous != null) {
            shown.add(previous.id());
        }
        if (next != null) {
            shown.add(next.id());
        }
        Comparator<Event> nearest = Comparator.comparingLong((Event other) -> distanceInDays(event, other))
                .thenComparing(Function.identity());
        List<Event> samePeople = group(events, shown, nearest,
                other -> shares(ids(event.people(), Participant::personId), ids(other.people(), Participant::personId)));
        List<Event> sameArticle = group(events, shown, nearest,
                other -> shares(ids(event.sources(), SourceRef::articleId), ids(other.sources(), SourceRef::articleId)));
        List<Event> sameCountries = group(events, shown, nearest,
                other -> shares(event.countryIds(), other.countryIds()));
        return new RelatedEvents(previous, next, samePeople, sameArticle, sameCountries);
    }

    private static List<Event> group(List<Event> events, Set<String> shown, Comparator<Event> nearest,
                                     java.util.function.Predicate<Event> related) {
        List<Event> group = events.stream()
                .filter(other -> !shown.contains(other.id()) && related.test(other))
                .sorted(nearest)
                .limit(GROUP_LIMIT)
                .sorted()
                .collect(Collectors.toCollection(ArrayList::new));
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
