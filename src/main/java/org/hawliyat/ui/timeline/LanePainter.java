package org.hawliyat.ui.timeline;

import static org.hawliyat.ui.timeline.TimelineNodes.bind;
import static org.hawliyat.ui.timeline.TimelineNodes.probe;
import static org.hawliyat.ui.timeline.TimelineNodes.region;
import static org.hawliyat.ui.timeline.TimelineNodes.setOnly;
import static org.hawliyat.ui.timeline.TimelineNodes.setText;
import static org.hawliyat.ui.timeline.TimelineNodes.setTooltip;
import static org.hawliyat.ui.timeline.TimelineNodes.text;
import static org.hawliyat.ui.timeline.TimelineNodes.typeClass;
import static org.hawliyat.ui.timeline.TimelineNodes.withTooltip;

import java.util.List;
import java.util.Set;
import javafx.geometry.NodeOrientation;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Text;
import org.hawliyat.ui.text.Orientations;
import org.hawliyat.model.Event;
import org.hawliyat.timeline.Lane;
import org.hawliyat.timeline.LaneFit;
import org.hawliyat.timeline.LaneMode;
import org.hawliyat.timeline.LayoutOptions;
import org.hawliyat.timeline.SpanKind;
import org.hawliyat.timeline.TimeScale;
import org.hawliyat.timeline.TimelineData;
import org.hawliyat.timeline.TimelineItem;
import org.hawliyat.timeline.TimelineLayout;
import org.hawliyat.timeline.TimelineLayout.Cluster;
import org.hawliyat.timeline.TimelineLayout.LaneLayout;
import org.hawliyat.timeline.TimelineLayout.PlacedItem;
import org.hawliyat.timeline.TimelineLayoutEngine;

/**
 * Paints the lanes: their bands and names (in the gutter at the start edge), and their events
 * as the {@link TimelineLayoutEngine} packed them: spans, marker pictures, labels and cluster
 * badges, with the focus ring around the selected event. Sizes other than the row height and
 * marker size are shares of them, so that the lanes grow with the text.
 */
final class LanePainter {

    /** Rows of labelled events per lane when there is room; fewer when the lanes must share the height. */
    static final int MAX_ITEM_ROWS = 4;
    /**
     * The same for a single lane (the presentation's timeline): with no other lanes to share the
     * height, events close in time each keep their label while there is room.
     */
    static final int MAX_SINGLE_LANE_ROWS = 8;
    /** Cluster badges and lane names, as a share of the row (18 of 26 px). */
    private static final double BADGE_SHARE = 18.0 / 26;
    /** A span's thickness, as a share of the marker (10 of 12 px). */
    private static final double SPAN_SHARE = 10.0 / 12;

    private final TimelineView view;
    private final EventTexts texts;
    private final MarkerStamps stamps;
    private final TimelineLayoutEngine engine = new TimelineLayoutEngine();
    private final LabelMeasurer measurer = new LabelMeasurer();

    private final NodePool<Region> laneBands;
    private final NodePool<Region> gutterBands;
    private final NodePool<Label> laneHeaders;
    private final NodePool<Region> spans;
    private final NodePool<ImageView> markers;
    private final NodePool<Text> labels;
    private final NodePool<StackPane> clusters;
    /** Measures lane names as their headers show them. */
    private final Label headerProbe = probe(laneHeader());
    /** Lends the event labels' font to the measurer. */
    private final Text fontProbe = probe(text("event-label"));
    private final Region focusRing;
    private final Focus focus = new Focus();

    private TimelineLayout lastLayout;
    private LaneFit lastFit;
    private long lastLayoutNanos;
    private double widestLaneName;
    private Object widestLaneNameFor;

    LanePainter(TimelineView view, EventTexts texts, MarkerStamps stamps, Body body, Pane gutter, Region focusRing) {
        this.view = view;
        this.texts = texts;
        this.stamps = stamps;
        this.focusRing = focusRing;
        laneBands = new NodePool<>(body.lanes(), () -> region("lane-band"));
        gutterBands = new NodePool<>(gutter, () -> region("lane-band"));
        laneHeaders = new NodePool<>(gutter, LanePainter::laneHeader);
        spans = new NodePool<>(body.spans(), () -> withTooltip(region("event-span")));
        markers = new NodePool<>(body.markers(), () -> withTooltip(markerView()));
        labels = new NodePool<>(body.labels(), () -> withTooltip(text("event-label")), 300);
        clusters = new NodePool<>(body.labels(), () -> withTooltip(clusterBadge()));
        body.labels().getChildren().add(fontProbe);
        gutter.getChildren().add(headerProbe);
    }

