package org.hawliyat.store;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;
import org.hawliyat.model.Event;
import org.hawliyat.model.Participant;
import org.hawliyat.model.PartialDate;

/**
 * Which events to show: those overlapping the range from {@code from} to {@code to} (each at any
 * precision, either open: from the first day of {@code from} to the last day of {@code to}), of
 * one of {@code typeIds}, involving one of {@code countryIds}, with one of {@code personIds}, with
 * a source when {@code sourcedOnly}, and among {@code eventIds} (a search's matches) when that is
 * not null. An empty set does not restrict: several values of one facet are alternatives (any of
 * these types), different facets must all hold. Sets keep the order their values were added in,
 * which is the order of the filter chips.
 *
 * <p>The store applies a filter in its query; {@link #test} applies the same rules to events in memory.
 */
public record EventFilter(PartialDate from, PartialDate to, Set<String> typeIds, Set<String> countryIds,
                          Set<String> personIds, boolean sourcedOnly, Set<String> eventIds) {

    public static final EventFilter ALL = new EventFilter(null, null, Set.of(), Set.of(), Set.of(), false, null);

    public EventFilter {
        typeIds = ordered(typeIds);
        countryIds = ordered(countryIds);
        personIds = ordered(personIds);
        eventIds = eventIds == null ? null : Set.copyOf(eventIds);
    }

    /** Events in a date range, of one type or (with a null type) of all. */
    public EventFilter(PartialDate from, PartialDate to, String typeId) {
        this(from, to, typeId == null ? Set.of() : Set.of(typeId), Set.of(), Set.of(), false, null);
    }

    private static Set<String> ordered(Set<String> values) {
        return values == null || values.isEmpty() ? Set.of() : Collections.unmodifiableSet(new LinkedHashSet<>(values));
    }

    /** Whether nothing is filtered out. */
    public boolean isAll() {
        return from == null && to == null && typeIds.isEmpty() && countryIds.isEmpty() && personIds.isEmpty()
                && !sourcedOnly && eventIds == null;
    }

    /** Whether the event passes every criterion. */
    public boolean test(Event e) {
        return inDateRange(e) && passesTypes(e) && passesCountries(e) && passesPeople(e) && passesSource(e)
                && passesEventIds(e);
    }

    // one criterion at a time, for counting what each filter chip would do (see app.FacetCounts)

    public boolean inDateRange(Event e) {
        if (to != null && e.start().date().firstEpochDay() > to.lastDay().toEpochDay()) {
            return false;
        }
        if (from != null) {
            LocalDate lastDay = (e.end() == null ? e.start() : e.end()).date().lastDay();
            return !lastDay.isBefore(from.firstDay());
        }
        return true;
    }

    public boolean passesTypes(Event e) {
        return typeIds.isEmpty() || typeIds.contains(e.typeId());
    }

    public boolean passesCountries(Event e) {
        return countryIds.isEmpty() || e.countryIds().stream().anyMatch(countryIds::contains);
    }

    public boolean passesPeople(Event e) {
        return personIds.isEmpty() || e.people().stream().map(Participant::personId).anyMatch(personIds::contains);
    }

    public boolean passesSource(Event e) {
        return !sourcedOnly || !e.sources().isEmpty();
    }

    public boolean passesEventIds(Event e) {
        return eventIds == null || eventIds.contains(e.id());
    }

    // changed copies, one per filter chip

    public EventFilter withFrom(PartialDate date) {
        return new EventFilter(date, to, typeIds, countryIds, personIds, sourcedOnly, eventIds);
    }

    public EventFilter withTo(PartialDate date) {
        return new EventFilter(from, date, typeIds, countryIds, personIds, sourcedOnly, eventIds);
    }

    public EventFilter withType(String typeId) {
        return new EventFilter(from, to, added(typeIds, typeId), countryIds, personIds, sourcedOnly, eventIds);
    }

    public EventFilter withoutType(String typeId) {
        return new EventFilter(from, to, removed(typeIds, typeId), countryIds, personIds, sourcedOnly, eventIds);
    }

    public EventFilter withCountry(String countryId) {
        return new EventFilter(from, to, typeIds, added(countryIds, countryId), personIds, sourcedOnly, eventIds);
    }

    public EventFilter withoutCountry(String countryId) {
        return new EventFilter(from, to, typeIds, removed(countryIds, countryId), personIds, sourcedOnly, eventIds);
    }

    public EventFilter withPerson(String personId) {
        return new EventFilter(from, to, typeIds, countryIds, added(personIds, personId), sourcedOnly, eventIds);
    }

    public EventFilter withoutPerson(String personId) {
        return new EventFilter(from, to, typeIds, countryIds, removed(personIds, personId), sourcedOnly, eventIds);
    }

    public EventFilter withSourcedOnly(boolean sourced) {
        return new EventFilter(from, to, typeIds, countryIds, personIds, sourced, eventIds);
    }

    /** Only these events (a search's matches), or with null every event again. */
    public EventFilter withEventIds(Collection<String> ids) {
        return new EventFilter(from, to, typeIds, countryIds, personIds, sourcedOnly, ids == null ? null : Set.copyOf(ids));
    }

    private static Set<String> added(Set<String> values, String value) {
        Set<String> copy = new LinkedHashSet<>(values);
        copy.add(value);
        return copy;
    }

    private static Set<String> removed(Set<String> values, String value) {
        Set<String> copy = new LinkedHashSet<>(values);
        copy.remove(value);
        return copy;
    }
}
