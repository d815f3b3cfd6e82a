package org.hawliyat.ui.timeline;

import java.util.List;
import javafx.geometry.NodeOrientation;
import javafx.collections.ObservableList;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.shape.Line;
import javafx.scene.text.Text;
import javafx.scene.text.TextBoundsType;
import javafx.util.Duration;
import org.hawliyat.model.Language;
import org.hawliyat.ui.text.Orientations;
import org.hawliyat.timeline.TimelineItem;

/**
 * Making and updating the timeline's nodes cheaply: every setter here touches a node only when
 * the value differs, since a changed style class or text costs a CSS pass or a text layout.
 */
final class TimelineNodes {

    static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    static final PseudoClass COLLAPSED = PseudoClass.getPseudoClass("collapsed");
    /** An event that does not match the filters or search, drawn faintly (when they dim rather than hide). */
    static final PseudoClass DIMMED = PseudoClass.getPseudoClass("dimmed");
    /** Types have twelve looks (colour and shape) in the stylesheet; more types reuse them. */
    private static final int PALETTE = 12;

    private TimelineNodes() {
    }

    static String typeClass(int typeIndex) {
        return typeIndex < 0 ? "type-unknown" : "type-" + (typeIndex % PALETTE);
    }

    /** A layer of the drawing; one without a style class lets clicks through where it has no node. */
    static Pane layer(String styleClass) {
        Pane pane = new Pane();
        if (styleClass != null) {
            pane.getStyleClass().add(styleClass);
        } else {
            pane.setPickOnBounds(false);
        }
        return pane;
    }

    static <T extends Node> T styled(T node, String styleClass) {
        node.getStyleClass().add(styleClass);
        return node;
    }

    static Region region(String styleClass) {
        return styled(new Region(), styleClass);
    }

    static Text text(String styleClass) {
        Text t = styled(new Text(), styleClass);
        t.setBoundsType(TextBoundsType.LOGICAL);
        return t;
    }

    /** A node kept out of sight that only lends its style (a font, a colour) to the drawing. */
    static <T extends Node> T probe(T node) {
        node.setVisible(false);
        node.setManaged(false);
        return node;
    }

    static <T extends Node> T withTooltip(T node) {
        Tooltip tooltip = new Tooltip();
        tooltip.setShowDelay(Duration.millis(250));
        Tooltip.install(node, tooltip);
        node.getProperties().put(Tooltip.class, tooltip);
        return node;
    }

    /** Ties a drawn node to its event: what a click finds, its state and its tooltip. */
    static void bind(Node node, TimelineItem item, String tip, boolean selected, boolean dimmed) {
        node.setUserData(item);
        node.pseudoClassStateChanged(SELECTED, selected);
        node.pseudoClassStateChanged(DIMMED, dimmed);
        setTooltip(node, tip);
    }

    static void setTooltip(Node node, String tip) {
        Tooltip tooltip = (Tooltip) node.getProperties().get(Tooltip.class);
        if (tooltip != null && !tip.equals(tooltip.getText())) {
            tooltip.setText(tip);
        }
    }

    /** Sets the node's style classes to exactly these, touching the list only when they differ (CSS is costly). */
    static void setOnly(Node node, String... classes) {
        ObservableList<String> current = node.getStyleClass();
        if (current.size() != classes.length || !current.equals(List.of(classes))) {
            current.setAll(classes);
        }
    }

    /** A label reads in its text's own direction when that is not the window's ({@link Orientations#forText}). */
    static void orient(Text text, Language window) {
        NodeOrientation wanted = Orientations.forText(text.getText(),
                window.isRightToLeft() ? NodeOrientation.RIGHT_TO_LEFT : NodeOrientation.LEFT_TO_RIGHT);
        if (text.getNodeOrientation() != wanted) {
            text.setNodeOrientation(wanted);
        }
    }

    /** Text layout is costly: only a changed text is set. */
    static void setText(Text text, String value) {
        if (!value.equals(text.getText())) {
            text.setText(value);
        }
    }

    /** A one-pixel vertical rule at x, on whole pixels so it stays crisp. */
    static void verticalRule(Region rule, double x, double y0, double y1) {
        rule.resizeRelocate(Math.round(x), y0, 1, Math.max(0, y1 - y0));
    }

    static void setLine(Line line, double x0, double y0, double x1, double y1) {
        // half-pixel offsets keep one-pixel lines crisp
        line.setStartX(Math.round(x0) + 0.5);
        line.setStartY(y0);
        line.setEndX(Math.round(x1) + 0.5);
        line.setEndY(y1);
    }

    /** Whether the node is in a window on screen (not drawn for a picture or a page, off screen). */
    static boolean isOnScreen(javafx.scene.Node node) {
        javafx.scene.Scene scene = node.getScene();
        return scene != null && scene.getWindow() != null && scene.getWindow().isShowing();
    }
}
