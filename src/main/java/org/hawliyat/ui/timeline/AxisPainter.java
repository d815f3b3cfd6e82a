package org.hawliyat.ui.timeline;

import static org.hawliyat.ui.timeline.TimelineNodes.region;
import static org.hawliyat.ui.timeline.TimelineNodes.setText;
import static org.hawliyat.ui.timeline.TimelineNodes.text;
import static org.hawliyat.ui.timeline.TimelineNodes.verticalRule;

import java.util.List;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;
import org.hawliyat.timeline.AxisLabels;
import org.hawliyat.timeline.AxisTicks;
import org.hawliyat.timeline.HijriTicks;
import org.hawliyat.timeline.Tick;
import org.hawliyat.timeline.TickGenerator;
import org.hawliyat.timeline.TimeScale;

/**
 * Paints the time axis: major labels (which stick to the start edge while their period is on
 * screen), minor ticks and labels, the grid lines they cast over the lanes, and the optional
 * Hijri row. Rows are {@code axisRow} high: majors in the first, minors in the second, Hijri in
 * the third.
 */
final class AxisPainter {

    /** The least room between two minor ticks at the default text size; it grows with the text. */
    private static final double MIN_TICK_SPACING = 64;
    private static final double TICK_LENGTH = 6;
    /** Space between a tick and its label. */
    private static final double LABEL_GAP = 3;

    private final TickGenerator tickGenerator = new TickGenerator();
    private final HijriTicks hijriTicks = new HijriTicks();

    // Ticks and grid lines are one-pixel regions, not Lines: a filled rectangle is copied straight
    // into the picture, where every Line would be stroked as a shape on every frame.
    private final NodePool<Region> minorTicks;
    private final NodePool<Text> minorLabels;
    private final NodePool<Text> majorLabels;
    private final NodePool<Region> hijriLines;
    private final NodePool<Text> hijriLabels;
    private final NodePool<Region> gridLines;

    /** @param axis the axis strip; @param grid the layer of the body that holds the grid lines */
    AxisPainter(Pane axis, Pane grid) {
        minorTicks = new NodePool<>(axis, () -> region("minor-tick"));
        minorLabels = new NodePool<>(axis, () -> text("minor-label"));
        majorLabels = new NodePool<>(axis, () -> text("major-label"));
        hijriLines = new NodePool<>(axis, () -> region("hijri-tick"));
        hijriLabels = new NodePool<>(axis, () -> text("hijri-label"));
        gridLines = new NodePool<>(grid, () -> region("grid-line"));
    }

    /**
     * @param spacing    the text size relative to the default (the least tick spacing grows with it)
     * @param bodyHeight how far the grid lines reach down
     */
    void paint(TimeScale scale, AxisLabels labels, boolean hijri, double axisRow, double spacing, double bodyHeight) {
        double w = scale.width();
        AxisTicks ticks = tickGenerator.ticks(scale.visible().start(), scale.visible().end(), scale.pxPerDay(),
                MIN_TICK_SPACING * spacing);
        paintMinor(scale, labels, ticks, axisRow, bodyHeight, w);
        paintMajor(scale, labels, ticks, axisRow, w);
        hijriLines.begin();
        hijriLabels.begin();
        if (hijri) {
            double rowTop = axisRow * 2;
            for (HijriTicks.HijriTick tick : hijriTicks.ticks(scale.visible().start(), scale.visible().end(),
                    scale.pxPerDay(), MIN_TICK_SPACING * spacing * 1.4)) {
                double tx = scale.x(tick.day());
                verticalRule(hijriLines.next(), tx, rowTop, rowTop + TICK_LENGTH);
                Text label = hijriLabels.next(tick);
                setText(label, labels.hijriLabel(tick));
                label.relocate(tx + LABEL_GAP, rowTop + axisRow / 2 - label.getLayoutBounds().getHeight() / 2);
                label.setVisible(tx >= 0 && tx + LABEL_GAP + label.getLayoutBounds().getWidth() <= w);
            }
        }
        hijriLines.end();
        hijriLabels.end();
    }

    private void paintMinor(TimeScale scale, AxisLabels labels, AxisTicks ticks, double axisRow, double bodyHeight,
                            double w) {
        minorTicks.begin();
        minorLabels.begin();
        gridLines.begin();
        double labelY = axisRow * 1.5;
        for (Tick tick : ticks.minor()) {
            double tx = scale.x(tick.day());
            verticalRule(minorTicks.next(), tx, axisRow * 2 - TICK_LENGTH, axisRow * 2);
            verticalRule(gridLines.next(), tx, 0, bodyHeight);
            Text label = minorLabels.next(tick); // keyed: a tick keeps its laid-out text while the view moves
            setText(label, labels.minorLabel(tick, ticks.minorUnit()));
            label.relocate(tx + LABEL_GAP, labelY - label.getLayoutBounds().getHeight() / 2);
            // no half labels at either edge
            label.setVisible(tx >= 0 && tx + LABEL_GAP + label.getLayoutBounds().getWidth() <= w);
        }
        minorTicks.end();
        minorLabels.end();
        gridLines.end();
    }

    /** Major labels stick to the start edge while their period is on screen, and slide away from the next. */
    private void paintMajor(TimeScale scale, AxisLabels labels, AxisTicks ticks, double axisRow, double w) {
        majorLabels.begin();
        List<Tick> majors = ticks.major();
        double previousEnd = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < majors.size(); i++) {
            Tick tick = majors.get(i);
            double tickX = scale.x(tick.day());
            double tx = Math.max(tickX, 0);
            double nextX = i + 1 < majors.size() ? scale.x(majors.get(i + 1).day()) : w;
            if (tickX < 0 && nextX < w && ticks.majorUnit().countsYears() && ticks.majorUnit().step() >= 100) {
                // "1900" at the start edge of a view of the 1980s reads as a date on screen; a
                // century is context enough when the next one is in view (a year label is kept)
                continue;
            }
            Text label = majorLabels.next(tick);
            setText(label, labels.majorLabel(tick, ticks.majorUnit()));
            double lw = label.getLayoutBounds().getWidth();
            double lx = Math.min(tx + LABEL_GAP, nextX - lw - 2 * LABEL_GAP);
            lx = Math.max(lx, previousEnd + 8);
            label.setVisible(lx + lw <= w + lw / 2 && lx >= -lw / 2);
            label.relocate(lx, axisRow * 0.5 - label.getLayoutBounds().getHeight() / 2);
            previousEnd = lx + lw;
        }
        majorLabels.end();
    }
}
