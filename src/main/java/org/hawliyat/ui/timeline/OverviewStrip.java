package org.hawliyat.ui.timeline;

import java.util.List;
import javafx.scene.Cursor;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.paint.Paint;
import org.hawliyat.timeline.DensityHistogram;
import org.hawliyat.timeline.TimeRange;
import org.hawliyat.timeline.TimeScale;
import org.hawliyat.timeline.TimelineData;

/**
 * The overview strip under the lanes: how many events there are across all time (a density
 * histogram) and a window on the part in view. Dragging the window moves the view, dragging its
 * edges stretches it, dragging elsewhere picks a range to zoom to, and a click centres the view
 * there. Positions are distances from the start edge; the strip is mirrored with the control.
 */
final class OverviewStrip extends Pane {

    static final double HEIGHT = 38;
    /** How near an edge of the window the pointer grabs the edge rather than the window. */
    private static final double EDGE_GRAB = 6;
    /** A range drag shorter than this is a click. */
    private static final double CLICK_SLOP = 4;
    private static final int BINS = 160;

    /** What a press on the strip began. */
    private enum Drag { MOVE, START_EDGE, END_EDGE, RANGE }

    private final TimelineView view;
    /**
     * The density histogram, drawn on a canvas only when it changes: one picture instead of a
     * hundred and sixty regions on every frame. Its colour comes from the stylesheet, through a
     * region styled as a bar that is never shown.
     */
    private final Canvas densityCanvas = new Canvas();
    private final Region densityStyle = TimelineNodes.probe(TimelineNodes.region("density-bar"));
    private final Region window = TimelineNodes.region("overview-window");
    private int[] density = new int[0];
    private TimeRange extent;
    private Object densityDrawn;
    /** The scale of the last frame, which presses and drags are measured against. */
    private TimeScale scale;

    private Drag drag;
    private double anchorX;
    private TimeRange rangeAtPress;

    OverviewStrip(TimelineView view) {
        this.view = view;
        getStyleClass().add("timeline-overview");
        densityCanvas.setManaged(false);
        densityCanvas.setMouseTransparent(true);
        window.setManaged(false);
        getChildren().addAll(densityStyle, densityCanvas, window);
        addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
        addEventHandler(MouseEvent.MOUSE_MOVED, this::hovered);
    }

    /** Counts the events again, over all of their time with a margin. */
    void setData(TimelineData data) {
        extent = data.extent().padded(0.04);
        density = DensityHistogram.of(data, extent, BINS);
    }

    void paint(TimeScale frame) {
        scale = frame;
        double w = frame.width();
        TimeRange whole = whole();
        paintDensity(whole, w);
        double x0 = (frame.visible().start() - whole.start()) / whole.length() * w;
        double x1 = (frame.visible().end() - whole.start()) / whole.length() * w;
        x0 = Math.max(0, Math.min(w - 4, x0));
        x1 = Math.max(x0 + 4, Math.min(w, x1));
        window.resizeRelocate(x0, 1, x1 - x0, HEIGHT - 2);
    }

    private void paintDensity(TimeRange whole, double w) {
        Paint barPaint = densityStyle.getBackground() == null || densityStyle.getBackground().getFills().isEmpty()
                ? null : densityStyle.getBackground().getFills().get(0).getFill();
        // A canvas keeps its drawing unmirrored in a right-to-left parent (as text is): the one
        // place where the timeline mirrors by hand.
        boolean mirrored = view.isTimeRightToLeft();
        List<Object> state = List.of(density, whole, w, String.valueOf(barPaint), mirrored);
        if (state.equals(densityDrawn) || barPaint == null) {
            return;
        }
        densityDrawn = state;
        densityCanvas.setWidth(w);
        densityCanvas.setHeight(HEIGHT);
        GraphicsContext g = densityCanvas.getGraphicsContext2D();
        g.clearRect(0, 0, w, HEIGHT);
        g.setFill(barPaint);
        int max = 1;
        for (int c : density) {
            max = Math.max(max, c);
        }
        double daysPerBin = extent.length() / Math.max(1, density.length);
        for (int i = 0; i < density.length; i++) {
            if (density[i] == 0) {
                continue;
            }
            double x0 = (extent.start() + i * daysPerBin - whole.start()) / whole.length() * w;
            double x1 = (extent.start() + (i + 1) * daysPerBin - whole.start()) / whole.length() * w;
            double barHeight = Math.max(2, (HEIGHT - 8) * Math.sqrt(density[i] / (double) max));
            double barWidth = Math.max(1, Math.floor(x1) - Math.floor(x0) - 1);
            double barX = mirrored ? w - Math.floor(x0) - barWidth : Math.floor(x0);
            g.fillRect(barX, HEIGHT - 4 - barHeight, barWidth, barHeight);
        }
    }

