package org.hawliyat.ui.search;

import java.util.Set;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.hawliyat.store.EventFilter;

/**
 * What the window's events are narrowed to: the filter chips, and the events the search matches
 * (null while nothing is searched). The two combine: {@link #effective} holds both. Whether the
 * events that do not match are hidden or dimmed is the reader's setting {@link #dimProperty}.
 */
public final class WindowFilter {

    private final ObjectProperty<EventFilter> chips = new SimpleObjectProperty<>(this, "chips", EventFilter.ALL);
    private final ObjectProperty<Set<String>> searchMatches = new SimpleObjectProperty<>(this, "searchMatches");
    private final BooleanProperty dim;
    private final ObjectBinding<EventFilter> effective;

    public WindowFilter(BooleanProperty dim) {
        this.dim = dim;
        effective = Bindings.createObjectBinding(() -> chips.get().withEventIds(searchMatches.get()),
                chips, searchMatches);
    }

    /** The chips: type, country, person, date range, "has a source" (never a search's event ids). */
    public ObjectProperty<EventFilter> chipsProperty() {
        return chips;
    }

    public EventFilter chips() {
        return chips.get();
    }

    public void setChips(EventFilter filter) {
        chips.set(filter.withEventIds(null));
    }

    /** The ids of the events the current search matches, or null when nothing is searched. */
    public ObjectProperty<Set<String>> searchMatchesProperty() {
        return searchMatches;
    }

    /** Chips and search together. */
    public ObjectBinding<EventFilter> effectiveProperty() {
        return effective;
    }

    public EventFilter effective() {
        return effective.get();
    }

    /** True when events that do not match are drawn faintly, false when they are hidden. */
    public BooleanProperty dimProperty() {
        return dim;
    }
}
