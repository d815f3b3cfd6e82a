package org.hawliyat.ui.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import javafx.geometry.Bounds;
import javafx.geometry.NodeOrientation;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.hawliyat.app.Catalogues;
import org.hawliyat.app.CuratedData;
import org.hawliyat.model.Catalogue;
import org.hawliyat.model.Event;
import org.hawliyat.model.EventDate;
import org.hawliyat.model.Language;
import org.hawliyat.model.LocalizedText;
import org.hawliyat.store.CatalogueStore;
import org.hawliyat.timeline.LaneMode;
import org.hawliyat.timeline.LayoutOptions;
import org.hawliyat.timeline.TimeRange;
import org.hawliyat.timeline.TimeScale;
import org.hawliyat.timeline.TimelineData;
import org.hawliyat.timeline.TimelineItem;
import org.hawliyat.timeline.TimelineLayout;
import org.hawliyat.timeline.TimelineLayout.Cluster;
import org.hawliyat.timeline.TimelineLayout.LaneLayout;
import org.hawliyat.timeline.TimelineLayout.PlacedItem;
import org.hawliyat.ui.MainWindow;
import org.hawliyat.ui.common.Styles;
import org.hawliyat.ui.common.UiPreferences;
import org.hawliyat.ui.concurrent.SynchronousTaskRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The timeline control, shown in a real (headless) scene with the application's stylesheet:
 * zoom and its limits, selection revealing the event, clusters, lanes, labels that never overlap
 * on screen, and the direction of time in both orientations. Positions are checked in scene
 * coordinates, that is where the user sees them, not only in the layout's logical numbers.
 */
@ExtendWith(ApplicationExtension.class)
class TimelineViewTest {

    static final Catalogue CURATED = CuratedData.load();
    static final String FIRST_ID = "qa-kz-1993-relations-established";
    static final String LAST_ID = "qa-kz-2023-07-01-thirtieth-anniversary";
    /** Not at the middle of the fit view, so that keeping it in place is not the same as keeping the middle. */
    static final String OFF_CENTRE_ID = "qa-kz-2014-01-tamim-first-official-visit";

    private Harness h;

    @Start
    void start(Stage stage) {
        h = Harness.show(stage, curated(), NodeOrientation.LEFT_TO_RIGHT, 1200, 760);
    }

    // ------------------------------------------------------------------ zoom

    @Test
    void eventsOutsideTheMatchingSetAreDimmedAndNoneWhenEveryEventMatches() {
        String kept = "qa-kz-1993-relations-established";
        h.fx(() -> h.view.setMatchingEvents(java.util.Set.of(kept)));
        assertThat(isDimmed(h.marker(kept))).isFalse();
        assertThat(isDimmed(h.label(kept))).isFalse();
        assertThat(h.markers()).filteredOn(marker -> !kept.equals(idOf(marker))).isNotEmpty()
                .allSatisfy(marker -> assertThat(isDimmed(marker)).isTrue());
        h.fx(() -> h.view.setMatchingEvents(null));
        assertThat(h.markers()).noneSatisfy(marker -> assertThat(isDimmed(marker)).isTrue());
    }

    private static boolean isDimmed(Node node) {
        return node.getPseudoClassStates().stream().anyMatch(p -> p.getPseudoClassName().equals("dimmed"));
    }

    private static String idOf(Node node) {
        return node.getUserData() instanceof org.hawliyat.timeline.TimelineItem item ? item.id() : null;
    }

    @Test
    void zoomInShortensTheVisibleLengthAndKeepsTheMiddleTimeInPlace() {
        TimeScale before = h.scale();
        double middleDay = before.day(before.width() / 2);
        h.fx(h.view::zoomIn);
        TimeScale after = h.scale();
        assertThat(after.visible().length() / before.visible().length()).isBetween(0.5, 0.7);
        assertThat(after.x(middleDay)).isCloseTo(after.width() / 2, within(1.0));
        assertThat(h.view.getVisibleRange()).isEqualTo(after.visible());

        h.fx(h.view::zoomOut);
        assertThat(h.scale().visible().length()).isCloseTo(before.visible().length(), within(1e-6));
        assertThat(h.scale().x(middleDay)).isCloseTo(before.width() / 2, within(1.0));
    }

