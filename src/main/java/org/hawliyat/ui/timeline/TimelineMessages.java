package org.hawliyat.ui.timeline;

/** The timeline's sentences, from the application's bundles (keys {@code timeline.*}). */
@FunctionalInterface
public interface TimelineMessages {

    String get(String key, Object... arguments);

    /** Plain English, for a timeline used outside the application (tests, tools). */
    TimelineMessages ENGLISH = (key, arguments) -> switch (key) {
        case "timeline.empty" -> "No events to show";
        case "timeline.cluster" -> arguments[0] + " events: click to zoom in";
        case "timeline.today" -> "Today";
        case "timeline.lane.all" -> "All events";
        case "timeline.lane.none" -> "No country";
        case "timeline.approximate" -> "approximate";
        default -> key;
    };
}
