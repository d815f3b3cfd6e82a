package org.hawliyat.ui.timeline;

import javafx.animation.Animation;
import javafx.animation.Interpolator;
import javafx.animation.KeyFrame;
import javafx.animation.KeyValue;
import javafx.animation.Timeline;
import javafx.beans.InvalidationListener;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.util.Duration;
import org.hawliyat.timeline.TimeRange;

/**
 * Moves the timeline's visible range to a target, animated when the control allows it and is
 * showing. The length is interpolated on a log scale, so that a zoom from centuries to days
 * feels even.
 */
final class RangeAnimation {

    private static final Duration LENGTH = Duration.millis(220);

    private final TimelineView view;
    private final DoubleProperty start = new SimpleDoubleProperty();
    private final DoubleProperty logLength = new SimpleDoubleProperty();
    private final InvalidationListener apply;
    private Timeline running;

    RangeAnimation(TimelineView view) {
        this.view = view;
        this.apply = o -> view.setVisibleRange(new TimeRange(start.get(), start.get() + Math.exp(logLength.get())));
    }

    void moveTo(TimeRange target) {
        TimeRange from = view.getVisibleRange();
        stop();
        if (!view.isAnimated() || from == null || !TimelineNodes.isOnScreen(view)) {
            view.setVisibleRange(target);
            return;
        }
        start.set(from.start());
        logLength.set(Math.log(from.length()));
        start.addListener(apply);
        logLength.addListener(apply);
        Timeline animation = new Timeline(new KeyFrame(LENGTH,
                new KeyValue(start, target.start(), Interpolator.EASE_BOTH),
                new KeyValue(logLength, Math.log(target.length()), Interpolator.EASE_BOTH)));
        animation.setOnFinished(done -> {
            detach();
            view.setVisibleRange(target);
        });
        animation.statusProperty().addListener((o, before, after) -> {
            if (after == Animation.Status.STOPPED && animation.getCurrentTime().lessThan(LENGTH)) {
                detach(); // stopped before its end: by a newer move, or the skin's disposal
            }
        });
        running = animation;
        animation.play();
    }

    void stop() {
        if (running != null) {
            running.stop();
            running = null;
        }
    }

    private void detach() {
        start.removeListener(apply);
        logLength.removeListener(apply);
    }
}
