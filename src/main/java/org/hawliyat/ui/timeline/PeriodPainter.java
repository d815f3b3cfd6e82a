package org.hawliyat.ui.timeline;

import static org.hawliyat.ui.timeline.TimelineNodes.region;
import static org.hawliyat.ui.timeline.TimelineNodes.setOnly;
import static org.hawliyat.ui.timeline.TimelineNodes.setText;
import static org.hawliyat.ui.timeline.TimelineNodes.text;

import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;
import org.hawliyat.model.Language;
import org.hawliyat.timeline.PeriodPacking;
import org.hawliyat.timeline.PeriodPacking.PlacedPeriod;
import org.hawliyat.timeline.TimeScale;
import org.hawliyat.timeline.TimelineData.PeriodBand;

/** Paints the period strip above the lanes: a band per period in its packed row, with its name. */
final class PeriodPainter {

    /** Four shades, so that neighbouring rows differ. */
    private static final int SHADES = 4;

    private final NodePool<Region> bars;
    private final NodePool<Text> labels;
    /** Period names are in another font size than event labels: measured with their own measurer. */
    private final LabelMeasurer measurer = new LabelMeasurer();

    PeriodPainter(Pane strip) {
        bars = new NodePool<>(strip, () -> region("period-bar"));
        labels = new NodePool<>(strip, () -> text("period-label"));
    }

    void paint(PeriodPacking packing, TimeScale scale, Language language, double periodRow) {
        bars.begin();
        labels.begin();
        double w = scale.width();
        for (PlacedPeriod placed : packing.placed()) {
            PeriodBand band = placed.band();
            if (!scale.visible().overlaps(band.start(), band.end())) {
                continue;
            }
            double x0 = Math.max(-2, scale.x(band.start()));
            double x1 = Math.min(w + 2, scale.x(band.end()));
            double top = placed.row() * periodRow;
            Region bar = bars.next();
            setOnly(bar, "period-bar", "period-" + (placed.row() % SHADES));
            bar.resizeRelocate(x0, top + 2, Math.max(1, x1 - x0), periodRow - 4);
            Text label = labels.next(band);
            measurer.setFont(label.getFont());
            setText(label, measurer.fit(band.period().name().in(language), Math.max(0, x1 - Math.max(x0, 0) - 8)));
            TimelineNodes.orient(label, language);
            label.relocate(Math.max(x0, 0) + 4, top + (periodRow - label.getLayoutBounds().getHeight()) / 2);
        }
        bars.end();
        labels.end();
    }
}
