package org.hawliyat.ui.timeline;

import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * Every key and gesture whose meaning depends on the direction time runs on screen, in one
 * place: ← and → follow time as it is drawn (in right-to-left, ← goes later), and a horizontal
 * scroll moves the content with the fingers. Used by the timeline and by the presentation, so
 * that both read the arrows alike. Everything else is in logical time order.
 */
public final class TimelineKeys {

    /** How far Shift+arrow pans, in screen widths. */
    private static final double ARROW_PAN = 0.25;
    /** How far PageUp and PageDown pan, in screen widths. */
    private static final double PAGE_PAN = 0.8;

    private TimelineKeys() {
    }

    /**
     * +1 for an arrow that points toward later times as time is drawn, -1 toward earlier, 0 for
     * any other key.
     */
    public static int stepInTime(KeyCode code, boolean timeRightToLeft) {
        return switch (code) {
            case RIGHT, KP_RIGHT -> timeRightToLeft ? -1 : 1;
            case LEFT, KP_LEFT -> timeRightToLeft ? 1 : -1;
            default -> 0;
        };
    }

    /**
     * The pan toward later times for a horizontal scroll: scroll deltas are in screen directions
     * (never mirrored), and the content follows the fingers.
     */
    public static double panForScroll(double screenDelta, boolean timeRightToLeft) {
        return timeRightToLeft ? screenDelta : -screenDelta;
    }

    /** Acts on a key pressed in the timeline; consumes the keys it knows. */
    static void handle(KeyEvent e, TimelineView view) {
        double screen = view.getDrawnWidth();
        int arrow = stepInTime(e.getCode(), view.isTimeRightToLeft());
        if (arrow != 0) {
            if (e.isShiftDown()) {
                view.panBy(arrow * screen * ARROW_PAN);
            } else if (arrow > 0) {
                view.selectNext();
            } else {
                view.selectPrevious();
            }
            e.consume();
            return;
        }
        switch (e.getCode()) {
            case HOME -> view.selectFirst();
            case END -> view.selectLast();
            case PAGE_DOWN -> view.panBy(screen * PAGE_PAN);
            case PAGE_UP -> view.panBy(-screen * PAGE_PAN);
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
}
