package org.hawliyat.ui;

import org.hawliyat.ui.common.UiPreferences;
import java.util.List;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * The window's place and size, restored at start (see {@link WindowPlacement}) and remembered:
 * the bounds it last had when neither maximized, minimized nor full screen, and whether it was maximized.
 */
final class WindowBounds {

    private final Stage stage;
    private final UiPreferences preferences;
    /** The window's bounds when last neither maximized nor minimized: what is saved on close. */
    private Rectangle2D normalBounds;

    WindowBounds(Stage stage, UiPreferences preferences) {
        this.stage = stage;
        this.preferences = preferences;
    }

    /** Puts the window where it was (or centred at the default size), then follows its moves. */
    void restore(double defaultWidth, double defaultHeight) {
        List<Rectangle2D> screens = Screen.getScreens().stream().map(Screen::getVisualBounds).toList();
        Rectangle2D bounds = WindowPlacement.place(preferences.windowBounds(), defaultWidth, defaultHeight,
                screens, Screen.getPrimary().getVisualBounds());
        stage.setX(bounds.getMinX());
        stage.setY(bounds.getMinY());
        stage.setWidth(bounds.getWidth());
        stage.setHeight(bounds.getHeight());
        normalBounds = bounds;
        stage.setMaximized(preferences.windowMaximized());
        stage.xProperty().addListener(o -> rememberNormalBounds());
        stage.yProperty().addListener(o -> rememberNormalBounds());
        stage.widthProperty().addListener(o -> rememberNormalBounds());
        stage.heightProperty().addListener(o -> rememberNormalBounds());
    }

    /** Saves them, for the next start. */
    void save() {
        preferences.setWindow(normalBounds, stage.isMaximized());
    }

    private void rememberNormalBounds() {
        Rectangle2D bounds = new Rectangle2D(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight());
        // While maximizing, the new size may arrive before the maximized flag: a window exactly
        // filling a screen is not what the user sized by hand, so it is not remembered as such.
        boolean fillsAScreen = Screen.getScreens().stream().anyMatch(screen -> screen.getVisualBounds().equals(bounds));
        if (!stage.isMaximized() && !stage.isIconified() && !stage.isFullScreen() && !fillsAScreen) {
            normalBounds = bounds;
        }
    }
}
