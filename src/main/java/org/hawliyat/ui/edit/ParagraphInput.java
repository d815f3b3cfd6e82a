package org.hawliyat.ui.edit;

import javafx.beans.property.StringProperty;
import javafx.geometry.NodeOrientation;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import org.hawliyat.ui.text.Orientations;
import org.hawliyat.ui.text.WrappedText;

/**
 * Multi-line input that looks right in Arabic while typing. JavaFX's wrapping {@code TextArea}
 * draws wrapped Arabic wrongly on Linux (lines clipped, selection not drawn; see env-notes), so the
 * text is typed in an unwrapped area, each paragraph on one line that scrolls sideways, and shown
 * as it will read, correctly wrapped, in a live preview under it. The area's direction follows the
 * text: an Arabic summary is typed right to left, an English one left to right.
 */
public final class ParagraphInput extends VBox {

    private final TextArea area = new TextArea();
    private final WrappedText preview = new WrappedText();
    private final Label previewCaption = new Label();

    private final NodeOrientation whenEmpty;

    /** @param whenEmpty the direction to type in before the first letter says (Arabic fields: right to left) */
    public ParagraphInput(String caption, NodeOrientation whenEmpty) {
        this.whenEmpty = whenEmpty;
        getStyleClass().add("paragraph-input");
        area.setWrapText(false);
        area.setPrefRowCount(3);
        area.getStyleClass().add("paragraph-input-area");
        previewCaption.setText(caption);
        previewCaption.getStyleClass().add("paragraph-input-caption");
        preview.getStyleClass().add("paragraph-input-preview");
        preview.textProperty().bind(area.textProperty());
        area.textProperty().addListener((o, before, after) -> followDirection(after));
        followDirection("");
        getChildren().addAll(area, previewCaption, preview);
    }

    public StringProperty textProperty() {
        return area.textProperty();
    }

    public String getText() {
        return area.getText();
    }

    public void setText(String value) {
        area.setText(value == null ? "" : value);
    }

    /**
     * Shows at most this much of the preview, the rest cut off (a whole article would otherwise make
     * the dialog taller than the screen); the area above still holds all the text.
     */
    public void setPreviewMaxHeight(double height) {
        preview.setMinHeight(0); // a text flow's minimum is its whole height, which would win over the maximum
        preview.setMaxHeight(height);
        javafx.scene.shape.Rectangle clip = new javafx.scene.shape.Rectangle();
        clip.widthProperty().bind(preview.widthProperty());
        clip.heightProperty().bind(preview.heightProperty());
        preview.setClip(clip);
    }

    public TextArea area() {
        return area;
    }

    public WrappedText preview() {
        return preview;
    }

    private void followDirection(String value) {
        area.setNodeOrientation(Orientations.of(value, whenEmpty));
    }
}
