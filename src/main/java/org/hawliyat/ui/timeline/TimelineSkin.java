package org.hawliyat.ui.timeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javafx.animation.Interpolator;
import javafx.animation.KeyFrame;
import javafx.animation.KeyValue;
import javafx.animation.Timeline;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.collections.SetChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.SkinBase;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;
import javafx.scene.text.TextBoundsType;
import javafx.util.Duration;
import org.hawliyat.model.Event;
import org.hawliyat.model.EventType;
import org.hawliyat.model.Language;
import org.hawliyat.text.AxisLabels;
import org.hawliyat.text.DateWords;
import org.hawliyat.timeline.AxisTicks;
import org.hawliyat.timeline.DensityHistogram;
import org.hawliyat.timeline.HijriTicks;
import org.hawliyat.timeline.LayoutOptions;
import org.hawliyat.timeline.SpanKind;
import org.hawliyat.timeline.Tick;
import org.hawliyat.timeline.TimeRange;
import org.hawliyat.timeline.TimeScale;
import org.hawliyat.timeline.TimelineData;
import org.hawliyat.timeline.TimelineData.PeriodBand;
import org.hawliyat.timeline.TimelineItem;
import org.hawliyat.timeline.TimelineLayout;
import org.hawliyat.timeline.TimelineLayout.Cluster;
import org.hawliyat.timeline.TimelineLayout.LaneLayout;
import org.hawliyat.timeline.TimelineLayout.PlacedItem;
import org.hawliyat.timeline.TimelineLayoutEngine;
import org.hawliyat.timeline.TickGenerator;

/**
 * Draws a {@link TimelineView}: axis (with an optional Hijri row), period bands, lanes of events
 * packed by {@link TimelineLayoutEngine}, an overview strip and a legend. Every position is a
 * distance from the start edge in time order; the control's orientation mirrors it. Nodes are
 * pooled, so only what is visible exists, whatever the number of events.
 */
public class TimelineSkin extends SkinBase<TimelineView> {

    static final double AXIS_ROW = 21;
    static final double PERIOD_ROW = 18;
    static final double ROW = 26;
    static final double MIN_ROW = 19;
    /** The least a row can be and still show a marker and a line of label text. */
    static final double TIGHT_ROW = 14;
    /** Rows of labelled events per lane when there is room; fewer when the lanes must share the height. */
    static final int MAX_ITEM_ROWS = 4;
    static final double OVERVIEW = 38;
    static final double MARKER = 12;
    static final double CLUSTER_HEIGHT = 18;

    static final double SPAN_HEIGHT = 10;
    static final double MIN_TICK_SPACING = 64;
    private static final double EDGE_GRAB = 6;
    private static final int OVERVIEW_BINS = 160;
    private static final int PALETTE = 12;
    private static final Duration ZOOM_ANIMATION = Duration.millis(220);
    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    private static final PseudoClass COLLAPSED = PseudoClass.getPseudoClass("collapsed");
    /** An event that does not match the filters or search, drawn faintly (when they dim rather than hide). */
    private static final PseudoClass DIMMED = PseudoClass.getPseudoClass("dimmed");

    private final TickGenerator tickGenerator = new TickGenerator();
    private final HijriTicks hijriTicks = new HijriTicks();
    private final TimelineLayoutEngine engine = new TimelineLayoutEngine();
    private final LabelMeasurer measurer = new LabelMeasurer();

    // layers, back to front (the grid is drawn over the lanes' opaque bands)
    private final Pane axis = layer("timeline-axis");
    private final Pane periodStrip = layer("timeline-periods");
    private final Pane body = layer("timeline-body");
    private final Pane gridLayer = layer(null);
    private final Pane laneLayer = layer(null);
    private final Pane spanLayer = layer(null);
    private final Pane markerLayer = layer(null);
    private final Pane labelLayer = layer(null);
    private final Pane overlayLayer = layer(null);
    private final Pane overview = layer("timeline-overview");
    /** Lane names, at the start edge, beside the lanes. */
    private final Pane gutter = layer("timeline-gutter");
    /** Above the lane names, beside the axis. */
    private final Region corner = region("timeline-corner");
    private final FlowPane legend = new FlowPane();
    private final Label emptyState = new Label();
    private final Rectangle bodyClip = new Rectangle();
    private final Rectangle axisClip = new Rectangle();
    private final Rectangle periodClip = new Rectangle();
    private final Rectangle gutterClip = new Rectangle();

    // Ticks and grid lines are one-pixel regions, not Lines: a filled rectangle is copied straight
    // into the picture, where every Line would be stroked as a shape on every frame.
    private final NodePool<Region> minorTicks = new NodePool<>(axis, () -> region("minor-tick"));
    private final NodePool<Text> minorLabels = new NodePool<>(axis, () -> text("minor-label"));
    private final NodePool<Text> majorLabels = new NodePool<>(axis, () -> text("major-label"));
    private final NodePool<Region> hijriLines = new NodePool<>(axis, () -> region("hijri-tick"));
    private final NodePool<Text> hijriLabels = new NodePool<>(axis, () -> text("hijri-label"));
    private final NodePool<Region> periodBars = new NodePool<>(periodStrip, () -> region("period-bar"));
    private final NodePool<Text> periodLabels = new NodePool<>(periodStrip, () -> text("period-label"));
    private final NodePool<Region> gridLines = new NodePool<>(gridLayer, () -> region("grid-line"));
    private final NodePool<Region> laneBands = new NodePool<>(laneLayer, () -> region("lane-band"));
    private final NodePool<Region> gutterBands = new NodePool<>(gutter, () -> region("lane-band"));
    private final NodePool<Label> laneHeaders = new NodePool<>(gutter, this::laneHeader);
    private final Label headerProbe = laneHeader();
    private final NodePool<Region> spans = new NodePool<>(spanLayer, () -> withTooltip(region("event-span")));
    private final NodePool<ImageView> markers = new NodePool<>(markerLayer, () -> withTooltip(markerView()));
    /** Draws each marker look once, from the stylesheet; markers then show the picture. */
    private final Region stamp = region("event-marker");
    private final Pane stampLayer = layer(null);
    private final java.util.Map<String, javafx.scene.image.Image> stamps = new java.util.HashMap<>();
    private final NodePool<Text> labels = new NodePool<>(labelLayer, () -> withTooltip(text("event-label")), 300);
    private final NodePool<StackPane> clusters = new NodePool<>(labelLayer, () -> withTooltip(clusterBadge()));
    /**
     * The density histogram, drawn on a canvas only when it changes: one picture instead of a
     * hundred and sixty regions on every frame. Its colour comes from the stylesheet, through a
     * region styled as a bar that is never shown.
     */
    private final javafx.scene.canvas.Canvas densityCanvas = new javafx.scene.canvas.Canvas();
    private final Region densityStyle = region("density-bar");
    private Object densityDrawn;
    private final Region overviewWindow = region("overview-window");
    private final Line todayLine = styled(new Line(), "today-line");
    private final Text todayLabel = text("today-label");
    private final Region focusRing = region("focus-ring");
    private final Text fontProbe = text("event-label");

