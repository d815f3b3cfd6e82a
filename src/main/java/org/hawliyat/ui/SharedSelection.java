package org.hawliyat.ui;

import javafx.collections.ListChangeListener;
import javafx.scene.control.ListView;
import org.hawliyat.model.Event;
import org.hawliyat.ui.model.WindowModel;
import org.hawliyat.ui.timeline.TimelineView;

/**
 * The selected event is the model's: the list and the timeline show it, and a reader's choice in
 * either goes to the model. Each view is told only when it does not already show the model's
 * selection, so nothing echoes back and no "syncing" flag is needed.
 */
final class SharedSelection {

    private final WindowModel model;
    private final ListView<Event> list;
    private final TimelineView timeline;

    private SharedSelection(WindowModel model, ListView<Event> list, TimelineView timeline) {
        this.model = model;
        this.list = list;
        this.timeline = timeline;
    }

    /** Shows the model's rows in the list, and keeps the selection one across model, list and timeline. */
    static void bind(WindowModel model, ListView<Event> list, TimelineView timeline) {
        SharedSelection shared = new SharedSelection(model, list, timeline);
        list.setItems(model.rows());
        // a list cleared or refilled loses its selection for a moment: that is not the reader's choice
        list.getSelectionModel().selectedItemProperty().addListener((o, before, selected) -> {
            if (selected != null) {
                model.selectedProperty().set(selected);
            }
        });
        list.getItems().addListener((ListChangeListener<Event>) change -> shared.listFollows());
        timeline.selectedEventProperty().addListener((o, before, selected) -> {
            if (selected != null) {
                model.selectedProperty().set(selected);
            }
        });
        model.selectedProperty().addListener((o, before, selected) -> {
            shared.listFollows();
            shared.timelineFollows();
        });
    }

    private void listFollows() {
        Event selected = model.selected();
        if (selected != null && list.getSelectionModel().getSelectedItem() != selected) {
            list.getSelectionModel().select(selected);
            list.scrollTo(selected);
        }
    }

    private void timelineFollows() {
        Event selected = model.selected();
        if (selected != null && timeline.getSelectedEvent() != selected) {
            timeline.setSelectedEvent(selected);
            timeline.revealSelected();
        }
    }
}