    @Test
    void zoomInAndOutKeepTheSelectedEventWhereItIsOnScreenInBothDirections() {
        for (NodeOrientation orientation : List.of(NodeOrientation.LEFT_TO_RIGHT, NodeOrientation.RIGHT_TO_LEFT)) {
            h.orient(orientation);
            h.fx(() -> {
                h.view.zoomToFit();
                h.view.setSelectedEvent(event(OFF_CENTRE_ID));
            });
            double before = h.markerCentre(OFF_CENTRE_ID).getX();
            double bodyMiddle = h.sceneBounds(h.body()).getCenterX();
            assertThat(Math.abs(before - bodyMiddle)).as("%s: the event is away from the middle", orientation)
                    .isGreaterThan(100);
            double length = h.scale().visible().length();
            h.fx(h.view::zoomIn);
            assertThat(h.scale().visible().length()).isLessThan(length * 0.7);
            assertThat(h.markerCentre(OFF_CENTRE_ID).getX()).as("%s after zoom in", orientation)
                    .isCloseTo(before, within(1.5));
            h.fx(h.view::zoomOut);
            assertThat(h.markerCentre(OFF_CENTRE_ID).getX()).as("%s after zoom out", orientation)
                    .isCloseTo(before, within(1.5));
        }
    }

    @Test
    void twoActionsBeforeTheNextFrameBothCount() {
        TimeScale before = h.scale();
        h.fx(() -> {
            h.view.zoomIn();
            h.view.zoomIn();
        });
        assertThat(h.scale().visible().length()).as("zoomed in twice")
                .isCloseTo(before.visible().length() / (1.6 * 1.6), within(1e-6));

        TimeScale zoomed = h.scale();
        h.fx(() -> {
            h.view.panBy(100);
            h.view.panBy(100);
        });
        assertThat(h.scale().visible().start() - zoomed.visible().start()).as("panned twice")
                .isCloseTo(200 / zoomed.pxPerDay(), within(1e-6));
    }

    @Test
    void zoomToFitShowsEveryEventInsideTheBody() {
        h.fx(() -> h.view.zoomTo(range("2022-09-01", "2022-11-30")));
        assertThat(h.layout().inRange()).isLessThan(CURATED.events().size());

        h.fx(h.view::zoomToFit);
        TimeRange visible = h.scale().visible();
        for (TimelineItem item : h.view.getData().items()) {
            assertThat(item.start()).as(item.id()).isGreaterThanOrEqualTo(visible.start());
            assertThat(item.end()).as(item.id()).isLessThanOrEqualTo(visible.end());
        }
        TimelineLayout layout = h.layout();
        assertThat(layout.inRange()).isEqualTo(CURATED.events().size());
        assertThat(layout.placed() + layout.clustered()).isEqualTo(CURATED.events().size());
        Bounds body = h.sceneBounds(h.body());
        for (Node marker : h.markers()) {
            Bounds b = h.sceneBounds(marker);
            assertThat(b.getMinX()).as("marker of %s", id(marker)).isGreaterThanOrEqualTo(body.getMinX() - 0.5);
            assertThat(b.getMaxX()).as("marker of %s", id(marker)).isLessThanOrEqualTo(body.getMaxX() + 0.5);
        }
    }

    @Test
    void zoomStopsAtAFewDaysAndAtAThousandYears() {
        h.repeat(40, h.view::zoomIn);
        assertThat(h.scale().visible().length()).isCloseTo(TimeScale.MIN_SPAN_DAYS, within(1e-6));
        assertThat(h.view.getVisibleRange().length()).isCloseTo(TimeScale.MIN_SPAN_DAYS, within(1e-6));
        h.repeat(40, h.view::zoomOut);
        assertThat(h.scale().visible().length()).isCloseTo(TimeScale.MAX_SPAN_DAYS, within(1e-3));

        // a range asked for directly is clamped too, and the property then says what is shown
        h.fx(() -> h.view.zoomTo(new TimeRange(day("2020-01-01"), day("2020-01-01") + 0.25)));
        assertThat(h.view.getVisibleRange().length()).isCloseTo(TimeScale.MIN_SPAN_DAYS, within(1e-6));
        assertThat(h.view.getVisibleRange().middle()).isCloseTo(day("2020-01-01") + 0.125, within(1e-6));
        double middle = day("2008-01-01");
        h.fx(() -> h.view.zoomTo(new TimeRange(middle - 365.0 * 3000, middle + 365.0 * 3000)));
        assertThat(h.view.getVisibleRange().length()).isCloseTo(TimeScale.MAX_SPAN_DAYS, within(1e-3));
        assertThat(h.view.getVisibleRange().middle()).isCloseTo(middle, within(1e-3));
        assertThat(h.layout().inRange()).as("every event still there, a thousand years across")
                .isEqualTo(CURATED.events().size());
    }

    // ------------------------------------------------------------------ selection

