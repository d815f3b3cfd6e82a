package org.hawliyat.ui;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Rectangle2D;

/**
 * Where to put the window: where it was last time, moved and shrunk as needed so that it lies
 * wholly on one screen (a screen may have been unplugged or its resolution lowered since), else
 * centred on the primary screen at the default size.
 */
public final class WindowPlacement {

    private WindowPlacement() {
    }

    /**
     * @param saved         the window's last bounds, if any
     * @param defaultWidth  width when nothing was saved
     * @param defaultHeight height when nothing was saved
     * @param screens       the visual bounds of every screen
     * @param primary       the visual bounds of the primary screen
     */
    public static Rectangle2D place(Optional<Rectangle2D> saved, double defaultWidth, double defaultHeight,
                                    List<Rectangle2D> screens, Rectangle2D primary) {
        if (saved.isEmpty()) {
            return centred(defaultWidth, defaultHeight, primary);
        }
        Rectangle2D bounds = saved.get();
        Optional<Rectangle2D> screen = screens.stream()
                .filter(s -> overlap(s, bounds) > 0)
                .max(Comparator.comparingDouble(s -> overlap(s, bounds)));
        if (screen.isEmpty()) {
            return centred(bounds.getWidth(), bounds.getHeight(), primary);
        }
        Rectangle2D target = screen.get();
        double width = Math.min(bounds.getWidth(), target.getWidth());
        double height = Math.min(bounds.getHeight(), target.getHeight());
        double x = clamp(bounds.getMinX(), target.getMinX(), target.getMaxX() - width);
        double y = clamp(bounds.getMinY(), target.getMinY(), target.getMaxY() - height);
        return new Rectangle2D(x, y, width, height);
    }

    private static Rectangle2D centred(double width, double height, Rectangle2D screen) {
        double w = Math.min(width, screen.getWidth());
        double h = Math.min(height, screen.getHeight());
        return new Rectangle2D(screen.getMinX() + (screen.getWidth() - w) / 2,
                screen.getMinY() + (screen.getHeight() - h) / 2, w, h);
    }

    private static double overlap(Rectangle2D a, Rectangle2D b) {
        double w = Math.min(a.getMaxX(), b.getMaxX()) - Math.max(a.getMinX(), b.getMinX());
        double h = Math.min(a.getMaxY(), b.getMaxY()) - Math.max(a.getMinY(), b.getMinY());
        return w > 0 && h > 0 ? w * h : 0;
    }

    private static double clamp(double value, double min, double max) {
        return Math.max(min, Math.min(value, max));
    }
}
