package org.hawliyat.ui.model;

import java.util.List;
import java.util.Set;
import org.hawliyat.model.Event;
import org.hawliyat.timeline.TimelineData;

/**
 * The events the window shows once the filters and search are applied, computed in one pass so that
 * the list, the timeline and the status bar agree.
 *
 * @param events        the list's rows: the matching events, or all of them when the others are dimmed
 * @param timeline      what the timeline draws
 * @param highlighted   the matching ids while the others are dimmed; null when nothing is dimmed
 * @param matchingCount how many events match; -1 when nothing is filtered
 */
public record ShownEvents(List<Event> events, TimelineData timeline, Set<String> highlighted, int matchingCount) {

    public static final ShownEvents NONE = new ShownEvents(List.of(), TimelineData.EMPTY, null, -1);

    /** Each result is a new state: compared by identity, not by walking 100k events. */
    @Override
    public boolean equals(Object other) {
        return this == other;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }

    /** Whether the event is drawn faintly: it does not match and the others are dimmed rather than hidden. */
    public boolean isDimmed(Event event) {
        return highlighted != null && !highlighted.contains(event.id());
    }
}