    @Test
    void selectingAnOffScreenEventMovesTheViewToRevealItWithoutZooming() {
        for (NodeOrientation orientation : List.of(NodeOrientation.LEFT_TO_RIGHT, NodeOrientation.RIGHT_TO_LEFT)) {
            h.orient(orientation);
            h.fx(() -> {
                h.view.setSelectedEvent(null);
                h.view.zoomTo(range("2022-09-01", "2022-11-30"));
            });
            double length = h.scale().visible().length();
            assertThat(h.marker(FIRST_ID)).as("1993 is off screen").isNull();

            h.fx(h.view::selectFirst);
            assertThat(h.view.getSelectedEvent().id()).isEqualTo(FIRST_ID);
            assertThat(h.scale().visible().length()).isCloseTo(length, within(1e-6));
            assertInsideBody(h, FIRST_ID, orientation + ": first");

            h.fx(h.view::selectLast);
            assertThat(h.view.getSelectedEvent().id()).isEqualTo(LAST_ID);
            assertInsideBody(h, LAST_ID, orientation + ": last");
        }
    }

    @Test
    void theSelectedEventIsMarkedOnScreen() {
        h.fx(() -> h.view.setSelectedEvent(event(OFF_CENTRE_ID)));
        Node marker = h.marker(OFF_CENTRE_ID);
        assertThat(marker.getPseudoClassStates()).anyMatch(p -> p.getPseudoClassName().equals("selected"));
        assertThat(h.markers().stream().filter(m -> m != marker))
                .noneMatch(m -> m.getPseudoClassStates().stream().anyMatch(p -> p.getPseudoClassName().equals("selected")));
    }

    // ------------------------------------------------------------------ clusters

    @Test
    void manyEventsOnOneDayMergeIntoAClusterAndNothingIsLostOrCountedTwice() {
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            events.add(event(String.format(Locale.ROOT, "same-day-%02d", i), "official-visit", "2010-03-15", "Visit number " + i));
        }
        events.add(event("before", "official-visit", "2009-01-10", "An earlier visit"));
        events.add(event("after", "state-visit", "2011-06-20", "A later state visit"));
        h.fx(() -> h.view.setData(TimelineData.of(events, CURATED.types(), CURATED.countries(), List.of())));
        h.fx(() -> h.view.zoomTo(range("2009-06-01", "2010-12-31")));
        h.settle();

