package org.hawliyat.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.hawliyat.model.Event;
import org.hawliyat.model.EventDate;
import org.hawliyat.model.EventType;
import org.hawliyat.model.LocalizedText;
import org.hawliyat.model.PartialDate;
import org.hawliyat.timeline.TimelineLayout.Cluster;
import org.hawliyat.timeline.TimelineLayout.LaneLayout;
import org.hawliyat.timeline.TimelineLayout.PlacedItem;
import org.junit.jupiter.api.Test;

class TimelineLayoutEngineTest {

    private static final List<EventType> TYPES = List.of(
            new EventType("visit", LocalizedText.of("زيارة", "Visit")),
            new EventType("treaty", LocalizedText.of("اتفاقية", "Treaty")));

    private final TimelineLayoutEngine engine = new TimelineLayoutEngine();

    private static Event event(String id, String type, String date, String end) {
        return new Event(id, type, new EventDate(PartialDate.parse(date), false, null),
                end == null ? null : EventDate.parse(end), LocalizedText.of(null, id), null,
                List.of(), null, List.of(), List.of(), 1, Instant.EPOCH);
    }

    private static TimeScale scale(String from, String to, double width) {
        return new TimeScale(TimeRange.of(LocalDate.parse(from), LocalDate.parse(to)), width);
    }

    @Test
    void spansFollowDatePrecision() {
        TimelineItem day = TimelineItem.of(event("d", "visit", "1993-07-01", null), 0);
        TimelineItem month = TimelineItem.of(event("m", "visit", "2008-05", null), 0);
        TimelineItem year = TimelineItem.of(event("y", "visit", "1999", null), 0);
        TimelineItem bar = TimelineItem.of(event("b", "visit", "2020-02", "2020-03-10"), 0);
        assertThat(day.kind()).isEqualTo(SpanKind.POINT);
        assertThat(day.end() - day.start()).isEqualTo(1);
        assertThat(month.kind()).isEqualTo(SpanKind.SOFT);
        assertThat(month.end() - month.start()).isEqualTo(31);
        assertThat(year.end() - year.start()).isEqualTo(365);
        assertThat(bar.kind()).isEqualTo(SpanKind.BAR);
        assertThat(bar.start()).isEqualTo(LocalDate.of(2020, 2, 1).toEpochDay());
        assertThat(bar.end()).isEqualTo(LocalDate.of(2020, 3, 11).toEpochDay());
    }

    @Test
    void farApartEventsShareARowAndCloseOnesStack() {
        TimelineData data = TimelineData.of(List.of(
                event("a", "visit", "2000-01-01", null),
                event("b", "visit", "2000-01-02", null),
                event("c", "visit", "2010-01-01", null)), TYPES, List.of(), List.of());
        TimelineLayout layout = engine.layout(data, LaneMode.SINGLE, scale("1999-01-01", "2011-12-31", 1200),
                LayoutOptions.DEFAULT, item -> 80);
        List<PlacedItem> items = layout.lanes().get(0).items();
        assertThat(items).extracting(p -> p.item().id()).containsExactly("a", "b", "c");
        assertThat(items).extracting(PlacedItem::row).containsExactly(0, 1, 0);
        assertThat(layout.clustered()).isZero();
    }

