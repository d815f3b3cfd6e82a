package org.hawliyat.ui;

import javafx.scene.control.ContentDisplay;
import javafx.geometry.NodeOrientation;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.hawliyat.ui.text.Orientations;
import org.hawliyat.model.Event;
import org.hawliyat.ui.common.UiText;

/**
 * One row of the event list: the date in words, small, above the title, so that the title has the
 * list's whole width (beside the date, a narrow list or a larger text size left only the dates).
 * Nothing here wraps (single-line labels draw Arabic correctly); a long title ends in an ellipsis
 * and the whole of it is in the row's tooltip.
 */
final class EventListCell extends ListCell<Event> {

    private static final javafx.css.PseudoClass DIMMED = javafx.css.PseudoClass.getPseudoClass("dimmed");

    private final UiText text;
    private final java.util.function.Predicate<Event> dimmed;
    private final Label date = new Label();
    private final Label title = new Label();
    private final Label fallbackTag = new Label();
    private final HBox titleLine = new HBox(title, fallbackTag);
    private final javafx.scene.layout.VBox row = new javafx.scene.layout.VBox(date, titleLine);
    private final javafx.scene.control.Tooltip whole = new javafx.scene.control.Tooltip();
    /**
     * A cell rewrites its row when the language or the digits change. ListView.refresh() alone
     * left rows of the old language on screen (cells the flow kept aside while the text size
     * changed came back unchanged); the listener is weak, so a discarded cell is not kept alive.
     */
    private final javafx.beans.InvalidationListener relabel = o -> updateItem(getItem(), isEmpty());

    EventListCell(UiText text, java.util.function.Predicate<Event> dimmed) {
        this.text = text;
        this.dimmed = dimmed;
        getStyleClass().add("event-cell");
        date.getStyleClass().add("event-cell-date");
        title.getStyleClass().add("event-cell-title");
        fallbackTag.getStyleClass().add("fallback-tag");
        fallbackTag.managedProperty().bind(fallbackTag.visibleProperty());
        date.setMinWidth(0);
        titleLine.getStyleClass().add("event-cell-title-line");
        fallbackTag.setMinWidth(Label.USE_PREF_SIZE);
        title.setMinWidth(0);
        title.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(title, Priority.ALWAYS);
        row.getStyleClass().add("event-cell-row");
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        // Without this the list sizes cells to their full title and scrolls sideways; with it each
        // cell is as wide as the list and a long title ends in an ellipsis.
        setPrefWidth(0);
        text.languageProperty().addListener(new javafx.beans.WeakInvalidationListener(relabel));
        text.dateStyleProperty().addListener(new javafx.beans.WeakInvalidationListener(relabel));
    }

    @Override
    protected void updateItem(Event event, boolean empty) {
        super.updateItem(event, empty);
        if (empty || event == null) {
            setGraphic(null);
            setTooltip(null);
            pseudoClassStateChanged(DIMMED, false);
            return;
        }
        pseudoClassStateChanged(DIMMED, dimmed.test(event));
        date.setText(text.dates().span(event.start(), event.end()));
        UiText.Shown shown = text.show(event.title());
        title.setText(shown.text().isEmpty() ? text.get("event.untitled") : shown.text());
        // a title in the other direction reads in its own (its ellipsis at its end), at the list's start edge
        NodeOrientation own = Orientations.of(title.getText(), text.orientation());
        title.setNodeOrientation(own);
        title.setAlignment(own == text.orientation() ? Pos.CENTER_LEFT : Pos.CENTER_RIGHT);
        whole.setText(title.getText());
        setTooltip(whole);
        fallbackTag.setVisible(shown.isFallback());
        fallbackTag.setText(shown.isFallback() ? shown.fallbackTag() : "");
        setGraphic(row);
    }
}
