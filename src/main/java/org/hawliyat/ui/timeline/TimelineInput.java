package org.hawliyat.ui.timeline;

import java.util.function.Consumer;
import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Pane;
import org.hawliyat.timeline.TimeRange;
import org.hawliyat.timeline.TimeScale;
import org.hawliyat.timeline.TimelineItem;
import org.hawliyat.timeline.TimelineLayout.Cluster;

/**
 * The timeline's keys, wheel and mouse on the lanes: select, open, zoom around the pointer, pan
 * by dragging or scrolling, zoom into a cluster, collapse a lane, scroll the lanes up and down.
 * The wheel zooms; with {@code Shift} (or a horizontal scroll) it pans; with {@code Ctrl}, or over
 * the lane names, it scrolls the lanes when they are taller than their area. Mouse positions are read in the
 * body's own coordinates, which are mirrored with the control: a distance from the start edge.
 * (The overview strip handles its own drags.)
 */
final class TimelineInput {

    /** How far a press may move and still be a click. */
    private static final double CLICK_SLOP = 3;

    private final TimelineView view;
    private final Pane body;
    private final Pane gutter;
    private final EventHandler<KeyEvent> keys;
    /** Scrolls the lanes up or down as a wheel or touchpad event asks. */
    private final Consumer<ScrollEvent> scrollLanes;

    private double dragStartX;
    private TimeScale dragStartScale;
    private boolean dragged;

    TimelineInput(TimelineView view, Pane body, Pane gutter, Consumer<ScrollEvent> scrollLanes) {
        this.view = view;
        this.scrollLanes = scrollLanes;
        this.body = body;
        this.gutter = gutter;
        this.keys = e -> TimelineKeys.handle(e, view);
        view.addEventHandler(KeyEvent.KEY_PRESSED, keys);
        body.addEventHandler(ScrollEvent.SCROLL, this::scrolled);
        body.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        body.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        body.addEventHandler(MouseEvent.MOUSE_CLICKED, this::clicked);
        gutter.addEventHandler(MouseEvent.MOUSE_CLICKED, this::gutterClicked);
        gutter.addEventHandler(ScrollEvent.SCROLL, e -> {
            scrollLanes.accept(e);
            e.consume();
        });
    }

    /** Takes the key handler off the control (the rest is on the skin's own nodes). */
    void dispose() {
        view.removeEventHandler(KeyEvent.KEY_PRESSED, keys);
    }

    private void scrolled(ScrollEvent e) {
        TimeScale scale = view.currentScale();
        if (scale == null) {
            return;
        }
        boolean horizontal = Math.abs(e.getDeltaX()) > Math.abs(e.getDeltaY()) || e.isShiftDown();
        if (e.isControlDown() && !horizontal) {
            scrollLanes.accept(e);
        } else if (horizontal) {
            double delta = e.getDeltaX() != 0 ? e.getDeltaX() : e.getDeltaY();
            view.panBy(TimelineKeys.panForScroll(delta, view.isTimeRightToLeft()));
        } else if (e.getDeltaY() != 0) {
            double factor = Math.pow(1.0015, e.getDeltaY());
            view.setVisibleRange(scale.zoomed(factor, e.getX()).visible()); // the wheel is its own animation
        }
        e.consume();
    }

    private void pressed(MouseEvent e) {
        view.requestFocus();
        dragStartX = e.getX();
        dragStartScale = view.currentScale();
        dragged = false;
    }

    private void dragged(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        if (Math.abs(e.getX() - dragStartX) > CLICK_SLOP) {
            dragged = true;
        }
        // the time grabbed stays under the pointer; the move is from where the drag began, so
        // drag events between frames add up
        if (dragStartScale != null) {
            view.setVisibleRange(dragStartScale.panned(dragStartX - e.getX()).visible());
        }
    }

    private void clicked(MouseEvent e) {
        if (dragged || e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        for (Node hit = e.getPickResult().getIntersectedNode(); hit != null && hit != body; hit = hit.getParent()) {
            Object data = hit.getUserData();
            if (data instanceof TimelineItem item) {
                view.setSelectedEvent(item.event());
                if (e.getClickCount() == 2) {
                    view.openSelected();
                }
                return;
            }
            if (data instanceof Cluster c) {
                view.zoomTo(new TimeRange(c.firstDay(), c.lastDay()).padded(0.15));
                return;
            }
        }
    }

    private void gutterClicked(MouseEvent e) {
        for (Node hit = e.getPickResult().getIntersectedNode(); hit != null && hit != gutter; hit = hit.getParent()) {
            if (hit.getUserData() instanceof String laneKey && hit.getStyleClass().contains("lane-header")) {
                if (!view.getCollapsedLanes().remove(laneKey)) {
                    view.getCollapsedLanes().add(laneKey);
                }
                e.consume();
                return;
            }
        }
    }
}