    @Test
    void whenRowsRunOutItemsMergeIntoOneClusterWithTheirCount() {
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            events.add(event("e" + i, "visit", "2000-01-0" + (i % 9 + 1), null));
        }
        TimelineData data = TimelineData.of(events, TYPES, List.of(), List.of());
        TimelineLayout layout = engine.layout(data, LaneMode.SINGLE, scale("1990-01-01", "2010-12-31", 1000),
                LayoutOptions.DEFAULT.withItemRows(3), item -> 100);
        LaneLayout lane = layout.lanes().get(0);
        assertThat(lane.items()).hasSize(3);
        assertThat(lane.clusters()).singleElement().satisfies(c -> {
            assertThat(c.count()).isEqualTo(7);
            assertThat(c.row()).isEqualTo(3);
        });
        assertThat(lane.rows()).isEqualTo(4);
    }

    @Test
    void onlyEventsOverlappingTheViewAreLaidOutIncludingLongBarsStartingBefore() {
        TimelineData data = TimelineData.of(List.of(
                event("early", "visit", "1950-01-01", null),
                event("long", "treaty", "1960", "2030"),
                event("inside", "visit", "2000-06-01", null),
                event("late", "visit", "2050-01-01", null)), TYPES, List.of(), List.of());
        TimelineLayout layout = engine.layout(data, LaneMode.BY_TYPE, scale("1999-01-01", "2001-01-01", 800),
                LayoutOptions.DEFAULT, item -> 50);
        assertThat(layout.lanes()).extracting(l -> l.lane().key()).containsExactly("visit", "treaty");
        assertThat(layout.lanes().stream().flatMap(l -> l.items().stream()).map(p -> p.item().id()))
                .containsExactlyInAnyOrder("long", "inside");
        PlacedItem bar = layout.lanes().get(1).items().get(0);
        assertThat(bar.x0()).isNegative();
        assertThat(bar.labelX()).isPositive(); // its label stays in view
    }

    /**
     * Property: taking rows away from a layout gives a sound layout with that many rows: everything
     * in range still drawn or counted, rows and badges apart. (It can differ from packing afresh
     * only near the end edge, where packing may move a label before its marker into a later row.)
     */
    @Test
    void fewerRowsFromALayoutMatchPackingWithFewerRows() {
        for (int seed = 0; seed < 100; seed++) {
            Random random = new Random(seed);
            List<Event> events = new ArrayList<>();
            int n = 1 + random.nextInt(300);
            for (int i = 0; i < n; i++) {
                events.add(event("e" + i, random.nextBoolean() ? "visit" : "treaty",
                        String.format(Locale.ROOT, "%04d-%02d-%02d", 1990 + random.nextInt(30), 1 + random.nextInt(12), 1 + random.nextInt(28)), null));
            }
            TimelineData data = TimelineData.of(events, TYPES, List.of(), List.of());
            TimeScale view = scale("1989-01-01", "2021-01-01", 400 + random.nextInt(1200));
            LayoutOptions four = LayoutOptions.DEFAULT.withItemRows(4);
            TimelineLayout full = engine.layout(data, LaneMode.BY_TYPE, view, four, item -> 40 + item.id().length() * 6);
            for (int rows = 1; rows <= 4; rows++) {
                TimelineLayout derived = engine.withItemRows(full, rows, four);
                TimelineLayout fresh = engine.layout(data, LaneMode.BY_TYPE, view, four.withItemRows(rows),
                        item -> 40 + item.id().length() * 6);
                final int r = rows;
                assertThat(derived.placed() + derived.clustered()).as("seed %d rows %d", seed, rows)
                        .isEqualTo(fresh.placed() + fresh.clustered());
                for (int l = 0; l < derived.lanes().size(); l++) {
                    LaneLayout lane = derived.lanes().get(l);
                    // labels of the rows taken away stay in the badges' row where nothing collides with them
                    assertThat(lane.items()).allSatisfy(p -> assertThat(p.row()).isLessThanOrEqualTo(r));
                    assertThat(lane.rows()).as("seed %d rows %d", seed, rows).isLessThanOrEqualTo(r + 1);
                    for (PlacedItem p : lane.items()) {
                        if (p.row() == lane.clusterRow()) {
                            for (Cluster c : lane.clusters()) {
                                assertThat(p.extentStart() >= c.x() + c.width() || p.extentEnd() <= c.x())
                                        .as("seed %d: badge over a label", seed).isTrue();
                            }
                        }
                    }
                    for (int row = 0; row <= r; row++) {
                        final int rr = row;
                        List<PlacedItem> inRow = lane.items().stream().filter(p -> p.row() == rr)
                                .sorted(Comparator.comparingDouble(PlacedItem::extentStart)).toList();
                        for (int i = 1; i < inRow.size(); i++) {
                            assertThat(inRow.get(i).extentStart()).isGreaterThanOrEqualTo(inRow.get(i - 1).extentEnd());
                        }
                    }
                    assertThat(full.lanes().get(l).items()).extracting(p -> p.item().id())
                            .containsAll(lane.items().stream().map(p -> p.item().id()).toList());
                    List<Cluster> clusters = derived.lanes().get(l).clusters();
                    for (int i = 1; i < clusters.size(); i++) {
                        assertThat(clusters.get(i).x()).isGreaterThanOrEqualTo(clusters.get(i - 1).x() + clusters.get(i - 1).width());
                    }
                }
            }
        }
    }

    @Test
    void nearTheEndEdgeALabelGoesBeforeItsMarker() {
        TimelineData data = TimelineData.of(List.of(event("last", "visit", "2010-12-01", null)), TYPES, List.of(), List.of());
        TimelineLayout layout = engine.layout(data, LaneMode.SINGLE, scale("2000-01-01", "2010-12-31", 1000),
                LayoutOptions.DEFAULT, item -> 150);
        PlacedItem p = layout.lanes().get(0).items().get(0);
        assertThat(p.labelBefore()).isTrue();
        assertThat(p.labelX() + p.labelWidth()).isLessThan(p.x0());
        assertThat(p.labelX()).isPositive();
    }

    @Test
    void theSelectedEventIsDrawnEvenWhereItsNeighboursFormACluster() {
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            events.add(event(String.format(Locale.ROOT, "e%02d", i), "visit", "2000-01-01", null));
        }
        TimelineData data = TimelineData.of(events, TYPES, List.of(), List.of());
        TimeScale view = scale("1990-01-01", "2010-12-31", 1000);
        TimelineLayout without = engine.layout(data, LaneMode.SINGLE, view, LayoutOptions.DEFAULT.withItemRows(1), item -> 60);
        assertThat(without.lanes().get(0).items()).extracting(p -> p.item().id()).containsExactly("e00");
        TimelineLayout with = engine.layout(data, LaneMode.SINGLE, view, LayoutOptions.DEFAULT.withItemRows(1),
                item -> 60, "e37");
        assertThat(with.lanes().get(0).items()).extracting(p -> p.item().id()).containsExactly("e37");
        assertThat(with.clustered()).isEqualTo(49);
    }

    /** The issue's *Official visit* lane: two labels that collide take two rows, not a row and a "+1". */
    @Test
    void aLaneOneRowTallerWithoutBadgesKeepsItsLabelsRatherThanABadgeRow() {
        TimelineData data = TimelineData.of(List.of(
                event("v1999", "visit", "1999-04", null),
                event("v2014", "visit", "2014-01", null),
                event("v2015", "visit", "2015-10", null),
                event("v2023", "visit", "2023-06", null)), TYPES, List.of(), List.of());
        TimeScale view = scale("1992-01-01", "2030-12-31", 1200);
        LayoutOptions four = LayoutOptions.DEFAULT.withItemRows(4);
        TimelineLayout full = engine.layout(data, LaneMode.SINGLE, view, four, item -> 160);
        assertThat(full.lanes().get(0).rows()).isEqualTo(2);

        TimelineLayout oneRow = engine.withItemRows(full, 1, four);
        assertThat(oneRow.clustered()).isZero();
        assertThat(oneRow.lanes().get(0).items()).extracting(p -> p.item().id())
                .containsExactlyInAnyOrder("v1999", "v2014", "v2015", "v2023");
        assertThat(oneRow.lanes().get(0).rows()).isEqualTo(2);
    }

    /** Where labels really collide, fewer rows still means a badge, beside the labels that have room. */
    @Test
    void aLaneTwoRowsTallerStillGivesWayToABadge() {
        TimelineData data = TimelineData.of(List.of(
                event("a", "visit", "2000-01-01", null),
                event("b", "visit", "2000-01-02", null),
                event("c", "visit", "2000-01-03", null)), TYPES, List.of(), List.of());
        TimeScale view = scale("1999-01-01", "2001-12-31", 800);
        LayoutOptions four = LayoutOptions.DEFAULT.withItemRows(4);
        TimelineLayout full = engine.layout(data, LaneMode.SINGLE, view, four, item -> 100);
        assertThat(full.lanes().get(0).rows()).isEqualTo(3);
        TimelineLayout oneRow = engine.withItemRows(full, 1, four);
        assertThat(oneRow.lanes().get(0).rows()).isEqualTo(2);
        // b and c, a day apart, collide in the last row: both join the badge
        assertThat(oneRow.lanes().get(0).items()).extracting(p -> p.item().id()).containsExactly("a");
        assertThat(oneRow.clustered()).isEqualTo(2);
    }

    /** Selecting an event that was in a badge turns no label far from it into a badge. */
    @Test
    void selectingAClusteredEventLeavesLabelsFarFromItInPlace() {
        TimelineData data = TimelineData.of(List.of(
                event("early", "visit", "1995-01-01", null),
                event("near", "visit", "2010-01-01", null),
                event("chosen", "visit", "2010-01-05", null),
                event("later", "visit", "2018-01-01", null)), TYPES, List.of(), List.of());
        TimeScale view = scale("1990-01-01", "2020-12-31", 1000);
        LayoutOptions one = LayoutOptions.DEFAULT.withItemRows(1);
        TimelineLayout without = engine.layout(data, LaneMode.SINGLE, view, one, item -> 120);
        assertThat(without.lanes().get(0).items()).extracting(p -> p.item().id())
                .containsExactly("early", "near", "later");
        TimelineLayout with = engine.layout(data, LaneMode.SINGLE, view, one, item -> 120, "chosen");
        assertThat(with.lanes().get(0).items()).extracting(p -> p.item().id())
                .containsExactlyInAnyOrder("early", "chosen", "later");
        PlacedItem early = with.lanes().get(0).items().stream().filter(p -> p.item().id().equals("early")).findFirst().orElseThrow();
        assertThat(early).isEqualTo(without.lanes().get(0).items().get(0));
        assertThat(with.clustered()).isEqualTo(1); // "near" alone
    }

    /** Property: selecting an event that is drawn anyway changes nothing in the layout. */
    @Test
    void selectingADrawnEventChangesNoOtherLabel() {
        for (int seed = 0; seed < 100; seed++) {
            Random random = new Random(seed);
            List<Event> events = new ArrayList<>();
            int n = 1 + random.nextInt(200);
            for (int i = 0; i < n; i++) {
                events.add(event("e" + i, random.nextBoolean() ? "visit" : "treaty",
                        String.format(Locale.ROOT, "%04d-%02d-%02d", 1990 + random.nextInt(30), 1 + random.nextInt(12), 1 + random.nextInt(28)), null));
            }
            TimelineData data = TimelineData.of(events, TYPES, List.of(), List.of());
            TimeScale view = scale("1989-01-01", "2021-01-01", 400 + random.nextInt(1200));
            LayoutOptions options = LayoutOptions.DEFAULT.withItemRows(1 + random.nextInt(4));
            TimelineLayout without = engine.layout(data, LaneMode.BY_TYPE, view, options, item -> 40 + item.id().length() * 6);
            for (PlacedItem p : without.lanes().stream().flatMap(l -> l.items().stream()).toList()) {
                TimelineLayout with = engine.layout(data, LaneMode.BY_TYPE, view, options,
                        item -> 40 + item.id().length() * 6, p.item().id());
                assertThat(with).as("seed %d, %s selected", seed, p.item().id()).isEqualTo(without);
                if (random.nextInt(4) > 0) {
                    break; // a few selections a catalogue are enough
                }
            }
        }
    }

    @Test
    void collapsedLanesShowMarkersWithoutLabelsInOneRow() {
        TimelineData data = TimelineData.of(List.of(event("a", "visit", "2000-01-01", null),
                event("b", "visit", "2005-01-01", null)), TYPES, List.of(), List.of());
        TimelineLayout layout = engine.layout(data, LaneMode.BY_TYPE, scale("1999-01-01", "2006-01-01", 800),
                LayoutOptions.DEFAULT.withCollapsed(Set.of("visit")), item -> 50);
        LaneLayout lane = layout.lanes().get(0);
        assertThat(lane.collapsed()).isTrue();
        assertThat(lane.items()).allSatisfy(p -> assertThat(p.labelWidth()).isZero());
        assertThat(lane.rows()).isEqualTo(1);
    }

    /** Property: for random catalogues and views, labels never overlap and nothing in range is lost. */
    @Test
    void labelsNeverOverlapAndEveryEventInRangeIsDrawnOrCounted() {
        for (int seed = 0; seed < 300; seed++) {
            Random random = new Random(seed);
            List<Event> events = new ArrayList<>();
            int n = 1 + random.nextInt(400);
            for (int i = 0; i < n; i++) {
                int year = 1900 + random.nextInt(120);
                String date = switch (random.nextInt(3)) {
                    case 0 -> String.format(Locale.ROOT, "%04d", year);
                    case 1 -> String.format(Locale.ROOT, "%04d-%02d", year, 1 + random.nextInt(12));
                    default -> String.format(Locale.ROOT, "%04d-%02d-%02d", year, 1 + random.nextInt(12), 1 + random.nextInt(28));
                };
                String end = random.nextInt(8) == 0 ? String.format(Locale.ROOT, "%04d", year + random.nextInt(15)) : null;
                events.add(event("e" + i, random.nextBoolean() ? "visit" : "treaty", date, end));
            }
            TimelineData data = TimelineData.of(events, TYPES, List.of(), List.of());
            double width = 300 + random.nextInt(1500);
            double spanDays = 3 + random.nextDouble() * 365 * 150;
            double start = LocalDate.of(1890, 1, 1).toEpochDay() + random.nextDouble() * 365 * 130;
            TimeScale scale = new TimeScale(new TimeRange(start, start + spanDays), width);
            LaneMode mode = LaneMode.values()[random.nextInt(LaneMode.values().length)];
            LayoutOptions options = LayoutOptions.DEFAULT.withItemRows(1 + random.nextInt(5));
            String selected = random.nextBoolean() ? "e" + random.nextInt(n) : null;
            TimelineLayout layout = engine.layout(data, mode, scale, options, item -> 20 + item.id().length() * 7, selected);
            TimelineItem chosen = data.item(selected).orElse(null);
            if (chosen != null && chosen.end() > scale.visible().start() && chosen.start() < scale.visible().end()) {
                assertThat(layout.lanes().stream().flatMap(l -> l.items().stream()).map(p -> p.item().id()))
                        .as("seed %d: the selection is always drawn", seed).contains(selected);
            }

            long expected = data.items().stream()
                    .filter(i -> i.end() > scale.visible().start() && i.start() < scale.visible().end()).count();
            assertThat(layout.placed() + layout.clustered()).as("seed %d", seed).isEqualTo((int) expected);

            for (LaneLayout lane : layout.lanes()) {
                for (int row = 0; row < lane.rows(); row++) {
                    final int r = row;
                    List<PlacedItem> inRow = lane.items().stream().filter(p -> p.row() == r)
                            .sorted(Comparator.comparingDouble(PlacedItem::extentStart)).toList();
                    for (int i = 1; i < inRow.size(); i++) {
                        PlacedItem before = inRow.get(i - 1);
                        PlacedItem after = inRow.get(i);
                        assertThat(after.extentStart()).as("seed %d row %d", seed, r)
                                .isGreaterThanOrEqualTo(before.extentEnd() + options.itemGap() - 1e-9);
                        // the extent covers the label and the marker
                        assertThat(after.extentStart()).isLessThanOrEqualTo(after.labelX());
                        assertThat(after.extentEnd()).isGreaterThanOrEqualTo(after.labelX() + after.labelWidth() - 1e-9);
                    }
                }
                List<Cluster> clusters = lane.clusters();
                for (int i = 1; i < clusters.size(); i++) {
                    assertThat(clusters.get(i).x()).isGreaterThanOrEqualTo(clusters.get(i - 1).x() + clusters.get(i - 1).width());
                }
                assertThat(lane.items()).allSatisfy(p -> assertThat(p.row()).isLessThan(lane.clusterRow() == 0
                        && lane.clusters().isEmpty() ? lane.rows() : Math.max(lane.clusterRow(), 1)));
            }
        }
    }
}
