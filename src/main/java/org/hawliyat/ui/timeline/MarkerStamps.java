package org.hawliyat.ui.timeline;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.application.Platform;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.Image;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.transform.Transform;

/**
 * The pictures event markers show: each look (type, approximate or exact, selected or not) is
 * drawn once from the stylesheet, by a region styled as a marker that is never seen, and then
 * copied. A picture at the screen's own scale is copied, not resampled, which is what makes it
 * cheaper than drawing the shape on every frame.
 */
final class MarkerStamps {

    /** Far outside the body's clip: the stamp is drawn from the stylesheet but never seen. */
    private static final double OUT_OF_SIGHT = -10_000;

    private final Region stamp = TimelineNodes.region("event-marker");
    private final Pane layer = TimelineNodes.layer(null);
    private final Map<Look, Image> looks = new HashMap<>();
    private final Runnable relayout;
    private final java.util.function.BooleanSupplier onScreen;
    /** Looks asked for during a layout pass on screen, drawn after it (see {@link #look}). */
    private final java.util.Set<Look> missing = new java.util.LinkedHashSet<>();
    private boolean drawScheduled;
    private double drawnScale;
    private double drawnSize;
    private double pendingSize;
    private boolean resizeScheduled;

    /**
     * @param relayout asks the timeline for a new layout once the pictures are to be drawn again
     * @param onScreen whether the timeline is in a window on screen (else it is drawn for a picture,
     *                 in one pass, and the looks are drawn at once)
     */
    MarkerStamps(Runnable relayout, java.util.function.BooleanSupplier onScreen) {
        this.relayout = relayout;
        this.onScreen = onScreen;
        layer.getChildren().add(stamp);
        stamp.setManaged(false);
        layer.setManaged(false);
        layer.setLayoutX(OUT_OF_SIGHT);
    }

    /** The layer to put inside the timeline, so that the stamp is styled as markers are. */
    Pane layer() {
        return layer;
    }

    /**
     * Forgets the pictures when they were drawn at another scale or size than now; once a frame.
     *
     * @param scale pixels per layout pixel: the window's output scale, or a print picture's
     * @param size  the markers' size in layout pixels
     */
    void use(double scale, double size) {
        if (scale != drawnScale || drawnSize == 0) {
            looks.clear();
            drawnScale = scale;
            drawnSize = size;
        } else if (size != drawnSize && (!resizeScheduled || size != pendingSize)) {
            // A new text size: not redrawn in this layout pass. A snapshot lays the whole scene out
            // from inside the pass, and the paragraphs that the same change re-wrapped kept their old
            // word positions (words drawn over each other). This frame scales the old pictures.
            pendingSize = size;
            if (!resizeScheduled) {
                resizeScheduled = true;
                Platform.runLater(this::resize);
            }
        }
    }

    private void resize() {
        resizeScheduled = false;
        looks.clear();
        drawnSize = pendingSize;
        relayout.run();
    }

    /**
     * How a marker of this type and state looks; null, on screen, for a look not drawn yet: it is
     * drawn after this layout pass and the timeline laid out again. A snapshot lays the whole scene
     * out from inside the pass, and paragraphs laid out for the first time in the same pass kept
     * every word at one place (the first card of a presentation, drawn with its words on top of
     * each other).
     */
    Image look(String typeClass, boolean approximate, boolean selected) {
        Look key = new Look(typeClass, approximate, selected);
        Image look = looks.get(key);
        if (look == null && onScreen.getAsBoolean()) {
            missing.add(key);
            if (!drawScheduled) {
                drawScheduled = true;
                Platform.runLater(this::drawMissing);
            }
            return null;
        }
        return look != null ? look : draw(key);
    }

    private void drawMissing() {
        drawScheduled = false;
        for (Look key : List.copyOf(missing)) {
            if (!looks.containsKey(key)) {
                draw(key);
            }
        }
        missing.clear();
        relayout.run();
    }

    private Image draw(Look key) {
        stamp.getStyleClass().setAll("event-marker", key.typeClass(), key.approximate() ? "approximate" : "exact");
        stamp.pseudoClassStateChanged(TimelineNodes.SELECTED, key.selected());
        stamp.applyCss();
        stamp.resize(drawnSize, drawnSize);
        SnapshotParameters parameters = new SnapshotParameters();
        parameters.setFill(Color.TRANSPARENT);
        parameters.setTransform(Transform.scale(drawnScale, drawnScale));
        Image look = stamp.snapshot(parameters, null);
        looks.put(key, look);
        return look;
    }

    /** One look of a marker: its type's style class, approximate or exact, selected or not. */
    private record Look(String typeClass, boolean approximate, boolean selected) {
    }
}
