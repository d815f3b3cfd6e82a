package org.hawliyat.timeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hawliyat.model.Country;
import org.hawliyat.model.Event;
import org.hawliyat.model.EventType;
import org.hawliyat.model.LocalizedText;
import org.hawliyat.model.Period;

/**
 * What the timeline shows, prepared once when the events change: items in time order, lanes for
 * each grouping, periods, and the whole extent. Layout per frame then only scans what is visible.
 */
public final class TimelineData {

    public static final TimelineData EMPTY = new TimelineData(List.of(), List.of(), List.of(), List.of(), LocalDate.now());

    private final List<TimelineItem> items;
    private final Map<String, Integer> orderById = new HashMap<>();
    private final List<EventType> types;
    private final Map<String, Integer> typeIndex = new HashMap<>();
    private final Map<String, Country> countries = new HashMap<>();
    private final List<PeriodBand> periods;
    private final Map<LaneMode, List<Lane>> lanes = new EnumMap<>(LaneMode.class);
    private final LocalDate today;
    /** As given, for {@link #only}. */
    private final List<Country> countryList;
    private final List<Period> periodList;

    /** A period drawn as a band: ongoing periods run to today. */
    public record PeriodBand(Period period, double start, double end) {
    }

    private TimelineData(List<Event> events, List<EventType> types, List<Country> countries, List<Period> periods,
                         LocalDate today) {
        this.today = today;
        this.countryList = List.copyOf(countries);
        this.periodList = List.copyOf(periods);
        List<Event> sorted = new ArrayList<>(events);
        Collections.sort(sorted);
        List<TimelineItem> prepared = new ArrayList<>(sorted.size());
        for (int i = 0; i < sorted.size(); i++) {
            TimelineItem item = TimelineItem.of(sorted.get(i), i);
            prepared.add(item);
            orderById.put(item.id(), i);
        }
        this.items = Collections.unmodifiableList(prepared);
        this.types = List.copyOf(types);
        for (int i = 0; i < types.size(); i++) {
            typeIndex.put(types.get(i).id(), i);
        }
        countries.forEach(c -> this.countries.put(c.id(), c));
        List<PeriodBand> bands = new ArrayList<>();
        for (Period p : periods) {
            double end = p.end() == null ? today.toEpochDay() + 1.0 : p.end().lastDay().toEpochDay() + 1.0;
            bands.add(new PeriodBand(p, p.start().firstDay().toEpochDay(), end));
        }
        bands.sort((a, b) -> Double.compare(a.start(), b.start()));
        this.periods = List.copyOf(bands);
    }

    public static TimelineData of(List<Event> events, List<EventType> types, List<Country> countries,
                                  List<Period> periods) {
        return new TimelineData(events, types, countries, periods, LocalDate.now());
    }

    public static TimelineData of(List<Event> events, List<EventType> types, List<Country> countries,
                                  List<Period> periods, LocalDate today) {
        return new TimelineData(events, types, countries, periods, today);
    }

    /** The same data with only the events that pass the test: the lanes, types, colours and periods stay. */
    public TimelineData only(java.util.function.Predicate<Event> keep) {
        List<Event> kept = new ArrayList<>();
        for (TimelineItem item : items) {
            if (keep.test(item.event())) {
                kept.add(item.event());
            }
        }
        return new TimelineData(kept, types, countryList, periodList, today);
    }

    /** Every item, in time order. */
    public List<TimelineItem> items() {
        return items;
    }

    public boolean isEmpty() {
        return items.isEmpty();
    }

    public Optional<TimelineItem> item(String eventId) {
        Integer order = eventId == null ? null : orderById.get(eventId);
        return order == null ? Optional.empty() : Optional.of(items.get(order));
    }

    public List<EventType> types() {
        return types;
    }

    /** The type's position in the type list (its colour and icon), or -1 when unknown. */
    public int typeIndex(String typeId) {
        return typeIndex.getOrDefault(typeId, -1);
    }

    public List<PeriodBand> periods() {
        return periods;
    }

    public LocalDate today() {
        return today;
    }

    /** From the earliest start to the latest end; around today when there are no events. */
    public TimeRange extent() {
        if (items.isEmpty()) {
            return TimeRange.of(today.minusYears(10), today.plusYears(1));
        }
        double start = items.get(0).start();
        double end = start + 1;
        for (TimelineItem item : items) {
            end = Math.max(end, item.end());
        }
        return new TimeRange(start, end);
    }

    /** The lanes for a grouping, in display order; computed once per grouping. */
    public List<Lane> lanes(LaneMode mode) {
        return lanes.computeIfAbsent(mode, this::buildLanes);
    }

    private List<Lane> buildLanes(LaneMode mode) {
        Map<String, List<Integer>> members = new LinkedHashMap<>();
        Map<String, LocalizedText> labels = new HashMap<>();
        switch (mode) {
            case SINGLE -> {
                members.put("all", new ArrayList<>());
                labels.put("all", LocalizedText.EMPTY);
                for (int i = 0; i < items.size(); i++) {
                    members.get("all").add(i);
                }
            }
            case BY_TYPE -> {
                for (EventType t : types) {
                    members.put(t.id(), new ArrayList<>());
                    labels.put(t.id(), t.name());
                }
                for (int i = 0; i < items.size(); i++) {
                    String type = items.get(i).event().typeId();
                    members.computeIfAbsent(type, k -> new ArrayList<>()).add(i);
                    labels.putIfAbsent(type, LocalizedText.of(null, type));
                }
            }
            case BY_COUNTRY -> {
                String home = homeCountry();
                for (int i = 0; i < items.size(); i++) {
                    String counterpart = counterpart(items.get(i).event(), home);
                    members.computeIfAbsent(counterpart, k -> new ArrayList<>()).add(i);
                    Country c = countries.get(counterpart);
                    labels.putIfAbsent(counterpart, c != null ? c.name() : LocalizedText.of(null, counterpart));
                }
            }
            default -> throw new IllegalStateException("unknown lane mode " + mode);
        }
        List<Lane> result = new ArrayList<>();
        members.forEach((key, list) -> {
            if (!list.isEmpty() || mode == LaneMode.SINGLE) {
                result.add(Lane.of(key, labels.get(key), list.stream().mapToInt(Integer::intValue).toArray(), this));
            }
        });
        return List.copyOf(result);
    }

    /** The country most events share: lanes by country are about its counterparts. */
    private String homeCountry() {
        Map<String, Integer> counts = new HashMap<>();
        for (TimelineItem item : items) {
            for (String c : item.event().countryIds()) {
                counts.merge(c, 1, Integer::sum);
            }
        }
        return counts.entrySet().stream()
                .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).orElse("");
    }

    private static String counterpart(Event e, String home) {
        for (String c : e.countryIds()) {
            if (!c.equals(home)) {
                return c;
            }
        }
        return e.countryIds().isEmpty() ? "" : e.countryIds().get(0);
    }
}