    /** The layers of the body the lanes are painted in, back to front. */
    record Body(Pane lanes, Pane spans, Pane markers, Pane labels) {
    }

    TimelineLayout lastLayout() {
        return lastLayout;
    }

    /** How the last layout shares the height, or {@code null} before the first. */
    LaneFit lastFit() {
        return lastFit;
    }

    long lastLayoutNanos() {
        return lastLayoutNanos;
    }

    /** Wide enough for the longest lane name, within limits; none for a single lane. */
    double gutterWidth(TimelineData data, double w) {
        if (view.getLaneMode() == LaneMode.SINGLE) {
            return 0;
        }
        // measuring the names lays out their text: once per set of lanes, language and font, not per frame
        List<Object> names = List.of(data, view.getLaneMode(), view.getLanguage(), view.getMessages(),
                headerProbe.getFont());
        if (!names.equals(widestLaneNameFor)) {
            widestLaneName = 0;
            for (Lane lane : data.lanes(view.getLaneMode())) {
                headerProbe.setText("▾ " + texts.laneName(lane.key(), lane.label().in(view.getLanguage())));
                widestLaneName = Math.max(widestLaneName, headerProbe.prefWidth(-1));
            }
            widestLaneNameFor = names;
        }
        return Math.min(Math.max(widestLaneName + 8, 90), Math.min(260, w / 4));
    }

    /**
     * Packs the events and decides how the lanes share the height: how many rows of labels a lane
     * gets and how tall a row is; {@link #paint} then draws this layout.
     *
     * @param comfortableRow the row height when there is room ({@code -tl-row-height})
     * @param leastRow       the least row height before the lanes scroll ({@code -tl-min-row-height})
     * @param marker         the markers' size ({@code -tl-marker-size})
     */
    LaneFit fit(TimelineData data, TimeScale scale, double bodyHeight, double comfortableRow, double leastRow,
                double marker) {
        measurer.setFont(fontProbe.getFont());
        long started = System.nanoTime();
        LayoutOptions options = LayoutOptions.DEFAULT.withCollapsed(Set.copyOf(view.getCollapsedLanes()))
                .withMarkerSize(marker);
        String selectedId = view.getSelectedEvent() == null ? null : view.getSelectedEvent().id();
        int maxRows = view.getLaneMode() == LaneMode.SINGLE ? MAX_SINGLE_LANE_ROWS : MAX_ITEM_ROWS;
        LayoutOptions most = options.withItemRows(maxRows);
        TimelineLayoutEngine.LabelWidths widths = item -> measurer.width(texts.title(item));
        TimelineLayout full = engine.layout(data, view.getLaneMode(), scale, most, widths, selectedId);
        LaneFit laneFit = LaneFit.choose(rows -> totalRows(rows == maxRows ? full
                : engine.withItemRows(full, rows, most)), maxRows, bodyHeight, comfortableRow, leastRow);
        lastLayout = laneFit.itemRows() == maxRows ? full
                : engine.withItemRows(full, laneFit.itemRows(), most, data, widths, selectedId);
        lastFit = laneFit;
        lastLayoutNanos = System.nanoTime() - started;
        return laneFit;
    }

    private static int totalRows(TimelineLayout layout) {
        return layout.lanes().stream().mapToInt(LaneLayout::rows).sum();
    }

    /**
     * Where the selected event's row and its lane are in the lanes' own coordinates (top of the
     * first lane = 0): {@code {rowTop, rowBottom, laneTop, laneBottom}}, or {@code null} when it is
     * not drawn.
     */
    double[] selectedBand() {
        Event selected = view.getSelectedEvent();
        if (selected == null || lastLayout == null) {
            return null;
        }
        double row = lastFit.rowHeight();
        double laneY = 0;
        for (LaneLayout lane : lastLayout.lanes()) {
            for (PlacedItem p : lane.items()) {
                if (p.item().id().equals(selected.id())) {
                    double top = laneY + p.row() * row;
                    return new double[] {top, top + row, laneY, laneY + lane.rows() * row};
                }
            }
            laneY += lane.rows() * row;
        }
        return null;
    }

