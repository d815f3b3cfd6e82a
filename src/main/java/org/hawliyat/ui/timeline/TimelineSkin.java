package org.hawliyat.ui.timeline;

import static org.hawliyat.ui.timeline.TimelineNodes.layer;
import static org.hawliyat.ui.timeline.TimelineNodes.region;
import static org.hawliyat.ui.timeline.TimelineNodes.setLine;
import static org.hawliyat.ui.timeline.TimelineNodes.styled;
import static org.hawliyat.ui.timeline.TimelineNodes.text;

import java.util.List;
import javafx.beans.value.ObservableValue;
import javafx.collections.SetChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.SkinBase;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;
import javafx.stage.Window;
import org.hawliyat.text.DigitStyle;
import org.hawliyat.timeline.LaneFit;
import org.hawliyat.timeline.PeriodPacking;
import org.hawliyat.timeline.TimeRange;
import org.hawliyat.timeline.TimeScale;
import org.hawliyat.timeline.TimelineData;
import org.hawliyat.timeline.TimelineLayout;

/**
 * Draws a {@link TimelineView}. It stacks the strips (axis, periods, lanes beside their names,
 * overview, legend), sizes them from the control's CSS metrics, and has each painted by its own
 * class once a frame: {@link AxisPainter}, {@link PeriodPainter}, {@link LanePainter} and
 * {@link OverviewStrip}; {@link TimelineInput} handles the keys and mouse. Every position is a
 * distance from the start edge in time order; the control's orientation mirrors it. Nodes are
 * pooled, so only what is visible exists, whatever the number of events.
 */
public class TimelineSkin extends SkinBase<TimelineView> {

    /** On the axis when its numbers are in Arabic-Indic digits, whose glyphs are smaller: they are set larger. */
    private static final PseudoClass ARABIC_DIGITS = PseudoClass.getPseudoClass("arabic-digits");

    /** The text size the metrics' defaults are for: tick spacing grows in proportion above it. */
    private static final double DEFAULT_AXIS_ROW = 21;

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
    /** Lane names, at the start edge, beside the lanes. */
    private final Pane gutter = layer("timeline-gutter");
    /** Above the lane names, beside the axis. */
    private final Region corner = region("timeline-corner");
    /** Above the lanes' scroll bar, beside the axis and the periods, when the lanes scroll. */
    private final Region scrollCorner = region("timeline-corner");
    private final OverviewStrip overview;
    private final TimelineLegend legend = new TimelineLegend();
    /** A Text, not a Label: see {@link LanePainter}'s header layer for the trouble labels have here. */
    private final Text emptyState = text("timeline-empty");
    private final Rectangle bodyClip = new Rectangle();
    private final Rectangle axisClip = new Rectangle();
    private final Rectangle periodClip = new Rectangle();
    private final Rectangle gutterClip = new Rectangle();
    private final Line todayLine = styled(new Line(), "today-line");
    private final Text todayLabel = text("today-label");
    private final Region focusRing = region("focus-ring");
    /** Scrolls the lanes up and down when they are taller than their area; at the end edge. */
    private final ScrollBar laneScroll = new ScrollBar();
    /** How far the lanes are scrolled down, in pixels. */
    private double laneOffset;
    /** The selection whose lane was last scrolled into view. */
    private String revealedId;
    private boolean settingScrollBar;

    private final EventTexts texts;
    private final MarkerStamps stamps = new MarkerStamps(() -> getSkinnable().requestLayout(), () -> TimelineNodes.isOnScreen(getSkinnable()));
    private final AxisPainter axisPainter = new AxisPainter(axis, gridLayer);
    private final PeriodPainter periodPainter = new PeriodPainter(periodStrip);
    private final LanePainter lanePainter;
    private final TimelineInput input;
    private final RangeAnimation animation;
    private final SetChangeListener<String> collapsedListener = change -> getSkinnable().requestLayout();

    private TimelineData shownData = TimelineData.EMPTY;
    private PeriodPacking periods = PeriodPacking.EMPTY;
    private TimeScale scale;

