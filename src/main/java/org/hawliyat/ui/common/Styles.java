package org.hawliyat.ui.common;

import java.net.URL;
import java.util.Objects;
import javafx.scene.Scene;
import javafx.scene.control.DialogPane;

/** The application's stylesheet: colours, font family and sizes live there, not in Java. */
public final class Styles {

    private static final String STYLESHEET_RESOURCE = "/css/hawliyat.css";

    private Styles() {
    }

    public static String stylesheet() {
        URL url = Objects.requireNonNull(Styles.class.getResource(STYLESHEET_RESOURCE),
                "stylesheet " + STYLESHEET_RESOURCE + " missing from the class path");
        return url.toExternalForm();
    }

    public static void applyTo(Scene scene) {
        scene.getStylesheets().add(stylesheet());
    }

    /**
     * Dialogs have scenes of their own, so they need the stylesheet too (for the font above all).
     * The pane is not its scene's root (the dialog wraps it), so the rules for {@code .root} (the
     * font family, the colour variables) reached nothing in it: mixed Arabic and Latin then came
     * out in the default font's wrong order. The pane takes the class itself.
     */
    public static void applyTo(DialogPane pane) {
        pane.getStylesheets().add(stylesheet());
        if (!pane.getStyleClass().contains("root")) {
            pane.getStyleClass().add("root");
        }
    }
}
