package org.hawliyat.ui.timeline;

import java.util.HashMap;
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
    private final Map<String, Image> looks = new HashMap<>();
    private final Runnable relayout;
    private double drawnScale;
    private double drawnSize;
    private double pendingSize;
    private boolean resizeScheduled;

    /** @param relayout asks the timeline for a new layout once the pictures are to be drawn again */
    MarkerStamps(Runnable relayout) {
        this.relayout = relayout;
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

    /** How a marker of this type and state looks. */
    Image look(String typeClass, boolean approximate, boolean selected) {
        String key = typeClass + (approximate ? ":approximate" : ":exact") + (selected ? ":selected" : "");
        Image look = looks.get(key);
        if (look == null) {
            stamp.getStyleClass().setAll("event-marker", typeClass, approximate ? "approximate" : "exact");
            stamp.pseudoClassStateChanged(TimelineNodes.SELECTED, selected);
            stamp.applyCss();
            stamp.resize(drawnSize, drawnSize);
            SnapshotParameters parameters = new SnapshotParameters();
            parameters.setFill(Color.TRANSPARENT);
            parameters.setTransform(Transform.scale(drawnScale, drawnScale));
            look = stamp.snapshot(parameters, null);
            looks.put(key, look);
        }
        return look;
    }
}