        List<Node> badges = h.clusters();
        assertThat(badges).as("cluster badges").isNotEmpty();
        int clustered = badges.stream().mapToInt(b -> badgeCount(h.badgeText(b))).sum();
        assertThat(badges).allSatisfy(b -> assertThat(badgeCount(h.badgeText(b))).as("the badge shows its count")
                .isEqualTo(((Cluster) b.getUserData()).count()));
        Set<String> placed = h.markers().stream().map(TimelineViewTest::id).collect(Collectors.toSet());
        TimeRange visible = h.scale().visible();
        long inRange = events.stream().map(e -> TimelineItem.of(e, 0))
                .filter(i -> visible.overlaps(i.start(), i.end())).count();
        assertThat(inRange).isEqualTo(30);
        assertThat(clustered + placed.size()).isEqualTo((int) inRange);
        assertThat(placed).allMatch(id -> id.startsWith("same-day-"));
        // what is drawn is what the layout says
        assertThat(h.layout().clustered()).isEqualTo(clustered);
        assertThat(h.layout().placed()).isEqualTo(placed.size());
    }

    // ------------------------------------------------------------------ lanes

    @Test
    void laneModeChangesTheLanesOnePerUsedTypeOrOneForAll() {
        Set<String> usedTypes = CURATED.events().stream().map(Event::typeId).collect(Collectors.toSet());
        assertThat(usedTypes.size()).isLessThan(CURATED.types().size()); // one type has no event
        h.fx(() -> h.view.setLaneMode(LaneMode.BY_TYPE));
        assertThat(h.layout().lanes()).hasSize(usedTypes.size());
        assertThat(h.layout().lanes().stream().map(l -> l.lane().key()).collect(Collectors.toSet())).isEqualTo(usedTypes);
        assertThat(h.laneHeaders()).hasSize(usedTypes.size());

        h.fx(() -> h.view.setLaneMode(LaneMode.SINGLE));
        assertThat(h.layout().lanes()).hasSize(1);
        assertThat(h.layout().lanes().get(0).lane().key()).isEqualTo("all");
        assertThat(h.layout().inRange()).isEqualTo(CURATED.events().size());

        h.fx(() -> h.view.setLaneMode(LaneMode.BY_TYPE));
        assertThat(h.layout().lanes()).hasSize(usedTypes.size());
    }

    @Test
    void aCollapsedLaneKeepsItsMarkersButDrawsNoLabels() {
        String lane = "official-visit";
        assertThat(h.labels().stream().map(TimelineViewTest::typeOf)).contains(lane);
        h.fx(() -> h.view.getCollapsedLanes().add(lane));
        LaneLayout laid = h.layout().lanes().stream().filter(l -> l.lane().key().equals(lane)).findFirst().orElseThrow();
        assertThat(laid.collapsed()).isTrue();
        assertThat(laid.rows()).isLessThanOrEqualTo(2);
        assertThat(h.labels().stream().map(TimelineViewTest::typeOf)).doesNotContain(lane);
        assertThat(h.markers().stream().map(TimelineViewTest::typeOf)).contains(lane);
        h.fx(() -> h.view.getCollapsedLanes().remove(lane));
        assertThat(h.labels().stream().map(TimelineViewTest::typeOf)).contains(lane);
    }

    // ------------------------------------------------------------------ labels

    @Test
    void labelsNeverOverlapOnScreenAndStayInsideTheBodyInBothDirections() {
        for (NodeOrientation orientation : List.of(NodeOrientation.LEFT_TO_RIGHT, NodeOrientation.RIGHT_TO_LEFT)) {
            h.orient(orientation);
            for (TimeRange range : zoomLevels(h)) {
                h.fx(() -> h.view.zoomTo(range));
                assertLabelsApart(h, orientation + " " + range.startDate() + ".." + range.endDate());
                assertLabelsInsideBody(h, orientation + " " + range.startDate() + ".." + range.endDate());
            }
        }
    }

    @Test
    void labelsNeverOverlapOnScreenForADenseCatalogueInBothDirections() {
        h.fx(() -> h.view.setData(dense()));
        for (NodeOrientation orientation : List.of(NodeOrientation.LEFT_TO_RIGHT, NodeOrientation.RIGHT_TO_LEFT)) {
            h.orient(orientation);
            int shown = 0;
            for (TimeRange range : denseZoomLevels()) {
                h.fx(() -> h.view.zoomTo(range));
                shown += h.labels().size();
                assertLabelsApart(h, orientation + " " + range.startDate() + ".." + range.endDate());
            }
            assertThat(shown).as("labels checked").isGreaterThan(40);
        }
    }

    @Test
    void labelsOfADenseCatalogueStayInsideTheBodyInBothDirections() {
        h.fx(() -> h.view.setData(dense()));
        for (NodeOrientation orientation : List.of(NodeOrientation.LEFT_TO_RIGHT, NodeOrientation.RIGHT_TO_LEFT)) {
            h.orient(orientation);
            for (TimeRange range : denseZoomLevels()) {
                h.fx(() -> h.view.zoomTo(range));
                assertLabelsInsideBody(h, orientation + " " + range.startDate() + ".." + range.endDate());
            }
        }
    }

    @Test
    void theLabelOfADayPartlyOnScreenIsNotCutAtTheStartEdge() {
        Event visit = event("visit", "official-visit", "2010-03-15", "A visit on the fifteenth of March");
        double day = day("2010-03-15");
        h.fx(() -> {
            h.view.setData(TimelineData.of(List.of(visit), CURATED.types(), CURATED.countries(), List.of()));
            h.view.zoomTo(new TimeRange(day + 0.7, day + 0.7 + TimeScale.MIN_SPAN_DAYS));
        });
        for (NodeOrientation orientation : List.of(NodeOrientation.LEFT_TO_RIGHT, NodeOrientation.RIGHT_TO_LEFT)) {
            h.orient(orientation);
            assertLabelsInsideBody(h, orientation + " at the closest zoom");
        }
    }

    private List<TimeRange> denseZoomLevels() {
        return List.of(h.onFx(h.view::fitRange), range("2003-01-01", "2006-12-31"), range("2004-01-01", "2004-12-31"),
                range("2004-05-01", "2004-07-31"));
    }

    /** 150 events of three types over ten years, on irregular days, with short and long titles. */
    static TimelineData dense() {
        java.util.Random random = new java.util.Random(1993);
        List<String> types = List.of("official-visit", "state-visit", "agreement-signed");
        String[] words = {"زيارة", "رسمية", "إلى", "الدوحة", "أستانا", "توقيع", "مذكرة", "تفاهم", "في", "مجال", "الطاقة"};
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            LocalDate date = LocalDate.parse("2000-01-01").plusDays(random.nextInt(3650));
            StringBuilder ar = new StringBuilder();
            StringBuilder en = new StringBuilder("Event " + i);
            for (int w = 0, n = 1 + random.nextInt(6); w < n; w++) {
                ar.append(w == 0 ? "" : " ").append(words[random.nextInt(words.length)]);
                en.append(" visit");
            }
            events.add(new Event("dense-" + i, types.get(random.nextInt(types.size())), EventDate.parse(date.toString()),
                    null, LocalizedText.of(ar + " " + i, en.toString()), LocalizedText.EMPTY, List.of("QA", "KZ"), null,
                    List.of(), List.of(), 1, Instant.parse("2026-01-01T00:00:00Z")));
        }
        return TimelineData.of(events, CURATED.types(), CURATED.countries(), List.of());
    }

    @Test
    void theSelectedLabelStaysInTheSpaceTheLayoutGaveIt() {
        for (NodeOrientation orientation : List.of(NodeOrientation.LEFT_TO_RIGHT, NodeOrientation.RIGHT_TO_LEFT)) {
            h.orient(orientation);
            for (Event e : CURATED.events()) {
                h.fx(() -> {
                    h.view.zoomToFit();
                    h.view.setSelectedEvent(e);
                });
                Text label = h.label(e.id());
                if (label == null) {
                    continue; // clustered at this zoom
                }
                PlacedItem placed = h.placed(e.id());
                assertThat(label.getLayoutBounds().getWidth())
                        .as("%s: width of the selected label «%s»", orientation, label.getText())
                        .isLessThanOrEqualTo(placed.labelWidth() + 0.5);
                assertLabelsApart(h, orientation + " with " + e.id() + " selected");
                assertLabelsInsideBody(h, orientation + " with " + e.id() + " selected");
            }
        }
    }

    @Test
    void aSelectedLabelDoesNotRunIntoTheNextEventOfItsRow() {
        Event a = event("a", "official-visit", "2010-03-01", "The emir receives the delegation of the joint committee");
        TimeRange view = range("2010-02-25", "2010-06-04");
        h.fx(() -> {
            h.view.setData(TimelineData.of(List.of(a), CURATED.types(), CURATED.countries(), List.of()));
            h.view.zoomTo(view);
        });
        // the next event just far enough to share the row: its marker starts one gap after the label ends
        PlacedItem pa = h.placed("a");
        TimeScale scale = h.scale();
        double markerStart = pa.extentEnd() + LayoutOptions.DEFAULT.itemGap();
        long nextDay = (long) Math.ceil(scale.day(markerStart + h.view.getMarkerSize() / 2) - 0.5);
        Event b = event("b", "official-visit", LocalDate.ofEpochDay(nextDay).toString(), "A second visit");
        h.fx(() -> {
            h.view.setData(TimelineData.of(List.of(a, b), CURATED.types(), CURATED.countries(), List.of()));
            h.view.zoomTo(view);
            h.view.setSelectedEvent(a);
        });
        assertThat(h.placed("b").row()).as("both in one row").isEqualTo(h.placed("a").row());
        Bounds label = h.sceneBounds(h.label("a"));
        Bounds next = h.sceneBounds(h.marker("b"));
        assertThat(label.getMaxX()).as("end of the selected label «%s»", h.label("a").getText())
                .isLessThanOrEqualTo(next.getMinX() + 0.5);
    }

    // ------------------------------------------------------------------ direction of time

    @Test
    void timeRunsWithTheLanguageAndTheTimeDirectionOverridesIt() {
        h.orient(NodeOrientation.LEFT_TO_RIGHT);
        assertThat(h.view.isTimeRightToLeft()).isFalse();
        assertThat(h.markerCentre(FIRST_ID).getX()).as("English: earliest at the left")
                .isLessThan(h.markerCentre(LAST_ID).getX() - 200);

        h.orient(NodeOrientation.RIGHT_TO_LEFT);
        assertThat(h.view.isTimeRightToLeft()).isTrue();
        assertThat(h.markerCentre(FIRST_ID).getX()).as("Arabic: earliest at the right")
                .isGreaterThan(h.markerCentre(LAST_ID).getX() + 200);

        h.fx(() -> h.view.setTimeDirection(TimeDirection.LEFT_TO_RIGHT));
        assertThat(h.view.isTimeRightToLeft()).isFalse();
        assertThat(h.markerCentre(FIRST_ID).getX()).as("Arabic, left to right: earliest at the left")
                .isLessThan(h.markerCentre(LAST_ID).getX() - 200);

        h.orient(NodeOrientation.LEFT_TO_RIGHT);
        h.fx(() -> h.view.setTimeDirection(TimeDirection.RIGHT_TO_LEFT));
        assertThat(h.view.isTimeRightToLeft()).isTrue();
        assertThat(h.markerCentre(FIRST_ID).getX()).as("English, right to left: earliest at the right")
                .isGreaterThan(h.markerCentre(LAST_ID).getX() + 200);

        h.fx(() -> h.view.setTimeDirection(TimeDirection.FOLLOW_LANGUAGE));
        assertThat(h.markerCentre(FIRST_ID).getX()).isLessThan(h.markerCentre(LAST_ID).getX() - 200);
    }

    @Test
    void theLaneNamesSitAtTheStartEdgeOfTime() {
        h.orient(NodeOrientation.LEFT_TO_RIGHT);
        Bounds gutter = h.sceneBounds(h.gutter());
        assertThat(gutter.getMaxX()).isLessThanOrEqualTo(h.sceneBounds(h.body()).getMinX() + 0.5);
        h.orient(NodeOrientation.RIGHT_TO_LEFT);
        gutter = h.sceneBounds(h.gutter());
        assertThat(gutter.getMinX()).isGreaterThanOrEqualTo(h.sceneBounds(h.body()).getMaxX() - 0.5);
    }

    // ------------------------------------------------------------------ data arriving later

    @Test
    void dataArrivingAfterTheTimelineIsShownIsShownWhole() {
        // as in the main window: the timeline is shown empty, and the events arrive once read
        Harness empty = h.onFx(() -> Harness.show(h.stage, TimelineData.EMPTY, NodeOrientation.RIGHT_TO_LEFT, 1200, 760));
        empty.settle();
        empty.fx(() -> empty.view.setData(curated()));
        assertThat(empty.layout().inRange()).isEqualTo(CURATED.events().size());
        assertThat(empty.view.getVisibleRange()).isEqualTo(empty.onFx(empty.view::fitRange));
    }

    @Test
    void inTheMainWindowTheTimelineAndTheListShareTheSelection(FxRobot robot, @TempDir Path dir) throws Exception {
        UiPreferences preferences = UiPreferences.forUser();
        preferences.clear();
        CatalogueStore store = Catalogues.open(dir.resolve(UUID.randomUUID() + ".db"));
        try {
            MainWindow[] window = new MainWindow[1];
            h.fx(() -> {
                window[0] = new MainWindow(h.stage, store, new SynchronousTaskRunner(), preferences);
                window[0].show();
            });
            TimelineView timeline = window[0].timeline();
            ListView<Event> list = robot.lookup("#event-list").queryListView();
            Harness main = Harness.around(h.stage, timeline);
            main.fx(() -> timeline.setAnimated(false));

            // the list's selection (the first event) is the timeline's, and is on screen
            assertThat(timeline.getSelectedEvent()).isEqualTo(list.getSelectionModel().getSelectedItem());
            assertInsideBody(main, timeline.getSelectedEvent().id(), "selected in the list");

            // choosing another row moves the timeline to it
            main.fx(() -> list.getSelectionModel().select(list.getItems().size() - 1));
            assertThat(timeline.getSelectedEvent().id()).isEqualTo(LAST_ID);
            assertInsideBody(main, LAST_ID, "chosen in the list");

            // choosing an event on the timeline selects its row
            main.fx(timeline::selectFirst);
            assertThat(list.getSelectionModel().getSelectedItem().id()).isEqualTo(FIRST_ID);
        } finally {
            store.close();
            preferences.clear();
        }
    }

    // ------------------------------------------------------------------ shared checks

    static void assertInsideBody(Harness h, String eventId, String what) {
        Node marker = h.marker(eventId);
        assertThat(marker).as("%s: %s has a marker (is placed, on screen)", what, eventId).isNotNull();
        Bounds body = h.sceneBounds(h.body());
        Bounds b = h.sceneBounds(marker);
        assertThat(b.getCenterX()).as("%s: %s inside the body", what, eventId)
                .isBetween(body.getMinX(), body.getMaxX());
    }

    /** No two event labels on screen intersect (by more than half a pixel), in scene coordinates. */
    static void assertLabelsApart(Harness h, String what) {
        List<Text> labels = h.labels();
        List<Bounds> bounds = labels.stream().map(h::sceneBounds).toList();
        for (int i = 0; i < labels.size(); i++) {
            Bounds a = bounds.get(i);
            for (int j = i + 1; j < labels.size(); j++) {
                Bounds b = bounds.get(j);
                boolean overlap = a.getMinX() < b.getMaxX() - 0.5 && b.getMinX() < a.getMaxX() - 0.5
                        && a.getMinY() < b.getMaxY() - 0.5 && b.getMinY() < a.getMaxY() - 0.5;
                assertThat(overlap).as("%s: «%s» %s overlaps «%s» %s", what, labels.get(i).getText(), a,
                        labels.get(j).getText(), b).isFalse();
            }
        }
    }

    /** Every event label on screen lies within the body horizontally: none is cut by the body's edges. */
    static void assertLabelsInsideBody(Harness h, String what) {
        Bounds body = h.sceneBounds(h.body());
        for (Text label : h.labels()) {
            Bounds b = h.sceneBounds(label);
            assertThat(b.getMinX()).as("%s: «%s» starts inside the body", what, label.getText())
                    .isGreaterThanOrEqualTo(body.getMinX() - 0.5);
            assertThat(b.getMaxX()).as("%s: «%s» ends inside the body", what, label.getText())
                    .isLessThanOrEqualTo(body.getMaxX() + 0.5);
        }
    }

    /** The whole timeline, then closer and closer views around the busiest year, and one at the start. */
    static List<TimeRange> zoomLevels(Harness h) {
        TimeRange fit = h.onFx(h.view::fitRange);
        return List.of(fit,
                range("2005-01-01", "2024-12-31"),
                range("2013-01-01", "2024-06-30"),
                range("2021-06-01", "2023-12-31"),
                range("2022-03-01", "2023-09-30"),
                range("2022-09-01", "2022-11-30"),
                range("1992-01-01", "2001-12-31"));
    }

    // ------------------------------------------------------------------ data helpers

    static TimelineData curated() {
        return TimelineData.of(CURATED.events(), CURATED.types(), CURATED.countries(), CURATED.periods());
    }

    static Event event(String id) {
        return CURATED.events().stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow();
    }

    static Event event(String id, String type, String date, String title) {
        return new Event(id, type, EventDate.parse(date), null, LocalizedText.of("حدث " + title, title),
                LocalizedText.EMPTY, List.of("QA", "KZ"), null, List.of(), List.of(), 1,
                Instant.parse("2026-01-01T00:00:00Z"));
    }

    static double day(String iso) {
        return LocalDate.parse(iso).toEpochDay();
    }

    static TimeRange range(String first, String lastInclusive) {
        return TimeRange.of(LocalDate.parse(first), LocalDate.parse(lastInclusive));
    }

    static String id(Node node) {
        return ((TimelineItem) node.getUserData()).id();
    }

    static String typeOf(Node node) {
        return ((TimelineItem) node.getUserData()).event().typeId();
    }

    /** "+12" on a badge: the number of events it stands for. */
    static int badgeCount(String text) {
        return Integer.parseInt(text.replace("+", "").trim());
    }

    // ------------------------------------------------------------------ the scene

    /** A timeline in a stage, with helpers that run on the FX thread and settle the layout. */
    static final class Harness {

        final Stage stage;
        final Pane root;
        final TimelineView view;

        private Harness(Stage stage, Pane root, TimelineView view) {
            this.stage = stage;
            this.root = root;
            this.view = view;
        }

        /** Shows a timeline filling a window of this size, its root in this orientation. Call on the FX thread. */
        static Harness show(Stage stage, TimelineData data, NodeOrientation orientation, double width, double height) {
            TimelineView view = new TimelineView();
            view.setAnimated(false);
            view.setData(data);
            StackPane root = new StackPane(view);
            Scene scene = new Scene(root, width, height);
            Styles.applyTo(scene);
            stage.setScene(scene);
            stage.sizeToScene(); // an earlier test may have sized the shared stage by hand
            Harness h = new Harness(stage, root, view);
            h.applyOrientation(orientation);
            stage.show();
            view.requestFocus();
            root.applyCss();
            root.layout();
            root.layout();
            return h;
        }

        /** A harness for a timeline that something else put in the stage (the main window). */
        static Harness around(Stage stage, TimelineView view) {
            Harness h = new Harness(stage, (Pane) stage.getScene().getRoot(), view);
            h.settle();
            return h;
        }

        private void applyOrientation(NodeOrientation orientation) {
            root.setNodeOrientation(orientation);
            view.setLanguage(orientation == NodeOrientation.RIGHT_TO_LEFT ? Language.AR : Language.EN);
        }

        /** Mirrors the scene as the language does (Arabic right to left, English left to right). */
        void orient(NodeOrientation orientation) {
            fx(() -> {
                view.setTimeDirection(TimeDirection.FOLLOW_LANGUAGE);
                applyOrientation(orientation);
            });
        }

        TimelineSkin skin() {
            return (TimelineSkin) view.getSkin();
        }

        TimeScale scale() {
            return skin().scale();
        }

        TimelineLayout layout() {
            return skin().lastLayout();
        }

        /** Runs work on the FX thread, then lays the scene out (twice: a clamped range asks again). */
        void fx(Runnable work) {
            onFx(() -> {
                work.run();
                return null;
            });
            settle();
        }

        void settle() {
            onFx(() -> {
                layoutNow();
                return null;
            });
            WaitForAsyncUtils.waitForFxEvents();
        }

        /** Lays the scene out now, as a frame would. On the FX thread. */
        void layoutNow() {
            root.applyCss();
            root.layout();
            root.applyCss();
            root.layout();
        }

        /** Does something a number of times, each followed by a frame (a layout pass), as a user would. */
        void repeat(int times, Runnable work) {
            onFx(() -> {
                for (int i = 0; i < times; i++) {
                    work.run();
                    layoutNow();
                }
                return null;
            });
            settle();
        }

        <T> T onFx(Callable<T> work) {
            try {
                return WaitForAsyncUtils.asyncFx(work).get();
            } catch (java.util.concurrent.ExecutionException e) {
                if (e.getCause() instanceof RuntimeException re) {
                    throw re;
                }
                if (e.getCause() instanceof Error err) {
                    throw err;
                }
                throw new IllegalStateException(e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        Pane body() {
            return (Pane) view.lookup(".timeline-body");
        }

        Pane gutter() {
            return (Pane) view.lookup(".timeline-gutter");
        }

        Pane overview() {
            return (Pane) view.lookup(".timeline-overview");
        }

        Bounds sceneBounds(Node node) {
            return onFx(() -> node.localToScene(node.getBoundsInLocal()));
        }

        Bounds screenBounds(Node node) {
            return onFx(() -> node.localToScreen(node.getBoundsInLocal()));
        }

        /** A point at a distance from the start edge of time (logical x) in the body, on the screen. */
        Point2D bodyPointOnScreen(double logicalX, double y) {
            return onFx(() -> body().localToScreen(logicalX, y));
        }

        /** The logical x (distance from the start edge of time) of a point of the screen. */
        double logicalX(Point2D screen) {
            return onFx(() -> body().screenToLocal(screen).getX());
        }

        <T extends Node> List<T> visible(String selector, Class<T> type) {
            return onFx(() -> view.lookupAll(selector).stream()
                    .filter(type::isInstance).map(type::cast)
                    .filter(Node::isVisible)
                    .toList());
        }

        /** The event labels on screen, each with its item. */
        List<Text> labels() {
            return visible(".event-label", Text.class).stream()
                    .filter(t -> t.getUserData() instanceof TimelineItem)
                    .sorted(Comparator.comparing(TimelineViewTest::id))
                    .toList();
        }

        List<Node> markers() {
            return visible(".event-marker", Node.class).stream()
                    .filter(t -> t.getUserData() instanceof TimelineItem).toList();
        }

        /** The cluster badges on screen (whatever node draws them), each with its {@link Cluster}. */
        List<Node> clusters() {
            return visible(".cluster", Node.class).stream().filter(l -> l.getUserData() instanceof Cluster).toList();
        }

        /** The text a badge shows: a Labeled's, or its first Text's. */
        String badgeText(Node badge) {
            return onFx(() -> {
                if (badge instanceof javafx.scene.control.Labeled labeled) {
                    return labeled.getText();
                }
                return badge.lookupAll("*").stream().filter(n -> n instanceof Text).map(n -> ((Text) n).getText())
                        .findFirst().orElseThrow(() -> new AssertionError("a badge without text: " + badge));
            });
        }

        List<Label> laneHeaders() {
            return onFx(() -> gutter().lookupAll(".lane-header").stream()
                    .filter(n -> n instanceof Label && n.isVisible() && n.getUserData() instanceof String)
                    .map(n -> (Label) n).toList());
        }

        Node marker(String eventId) {
            return markers().stream().filter(m -> id(m).equals(eventId)).findFirst().orElse(null);
        }

        Text label(String eventId) {
            return labels().stream().filter(m -> id(m).equals(eventId)).findFirst().orElse(null);
        }

        PlacedItem placed(String eventId) {
            return layout().lanes().stream().flatMap(l -> l.items().stream())
                    .filter(p -> p.item().id().equals(eventId)).findFirst().orElse(null);
        }

        Point2D markerCentre(String eventId) {
            Node marker = marker(eventId);
            assertThat(marker).as("a marker for %s", eventId).isNotNull();
            Bounds b = sceneBounds(marker);
            return new Point2D(b.getCenterX(), b.getCenterY());
        }
    }
}
