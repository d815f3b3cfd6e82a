package org.hawliyat.ui.model;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.hawliyat.app.CatalogueChange;
import org.hawliyat.app.CatalogueContents;
import org.hawliyat.model.Event;
import org.hawliyat.store.EventFilter;
import org.hawliyat.ui.concurrent.TaskRunner;
import org.hawliyat.ui.search.WindowFilter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the main window shows, as observable state, and the one place it changes: the catalogue's
 * contents, the events that pass the filters and search, the selected event, edit mode. The list,
 * timeline, details, article pane, search bar and presentation all follow it, so none of them keeps
 * its own copy (the selected event is not "whatever the list has selected").
 *
 * <p>A change is {@linkplain #apply applied} in memory: only the events it names are replaced or
 * removed (in the background, through the {@link TaskRunner}: at 100k events preparing the timeline
 * again takes tens of milliseconds), then the filters run again. Edits in this window come in that
 * way; so can changes made elsewhere. Call it on the FX thread.
 */
public final class WindowModel {

    private static final Logger LOG = LoggerFactory.getLogger(WindowModel.class);

    private final ReadOnlyObjectWrapper<CatalogueContents> contents = new ReadOnlyObjectWrapper<>(this, "contents");
    private final ReadOnlyObjectWrapper<ShownEvents> shown = new ReadOnlyObjectWrapper<>(this, "shown", ShownEvents.NONE);
    /** The list's rows; the same content as {@link #shownProperty()}'s events, as a list a ListView can show. */
    private final ObservableList<Event> rows = FXCollections.observableArrayList();
    private final ObservableList<Event> readOnlyRows = FXCollections.unmodifiableObservableList(rows);
    private final ObjectProperty<Event> selected = new SimpleObjectProperty<>(this, "selected");
    private final BooleanProperty editMode = new SimpleBooleanProperty(this, "editMode", false);
    private final WindowFilter filter;
    private final boolean readOnly;
    private final TaskRunner tasks;
    /**
     * The contents after every change handed to the runner so far. The runner works through its
     * tasks one after the other, so each change is applied to the result of the one before, even
     * when the window has not shown that result yet. Written by the runner's tasks (and at start).
     */
    private volatile CatalogueContents latest;
    private final List<Runnable> appliedListeners = new java.util.ArrayList<>();
    private boolean applying;

    public WindowModel(WindowFilter filter, boolean readOnly, TaskRunner tasks) {
        this.filter = filter;
        this.readOnly = readOnly;
        this.tasks = tasks;
        filter.effectiveProperty().addListener((o, before, after) -> refilter());
        filter.dimProperty().addListener((o, before, after) -> refilter());
        editMode.addListener((o, before, on) -> {
            if (on && readOnly) {
                editMode.set(false); // a database that cannot be written is never edited
            }
        });
    }

    // ---- state ----

    /** The catalogue as last read or updated; null until it is first read. */
    public ReadOnlyObjectProperty<CatalogueContents> contentsProperty() {
        return contents.getReadOnlyProperty();
    }

    public CatalogueContents contents() {
        return contents.get();
    }

    /** The events that pass the filters and search (or all, the others dimmed), and the timeline's data. */
    public ReadOnlyObjectProperty<ShownEvents> shownProperty() {
        return shown.getReadOnlyProperty();
    }

    public ShownEvents shown() {
        return shown.get();
    }

    /** The list's rows, in time order. */
    public ObservableList<Event> rows() {
        return readOnlyRows;
    }

    /** The selected event, shown in the details and the article; selecting it anywhere selects it everywhere. */
    public ObjectProperty<Event> selectedProperty() {
        return selected;
    }

    public Event selected() {
        return selected.get();
    }

    /** The chips and the search the events are narrowed to. */
    public WindowFilter filter() {
        return filter;
    }

    /** Off by default, so that a class or a reader cannot change data by accident; never on when read-only. */
    public BooleanProperty editModeProperty() {
        return editMode;
    }

    public boolean isEditing() {
        return editMode.get();
    }

    public boolean isReadOnly() {
        return readOnly;
    }

    /** True while a change is being applied: views that follow several properties can wait for its end. */
    public boolean isApplying() {
        return applying;
    }

    /** The event with this id, if it is in the catalogue: O(1). */
    public Optional<Event> find(String id) {
        return contents.get() == null ? Optional.empty() : contents.get().event(id);
    }

    /** Called after each applied change (or full replacement), once the rows and the selection are up to date. */
    public void addAppliedListener(Runnable listener) {
        appliedListeners.add(listener);
    }

    // ---- changes ----

    /** Shows a catalogue read in full (at start): the first event is selected. */
    public void show(CatalogueContents loaded) {
        latest = loaded;
        contents.set(loaded);
        refilter();
        List<Event> events = shown.get().events();
        if (!events.isEmpty()) {
            selected.set(events.get(0));
        }
    }

    /**
     * Applies a change: the events it names are replaced, added or removed, the filters run again,
     * and the event with {@code selectId} (or else the one selected before, or else the first shown)
     * is selected; what the window shows is then as if the catalogue had been read again.
     */
    public void apply(CatalogueChange change, String selectId) {
        if (latest != null) {
            tasks.run(() -> latest = latest.with(change), next -> update(next, selectId),
                    failure -> LOG.warn("A change could not be applied to the window", failure));
        }
    }

    /**
     * Reads the catalogue again in full, in the background, and shows it (when what is stored is not
     * known, e.g. after a failed edit); the event with {@code selectId}, or the one selected before, stays selected.
     */
    public void reread(Callable<CatalogueContents> read, String selectId, Consumer<Throwable> failed) {
        tasks.run(() -> latest = read.call(), next -> update(next, selectId), failed);
    }

    private void update(CatalogueContents next, String selectId) {
        Event before = selected.get();
        applying = true;
        try {
            contents.set(next);
            refilter();
            String id = selectId != null ? selectId : before == null ? null : before.id();
            find(id).ifPresent(selected::set);
        } finally {
            applying = false;
        }
        appliedListeners.forEach(Runnable::run);
    }

    /** Selects the event with this id, if there is one. */
    public void select(String id) {
        find(id).ifPresent(selected::set);
    }

    /** Runs the filters and search over the contents: one pass, whose result the list, timeline and counts share. */
    private void refilter() {
        CatalogueContents all = contents.get();
        if (all == null) {
            return;
        }
        EventFilter effective = filter.effective();
        ShownEvents result;
        if (effective.isAll()) {
            result = new ShownEvents(all.events(), all.timeline(), null, -1);
        } else {
            List<Event> matching = all.events().stream().filter(effective::test).toList();
            Set<String> matchingIds = matching.stream().map(Event::id).collect(Collectors.toSet());
            result = filter.dimProperty().get()
                    ? new ShownEvents(all.events(), all.timeline(), matchingIds, matching.size())
                    : new ShownEvents(matching, all.timeline().only(e -> matchingIds.contains(e.id())), null,
                            matching.size());
        }
        Event wasSelected = selected.get();
        rows.setAll(result.events());
        shown.set(result);
        // the selection stays if it is still shown (as it is now stored), else the first row
        Event current = wasSelected == null ? null : all.event(wasSelected.id()).orElse(null);
        boolean stillShown = current != null && (result.highlighted() != null || effective.isAll()
                || effective.test(current));
        if (stillShown) {
            selected.set(current);
        } else if (!result.events().isEmpty()) {
            selected.set(result.events().get(0));
        }
    }
}
