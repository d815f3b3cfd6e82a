package org.hawliyat.ui.common;

import java.net.URL;
import java.util.Locale;
import java.util.Objects;
import java.util.prefs.Preferences;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Parent;
import javafx.scene.Scene;

/**
 * The window's theme (light or dark) and text size, both remembered. The dark theme is a second
 * stylesheet that only redefines the colour variables; the text size is the root's font size, from
 * which every size in the stylesheet follows (em).
 */
public final class Appearance {

    /** Light or dark colours. */
    public enum Theme { LIGHT, DARK }

    /** The base text size: for reading at a desk, for those who need larger type, for a projector. */
    public enum TextSize {
        NORMAL(14), LARGE(17), LARGER(21);

        private final int pixels;

        TextSize(int pixels) {
            this.pixels = pixels;
        }

        public int pixels() {
            return pixels;
        }
    }

    private static final String THEME = "ui.theme";
    private static final String TEXT_SIZE = "ui.textSize";
    private static final String DARK_STYLESHEET = stylesheet("/css/theme-dark.css");

    private final ObjectProperty<Theme> theme;
    private final ObjectProperty<TextSize> textSize;

    Appearance(Preferences node) {
        theme = new SimpleObjectProperty<>(this, "theme", read(node, THEME, Theme.class, Theme.LIGHT));
        textSize = new SimpleObjectProperty<>(this, "textSize", read(node, TEXT_SIZE, TextSize.class, TextSize.NORMAL));
        theme.addListener((o, before, after) -> {
            node.put(THEME, after.name());
            UiPreferences.flush(node);
        });
        textSize.addListener((o, before, after) -> {
            node.put(TEXT_SIZE, after.name());
            UiPreferences.flush(node);
        });
    }

    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    public ObjectProperty<TextSize> textSizeProperty() {
        return textSize;
    }

    /** Applies the theme and size to a scene now and whenever they change. */
    public void applyTo(Scene scene, Parent root) {
        Runnable apply = () -> {
            scene.getStylesheets().remove(DARK_STYLESHEET);
            if (theme.get() == Theme.DARK) {
                scene.getStylesheets().add(DARK_STYLESHEET);
            }
            root.setStyle(String.format(Locale.ROOT, "-fx-font-size: %dpx;", textSize.get().pixels()));
        };
        apply.run();
        theme.addListener(o -> apply.run());
        textSize.addListener(o -> apply.run());
    }

    private static <E extends Enum<E>> E read(Preferences node, String key, Class<E> type, E fallback) {
        try {
            return Enum.valueOf(type, node.get(key, fallback.name()));
        } catch (IllegalArgumentException e) {
            return fallback;
        }
    }

    private static String stylesheet(String resource) {
        URL url = Objects.requireNonNull(Appearance.class.getResource(resource), resource + " missing");
        return url.toExternalForm();
    }
}
