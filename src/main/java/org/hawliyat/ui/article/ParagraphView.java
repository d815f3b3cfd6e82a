package org.hawliyat.ui.article;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Group;
import javafx.scene.layout.Region;
import javafx.scene.shape.Path;
import javafx.scene.shape.PathElement;
import javafx.scene.text.HitInfo;
import org.hawliyat.text.TextSpan;
import org.hawliyat.ui.text.WrappedText;

/**
 * One paragraph of an article: its {@link WrappedText} with the highlights drawn beneath it. The
 * highlights are shapes from {@code TextFlow.rangeShape}, rebuilt whenever the paragraph re-wraps.
 * The paragraph takes the orientation of its text, so the shapes, drawn in the same orientation,
 * lie exactly under the words.
 */
final class ParagraphView extends Region {

    private final int start;
    private final String text;
    private final WrappedText flow;
    private final Group highlights = new Group();
    private final Map<HighlightLayer, List<TextSpan>> spans = new EnumMap<>(HighlightLayer.class);
    private boolean shapesDirty = true;
    private double laidOutWidth = -1;

    ParagraphView(int start, String text) {
        this.start = start;
        this.text = text;
        this.flow = new WrappedText(text);
        flow.getStyleClass().add("article-paragraph");
        highlights.setManaged(false);
        highlights.setMouseTransparent(true);
        setNodeOrientation(flow.getNodeOrientation()); // the shapes share the text's orientation
        flow.setNodeOrientation(javafx.geometry.NodeOrientation.INHERIT);
        getChildren().addAll(highlights, flow);
        getStyleClass().add("article-paragraph-box");
    }

    /** Where the paragraph starts in the article's text. */
    int start() {
        return start;
    }

    /** Where it ends (exclusive), not counting the line break. */
    int end() {
        return start + text.length();
    }

    WrappedText flow() {
        return flow;
    }

    /** Sets a layer's spans (in article indices); only the parts inside this paragraph are drawn. */
    void setSpans(HighlightLayer layer, List<TextSpan> articleSpans) {
        List<TextSpan> local = new ArrayList<>();
        for (TextSpan span : articleSpans) {
            int from = Math.max(span.start(), start);
            int to = Math.min(span.end(), end());
            if (from < to) {
                local.add(new TextSpan(from - start, to - start));
            }
        }
        List<TextSpan> before = spans.getOrDefault(layer, List.of());
        if (!before.equals(local)) {
            spans.put(layer, local);
            shapesDirty = true;
            requestLayout();
        }
    }

    /** The insertion index (in article indices) nearest to a point given in scene coordinates. */
    int insertionIndexAt(double sceneX, double sceneY) {
        HitInfo hit = flow.hitTest(layoutPoint(sceneX, sceneY));
        return start + Math.min(Math.max(hit.getInsertionIndex(), 0), text.length());
    }

    /** The index of the character under a point in scene coordinates, or -1 when it is beside the text. */
    int characterIndexAt(double sceneX, double sceneY) {
        Point2D point = layoutPoint(sceneX, sceneY);
        if (!new BoundingBox(0, 0, flow.getWidth(), flow.getHeight()).contains(point)) {
            return -1;
        }
        int index = flow.hitTest(point).getCharIndex();
        if (index < 0 || index >= text.length()) {
            return -1;
        }
        // the hit test answers the nearest character: beside the end of a short line there is none
        Bounds character = new Path(flow.rangeShape(index, index + 1)).getBoundsInLocal();
        return character.contains(point) ? start + index : -1;
    }

    /**
     * A scene point in the coordinates the flow's text layout answers in: those of {@code rangeShape}
     * and {@code caretShape}, which are this paragraph's (the highlights drawn from them lie under
     * the words), less the flow's offset. Not the flow's own coordinates: a TextFlow does not mirror
     * itself (it lays right-to-left lines out itself), so in right-to-left text its local x runs the
     * other way, and a hit test there found the character at the mirrored place on the line.
     */
    private Point2D layoutPoint(double sceneX, double sceneY) {
        Point2D inParagraph = sceneToLocal(sceneX, sceneY);
        return new Point2D(inParagraph.getX() - flow.getLayoutX(), inParagraph.getY() - flow.getLayoutY());
    }

    /**
     * The bounds, in this paragraph's parent, of the part of a span (article indices) in this
     * paragraph: all its lines, or only the first; null when the span is not in this paragraph.
     */
    Bounds boundsInParent(TextSpan span, boolean firstLineOnly) {
        int from = Math.max(span.start(), start) - start;
        int to = Math.min(span.end(), end()) - start;
        if (from >= to) {
            return null;
        }
        flow.layout();
        PathElement[] shape = flow.rangeShape(from, to);
        Bounds local = new Path(shape).getBoundsInLocal();
        if (firstLineOnly) {
            // rangeShape gives one rectangle (MoveTo and four LineTos) per run of each line
            List<Bounds> rectangles = new ArrayList<>();
            for (int i = 0; i + 5 <= shape.length; i += 5) {
                rectangles.add(new Path(java.util.Arrays.copyOfRange(shape, i, i + 5))
                        .getBoundsInLocal());
            }
            double top = rectangles.stream().mapToDouble(Bounds::getMinY).min().orElse(local.getMinY());
            List<Bounds> firstLine = rectangles.stream().filter(r -> r.getMinY() < top + 1).toList();
            double minX = firstLine.stream().mapToDouble(Bounds::getMinX).min().orElse(local.getMinX());
            double maxX = firstLine.stream().mapToDouble(Bounds::getMaxX).max().orElse(local.getMaxX());
            double maxY = firstLine.stream().mapToDouble(Bounds::getMaxY).max().orElse(local.getMaxY());
            local = new BoundingBox(minX, top, maxX - minX, maxY - top);
        }
        // the range shape is in this paragraph's coordinates (less the flow's offset), not the flow's: see layoutPoint
        return localToParent(new BoundingBox(flow.getLayoutX() + local.getMinX(), flow.getLayoutY() + local.getMinY(),
                local.getWidth(), local.getHeight()));
    }

    @Override
    public javafx.geometry.Orientation getContentBias() {
        return javafx.geometry.Orientation.HORIZONTAL; // the height follows the width, as the text wraps
    }

    @Override
    protected double computePrefWidth(double height) {
        return flow.prefWidth(height);
    }

    @Override
    protected double computePrefHeight(double width) {
        return flow.prefHeight(width);
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected void layoutChildren() {
        double width = getWidth();
        flow.resizeRelocate(0, 0, width, flow.prefHeight(width));
        flow.layout(); // the shapes need the pieces where they will be drawn
        if (shapesDirty || width != laidOutWidth) {
            rebuildShapes();
            laidOutWidth = width;
            shapesDirty = false;
        }
    }

    private void rebuildShapes() {
        List<Path> paths = new ArrayList<>();
        for (HighlightLayer layer : HighlightLayer.values()) {
            for (TextSpan span : spans.getOrDefault(layer, List.of())) {
                PathElement[] elements = flow.rangeShape(span.start(), span.end());
                Path path = new Path(elements);
                path.getStyleClass().addAll("highlight", layer.styleClass());
                paths.add(path);
            }
        }
        highlights.getChildren().setAll(paths);
    }
}