    /** The strip shows all events, and the view wherever it has been moved. */
    private TimeRange whole() {
        TimeRange v = scale.visible();
        return new TimeRange(Math.min(extent.start(), v.start()), Math.max(extent.end(), v.end()));
    }

    private double daysPerPixel() {
        return whole().length() / scale.width();
    }

    private Drag dragAt(double x) {
        double x0 = window.getLayoutX();
        double x1 = x0 + window.getWidth();
        if (Math.abs(x - x0) <= EDGE_GRAB) {
            return Drag.START_EDGE;
        }
        if (Math.abs(x - x1) <= EDGE_GRAB) {
            return Drag.END_EDGE;
        }
        return x > x0 && x < x1 ? Drag.MOVE : Drag.RANGE;
    }

    private void pressed(MouseEvent e) {
        view.requestFocus();
        if (scale == null) {
            return;
        }
        anchorX = e.getX();
        rangeAtPress = scale.visible();
        drag = dragAt(e.getX());
        e.consume();
    }

    private void dragged(MouseEvent e) {
        if (drag == null || scale == null) {
            return;
        }
        double delta = (e.getX() - anchorX) * daysPerPixel();
        TimeRange r = rangeAtPress;
        switch (drag) {
            case MOVE -> view.setVisibleRange(new TimeRange(r.start() + delta, r.end() + delta));
            case START_EDGE -> view.setVisibleRange(
                    new TimeRange(Math.min(r.start() + delta, r.end() - TimeScale.MIN_SPAN_DAYS), r.end()));
            case END_EDGE -> view.setVisibleRange(
                    new TimeRange(r.start(), Math.max(r.end() + delta, r.start() + TimeScale.MIN_SPAN_DAYS)));
            case RANGE -> {
                double a = Math.min(anchorX, e.getX());
                double b = Math.max(anchorX, e.getX());
                window.resizeRelocate(a, 1, Math.max(2, b - a), HEIGHT - 2);
                return; // the view changes on release
            }
            default -> throw new IllegalStateException();
        }
        e.consume();
    }

    private void released(MouseEvent e) {
        if (drag == Drag.RANGE && scale != null) {
            TimeRange whole = whole();
            double daysPerPx = daysPerPixel();
            double a = Math.min(anchorX, e.getX());
            double b = Math.max(anchorX, e.getX());
            if (b - a < CLICK_SLOP) {
                // a click: centre the view there
                double middle = whole.start() + e.getX() * daysPerPx;
                double half = scale.visible().length() / 2;
                view.zoomTo(new TimeRange(middle - half, middle + half));
            } else {
                view.zoomTo(new TimeRange(whole.start() + a * daysPerPx, whole.start() + b * daysPerPx));
            }
        }
        drag = null;
        e.consume();
    }

    private void hovered(MouseEvent e) {
        setCursor(switch (dragAt(e.getX())) {
            case START_EDGE, END_EDGE -> Cursor.H_RESIZE;
            case MOVE -> Cursor.MOVE;
            case RANGE -> Cursor.CROSSHAIR;
        });
    }
}
