package org.hawliyat.app;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.hawliyat.model.Event;
import org.hawliyat.model.Participant;
import org.hawliyat.store.EventFilter;

/**
 * What each filter chip would do: how many events match the filter now, and how many would match
 * if one more type, country or person chip were added, or "has a source" switched on. Values of one
 * facet are alternatives (see {@link EventFilter}), so adding a value to a facet that has none
 * narrows the events to those with it, and adding it to a facet that has some widens them. A value
 * the filter already has would change nothing: its count is the current total.
 *
 * <p>Counted in one pass over the events in memory (the window holds them all anyway): an event
 * that fails two facets can be brought back by no single chip, one that fails exactly one facet
 * by a value of that facet.
 */
public final class FacetCounts {

    private final EventFilter filter;
    private final int total;
    private final int ifSourcedOnly;
    /** With no chip in the facet: events that match and have the value. With chips: events only that value would add. */
    private final Map<String, Integer> types;
    private final Map<String, Integer> countries;
    private final Map<String, Integer> people;

    private FacetCounts(EventFilter filter, int total, int ifSourcedOnly, Map<String, Integer> types,
                        Map<String, Integer> countries, Map<String, Integer> people) {
        this.filter = filter;
        this.total = total;
        this.ifSourcedOnly = ifSourcedOnly;
        this.types = types;
        this.countries = countries;
        this.people = people;
    }

    public static FacetCounts of(Collection<Event> events, EventFilter filter) {
        int total = 0;
        int sourced = 0;
        Map<String, Integer> types = new HashMap<>();
        Map<String, Integer> countries = new HashMap<>();
        Map<String, Integer> people = new HashMap<>();
        for (Event e : events) {
            if (!filter.inDateRange(e) || !filter.passesEventIds(e)) {
                continue; // no chip of a facet brings back an event outside the dates or the search
            }
            boolean type = filter.passesTypes(e);
            boolean country = filter.passesCountries(e);
            boolean person = filter.passesPeople(e);
            boolean source = filter.passesSource(e);
            int failing = (type ? 0 : 1) + (country ? 0 : 1) + (person ? 0 : 1) + (source ? 0 : 1);
            if (failing == 0) {
                total++;
                if (!e.sources().isEmpty()) {
                    sourced++;
                }
            }
            if (failing > 1) {
                continue;
            }
            // a facet with no chip: a chip narrows to the matching events with the value;
            // a facet with chips: a chip adds the events that fail only this facet and have the value
            if (failing == 0 ? filter.typeIds().isEmpty() : !type) {
                types.merge(e.typeId(), 1, Integer::sum);
            }
            if (failing == 0 ? filter.countryIds().isEmpty() : !country) {
                for (String c : Set.copyOf(e.countryIds())) {
                    countries.merge(c, 1, Integer::sum);
                }
            }
            if (failing == 0 ? filter.personIds().isEmpty() : !person) {
                for (String p : e.people().stream().map(Participant::personId).distinct().toList()) {
                    people.merge(p, 1, Integer::sum);
                }
            }
        }
        return new FacetCounts(filter, total, filter.sourcedOnly() ? total : sourced, types, countries, people);
    }

    /** How many events match the filter. */
    public int total() {
        return total;
    }

    /** How many events would match with this type's chip added. */
    public int ifTypeAdded(String typeId) {
        return ifAdded(filter.typeIds(), types, typeId);
    }

    /** How many events would match with this country's chip added. */
    public int ifCountryAdded(String countryId) {
        return ifAdded(filter.countryIds(), countries, countryId);
    }

    /** How many events would match with this person's chip added. */
    public int ifPersonAdded(String personId) {
        return ifAdded(filter.personIds(), people, personId);
    }

    /** How many events would match with "has a source" on. */
    public int ifSourcedOnly() {
        return ifSourcedOnly;
    }

    private int ifAdded(Set<String> chosen, Map<String, Integer> counts, String value) {
        if (chosen.isEmpty()) {
            return counts.getOrDefault(value, 0);
        }
        return chosen.contains(value) ? total : total + counts.getOrDefault(value, 0);
    }
}
