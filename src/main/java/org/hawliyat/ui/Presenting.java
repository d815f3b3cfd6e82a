package org.hawliyat.ui;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ChangeListener;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import org.hawliyat.app.CatalogueContents;
import org.hawliyat.model.Event;
import org.hawliyat.model.LocalizedText;
import org.hawliyat.model.Tour;
import org.hawliyat.ui.common.UiText;
import org.hawliyat.ui.edit.Editing;
import org.hawliyat.ui.edit.TourEditor;
import org.hawliyat.ui.model.WindowModel;
import org.hawliyat.ui.present.PresentationView;

/**
 * Presenting to a class: switching the window to a full-screen {@link PresentationView} and back,
 * from the selected event through the events shown or through a tour's stops; and the tours' own
 * menu items (play one, edit one), which follow the tours in the model.
 */
final class Presenting {

    private final Stage stage;
    private final UiText text;
    private final WindowModel model;
    private final Editing editing;
    /** The window's own content, put back when the presentation ends. */
    private final Parent windowRoot;
    /** Where the keyboard goes when the window comes back. */
    private final Runnable focusWindow;
    private PresentationView presentation;

    /** Leaving full screen by any means (the system's own Esc included) ends the presentation. */
    private final ChangeListener<Boolean> presentationFullScreen = (o, before, full) -> {
        if (!full) {
            leave();
        }
    };

    Presenting(Stage stage, UiText text, WindowModel model, Editing editing, Parent windowRoot, Runnable focusWindow) {
        this.stage = stage;
        this.text = text;
        this.model = model;
        this.editing = editing;
        this.windowRoot = windowRoot;
        this.focusWindow = focusWindow;
    }

    /**
     * Full screen for a class: the timeline and the current event as a large card; from the
     * selected event through the events shown, or through a tour's stops. Esc restores the window.
     */
    void present(Tour tour) {
        CatalogueContents contents = model.contents();
        if (contents == null || presentation != null) {
            return;
        }
        List<PresentationView.Stop> stops = new ArrayList<>();
        int first = 0;
        if (tour == null) {
            for (Event event : model.rows()) {
                stops.add(new PresentationView.Stop(event, LocalizedText.EMPTY));
            }
            // the rows are in time order: the selected one is found without a scan
            first = model.selected() == null ? 0 : Math.max(0, Collections.binarySearch(model.rows(), model.selected()));
        } else {
            for (Tour.Stop stop : tour.stops()) {
                // a stop whose event went to the trash is skipped
                contents.event(stop.eventId()).ifPresent(event -> stops.add(new PresentationView.Stop(event, stop.note())));
            }
        }
        PresentationView view = new PresentationView(text,
                contents.timeline(), stops, tour == null ? null : tour.title(), first);
        view.setNodeOrientation(text.orientation());
        // type for a projector: the base size follows the screen's width (22 px at 1280, 33 px at 1920)
        view.styleProperty().bind(Bindings.createStringBinding(
                () -> String.format(Locale.ROOT, "-fx-font-size: %.1fpx;", Math.max(18, stage.getWidth() / 58)),
                stage.widthProperty()));
        presentation = view;
        Scene scene = stage.getScene();
        scene.setRoot(view);
        view.setOnLeave(this::leave);
        stage.setFullScreenExitHint("");
        stage.setFullScreen(true);
        stage.fullScreenProperty().addListener(presentationFullScreen);
        view.requestFocus();
    }

    private void leave() {
        if (presentation == null) {
            return;
        }
        PresentationView leaving = presentation;
        presentation = null;
        stage.fullScreenProperty().removeListener(presentationFullScreen);
        stage.setFullScreen(false);
        stage.getScene().setRoot(windowRoot);
        leaving.current().ifPresent(model.selectedProperty()::set); // the window comes back where the class left off
        focusWindow.run();
    }

    /** The presentation on screen, if any. */
    Optional<PresentationView> presentation() {
        return Optional.ofNullable(presentation);
    }

    /** The tours read with the catalogue. */
    List<Tour> tours() {
        return model.contents() == null ? List.of() : model.contents().tours();
    }

    /** The tour editor (edit mode): a new tour when {@code tour} is null. */
    void editTour(Tour tour) {
        CatalogueContents contents = model.contents();
        if (!model.isEditing() || contents == null) {
            return;
        }
        String newId = "tour-" + UUID.randomUUID().toString().substring(0, 8);
        TourEditor.show(stage, text, tour, newId, contents.eventsById(), model::selected, editing::saveTour);
    }

    /** Fills Present ▸ Tour (play) and Present ▸ Edit tour with one item per tour, as they are now. */
    void fillTourMenus(Menu play, Menu edit) {
        play.getItems().clear();
        edit.getItems().clear();
        for (Tour tour : tours()) {
            MenuItem playItem = new MenuItem(text.show(tour.title()).text());
            playItem.setId("play-tour-" + tour.id());
            playItem.setMnemonicParsing(false);
            playItem.setOnAction(a -> present(tour));
            play.getItems().add(playItem);
            MenuItem change = new MenuItem(text.show(tour.title()).text());
            change.setMnemonicParsing(false);
            change.setOnAction(a -> editTour(tour));
            edit.getItems().add(change);
        }
        play.setDisable(tours().isEmpty());
    }
}
