package org.hawliyat.ui.timeline;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;
import org.hawliyat.model.EventType;
import org.hawliyat.model.Language;
import org.hawliyat.timeline.TimelineData;
import org.hawliyat.timeline.TimelineItem;

/** The legend under the overview strip: the colour and shape of every type that has events. */
final class TimelineLegend extends FlowPane {

    TimelineLegend() {
        getStyleClass().add("timeline-legend");
    }

    /** @param swatchSize the markers' size, so that a swatch looks like the markers it explains */
    void show(TimelineData data, Language language, double swatchSize) {
        boolean[] used = new boolean[data.types().size()];
        for (TimelineItem item : data.items()) {
            int t = data.typeIndex(item.event().typeId());
            if (t >= 0) {
                used[t] = true;
            }
        }
        List<Node> entries = new ArrayList<>();
        for (int t = 0; t < data.types().size(); t++) {
            if (!used[t]) {
                continue;
            }
            EventType type = data.types().get(t);
            Region swatch = TimelineNodes.region("legend-swatch");
            swatch.getStyleClass().add(TimelineNodes.typeClass(t));
            swatch.setMinSize(swatchSize, swatchSize);
            swatch.setMaxSize(swatchSize, swatchSize);
            Text name = TimelineNodes.text("legend-label");
            name.setText(type.name().in(language));
            HBox entry = new HBox(swatch, name);
            entry.getStyleClass().add("legend-entry");
            entry.setAlignment(Pos.CENTER_LEFT);
            entries.add(entry);
        }
        getChildren().setAll(entries);
    }
}