    public TimelineSkin(TimelineView control) {
        super(control);
        texts = new EventTexts(control);
        overview = new OverviewStrip(control);
        animation = new RangeAnimation(control);
        body.getChildren().addAll(stamps.layer(), laneLayer, gridLayer, spanLayer, markerLayer, labelLayer, overlayLayer);
        overlayLayer.getChildren().addAll(todayLine, focusRing);
        overlayLayer.setMouseTransparent(true);
        todayLine.setManaged(false);
        todayLabel.setManaged(false);
        focusRing.setManaged(false);
        emptyState.setManaged(false);
        emptyState.setMouseTransparent(true);
        lanePainter = new LanePainter(control, texts, stamps,
                new LanePainter.Body(laneLayer, spanLayer, markerLayer, labelLayer), gutter, focusRing);
        body.setClip(bodyClip);
        axis.setClip(axisClip);
        periodStrip.setClip(periodClip);
        gutter.setClip(gutterClip);
        laneScroll.setOrientation(Orientation.VERTICAL);
        laneScroll.getStyleClass().add("lane-scroll-bar");
        laneScroll.setVisible(false);
        laneScroll.setFocusTraversable(false);
        laneScroll.valueProperty().addListener((o, before, after) -> {
            if (!settingScrollBar) {
                laneOffset = after.doubleValue();
                control.requestLayout();
            }
        });
        getChildren().addAll(corner, scrollCorner, axis, periodStrip, gutter, body, laneScroll, overview, legend,
                emptyState);
        // "Today" is written in the axis, where no event label can cover it, beside the line below
        axis.getChildren().add(todayLabel);

        registerChangeListener(control.dataProperty(), o -> dataChanged());
        registerChangeListener(control.languageProperty(), o -> {
            showLegend();
            control.requestLayout();
        });
        registerChangeListener(control.markerSizeProperty(), o -> {
            showLegend();
            control.requestLayout();
        });
        for (ObservableValue<?> property : List.<ObservableValue<?>>of(control.visibleRangeProperty(), control.selectedEventProperty(),
                control.matchingEventsProperty(), control.dateStyleProperty(), control.laneModeProperty(),
                control.hijriAxisProperty(), control.pictureScaleProperty(), control.printedProperty(), control.messagesProperty(),
                control.focusedProperty(), control.effectiveNodeOrientationProperty(), control.rowHeightProperty(),
                control.minRowHeightProperty(),
                control.axisRowHeightProperty(), control.periodRowHeightProperty())) {
            registerChangeListener(property, o -> control.requestLayout());
        }
        control.getCollapsedLanes().addListener(collapsedListener);
        input = new TimelineInput(control, body, gutter, this::scrollLanes);
        laneScroll.addEventHandler(ScrollEvent.SCROLL, e -> {
            scrollLanes(e);
            e.consume();
        });
        control.setMotion(animation::moveTo);

        dataChanged();
    }

    @Override
    public void dispose() {
        TimelineView control = getSkinnable();
        if (control == null) {
            return;
        }
        control.getCollapsedLanes().removeListener(collapsedListener);
        input.dispose();
        animation.stop();
        control.setMotion(null);
        control.setDrawnWidth(0);
        super.dispose();
    }

    // ------------------------------------------------------------------ state for tests and the benchmark

    /** The scale of the last frame, or {@code null} before the first. */
    public TimeScale scale() {
        return scale;
    }

    /** The last frame's layout, or {@code null} before the first. */
    public TimelineLayout lastLayout() {
        return lanePainter.lastLayout();
    }

    /** How far the lanes are scrolled down, in pixels (0 when they all fit). */
    public double laneOffset() {
        return laneOffset;
    }

    /**
     * Scrolls the lanes as a wheel or touchpad asks (a wheel's click is some lines: that many rows),
     * within what they allow. The wheel turned towards the reader moves down the lanes.
     */
    void scrollLanes(ScrollEvent e) {
        LaneFit fit = lanePainter.lastFit();
        if (fit == null || !fit.scrolls()) {
            return;
        }
        double up = switch (e.getTextDeltaYUnits()) {
            case LINES -> e.getTextDeltaY() * fit.rowHeight();
            case PAGES -> e.getTextDeltaY() * fit.viewportHeight();
            default -> e.getDeltaY();
        };
        if (up != 0) {
            laneOffset = fit.scrolledBy(laneOffset, -up);
            getSkinnable().requestLayout();
        }
    }

    /** How long the last frame's layout computation took. */
    public long lastLayoutNanos() {
        return lanePainter.lastLayoutNanos();
    }

    // ------------------------------------------------------------------ data

    private void dataChanged() {
        TimelineView view = getSkinnable();
        TimelineData data = view.getData();
        boolean wasEmpty = shownData.isEmpty();
        shownData = data;
        periods = PeriodPacking.of(data.periods());
        overview.setData(data);
        TimeRange visible = view.getVisibleRange();
        // the first events to arrive are shown whole; later changes keep the reader's place
        if (visible == null || wasEmpty || !data.extent().overlaps(visible.start(), visible.end())) {
            view.setVisibleRange(view.fitRange());
        }
        showLegend();
        view.requestLayout();
    }

