package org.hawliyat.ui.edit;

import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.StringConverter;

/** Small pieces the event form is built from. */
final class FormParts {

    private FormParts() {
    }

    static HBox row(Node... nodes) {
        HBox row = new HBox(nodes);
        row.getStyleClass().add("form-row");
        return row;
    }

    static <N extends Node> N grow(N node) {
        HBox.setHgrow(node, Priority.ALWAYS);
        return node;
    }

    static <T> StringConverter<T> converter(Function<T, String> show) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : show.apply(value);
            }

            @Override
            public T fromString(String string) {
                throw new UnsupportedOperationException("the choices are not typed in");
            }
        };
    }

    static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

    static String emptyToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    /**
     * Shown as the content of a scroll pane (the details' place), the region takes exactly the
     * height of its view: then only what it scrolls itself moves, and what is under that (a form's
     * Save and Cancel) stays in sight.
     */
    static void fillViewOfScrollPaneAround(Region region) {
        region.sceneProperty().addListener((o, before, scene) -> {
            region.prefHeightProperty().unbind();
            region.setPrefHeight(Region.USE_COMPUTED_SIZE);
            for (Node up = region.getParent(); up != null; up = up.getParent()) {
                if (up instanceof ScrollPane around) {
                    region.prefHeightProperty().bind(Bindings.createDoubleBinding(
                            () -> around.getViewportBounds().getHeight(), around.viewportBoundsProperty()));
                    return;
                }
            }
        });
    }
}
