package org.hawliyat.ui;

import java.util.Optional;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.geometry.Rectangle2D;
import org.hawliyat.model.Language;

/**
 * What the window remembers between runs: the language and where the window was. The node is
 * named by the system property {@value #NODE_PROPERTY} (tests set it so that they never touch the
 * user's own settings), by default {@value #DEFAULT_NODE}.
 */
public final class UiPreferences {

    public static final String NODE_PROPERTY = "hawliyat.prefs.node";
    public static final String DEFAULT_NODE = "org/hawliyat";

    private static final String LANGUAGE = "ui.language";
    private static final String X = "window.x";
    private static final String Y = "window.y";
    private static final String WIDTH = "window.width";
    private static final String HEIGHT = "window.height";
    private static final String MAXIMIZED = "window.maximized";

    private final Preferences node;
    private TimelineSettings timelineSettings;

    public UiPreferences(Preferences node) {
        this.node = node;
    }

    /** The current user's preferences, in the node the system property names. */
    public static UiPreferences forUser() {
        return new UiPreferences(Preferences.userRoot().node(System.getProperty(NODE_PROPERTY, DEFAULT_NODE)));
    }

    /** The chosen language; Arabic when none was chosen or the stored value is not a language. */
    public Language language() {
        try {
            return Language.fromCode(node.get(LANGUAGE, Language.AR.code()));
        } catch (IllegalArgumentException e) {
            return Language.AR;
        }
    }

    public void setLanguage(Language language) {
        node.put(LANGUAGE, language.code());
        flush();
    }

    /** Where the window was when it was last not maximized, if it was ever saved. */
    public Optional<Rectangle2D> windowBounds() {
        double width = node.getDouble(WIDTH, -1);
        double height = node.getDouble(HEIGHT, -1);
        if (width <= 0 || height <= 0) {
            return Optional.empty();
        }
        return Optional.of(new Rectangle2D(node.getDouble(X, 0), node.getDouble(Y, 0), width, height));
    }

    public boolean windowMaximized() {
        return node.getBoolean(MAXIMIZED, false);
    }

    public void setWindow(Rectangle2D normalBounds, boolean maximized) {
        node.putDouble(X, normalBounds.getMinX());
        node.putDouble(Y, normalBounds.getMinY());
        node.putDouble(WIDTH, normalBounds.getWidth());
        node.putDouble(HEIGHT, normalBounds.getHeight());
        node.putBoolean(MAXIMIZED, maximized);
        flush();
    }

    /** Forgets everything stored here (for tests). */
    public void clear() {
        try {
            node.clear();
            node.flush();
        } catch (BackingStoreException e) {
            throw new IllegalStateException("cannot clear the preferences " + node.absolutePath(), e);
        }
    }

    /** The timeline and date settings, stored beside the rest. */
    public TimelineSettings timelineSettings() {
        if (timelineSettings == null) {
            timelineSettings = new TimelineSettings(node);
        }
        return timelineSettings;
    }

    private void flush() {
        flush(node);
    }

    static void flush(Preferences node) {
        try {
            node.flush();
        } catch (BackingStoreException e) {
            // A setting that cannot be saved is not worth interrupting the user for.
            System.err.println("Hawliyat: cannot save the settings: " + e.getMessage());
        }
    }
}