    private void showLegend() {
        legend.show(getSkinnable().getData(), getSkinnable().getLanguage(), metric(getSkinnable().getMarkerSize()));
    }

    // ------------------------------------------------------------------ layout

    /**
     * A size from the stylesheet, to a quarter pixel: sizes in em land a hair off the pixel
     * (12/14 em of 14 px), and the default text size should draw exactly as sizes in px did.
     */
    private static double metric(double styled) {
        return Math.round(styled * 4) / 4.0;
    }

    @Override
    protected double computePrefHeight(double width, double top, double right, double bottom, double left) {
        TimelineView view = getSkinnable();
        LaneFit fit = lanePainter.lastFit();
        if (view.isPrinted() && fit != null) {
            // on paper every lane shows whole: as tall as the last layout's lanes
            double axisHeight = metric(view.getAxisRowHeight()) * (view.isHijriAxis() ? 3 : 2);
            double legendWidth = width > 0 ? width - left - right : view.getWidth();
            return top + bottom + axisHeight + periods.rowCount() * metric(view.getPeriodRowHeight())
                    + fit.contentHeight() + OverviewStrip.HEIGHT + legend.prefHeight(legendWidth);
        }
        return top + bottom + 2 * metric(view.getAxisRowHeight()) + 6 * metric(view.getRowHeight())
                + OverviewStrip.HEIGHT + 30;
    }

    // SkinBase's defaults derive the minimum from where the children sit now, which would make
    // the control grow by itself on every pass: the timeline fits whatever space it is given.
    @Override
    protected double computeMinHeight(double width, double top, double right, double bottom, double left) {
        TimelineView view = getSkinnable();
        return top + bottom + 2 * metric(view.getAxisRowHeight()) + metric(view.getRowHeight()) + OverviewStrip.HEIGHT;
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
        double axisRow = metric(view.getAxisRowHeight());
        double row = metric(view.getRowHeight());
        double marker = metric(view.getMarkerSize());
        double periodRow = metric(view.getPeriodRowHeight());
        texts.refresh();
        stamps.use(pictureScale(), marker);

        TimeRange visible = view.getVisibleRange() == null ? view.fitRange() : view.getVisibleRange();
        double axisHeight = axisRow * (view.isHijriAxis() ? 3 : 2);
        double periodsHeight = periods.rowCount() * periodRow;
        double legendHeight = legend.prefHeight(w);
        double bodyHeight = Math.max(row, h - axisHeight - periodsHeight - OverviewStrip.HEIGHT - legendHeight);
        double gutterWidth = lanePainter.gutterWidth(data, w);
        double minRow = metric(view.getMinRowHeight());
        double tw = w - gutterWidth;
        scale = TimeScale.showing(visible, tw);
        // on paper the lanes take the height they need (the control's preferred height follows)
        double laneRoom = view.isPrinted() ? Double.POSITIVE_INFINITY : bodyHeight;
        LaneFit fit = lanePainter.fit(data, scale, laneRoom, row, minRow, marker);
        boolean scrolls = fit.scrolls();
        if (scrolls) {
            // the scroll bar takes its width at the end edge
            tw = Math.max(1, tw - laneScroll.prefWidth(-1));
            scale = TimeScale.showing(visible, tw);
            fit = lanePainter.fit(data, scale, laneRoom, row, minRow, marker);
        }
        if (view.isPrinted() && Math.abs(fit.contentHeight() - bodyHeight) > 0.5) {
            view.requestLayout(); // its preferred height has changed with its lanes
        }
        double tx = x + gutterWidth;
        view.setDrawnWidth(tw);
        if (!scale.visible().equals(visible)) {
            view.setVisibleRange(scale.visible()); // clamped: keep the property honest
        }
        scrollToSelection(fit);
        laneOffset = fit.clamp(laneOffset);

        double top = y;
        corner.resizeRelocate(x, top, gutterWidth, axisHeight + periodsHeight);
        axis.resizeRelocate(tx, top, tw, axisHeight);
        clip(axisClip, tw, axisHeight);
        top += axisHeight;
        periodStrip.resizeRelocate(tx, top, tw, periodsHeight);
        clip(periodClip, tw, periodsHeight);
        top += periodsHeight;
        gutter.resizeRelocate(x, top, gutterWidth, bodyHeight);
        clip(gutterClip, gutterWidth, bodyHeight);
        body.resizeRelocate(tx, top, tw, bodyHeight);
        for (Node layerNode : body.getChildren()) {
            if (layerNode != stamps.layer()) {
                ((Pane) layerNode).resizeRelocate(0, 0, tw, bodyHeight);
            }
        }
        clip(bodyClip, tw, bodyHeight);
        top += bodyHeight;
        overview.resizeRelocate(tx, top, tw, OverviewStrip.HEIGHT);
        top += OverviewStrip.HEIGHT;
        legend.resizeRelocate(x, top, w, legendHeight);

        axis.pseudoClassStateChanged(ARABIC_DIGITS, view.getDateStyle().digits() == DigitStyle.ARABIC_INDIC);
        axisPainter.paint(scale, texts.axis(), view.isHijriAxis(), axisRow, axisRow / DEFAULT_AXIS_ROW, bodyHeight);
        periodPainter.paint(periods, scale, view.getLanguage(), periodRow);
        lanePainter.paint(data, scale, gutterWidth, bodyHeight, laneOffset, row, marker);
        laneScroll.setVisible(fit.scrolls());
        laneScroll.resizeRelocate(tx + tw, body.getLayoutY(), w - gutterWidth - tw, bodyHeight);
        scrollCorner.setVisible(tw < w - gutterWidth);
        scrollCorner.resizeRelocate(tx + tw, y, w - gutterWidth - tw, axisHeight + periodsHeight);
        showOffset(fit);
        paintToday(data, bodyHeight, axisRow);
        overview.paint(scale);

        TimelineNodes.setText(emptyState, view.getMessages().get("timeline.empty"));
        emptyState.setVisible(data.isEmpty());
        double ew = emptyState.getLayoutBounds().getWidth();
        double eh = emptyState.getLayoutBounds().getHeight();
        emptyState.relocate(x + (w - ew) / 2, body.getLayoutY() + (bodyHeight - eh) / 2);
    }