    /**
     * Paints the lanes as {@link #fit} laid them out.
     *
     * @param offset how far the lanes are scrolled down
     */
    void paint(TimelineData data, TimeScale scale, double gutterWidth, double bodyHeight, double offset,
               double comfortableRow, double marker) {
        TimelineLayout layout = lastLayout;
        double row = lastFit.rowHeight();
        // badges and lane names are a share of the comfortable row, and never taller than a row
        double badge = Math.min(comfortableRow * BADGE_SHARE, row - 2);
        double w = scale.width();

        Event selected = view.getSelectedEvent();
        Set<String> matching = view.getMatchingEvents();
        focus.shown = false;
        laneBands.begin();
        gutterBands.begin();
        laneHeaders.begin();
        spans.begin();
        markers.begin();
        labels.begin();
        clusters.begin();
        double laneY = -offset;
        int laneIndex = 0;
        for (LaneLayout lane : layout.lanes()) {
            double laneHeight = lane.rows() * row;
            // every lane is painted, also those scrolled out of view (the body clips them): their
            // markers' pictures are then drawn with the first frame, as when every lane shows
            paintBand(lane, laneIndex, laneY, laneHeight, w, gutterWidth, row, badge);
            for (PlacedItem p : lane.items()) {
                TimelineItem item = p.item();
                boolean isSelected = selected != null && selected.id().equals(item.id());
                boolean dimmed = matching != null && !matching.contains(item.id());
                double rowCenter = laneY + p.row() * row + row / 2;
                paintItem(data, p, rowCenter, w, marker, isSelected, dimmed, focus);
            }
            for (Cluster c : lane.clusters()) {
                paintCluster(c, laneY + c.row() * row + row / 2, badge);
            }
            laneY += laneHeight;
            laneIndex++;
        }
        // the space below the last lane, in the body and beside it (each pixel painted once)
        double restY = Math.max(0, laneY);
        Region rest = laneBands.next();
        setOnly(rest, "lane-rest");
        rest.resizeRelocate(0, restY, w, Math.max(0, bodyHeight - restY));
        Region gutterRest = gutterBands.next();
        setOnly(gutterRest, "lane-rest");
        gutterRest.resizeRelocate(0, restY, gutterWidth, Math.max(0, bodyHeight - restY));
        laneBands.end();
        gutterBands.end();
        laneHeaders.end();
        spans.end();
        markers.end();
        labels.end();
        clusters.end();

        boolean showFocus = focus.shown && view.isFocused();
        focusRing.setVisible(showFocus);
        if (showFocus) {
            // around the marker and the whole label as drawn, never through its text
            double height = Math.max(row - 2, focus.height + 4);
            focusRing.resizeRelocate(focus.start - 4, focus.y - height / 2, focus.end - focus.start + 8, height);
        }
        view.setAccessibleText(selected == null ? null : texts.tooltip(data.item(selected.id()).orElse(null)));
    }

    private void paintBand(LaneLayout lane, int laneIndex, double laneY, double laneHeight, double w,
                           double gutterWidth, double row, double headerHeight) {
        String parity = laneIndex % 2 == 0 ? "even" : "odd";
        Region band = laneBands.next();
        setOnly(band, "lane-band", parity);
        band.resizeRelocate(0, laneY, w, laneHeight);
        Region gutterBand = gutterBands.next();
        setOnly(gutterBand, "lane-band", parity);
        gutterBand.resizeRelocate(0, laneY, gutterWidth, laneHeight);

        Label header = laneHeaders.next();
        NodeOrientation window = view.getLanguage().isRightToLeft() ? NodeOrientation.RIGHT_TO_LEFT
                : NodeOrientation.LEFT_TO_RIGHT;
        String name = texts.laneName(lane.lane().key(), lane.lane().label().in(view.getLanguage()));
        boolean englishInArabic = window == NodeOrientation.RIGHT_TO_LEFT
                && Orientations.of(name, window) == NodeOrientation.LEFT_TO_RIGHT;
        // an English name in an Arabic window is cut with the ellipsis at its own end, not across the line
        // (the left-to-right mark draws as nothing; its right-to-left twin would draw as a box)
        header.setText((view.isPrinted() ? "" : lane.collapsed() ? "▸ " : "▾ ") + (englishInArabic ? "\u200E" + name : name));
        header.setEllipsisString(englishInArabic ? "…\u200E" : "…");
        header.setUserData(lane.lane().key());
        header.pseudoClassStateChanged(TimelineNodes.COLLAPSED, lane.collapsed());
        header.setAccessibleText(header.getText());
        header.resizeRelocate(2, laneY + (row - headerHeight) / 2, Math.max(0, gutterWidth - 4), headerHeight);
    }

