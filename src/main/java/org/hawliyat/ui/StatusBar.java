package org.hawliyat.ui;

import org.hawliyat.app.CatalogueContents;
import org.hawliyat.ui.common.UiText;
import javafx.geometry.NodeOrientation;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** The line at the bottom: how many events, where the database is, and whether it is read-only. */
final class StatusBar extends HBox {

    private final UiText text;
    private final Label count = new Label();
    private final Label locationCaption = new Label();
    private final Label location = new Label();
    private final Label readOnly = new Label();
    private final Label problem = new Label();
    private final Label note = new Label();
    /** How long a note ("Copied") stays before the bar is as it was. */
    private final javafx.animation.PauseTransition noteShown =
            new javafx.animation.PauseTransition(javafx.util.Duration.seconds(2.5));
    private String noteKey;
    private CatalogueContents shown;
    private String problemKey;
    private int shownCount = -1;

    StatusBar(UiText text) {
        this.text = text;
        getStyleClass().add("status-bar");
        count.setId("status-count");
        location.setId("status-location");
        readOnly.setId("status-read-only");
        problem.setId("status-problem");
        note.setId("status-note");
        note.getStyleClass().add("status-note");
        count.getStyleClass().add("status-count");
        locationCaption.getStyleClass().add("status-caption");
        location.getStyleClass().add("status-location");
        readOnly.getStyleClass().add("status-read-only");
        problem.getStyleClass().add("status-problem");
        // A path is left-to-right whatever the window's language; in a right-to-left label its
        // leading "/" would jump to the other end.
        location.setNodeOrientation(NodeOrientation.LEFT_TO_RIGHT);
        location.setMinWidth(0);
        for (Label optional : new Label[] {readOnly, problem, note}) {
            optional.managedProperty().bind(optional.visibleProperty());
            optional.setMinWidth(Region.USE_PREF_SIZE);
        }
        count.setMinWidth(Region.USE_PREF_SIZE);
        locationCaption.setMinWidth(Region.USE_PREF_SIZE);
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        getChildren().setAll(count, locationCaption, location, spring, note, problem, readOnly);
        noteShown.setOnFinished(e -> {
            noteKey = null;
            refresh();
        });
        showLoading();
        text.languageProperty().addListener((observable, before, after) -> refresh());
        text.dateStyleProperty().addListener((observable, before, after) -> refresh()); // the reader's digits
    }

    void showLoading() {
        shown = null;
        problemKey = null;
        refresh();
    }

    void show(CatalogueContents contents) {
        shown = contents;
        problemKey = null;
        refresh();
    }

    /** How many events pass the filters and search; -1 when nothing is filtered. */
    void showShown(int count) {
        shownCount = count;
        refresh();
    }

    /** Shows the message with this key in place of the counts, e.g. when reading failed. */
    void showProblem(String messageKey) {
        problemKey = messageKey;
        refresh();
    }

    /** Says briefly what just happened where the eye does not have to look for it, e.g. "Copied". */
    void note(String messageKey) {
        noteKey = messageKey;
        refresh();
        noteShown.playFromStart();
    }

    private void refresh() {
        boolean loaded = shown != null;
        count.setText(text.digits(!loaded ? text.get("status.loading") : shownCount < 0
                ? text.get("status.events", shown.events().size())
                : text.get("status.eventsShown", shownCount, shown.events().size())));
        locationCaption.setText(text.get("status.database"));
        locationCaption.setVisible(loaded);
        location.setText(loaded ? shown.location() : "");
        readOnly.setText(text.get("status.readOnly"));
        readOnly.setVisible(loaded && shown.readOnly());
        problem.setText(problemKey == null ? "" : text.get(problemKey));
        problem.setVisible(problemKey != null);
        note.setText(noteKey == null ? "" : text.get(noteKey));
        note.setVisible(noteKey != null);
    }
}