    /** Scrolls a newly selected event's lane, and at least its row, into view, once. */
    private void scrollToSelection(LaneFit fit) {
        String selected = getSkinnable().getSelectedEvent() == null ? null : getSkinnable().getSelectedEvent().id();
        if (selected == null) {
            revealedId = null;
            return;
        }
        if (selected.equals(revealedId)) {
            return; // the reader may have scrolled away since
        }
        double[] band = lanePainter.selectedBand();
        if (band == null) {
            return; // not drawn yet (the view may be on its way to it): try on the next frame
        }
        laneOffset = fit.reveal(fit.reveal(laneOffset, band[2], band[3]), band[0], band[1]);
        revealedId = selected;
    }

    private void showOffset(LaneFit fit) {
        settingScrollBar = true;
        try {
            double max = fit.maxOffset();
            laneScroll.setMin(0);
            laneScroll.setMax(max);
            laneScroll.setVisibleAmount(max <= 0 ? 0 : max * fit.viewportHeight() / fit.contentHeight());
            laneScroll.setUnitIncrement(fit.rowHeight());
            laneScroll.setBlockIncrement(fit.viewportHeight() * 0.9);
            laneScroll.setValue(laneOffset);
        } finally {
            settingScrollBar = false;
        }
    }

    private static void clip(Rectangle clip, double w, double h) {
        clip.setWidth(w);
        clip.setHeight(h);
    }

    private void paintToday(TimelineData data, double bodyHeight, double axisRow) {
        double tx = scale.x(data.today().toEpochDay() + 0.5);
        boolean visible = tx >= 0 && tx <= scale.width();
        todayLine.setVisible(visible);
        todayLabel.setVisible(visible);
        if (visible) {
            setLine(todayLine, tx, 0, tx, bodyHeight);
            TimelineNodes.setText(todayLabel, getSkinnable().getMessages().get("timeline.today"));
            // in the axis's first row, after the line, or before it where the end edge is near
            double lw = todayLabel.getLayoutBounds().getWidth();
            double lx = tx + 3 + lw <= scale.width() ? tx + 3 : tx - 3 - lw;
            todayLabel.relocate(lx, axisRow * 0.5 - todayLabel.getLayoutBounds().getHeight() / 2);
        }
    }

    /**
     * Pixels per layout pixel of the marker pictures: the window's output scale (HiDPI screens),
     * or what the control is told for print pictures.
     */
    private double pictureScale() {
        double asked = getSkinnable().getPictureScale();
        if (asked > 0) {
            return asked;
        }
        Window window = getSkinnable().getScene() == null ? null : getSkinnable().getScene().getWindow();
        return window == null ? 1 : Math.max(1, window.getOutputScaleX());
    }
}
