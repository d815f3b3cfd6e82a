package org.hawliyat.ui.common;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.geometry.Rectangle2D;
import org.hawliyat.app.EditorName;
import org.hawliyat.model.Language;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the window remembers between runs: the language, where the window was, the sizes of its
 * panes and the article's reading size. The node is
 * named by the system property {@value #NODE_PROPERTY} (tests set it so that they never touch the
 * user's own settings), by default {@value #DEFAULT_NODE}.
 */
public final class UiPreferences {

    private static final Logger LOG = LoggerFactory.getLogger(UiPreferences.class);

    public static final String NODE_PROPERTY = "hawliyat.prefs.node";
    public static final String DEFAULT_NODE = "org/hawliyat";

    private static final String LANGUAGE = "ui.language";
    private static final String X = "window.x";
    private static final String Y = "window.y";
    private static final String WIDTH = "window.width";
    private static final String HEIGHT = "window.height";
    private static final String MAXIMIZED = "window.maximized";

    private static final String ARTICLE_FONT_SIZE = "article.fontSize";
    private static final String DIVIDERS = "dividers.";
    private static final String FILTER_DIMS = "filter.dims";
    private static final double DEFAULT_ARTICLE_FONT_SIZE = 16;

    private final Preferences node;
    private DoubleProperty articleFontSize;
    private BooleanProperty filterDims;
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

    /** The article's reading size in pixels, remembered as it changes. */
    public DoubleProperty articleFontSize() {
        if (articleFontSize == null) {
            double stored = node.getDouble(ARTICLE_FONT_SIZE, DEFAULT_ARTICLE_FONT_SIZE);
            articleFontSize = new SimpleDoubleProperty(this, "articleFontSize",
                    Double.isFinite(stored) && stored >= 6 && stored <= 72 ? stored : DEFAULT_ARTICLE_FONT_SIZE);
            articleFontSize.addListener((o, before, after) -> {
                node.putDouble(ARTICLE_FONT_SIZE, after.doubleValue());
                flush();
            });
        }
        return articleFontSize;
    }

    /** The name recorded with every change this user makes: the one set here, else the system's user name. */
    public String editorName() {
        return EditorName.resolve(node.get("editor.name", null));
    }

    public void setEditorName(String name) {
        node.put("editor.name", name == null ? "" : name.strip());
        flush();
    }

    /** Whether events that do not match the filters and search are dimmed (true) or hidden (false, the default). */
    public BooleanProperty filterDims() {
        if (filterDims == null) {
            filterDims = new SimpleBooleanProperty(this, "filterDims", node.getBoolean(FILTER_DIMS, false));
            filterDims.addListener((o, before, after) -> {
                node.putBoolean(FILTER_DIMS, after);
                flush();
            });
        }
        return filterDims;
    }

    /** A split pane's remembered divider positions (each between 0 and 1), if they were saved and make sense. */
    public Optional<double[]> dividerPositions(String splitName, int count) {
        String stored = node.get(DIVIDERS + splitName, null);
        if (stored == null) {
            return Optional.empty();
        }
        try {
            double[] positions = Arrays.stream(stored.split(",")).mapToDouble(Double::parseDouble).toArray();
            boolean sane = positions.length == count && IntStream.range(0, count)
                    .allMatch(i -> positions[i] > 0 && positions[i] < 1 && (i == 0 || positions[i] > positions[i - 1]));
            return sane ? Optional.of(positions) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    public void setDividerPositions(String splitName, double[] positions) {
        node.put(DIVIDERS + splitName, Arrays.stream(positions)
                .mapToObj(p -> String.format(Locale.ROOT, "%.4f", p))
                .collect(Collectors.joining(",")));
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

    private Appearance appearance;

    /** The theme and text size, stored beside the rest. */
    public Appearance appearance() {
        if (appearance == null) {
            appearance = new Appearance(node);
        }
        return appearance;
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
            LOG.warn("Cannot save the settings", e);
        }
    }
}