    private void paintItem(TimelineData data, PlacedItem p, double rowCenter, double w, double marker,
                           boolean isSelected, boolean dimmed, Focus focus) {
        TimelineItem item = p.item();
        String typeClass = typeClass(data.typeIndex(item.event().typeId()));
        String tip = texts.tooltip(item);
        if (item.kind() != SpanKind.POINT) {
            Region span = spans.next(item);
            setOnly(span, "event-span", typeClass, item.kind() == SpanKind.BAR ? "bar" : "soft",
                    item.approximate() ? "approximate" : "exact");
            double sx0 = Math.max(-20, p.x0());
            double sx1 = Math.min(w + 20, p.x1());
            double thickness = marker * SPAN_SHARE;
            span.resizeRelocate(sx0, rowCenter - thickness / 2, Math.max(2, sx1 - sx0), thickness);
            bind(span, item, tip, isSelected, dimmed);
        }
        ImageView markerView = markers.next(item);
        Image look = stamps.look(typeClass, item.approximate(), isSelected);
        if (markerView.getImage() != look) {
            markerView.setImage(look);
        }
        if (markerView.getFitWidth() != marker) {
            markerView.setFitWidth(marker);
            markerView.setFitHeight(marker);
        }
        // the engine placed the label beside this marker (the layout's marker size is this one)
        double mx = item.kind() == SpanKind.POINT ? p.x0() - marker / 2 : Math.max(p.x0(), 0);
        markerView.relocate(mx, rowCenter - marker / 2);
        if (!tip.equals(markerView.getAccessibleText())) {
            markerView.setAccessibleText(tip);
        }
        bind(markerView, item, tip, isSelected, dimmed);
        double labelStart = mx;
        double labelEnd = mx + marker;
        double labelHeight = marker;
        if (p.labelWidth() > 0) {
            Text label = labels.next(item);
            setText(label, measurer.fit(texts.title(item), p.labelWidth()));
            TimelineNodes.orient(label, view.getLanguage());
            label.relocate(p.labelX(), rowCenter - label.getLayoutBounds().getHeight() / 2);
            bind(label, item, tip, isSelected, dimmed);
            labelStart = p.labelX();
            labelEnd = p.labelX() + label.getLayoutBounds().getWidth();
            labelHeight = label.getLayoutBounds().getHeight();
        }
        if (isSelected) {
            focus.shown = true;
            focus.start = Math.min(Math.min(mx, p.extentStart()), labelStart);
            focus.end = Math.max(Math.max(p.extentEnd(), mx + marker), labelEnd);
            focus.y = rowCenter;
            focus.height = Math.max(labelHeight, marker);
        }
    }

    private void paintCluster(Cluster c, double rowCenter, double height) {
        StackPane badge = clusters.next();
        setText((Text) badge.getChildren().get(0), EventTexts.compactCount(c.count()));
        badge.setUserData(c);
        String about = texts.cluster(c.count());
        if (!about.equals(badge.getAccessibleText())) {
            setTooltip(badge, about);
            badge.setAccessibleText(about);
        }
        badge.resizeRelocate(c.x(), rowCenter - height / 2, c.width(), height);
    }

    /** Where the selected event was drawn, for the focus ring. */
    private static final class Focus {
        boolean shown;
        double start;
        double end;
        double y;
        double height;
    }

    private static Label laneHeader() {
        Label l = new Label();
        l.getStyleClass().add("lane-header");
        return l;
    }

    private static ImageView markerView() {
        ImageView view = new ImageView();
        view.getStyleClass().add("event-marker");
        view.setSmooth(true);
        return view;
    }

    /** A rounded badge with a count: a plain region and text, cheaper to relabel than a Label. */
    private static StackPane clusterBadge() {
        Text count = text("cluster-count");
        count.setNodeOrientation(NodeOrientation.LEFT_TO_RIGHT); // "+12" in both directions
        StackPane badge = new StackPane(count);
        badge.getStyleClass().add("cluster");
        return badge;
    }
}
