package org.hawliyat.ui.timeline;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hawliyat.text.Shortened;
import org.hawliyat.model.Event;
import org.hawliyat.model.Language;
import org.hawliyat.text.DateStyle;
import org.hawliyat.text.DateWords;
import org.hawliyat.timeline.AxisLabels;
import org.hawliyat.timeline.TimelineItem;

/**
 * The words the timeline shows, in the control's language, date style and messages: axis labels,
 * tooltips, cluster descriptions and lane names. Formatting dates and choice patterns is slow, so
 * what was made is remembered until what it was made from changes.
 */
final class EventTexts {

    private final TimelineView view;
    /** Tooltips by event id. */
    private final Map<String, String> tooltips = new HashMap<>();
    private Object tooltipsFor;
    /** Cluster descriptions by count. */
    private final Map<Integer, String> clusterTexts = new HashMap<>();
    private Object clusterTextsFor;
    private Language language;
    private DateStyle style;
    private AxisLabels axis;
    private DateWords dates;

    EventTexts(TimelineView view) {
        this.view = view;
    }

    /** Forgets what was made from something that changed since; once a frame. */
    void refresh() {
        if (axis == null || language != view.getLanguage() || !style.equals(view.getDateStyle())) {
            language = view.getLanguage();
            style = view.getDateStyle();
            axis = new AxisLabels(language, style);
            dates = DateWords.in(language, style);
        }
        List<Object> clusterContext = List.of(view.getMessages(), view.getLanguage());
        if (!clusterContext.equals(clusterTextsFor)) {
            clusterTexts.clear();
            clusterTextsFor = clusterContext;
        }
        List<Object> tooltipContext = List.of(view.getLanguage(), view.getDateStyle(), view.getData());
        if (!tooltipContext.equals(tooltipsFor)) {
            tooltips.clear();
            tooltipsFor = tooltipContext;
        }
    }

    AxisLabels axis() {
        return axis;
    }

    String title(TimelineItem item) {
        return Shortened.to(item.event().title().in(language), Shortened.LABEL);
    }

    /** The title and the date in words: "Visit of the emir — May 2008"; null for no item. */
    String tooltip(TimelineItem item) {
        if (item == null) {
            return null;
        }
        return tooltips.computeIfAbsent(item.id(), id -> {
            Event e = item.event();
            String when = e.end() == null ? dates.format(e.start()) : dates.span(e.start(), e.end());
            return title(item) + " — " + when;
        });
    }

    String cluster(int count) {
        return clusterTexts.computeIfAbsent(count, n -> view.getMessages().get("timeline.cluster", n));
    }

    /** A lane's name as its header shows it; the single lane and the lane without a country have their own. */
    String laneName(String key, String name) {
        if (key.equals("all")) {
            return view.getMessages().get("timeline.lane.all");
        }
        return name.isEmpty() ? view.getMessages().get("timeline.lane.none") : name;
    }

    /** "+12", "+12k": a badge's count, short enough for its width. */
    static String compactCount(int count) {
        return "+" + (count >= 10_000 ? (count / 1000) + "k" : Integer.toString(count));
    }
}