    private final DoubleProperty animationStart = new SimpleDoubleProperty();
    private final DoubleProperty animationLogLength = new SimpleDoubleProperty();
    private Timeline animation;

    private TimelineLayout lastLayout;
    private TimeScale scale;
    private long lastLayoutNanos;
    private int[] density = new int[0];
    private TimeRange overviewRange;
    private double dragStartX;
    private TimeScale dragStartScale;
    private boolean dragged;
    private OverviewDrag overviewDrag;
    private double overviewAnchorX;
    private TimeRange overviewStartRange;

    private enum OverviewDrag { MOVE, START_EDGE, END_EDGE, RANGE }

    public TimelineSkin(TimelineView control) {
        super(control);
        body.getChildren().addAll(laneLayer, gridLayer, spanLayer, markerLayer, labelLayer, overlayLayer);
        overlayLayer.getChildren().addAll(todayLine, todayLabel, focusRing);
        // the stamp is drawn from the stylesheet but never seen: outside the body's clip
        stampLayer.getChildren().add(stamp);
        stamp.setManaged(false);
        stampLayer.setManaged(false);
        stampLayer.setLayoutX(-10_000);
        body.getChildren().add(0, stampLayer);
        overlayLayer.setMouseTransparent(true);
        todayLine.setManaged(false);
        todayLabel.setManaged(false);
        focusRing.setManaged(false);
        fontProbe.setVisible(false);
        fontProbe.setManaged(false);
        labelLayer.getChildren().add(fontProbe);
        densityStyle.setVisible(false);
        densityStyle.setManaged(false);
        densityCanvas.setManaged(false);
        densityCanvas.setMouseTransparent(true);
        overview.getChildren().addAll(densityStyle, densityCanvas, overviewWindow);
        overviewWindow.setManaged(false);
        legend.getStyleClass().add("timeline-legend");
        emptyState.getStyleClass().add("timeline-empty");
        emptyState.setManaged(false);
        body.setClip(bodyClip);
        axis.setClip(axisClip);
        periodStrip.setClip(periodClip);
        gutter.setClip(gutterClip);
        headerProbe.setVisible(false);
        headerProbe.setManaged(false);
        gutter.getChildren().add(headerProbe);
        getChildren().addAll(corner, axis, periodStrip, gutter, body, overview, legend, emptyState);

        registerChangeListener(control.dataProperty(), o -> dataChanged());
        registerChangeListener(control.visibleRangeProperty(), o -> control.requestLayout());
        registerChangeListener(control.selectedEventProperty(), o -> control.requestLayout());
        registerChangeListener(control.matchingEventsProperty(), o -> control.requestLayout());
        registerChangeListener(control.languageProperty(), o -> {
            rebuildLegend();
            control.requestLayout();
        });
        registerChangeListener(control.dateStyleProperty(), o -> control.requestLayout());
        registerChangeListener(control.laneModeProperty(), o -> control.requestLayout());
        registerChangeListener(control.hijriAxisProperty(), o -> control.requestLayout());
        registerChangeListener(control.pictureScaleProperty(), o -> control.requestLayout());
        registerChangeListener(control.messagesProperty(), o -> control.requestLayout());
        registerChangeListener(control.focusedProperty(), o -> control.requestLayout());
        registerChangeListener(control.effectiveNodeOrientationProperty(), o -> control.requestLayout());
        control.getCollapsedLanes().addListener(collapsedListener);

        control.addEventHandler(KeyEvent.KEY_PRESSED, keyHandler);
        body.addEventHandler(ScrollEvent.SCROLL, this::scrolled);
        body.addEventHandler(MouseEvent.MOUSE_PRESSED, this::bodyPressed);
        body.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::bodyDragged);
        body.addEventHandler(MouseEvent.MOUSE_CLICKED, this::bodyClicked);
        gutter.addEventHandler(MouseEvent.MOUSE_CLICKED, this::gutterClicked);
        overview.addEventHandler(MouseEvent.MOUSE_PRESSED, this::overviewPressed);
        overview.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::overviewDragged);
        overview.addEventHandler(MouseEvent.MOUSE_RELEASED, this::overviewReleased);
        overview.addEventHandler(MouseEvent.MOUSE_MOVED, this::overviewHover);

        dataChanged();
    }

    private final SetChangeListener<String> collapsedListener = change -> getSkinnable().requestLayout();
    private final javafx.event.EventHandler<KeyEvent> keyHandler = this::keyPressed;

    @Override
    public void dispose() {
        if (getSkinnable() == null) {
            return;
        }
        getSkinnable().getCollapsedLanes().removeListener(collapsedListener);
        getSkinnable().removeEventHandler(KeyEvent.KEY_PRESSED, keyHandler);
        if (animation != null) {
            animation.stop();
        }
        super.dispose();
    }

    // ------------------------------------------------------------------ state for tests and the benchmark

    /** The scale of the last frame, or {@code null} before the first. */
    public TimeScale scale() {
        return scale;
    }

    /** The last frame's layout, or {@code null} before the first. */
    public TimelineLayout lastLayout() {
        return lastLayout;
    }

    /** How long the last frame's layout computation took. */
    public long lastLayoutNanos() {
        return lastLayoutNanos;
    }

    // ------------------------------------------------------------------ data

    private TimelineData shownData = TimelineData.EMPTY;

    private void dataChanged() {
        TimelineData data = getSkinnable().getData();
        boolean wasEmpty = shownData.isEmpty();
        shownData = data;
        overviewRange = data.extent().padded(0.04);
        density = DensityHistogram.of(data, overviewRange, OVERVIEW_BINS);
        TimeRange visible = getSkinnable().getVisibleRange();
        // the first events to arrive are shown whole; later changes keep the reader's place
        if (visible == null || wasEmpty || !data.extent().overlaps(visible.start(), visible.end())) {
            getSkinnable().setVisibleRange(getSkinnable().fitRange());
        }
        rebuildLegend();
        getSkinnable().requestLayout();
    }

    private void rebuildLegend() {
        TimelineData data = getSkinnable().getData();
        Language language = getSkinnable().getLanguage();
        List<Node> entries = new ArrayList<>();
        boolean[] used = new boolean[data.types().size()];
        for (TimelineItem item : data.items()) {
            int t = data.typeIndex(item.event().typeId());
            if (t >= 0) {
                used[t] = true;
            }
        }
        for (int t = 0; t < data.types().size(); t++) {
            if (!used[t]) {
                continue;
            }
            EventType type = data.types().get(t);
            Region swatch = region("legend-swatch");
            swatch.getStyleClass().add(typeClass(t));
            swatch.setMinSize(MARKER, MARKER);
            swatch.setMaxSize(MARKER, MARKER);
            Text name = text("legend-label");
            name.setText(type.name().in(language));
            HBox entry = new HBox(swatch, name);
            entry.getStyleClass().add("legend-entry");
            entry.setAlignment(Pos.CENTER_LEFT);
            entries.add(entry);
        }
        legend.getChildren().setAll(entries);
    }

    // ------------------------------------------------------------------ layout

    @Override
    protected double computePrefHeight(double width, double top, double right, double bottom, double left) {
        return top + bottom + 2 * AXIS_ROW + 6 * ROW + OVERVIEW + 30;
    }

    // SkinBase's defaults derive the minimum from where the children sit now, which would make
    // the control grow by itself on every pass: the timeline fits whatever space it is given.
    @Override
    protected double computeMinHeight(double width, double top, double right, double bottom, double left) {
        return top + bottom + 2 * AXIS_ROW + ROW + OVERVIEW;
    }

    @Override
    protected double computeMinWidth(double height, double top, double right, double bottom, double left) {
        return left + right + 200;
    }

    @Override
    protected double computePrefWidth(double height, double top, double right, double bottom, double left) {
        return left + right + 900;
    }

    @Override
    protected void layoutChildren(double x, double y, double w, double h) {
        TimelineView view = getSkinnable();
        TimelineData data = view.getData();
        if (w <= 1 || h <= 1) {
            return;
        }
        TimeRange visible = view.getVisibleRange() == null ? view.fitRange() : view.getVisibleRange();
        double axisHeight = AXIS_ROW * (view.isHijriAxis() ? 3 : 2);
        List<PeriodRow> periodRows = periodRows(data);
        int periodRowCount = periodRows.stream().mapToInt(PeriodRow::row).max().orElse(-1) + 1;
        double periodsHeight = periodRowCount * PERIOD_ROW;
        double legendHeight = legend.prefHeight(w);
        double bodyHeight = Math.max(ROW, h - axisHeight - periodsHeight - OVERVIEW - legendHeight);

        double gutterWidth = gutterWidth(data, w);
        double tx = x + gutterWidth;
        double tw = w - gutterWidth;
        scale = TimeScale.showing(visible, tw);
        if (!scale.visible().equals(visible)) {
            view.setVisibleRange(scale.visible()); // clamped: keep the property honest
        }

        double top = y;
        corner.resizeRelocate(x, top, gutterWidth, axisHeight + periodsHeight);
        axis.resizeRelocate(tx, top, tw, axisHeight);
        axisClip.setWidth(tw);
        axisClip.setHeight(axisHeight);
        top += axisHeight;
        periodStrip.resizeRelocate(tx, top, tw, periodsHeight);
        periodClip.setWidth(tw);
        periodClip.setHeight(periodsHeight);
        top += periodsHeight;
        gutter.resizeRelocate(x, top, gutterWidth, bodyHeight);
        gutterClip.setWidth(gutterWidth);
        gutterClip.setHeight(bodyHeight);
        body.resizeRelocate(tx, top, tw, bodyHeight);
        for (Node layerNode : body.getChildren()) {
            if (layerNode != stampLayer) {
                ((Pane) layerNode).resizeRelocate(0, 0, tw, bodyHeight);
            }
        }
        bodyClip.setWidth(tw);
        bodyClip.setHeight(bodyHeight);
        top += bodyHeight;
        overview.resizeRelocate(tx, top, tw, OVERVIEW);
        top += OVERVIEW;
        legend.resizeRelocate(x, top, w, legendHeight);

        drawAxis(tw, axisHeight, bodyHeight);
        drawPeriods(periodRows, bodyHeight);
        drawLanes(data, tw, gutterWidth, bodyHeight);
        drawToday(data, bodyHeight);
        drawOverview(tw);

        emptyState.setText(view.getMessages().get("timeline.empty"));
        emptyState.setVisible(data.isEmpty());
        double ew = emptyState.prefWidth(-1);
        double eh = emptyState.prefHeight(-1);
        emptyState.resizeRelocate(x + (w - ew) / 2, body.getLayoutY() + (bodyHeight - eh) / 2, ew, eh);
    }

    private void drawAxis(double w, double axisHeight, double bodyHeight) {
        TimelineView view = getSkinnable();
        AxisLabels axisLabels = textFor(view).axis();
        AxisTicks ticks = tickGenerator.ticks(scale.visible().start(), scale.visible().end(), scale.pxPerDay(),
                MIN_TICK_SPACING);
        minorTicks.begin();
        minorLabels.begin();
        gridLines.begin();
        double labelY = AXIS_ROW * 1.5;
        for (Tick tick : ticks.minor()) {
            double tx = scale.x(tick.day());
            verticalRule(minorTicks.next(), tx, AXIS_ROW * 2 - 6, AXIS_ROW * 2);
            verticalRule(gridLines.next(), tx, 0, bodyHeight);
            Text label = minorLabels.next(tick); // keyed: a tick keeps its laid-out text while the view moves
            setText(label, axisLabels.minorLabel(tick, ticks.minorUnit()));
            label.relocate(tx + 3, labelY - label.getLayoutBounds().getHeight() / 2);
            // no half labels at either edge
            label.setVisible(tx >= 0 && tx + 3 + label.getLayoutBounds().getWidth() <= w);
        }
        minorTicks.end();
        minorLabels.end();
        gridLines.end();

        // major labels stick to the start edge while their period is on screen
        majorLabels.begin();
        List<Tick> majors = ticks.major();
        double previousEnd = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < majors.size(); i++) {
            Tick tick = majors.get(i);
            double tickX = scale.x(tick.day());
            double tx = Math.max(tickX, 0);
            double nextX = i + 1 < majors.size() ? scale.x(majors.get(i + 1).day()) : w;
            if (tickX < 0 && nextX < w && ticks.majorUnit().countsYears() && ticks.majorUnit().step() >= 100) {
                // "1900" at the start edge of a view of the 1980s reads as a date on screen; a
                // century is context enough when the next one is in view (a year label is kept)
                continue;
            }
            Text label = majorLabels.next(tick);
            setText(label, axisLabels.majorLabel(tick, ticks.majorUnit()));
            double lw = label.getLayoutBounds().getWidth();
            double lx = Math.min(tx + 3, nextX - lw - 6); // slide out of the way of the next one
            lx = Math.max(lx, previousEnd + 8);
            label.setVisible(lx + lw <= w + lw / 2 && lx >= -lw / 2);
            label.relocate(lx, AXIS_ROW * 0.5 - label.getLayoutBounds().getHeight() / 2);
            previousEnd = lx + lw;
        }
        majorLabels.end();

        hijriLines.begin();
        hijriLabels.begin();
        if (view.isHijriAxis()) {
            double rowTop = AXIS_ROW * 2;
            for (HijriTicks.HijriTick tick : hijriTicks.ticks(scale.visible().start(), scale.visible().end(),
                    scale.pxPerDay(), MIN_TICK_SPACING * 1.4)) {
                double tx = scale.x(tick.day());
                verticalRule(hijriLines.next(), tx, rowTop, rowTop + 6);
                Text label = hijriLabels.next(tick);
                setText(label, axisLabels.hijriLabel(tick));
                label.relocate(tx + 3, rowTop + AXIS_ROW / 2 - label.getLayoutBounds().getHeight() / 2);
                label.setVisible(tx >= 0 && tx + 3 + label.getLayoutBounds().getWidth() <= w);
            }
        }
        hijriLines.end();
        hijriLabels.end();
    }

    private record PeriodRow(PeriodBand band, int row) {
    }

    private List<PeriodRow> periodRows = List.of();
    private TimelineData periodRowsFor;

    private List<PeriodRow> periodRows(TimelineData data) {
        if (data != periodRowsFor) {
            periodRows = packPeriods(data.periods());
            periodRowsFor = data;
        }
        return periodRows;
    }

    /** Overlapping periods (an emir's reign, a president's term) take separate rows of the strip. */
    private List<PeriodRow> packPeriods(List<PeriodBand> bands) {
        List<PeriodRow> rows = new ArrayList<>();
        List<Double> rowEnds = new ArrayList<>();
        for (PeriodBand band : bands) {
            int row = 0;
            while (row < rowEnds.size() && rowEnds.get(row) > band.start()) {
                row++;
            }
            if (row == rowEnds.size()) {
                rowEnds.add(band.end());
            } else {
                rowEnds.set(row, band.end());
            }
            rows.add(new PeriodRow(band, row));
        }
        return rows;
    }

    private void drawPeriods(List<PeriodRow> rows, double bodyHeight) {
        Language language = getSkinnable().getLanguage();
        periodBars.begin();
        periodLabels.begin();
        double w = scale.width();
        for (PeriodRow row : rows) {
            PeriodBand band = row.band();
            if (!scale.visible().overlaps(band.start(), band.end())) {
                continue;
            }
            double x0 = Math.max(-2, scale.x(band.start()));
            double x1 = Math.min(w + 2, scale.x(band.end()));
            String shade = "period-" + (row.row() % 4);
            Region bar = periodBars.next();
            setOnly(bar, "period-bar", shade);
            bar.resizeRelocate(x0, row.row() * PERIOD_ROW + 2, Math.max(1, x1 - x0), PERIOD_ROW - 4);
            Text label = periodLabels.next(band);
            setText(label, fitPeriodName(band.period().name().in(language), Math.max(0, x1 - Math.max(x0, 0) - 8), label));
            label.relocate(Math.max(x0, 0) + 4, row.row() * PERIOD_ROW + (PERIOD_ROW - label.getLayoutBounds().getHeight()) / 2);
        }
        periodBars.end();
        periodLabels.end();
    }

    private void drawLanes(TimelineData data, double w, double gutterWidth, double bodyHeight) {
        TimelineView view = getSkinnable();
        Language language = view.getLanguage();
        LayoutOptions options = LayoutOptions.DEFAULT.withCollapsed(Set.copyOf(view.getCollapsedLanes()));

        measurer.setFont(fontProbe.getFont());
        checkStampScale();
        checkTextCaches();
        long started = System.nanoTime();
        // as many rows per lane as fit the height (at most four): fewer rows, more clusters
        String selectedId = view.getSelectedEvent() == null ? null : view.getSelectedEvent().id();
        LayoutOptions most = options.withItemRows(MAX_ITEM_ROWS);
        TimelineLayout full = engine.layout(data, view.getLaneMode(), scale, most,
                item -> measurer.width(title(item, language)), selectedId);
        TimelineLayout layout = full;
        int totalRows = 0;
        for (int rows = MAX_ITEM_ROWS; rows >= 1; rows--) {
            layout = rows == MAX_ITEM_ROWS ? full : engine.withItemRows(full, rows, most);
            totalRows = layout.lanes().stream().mapToInt(LaneLayout::rows).sum();
            if (totalRows * MIN_ROW <= bodyHeight) {
                break;
            }
        }
        lastLayoutNanos = System.nanoTime() - started;
        lastLayout = layout;
        // rows as tall as the space allows, up to the comfortable; below the usual minimum only
        // when even one row a lane would not fit, so that no lane is ever cut off
        double row = Math.max(TIGHT_ROW, Math.min(ROW, bodyHeight / Math.max(1, totalRows)));

        DateWords dates = textFor(view).dates();
        Event selected = view.getSelectedEvent();
        java.util.Set<String> matching = view.getMatchingEvents();
        laneBands.begin();
        laneHeaders.begin();
        spans.begin();
        markers.begin();
        labels.begin();
        clusters.begin();
        boolean selectionShown = false;
        double focusStart = 0;
        double focusEnd = 0;
        double focusY = 0;
        double laneY = 0;
        int laneIndex = 0;
        gutterBands.begin();
        for (LaneLayout lane : layout.lanes()) {
            double laneHeight = lane.rows() * row;
            String parity = laneIndex % 2 == 0 ? "even" : "odd";
            Region band = laneBands.next();
            setOnly(band, "lane-band", parity);
            band.resizeRelocate(0, laneY, w, laneHeight);
            Region gutterBand = gutterBands.next();
            setOnly(gutterBand, "lane-band", parity);
            gutterBand.resizeRelocate(0, laneY, gutterWidth, laneHeight);

            Label header = laneHeaders.next();
            header.setText((lane.collapsed() ? "▸ " : "▾ ") + laneName(lane.lane().key(), lane.lane().label().in(language)));
            header.setUserData(lane.lane().key());
            header.pseudoClassStateChanged(COLLAPSED, lane.collapsed());
            header.setAccessibleText(header.getText());
            header.resizeRelocate(2, laneY + (row - 18) / 2, Math.max(0, gutterWidth - 4), 18);

            for (PlacedItem p : lane.items()) {
                TimelineItem item = p.item();
                double rowCenter = laneY + p.row() * row + row / 2;
                String typeClass = typeClass(data.typeIndex(item.event().typeId()));
                boolean isSelected = selected != null && selected.id().equals(item.id());
                boolean dimmed = matching != null && !matching.contains(item.id());
                String tip = tooltipText(item, language, dates);
                if (item.kind() != SpanKind.POINT) {
                    Region span = spans.next(item);
                    setOnly(span, "event-span", typeClass, item.kind() == SpanKind.BAR ? "bar" : "soft",
                            item.approximate() ? "approximate" : "exact");
                    double sx0 = Math.max(-20, p.x0());
                    double sx1 = Math.min(w + 20, p.x1());
                    span.resizeRelocate(sx0, rowCenter - SPAN_HEIGHT / 2, Math.max(2, sx1 - sx0), SPAN_HEIGHT);
                    bind(span, item, tip, isSelected, dimmed);
                }
                ImageView marker = markers.next(item);
                javafx.scene.image.Image look = markerLook(typeClass, item.approximate(), isSelected);
                if (marker.getImage() != look) {
                    marker.setImage(look);
                }
                double mx = item.kind() == SpanKind.POINT ? p.x0() - MARKER / 2 : Math.max(p.x0(), 0);
                // (the engine placed the label beside this marker, LayoutOptions.markerSize == MARKER)
                marker.relocate(mx, rowCenter - MARKER / 2);
                if (!tip.equals(marker.getAccessibleText())) {
                    marker.setAccessibleText(tip);
                }
                bind(marker, item, tip, isSelected, dimmed);
                if (p.labelWidth() > 0) {
                    Text label = labels.next(item);
                    setText(label, measurer.fit(title(item, language), p.labelWidth()));
                    label.relocate(p.labelX(), rowCenter - label.getLayoutBounds().getHeight() / 2);
                    bind(label, item, tip, isSelected, dimmed);
                }
                if (isSelected) {
                    selectionShown = true;
                    focusStart = Math.min(mx, p.extentStart());
                    focusEnd = Math.max(p.extentEnd(), mx + MARKER);
                    focusY = rowCenter;
                }
            }
            for (Cluster c : lane.clusters()) {
                StackPane badge = clusters.next();
                setText((Text) badge.getChildren().get(0), compactCount(c.count()));
                badge.setUserData(c);
                String about = clusterText(c.count());
                Tooltip tip = (Tooltip) badge.getProperties().get(Tooltip.class);
                if (!about.equals(tip.getText())) {
                    tip.setText(about);
                    badge.setAccessibleText(about);
                }
                double rowCenter = laneY + c.row() * row + row / 2;
                badge.resizeRelocate(c.x(), rowCenter - CLUSTER_HEIGHT / 2, c.width(), CLUSTER_HEIGHT);
            }
            laneY += laneHeight;
            laneIndex++;
        }
        // the space below the last lane, in the body and beside it (each pixel painted once)
        Region rest = laneBands.next();
        setOnly(rest, "lane-rest");
        rest.resizeRelocate(0, laneY, w, Math.max(0, bodyHeight - laneY));
        Region gutterRest = gutterBands.next();
        setOnly(gutterRest, "lane-rest");
        gutterRest.resizeRelocate(0, laneY, gutterWidth, Math.max(0, bodyHeight - laneY));
        laneBands.end();
        gutterBands.end();
        laneHeaders.end();
        spans.end();
        markers.end();
        labels.end();
        clusters.end();

        boolean showFocus = selectionShown && view.isFocused();
        focusRing.setVisible(showFocus);
        if (showFocus) {
            focusRing.resizeRelocate(focusStart - 4, focusY - row / 2 + 1, focusEnd - focusStart + 8, row - 2);
        }
        view.setAccessibleText(selected == null ? null : tooltipText(
                data.item(selected.id()).orElse(null), language, dates));
    }

    /** How a marker of this type and state looks, drawn once from the stylesheet at print resolution. */
    private javafx.scene.image.Image markerLook(String typeClass, boolean approximate, boolean selected) {
        String key = typeClass + (approximate ? ":approximate" : ":exact") + (selected ? ":selected" : "");
        javafx.scene.image.Image look = stamps.get(key);
        if (look == null) {
            stamp.getStyleClass().setAll("event-marker", typeClass, approximate ? "approximate" : "exact");
            stamp.pseudoClassStateChanged(SELECTED, selected);
            stamp.applyCss();
            stamp.resize(MARKER, MARKER);
            javafx.scene.SnapshotParameters parameters = new javafx.scene.SnapshotParameters();
            parameters.setFill(javafx.scene.paint.Color.TRANSPARENT);
            parameters.setTransform(javafx.scene.transform.Transform.scale(stampScale(), stampScale()));
            look = stamp.snapshot(parameters, null);
            stamps.put(key, look);
        }
        return look;
    }

    /**
     * Pixels per layout pixel of the pictures: the window's output scale (HiDPI screens), or what
     * the control is told for print pictures. At the drawing's own scale a picture is copied, not
     * resampled, which is what makes it cheaper than drawing the shape.
     */
    private double stampScale() {
        double asked = getSkinnable().getPictureScale();
        if (asked > 0) {
            return asked;
        }
        javafx.stage.Window window = getSkinnable().getScene() == null ? null : getSkinnable().getScene().getWindow();
        return window == null ? 1 : Math.max(1, window.getOutputScaleX());
    }

    private double stampsScale;

    /** Pictures drawn at another scale than now are drawn again. */
    private void checkStampScale() {
        double scale = stampScale();
        if (scale != stampsScale) {
            stamps.clear();
            stampsScale = scale;
        }
    }

    private static ImageView markerView() {
        ImageView view = new ImageView();
        view.getStyleClass().add("event-marker");
        view.setFitWidth(MARKER);
        view.setFitHeight(MARKER);
        view.setSmooth(true);
        return view;
    }

    /** Axis labels and dates in words for one language and date style (they read the bundles). */
    private record DateText(Language language, org.hawliyat.text.DateStyle style, AxisLabels axis, DateWords dates) {
    }

    private DateText dateText;

    private DateText textFor(TimelineView view) {
        if (dateText == null || dateText.language() != view.getLanguage() || !dateText.style().equals(view.getDateStyle())) {
            dateText = new DateText(view.getLanguage(), view.getDateStyle(),
                    new AxisLabels(view.getLanguage(), view.getDateStyle()), DateWords.in(view.getLanguage(), view.getDateStyle()));
        }
        return dateText;
    }

    /** Period names are in another font size than event labels: measured with their own measurer. */
    private final LabelMeasurer periodMeasurer = new LabelMeasurer();

    private String fitPeriodName(String name, double room, Text label) {
        periodMeasurer.setFont(label.getFont());
        return periodMeasurer.fit(name, room);
    }

    /** Wide enough for the longest lane name, within limits; none for a single lane. */
    private double gutterWidth(TimelineData data, double w) {
        TimelineView view = getSkinnable();
        if (view.getLaneMode() == org.hawliyat.timeline.LaneMode.SINGLE) {
            return 0;
        }
        // measuring the names lays out their text: once per set of lanes and language, not per frame
        List<Object> names = List.of(data, view.getLaneMode(), view.getLanguage(), view.getMessages());
        if (!names.equals(widestLaneNameFor)) {
            widestLaneName = 0;
            for (org.hawliyat.timeline.Lane lane : data.lanes(view.getLaneMode())) {
                headerProbe.setText("▾ " + laneName(lane.key(), lane.label().in(view.getLanguage())));
                widestLaneName = Math.max(widestLaneName, headerProbe.prefWidth(-1));
            }
            widestLaneNameFor = names;
        }
        return Math.min(Math.max(widestLaneName + 8, 90), Math.min(260, w / 4));
    }

    private double widestLaneName;
    private Object widestLaneNameFor;

    private void gutterClicked(MouseEvent e) {
        Node hit = e.getPickResult().getIntersectedNode();
        while (hit != null && hit != gutter) {
            if (hit.getUserData() instanceof String laneKey && hit.getStyleClass().contains("lane-header")) {
                if (!getSkinnable().getCollapsedLanes().remove(laneKey)) {
                    getSkinnable().getCollapsedLanes().add(laneKey);
                }
                e.consume();
                return;
            }
            hit = hit.getParent();
        }
    }

    private void drawToday(TimelineData data, double bodyHeight) {
        double tx = scale.x(data.today().toEpochDay() + 0.5);
        boolean visible = tx >= 0 && tx <= scale.width();
        todayLine.setVisible(visible);
        todayLabel.setVisible(visible);
        if (visible) {
            setLine(todayLine, tx, 0, tx, bodyHeight);
            todayLabel.setText(getSkinnable().getMessages().get("timeline.today"));
            todayLabel.relocate(tx + 3, 2);
        }
    }

    private void drawOverview(double w) {
        TimeRange whole = overviewWhole();
        javafx.scene.paint.Paint barPaint = densityStyle.getBackground() == null || densityStyle.getBackground().getFills().isEmpty()
                ? null : densityStyle.getBackground().getFills().get(0).getFill();
        // A canvas keeps its drawing unmirrored in a right-to-left parent (as text is): the one
        // place where this skin mirrors by hand.
        boolean mirrored = getSkinnable().isTimeRightToLeft();
        List<Object> state = List.of(density, whole, w, String.valueOf(barPaint), mirrored);
        if (!state.equals(densityDrawn) && barPaint != null) {
            densityDrawn = state;
            densityCanvas.setWidth(w);
            densityCanvas.setHeight(OVERVIEW);
            javafx.scene.canvas.GraphicsContext g = densityCanvas.getGraphicsContext2D();
            g.clearRect(0, 0, w, OVERVIEW);
            g.setFill(barPaint);
            int max = 1;
            for (int c : density) {
                max = Math.max(max, c);
            }
            double daysPerBin = overviewRange.length() / Math.max(1, density.length);
            for (int i = 0; i < density.length; i++) {
                if (density[i] == 0) {
                    continue;
                }
                double x0 = (overviewRange.start() + i * daysPerBin - whole.start()) / whole.length() * w;
                double x1 = (overviewRange.start() + (i + 1) * daysPerBin - whole.start()) / whole.length() * w;
                double barHeight = Math.max(2, (OVERVIEW - 8) * Math.sqrt(density[i] / (double) max));
                double barWidth = Math.max(1, Math.floor(x1) - Math.floor(x0) - 1);
                double barX = mirrored ? w - Math.floor(x0) - barWidth : Math.floor(x0);
                g.fillRect(barX, OVERVIEW - 4 - barHeight, barWidth, barHeight);
            }
        }
        double x0 = (scale.visible().start() - whole.start()) / whole.length() * w;
        double x1 = (scale.visible().end() - whole.start()) / whole.length() * w;
        x0 = Math.max(0, Math.min(w - 4, x0));
        x1 = Math.max(x0 + 4, Math.min(w, x1));
        overviewWindow.resizeRelocate(x0, 1, x1 - x0, OVERVIEW - 2);
        overviewWindow.toFront();
    }

    /** The overview shows all events, and the view wherever it has been moved. */
    private TimeRange overviewWhole() {
        TimeRange v = scale.visible();
        return new TimeRange(Math.min(overviewRange.start(), v.start()), Math.max(overviewRange.end(), v.end()));
    }

    // ------------------------------------------------------------------ interaction

    private void keyPressed(KeyEvent e) {
        TimelineView view = getSkinnable();
        boolean rtl = view.isTimeRightToLeft();
        double screen = scale == null ? 0 : scale.width();
        switch (e.getCode()) {
            case RIGHT, KP_RIGHT -> {
                if (e.isShiftDown()) {
                    view.panBy(rtl ? -screen / 4 : screen / 4);
                } else if (rtl) {
                    view.selectPrevious();
                } else {
                    view.selectNext();
                }
            }
            case LEFT, KP_LEFT -> {
                if (e.isShiftDown()) {
                    view.panBy(rtl ? screen / 4 : -screen / 4);
                } else if (rtl) {
                    view.selectNext();
                } else {
                    view.selectPrevious();
                }
            }
            case HOME -> view.selectFirst();
            case END -> view.selectLast();
            case PAGE_DOWN -> view.panBy(screen * 0.8);
            case PAGE_UP -> view.panBy(-screen * 0.8);
            case PLUS, EQUALS, ADD -> view.zoomIn();
            case MINUS, SUBTRACT -> view.zoomOut();
            case DIGIT0, NUMPAD0 -> view.zoomToFit();
            case ENTER -> view.openSelected();
            default -> {
                return;
            }
        }
        e.consume();
    }

    private void scrolled(ScrollEvent e) {
        TimelineView view = getSkinnable();
        if (scale == null) {
            return;
        }
        boolean horizontal = Math.abs(e.getDeltaX()) > Math.abs(e.getDeltaY()) || e.isShiftDown();
        if (horizontal) {
            double delta = e.getDeltaX() != 0 ? e.getDeltaX() : e.getDeltaY();
            // the content follows the fingers (scroll deltas are in screen directions, not mirrored)
            view.panBy(view.isTimeRightToLeft() ? delta : -delta);
        } else if (e.getDeltaY() != 0) {
            double factor = Math.pow(1.0015, e.getDeltaY());
            TimeScale zoomed = view.currentScale().zoomed(factor, e.getX());
            view.setVisibleRange(zoomed.visible()); // the wheel is its own animation
        }
        e.consume();
    }

    private void bodyPressed(MouseEvent e) {
        getSkinnable().requestFocus();
        dragStartX = e.getX();
        dragStartScale = getSkinnable().currentScale();
        dragged = false;
    }

    private void bodyDragged(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        if (Math.abs(e.getX() - dragStartX) > 3) {
            dragged = true;
        }
        // e.getX() is in the body's own (mirrored) coordinates: the time grabbed stays under the
        // pointer. The move is from where the drag began, so drag events between frames add up.
        if (dragStartScale != null) {
            getSkinnable().setVisibleRange(dragStartScale.panned(dragStartX - e.getX()).visible());
        }
    }

    private void bodyClicked(MouseEvent e) {
        if (dragged || e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        Node hit = e.getPickResult().getIntersectedNode();
        while (hit != null && hit != body) {
            Object data = hit.getUserData();
            if (data instanceof TimelineItem item) {
                getSkinnable().setSelectedEvent(item.event());
                if (e.getClickCount() == 2) {
                    getSkinnable().openSelected();
                }
                return;
            }
            if (data instanceof Cluster c) {
                getSkinnable().zoomTo(new TimeRange(c.firstDay(), c.lastDay()).padded(0.15));
                return;
            }
            hit = hit.getParent();
        }
    }

    private void overviewPressed(MouseEvent e) {
        getSkinnable().requestFocus();
        double x0 = overviewWindow.getLayoutX();
        double x1 = x0 + overviewWindow.getWidth();
        overviewAnchorX = e.getX();
        overviewStartRange = scale.visible();
        if (Math.abs(e.getX() - x0) <= EDGE_GRAB) {
            overviewDrag = OverviewDrag.START_EDGE;
        } else if (Math.abs(e.getX() - x1) <= EDGE_GRAB) {
            overviewDrag = OverviewDrag.END_EDGE;
        } else if (e.getX() > x0 && e.getX() < x1) {
            overviewDrag = OverviewDrag.MOVE;
        } else {
            overviewDrag = OverviewDrag.RANGE;
        }
        e.consume();
    }

    private void overviewDragged(MouseEvent e) {
        if (overviewDrag == null || scale == null) {
            return;
        }
        TimeRange whole = overviewWhole();
        double daysPerPx = whole.length() / scale.width();
        double delta = (e.getX() - overviewAnchorX) * daysPerPx;
        TimeRange r = overviewStartRange;
        switch (overviewDrag) {
            case MOVE -> getSkinnable().setVisibleRange(new TimeRange(r.start() + delta, r.end() + delta));
            case START_EDGE -> getSkinnable().setVisibleRange(
                    new TimeRange(Math.min(r.start() + delta, r.end() - TimeScale.MIN_SPAN_DAYS), r.end()));
            case END_EDGE -> getSkinnable().setVisibleRange(
                    new TimeRange(r.start(), Math.max(r.end() + delta, r.start() + TimeScale.MIN_SPAN_DAYS)));
            case RANGE -> {
                double a = Math.min(overviewAnchorX, e.getX());
                double b = Math.max(overviewAnchorX, e.getX());
                overviewWindow.resizeRelocate(a, 1, Math.max(2, b - a), OVERVIEW - 2);
                return; // the view changes on release
            }
            default -> throw new IllegalStateException();
        }
        e.consume();
    }

    private void overviewReleased(MouseEvent e) {
        if (overviewDrag == OverviewDrag.RANGE && scale != null) {
            TimeRange whole = overviewWhole();
            double daysPerPx = whole.length() / scale.width();
            double a = Math.min(overviewAnchorX, e.getX());
            double b = Math.max(overviewAnchorX, e.getX());
            if (b - a < 4) {
                // a click: centre the view there
                double middle = whole.start() + e.getX() * daysPerPx;
                double half = scale.visible().length() / 2;
                getSkinnable().zoomTo(new TimeRange(middle - half, middle + half));
            } else {
                getSkinnable().zoomTo(new TimeRange(whole.start() + a * daysPerPx, whole.start() + b * daysPerPx));
            }
        }
        overviewDrag = null;
        e.consume();
    }

    private void overviewHover(MouseEvent e) {
        double x0 = overviewWindow.getLayoutX();
        double x1 = x0 + overviewWindow.getWidth();
        boolean onEdge = Math.abs(e.getX() - x0) <= EDGE_GRAB || Math.abs(e.getX() - x1) <= EDGE_GRAB;
        overview.setCursor(onEdge ? javafx.scene.Cursor.H_RESIZE
                : e.getX() > x0 && e.getX() < x1 ? javafx.scene.Cursor.MOVE : javafx.scene.Cursor.CROSSHAIR);
    }

    /** Moves the view, animated when the control allows it and is showing. */
    void animateTo(TimeRange target) {
        TimelineView view = getSkinnable();
        TimeRange from = view.getVisibleRange();
        if (animation != null) {
            animation.stop();
        }
        boolean showing = view.getScene() != null && view.getScene().getWindow() != null
                && view.getScene().getWindow().isShowing();
        if (!view.isAnimated() || from == null || !showing) {
            view.setVisibleRange(target);
            return;
        }
        // interpolate the length on a log scale, so a zoom from centuries to days feels even
        animationStart.set(from.start());
        animationLogLength.set(Math.log(from.length()));
        javafx.beans.InvalidationListener apply = o -> {
            double length = Math.exp(animationLogLength.get());
            view.setVisibleRange(new TimeRange(animationStart.get(), animationStart.get() + length));
        };
        animationStart.addListener(apply);
        animationLogLength.addListener(apply);
        animation = new Timeline(new KeyFrame(ZOOM_ANIMATION,
                new KeyValue(animationStart, target.start(), Interpolator.EASE_BOTH),
                new KeyValue(animationLogLength, Math.log(target.length()), Interpolator.EASE_BOTH)));
        animation.setOnFinished(done -> {
            animationStart.removeListener(apply);
            animationLogLength.removeListener(apply);
            view.setVisibleRange(target);
        });
        Timeline running = animation;
        running.statusProperty().addListener((o, before, after) -> {
            if (after == javafx.animation.Animation.Status.STOPPED && running.getCurrentTime().lessThan(ZOOM_ANIMATION)) {
                animationStart.removeListener(apply);
                animationLogLength.removeListener(apply);
            }
        });
        animation.play();
    }

    // ------------------------------------------------------------------ helpers

    private static String title(TimelineItem item, Language language) {
        return item.event().title().in(language);
    }

    private String laneName(String key, String name) {
        if (key.equals("all")) {
            return getSkinnable().getMessages().get("timeline.lane.all");
        }
        return name.isEmpty() ? getSkinnable().getMessages().get("timeline.lane.none") : name;
    }

    /** Cluster descriptions by count, in the current messages (formatting a choice pattern is slow). */
    private final java.util.Map<Integer, String> clusterTexts = new java.util.HashMap<>();
    private Object clusterTextsFor;

    private String clusterText(int count) {
        return clusterTexts.computeIfAbsent(count, n -> getSkinnable().getMessages().get("timeline.cluster", n));
    }

    /** Forgets the remembered texts when what they were made from changed; once a frame. */
    private void checkTextCaches() {
        TimelineView view = getSkinnable();
        List<Object> clusterContext = List.of(view.getMessages(), view.getLanguage());
        if (!clusterContext.equals(clusterTextsFor)) {
            clusterTexts.clear();
            clusterTextsFor = clusterContext;
        }
        List<Object> tooltipContext = List.of(view.getLanguage(), view.getDateStyle(), view.getData());
        if (!tooltipContext.equals(tooltipsFor)) {
            tooltips.clear();
            tooltipsFor = tooltipContext;
        }
    }

    /** Tooltips by event id, in the current language and date style (formatting dates is slow). */
    private final java.util.Map<String, String> tooltips = new java.util.HashMap<>();
    private Object tooltipsFor;

    private String tooltipText(TimelineItem item, Language language, DateWords dates) {
        if (item == null) {
            return null;
        }
        return tooltips.computeIfAbsent(item.id(), id -> describe(item, language, dates));
    }

    private String describe(TimelineItem item, Language language, DateWords dates) {
        Event e = item.event();
        String when = e.end() == null ? dates.format(e.start()) : dates.span(e.start(), e.end());
        return title(item, language) + " — " + when;
    }

    private static String compactCount(int count) {
        return "+" + (count >= 10_000 ? (count / 1000) + "k" : Integer.toString(count));
    }

    static String typeClass(int typeIndex) {
        return typeIndex < 0 ? "type-unknown" : "type-" + (typeIndex % PALETTE);
    }

    private static void bind(Node node, TimelineItem item, String tip, boolean selected, boolean dimmed) {
        node.setUserData(item);
        node.pseudoClassStateChanged(SELECTED, selected);
        node.pseudoClassStateChanged(DIMMED, dimmed);
        Tooltip tooltip = (Tooltip) node.getProperties().get(Tooltip.class);
        if (tooltip != null && !tip.equals(tooltip.getText())) {
            tooltip.setText(tip);
        }
    }

    /** Sets the node's style classes to exactly these, touching the list only when they differ (CSS is costly). */
    private static void setOnly(Node node, String... classes) {
        javafx.collections.ObservableList<String> current = node.getStyleClass();
        if (current.size() != classes.length || !current.equals(List.of(classes))) {
            current.setAll(classes);
        }
    }

    /** Text layout is costly: only a changed text is set. */
    private static void setText(Text text, String value) {
        if (!value.equals(text.getText())) {
            text.setText(value);
        }
    }

    /** A one-pixel vertical rule at x, on whole pixels so it stays crisp. */
    private static void verticalRule(Region rule, double x, double y0, double y1) {
        rule.resizeRelocate(Math.round(x), y0, 1, Math.max(0, y1 - y0));
    }

    private static void setLine(Line line, double x0, double y0, double x1, double y1) {
        // half-pixel offsets keep one-pixel lines crisp
        double sx = Math.round(x0) + 0.5;
        line.setStartX(sx);
        line.setStartY(y0);
        line.setEndX(Math.round(x1) + 0.5);
        line.setEndY(y1);
    }

    private static Pane layer(String styleClass) {
        Pane pane = new Pane();
        if (styleClass != null) {
            pane.getStyleClass().add(styleClass);
        } else {
            pane.setPickOnBounds(false);
        }
        return pane;
    }

    private static <T extends Node> T styled(T node, String styleClass) {
        node.getStyleClass().add(styleClass);
        return node;
    }

    private static Region region(String styleClass) {
        Region r = new Region();
        r.getStyleClass().add(styleClass);
        return r;
    }

    private static Text text(String styleClass) {
        Text t = new Text();
        t.getStyleClass().add(styleClass);
        t.setBoundsType(TextBoundsType.LOGICAL);
        return t;
    }

    private Label laneHeader() {
        Label l = new Label();
        l.getStyleClass().add("lane-header");
        return l;
    }

    /** A rounded badge with a count: a plain region and text, cheaper to relabel than a Label. */
    /** A rounded badge with a count: a plain region and text, cheaper to relabel than a Label. */
    private static StackPane clusterBadge() {
        Text count = text("cluster-count");
        count.setNodeOrientation(javafx.geometry.NodeOrientation.LEFT_TO_RIGHT); // "+12" in both directions
        StackPane badge = new StackPane(count);
        badge.getStyleClass().add("cluster");
        return badge;
    }


    private static <T extends Node> T withTooltip(T node) {
        Tooltip tooltip = new Tooltip();
        tooltip.setShowDelay(Duration.millis(250));
        Tooltip.install(node, tooltip);
        node.getProperties().put(Tooltip.class, tooltip);
        return node;
    }

}
